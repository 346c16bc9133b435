"""The main window's export actions: one article, the selection or a view, Copy HTML, Open in
browser. A mixin of ``MainWindow`` (split out of mainwindow.py, behaviour unchanged); its slots
are wired in the window's ``_create_actions``. ``core.export`` loads on first use, after start-up.
May import ``core.*``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QProgressDialog,
)

from editorberita.core.domain import Article, ArticleFilter, EditorBeritaError
from editorberita.ui.clipboard import copy_html
from editorberita.ui.models import filter_for_key

if TYPE_CHECKING:
    from editorberita.ui.mainwindow import MainWindow


class ExportActions:
    """Export, Copy HTML and Open in browser for ``MainWindow`` (texts in its context too)."""

    def _export_folder(self: MainWindow) -> Path | None:
        folder = self.prompts.folder(self, self.tr("Export to folder"),
                                     self.settings.export_folder or str(Path.home()))
        if folder is None:
            return None
        self.settings.export_folder = str(folder)
        return folder

    def _format_names(self: MainWindow) -> dict[str, str]:
        return {"html": self.tr("HTML page"), "fragment": self.tr("HTML fragment"),
                "md": self.tr("Markdown")}

    def _ask_format(self: MainWindow) -> str | None:
        from editorberita.core.export import FORMATS

        names = self._format_names()
        labels = [names[key] for key in FORMATS]
        label = self.prompts.item(self, self.tr("Export"), self.tr("Format:"), labels)
        if label is None:
            return None
        return next(key for key, name in names.items() if name == label)

    def _run_batch_export(self: MainWindow, folder: Path, fmt: str, *, ids: list[int] | None = None,
                          flt: ArticleFilter | None = None) -> None:
        total = len(ids) if ids is not None else self.store.count_articles(flt)
        progress = QProgressDialog(self.tr("Exporting articles…"), self.tr("Cancel"), 0,
                                   max(total, 1), self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, count: int, article: Article) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        from editorberita.core.export import export_articles

        try:
            summary = export_articles(self.store, folder, fmt, article_ids=ids, flt=flt,
                                      progress=report)
        except EditorBeritaError as exc:
            progress.close()
            self._show_error(self.tr("Export failed"), str(exc))
            return
        progress.close()
        self.sidebar_model.refresh_counts()
        text = self.tr("{done} of {total} articles exported to {folder}").format(
            done=len(summary.written), total=summary.total, folder=str(folder))
        if summary.cancelled:
            text += " " + self.tr("(cancelled)")
        self.statusBar().showMessage(text, 8000)
        if not summary.ok:  # window-modal, but never blocks the event loop (open, not exec)
            from editorberita.ui.backups import ExportSummaryDialog

            self.export_summary = ExportSummaryDialog(summary, folder, self)
            self.export_summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.export_summary.open()

    @Slot(str)
    def _on_export_current(self: MainWindow, fmt: str) -> None:
        if self._current is None or not self.save_now() or not self.desk.confirm_export():
            return
        from editorberita.core.pictures import missing_alt_message, pictures_missing_alt

        missing = pictures_missing_alt(self._current, self.store)
        if missing and not self.prompts.ask(
                self, self.tr("Pictures without alt text"),
                missing_alt_message(missing) + "\n\n" + self.tr("Export anyway?")):
            self._focus_missing_alt(missing[0].id)
            return
        folder = self._export_folder()
        if folder is None or self._current is None:
            return
        try:
            from editorberita.core.export import export_article

            path = export_article(self.store, self._current, folder, fmt)
        except EditorBeritaError as exc:
            self._show_error(self.tr("Export failed"), str(exc))
            return
        self.sidebar_model.refresh_counts()
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=str(path)), 8000)

    @Slot()
    def _on_export_selected(self: MainWindow) -> None:
        ids = self.article_list.selected_ids()
        if not ids or not self.save_now():
            return
        if not self.desk.confirm_export(self.store.get_article(i) for i in ids):
            return
        fmt = self._ask_format()
        folder = self._export_folder() if fmt else None
        if fmt and folder:
            self._run_batch_export(folder, fmt, ids=ids)

    @Slot()
    def _on_export_view(self: MainWindow) -> None:
        if not self.save_now():
            return
        flt = ArticleFilter(**{**filter_for_key(self.sidebar.current_key()).__dict__,
                               "search": self.article_list.search_text() or None})
        if not self.desk.confirm_export(self.store.iter_articles(flt)):
            return
        fmt = self._ask_format()
        folder = self._export_folder() if fmt else None
        if fmt and folder:
            self._run_batch_export(folder, fmt, flt=flt)

    @Slot()
    def _on_copy_html(self: MainWindow) -> None:
        article = self.compose_article()
        if article is None:
            return
        from editorberita.core.export import render_inline

        names = ([self.current_category_name(article)] if article.category_id else [])
        try:
            fragment, pictures = render_inline(self.store, article, "fragment", names)
        except EditorBeritaError as exc:
            # self.tr runs as MainWindow.tr, but lupdate files a mixin's self.tr texts under
            # "ExportActions": new texts name the window's context (a literal, for lupdate).
            self._show_error(QCoreApplication.translate("MainWindow", "Copy HTML failed"),
                             str(exc))
            return
        copy_html(fragment, fragment)
        text = (QCoreApplication.translate(
                    "MainWindow", "HTML copied to the clipboard, with %n picture(s) inside.",
                    None, pictures) if pictures else self.tr("HTML copied to the clipboard."))
        self.statusBar().showMessage(text, 6000)

    @Slot()
    def _on_open_in_browser(self: MainWindow) -> None:
        article = self.compose_article()
        if article is None:
            return
        from editorberita.core.export import render_inline

        names = ([self.current_category_name(article)] if article.category_id else [])
        folder = Path(tempfile.mkdtemp(prefix="editorberita-"))
        path = folder / "pratinjau.html"
        path.write_text(render_inline(self.store, article, "html", names)[0], encoding="utf-8")
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            # deskfeel-window (issue 12): no browser (or no xdg-open) used to do nothing
            self.prompts.warn(self, self.tr("No web browser"), self.tr(
                "No web browser could be started on this computer. The page is saved here; "
                "open it with a browser:\n{path}").format(path=path))
