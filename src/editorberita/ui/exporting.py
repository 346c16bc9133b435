"""Export: one article, the selection or a whole view, Copy HTML and Open in browser.

``ExportController`` registers the export actions and runs them: it saves through the
``ArticleSession``, asks the check (``ui.checking``) and the pictures' alt texts
(``ui.pictureactions``) before writing, and asks for the folder and format through ``Prompts``.
``core.export`` loads on first use, after start-up.
"""

from __future__ import annotations

import dataclasses
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog

from editorberita.core.domain import Article, ArticleFilter, EditorBeritaError
from editorberita.ui.clipboard import copy_html
from editorberita.ui.messages import explain

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.checking import CheckController
    from editorberita.ui.exportsummary import ExportSummaryDialog
    from editorberita.ui.panes import Panes
    from editorberita.ui.pictureactions import PictureController
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings


class ExportController(QObject):
    """Writes articles out as HTML pages, fragments or Markdown, and to the clipboard."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 prompts: Prompts, checking: CheckController, pictures: PictureController,
                 actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.prompts = prompts
        self.checking = checking
        self.pictures = pictures
        self.window = window
        #: The summary of the last batch export that went wrong (shown, not waited for).
        self.export_summary: ExportSummaryDialog | None = None
        actions.create("export_html", self.tr("Export as HTML &page…"),
                       partial(self.export_current, "html"), "Ctrl+E")
        actions.create("export_fragment", self.tr("Export as HTML &fragment…"),
                       partial(self.export_current, "fragment"))
        actions.create("export_markdown", self.tr("Export as &Markdown…"),
                       partial(self.export_current, "md"), "Ctrl+Shift+E")
        actions.create("export_selected", self.tr("Export &selected articles…"),
                       self.export_selected)
        actions.create("export_view", self.tr("Export the whole rubric or &view…"),
                       self.export_view)
        actions.create("copy_html", self.tr("&Copy HTML"), self.copy_html, "Ctrl+Shift+C",
                       self.tr("Copy the article as HTML for the CMS"))
        actions.create("open_browser", self.tr("Open in &browser"), self.open_in_browser,
                       "Ctrl+Shift+B")

    def export_folder(self) -> Path | None:
        """Ask for the folder to export to (starting at the last one); remember it."""
        folder = self.prompts.folder(self.window, self.tr("Export to folder"),
                                     self.settings.export_folder or str(Path.home()))
        if folder is None:
            return None
        self.settings.export_folder = str(folder)
        return folder

    def _format_names(self) -> dict[str, str]:
        return {"html": self.tr("HTML page"), "fragment": self.tr("HTML fragment"),
                "md": self.tr("Markdown")}

    def _ask_format(self) -> str | None:
        from editorberita.core.exportformat import FORMATS

        names = self._format_names()
        label = self.prompts.item(self.window, self.tr("Export"), self.tr("Format:"),
                                  [names[key] for key in FORMATS])
        if label is None:
            return None
        return next(key for key, name in names.items() if name == label)

    def _warn(self, title: str, message: str) -> None:
        self.prompts.warn(self.window, title, message)

    def _run_batch(self, folder: Path, fmt: str, *, ids: list[int] | None = None,
                   flt: ArticleFilter | None = None) -> None:
        store = self.session.store
        total = len(ids) if ids is not None else store.count_articles(flt)
        progress = QProgressDialog(self.tr("Exporting articles…"), self.tr("Cancel"), 0,
                                   max(total, 1), self.window)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, count: int, article: Article) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        from editorberita.core.export import export_articles

        try:
            summary = export_articles(store, folder, fmt, article_ids=ids, flt=flt,
                                      progress=report)
        except EditorBeritaError as exc:
            progress.close()
            self._warn(self.tr("Export failed"), explain(exc))
            return
        progress.close()
        self.panes.sidebar_model.refresh_counts()
        text = self.tr("{done} of {total} articles exported to {folder}").format(
            done=len(summary.written), total=summary.total, folder=str(folder))
        if summary.cancelled:
            text += " " + self.tr("(cancelled)")
        self.window.statusBar().showMessage(text, 8000)
        if not summary.ok:  # window-modal, but never blocks the event loop (open, not exec)
            from editorberita.ui.exportsummary import ExportSummaryDialog

            self.export_summary = ExportSummaryDialog(summary, folder, self.window)
            self.export_summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.export_summary.open()

    @Slot(str)
    def export_current(self, fmt: str) -> None:
        """Save, check, then export the open article in format ``fmt`` to a chosen folder."""
        session = self.session
        if (session.current is None or not session.save_now()
                or not self.checking.confirm_export()):
            return
        from editorberita.core.pictures import missing_alt_message, pictures_missing_alt

        missing = pictures_missing_alt(session.current, session.store)
        if missing and not self.prompts.ask(
                self.window, self.tr("Pictures without alt text"),
                missing_alt_message(missing) + "\n\n" + self.tr("Export anyway?")):
            self.pictures.focus_missing_alt(missing[0].id)
            return
        folder = self.export_folder()
        if folder is None or session.current is None:
            return
        try:
            from editorberita.core.export import export_article

            path = export_article(session.store, session.current, folder, fmt)
        except EditorBeritaError as exc:
            self._warn(self.tr("Export failed"), explain(exc))
            return
        self.panes.sidebar_model.refresh_counts()
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=str(path)), 8000)

    @Slot()
    def export_selected(self) -> None:
        """Export the articles selected in the list, after one check for all of them."""
        ids = self.panes.article_list.selected_ids()
        if not ids or not self.session.save_now():
            return
        store = self.session.store
        if not self.checking.confirm_export(store.get_article(i) for i in ids):
            return
        fmt = self._ask_format()
        folder = self.export_folder() if fmt else None
        if fmt and folder:
            self._run_batch(folder, fmt, ids=ids)

    @Slot()
    def export_view(self) -> None:
        """Export every article of the shown rubric or view (and search)."""
        if not self.session.save_now():
            return
        flt = dataclasses.replace(self.panes.sidebar.current_key().article_filter(),
                                  search=self.panes.article_list.search_text() or None)
        if not self.checking.confirm_export(self.session.store.iter_articles(flt)):
            return
        fmt = self._ask_format()
        folder = self.export_folder() if fmt else None
        if fmt and folder:
            self._run_batch(folder, fmt, flt=flt)

    def _rubric_names(self, article: Article) -> list[str]:
        return [self.session.category_name(article)] if article.category_id else []

    @Slot()
    def copy_html(self) -> None:
        """Put the open article on the clipboard as HTML, pictures inside."""
        article = self.session.compose()
        if article is None:
            return
        from editorberita.core.exportformat import render_inline

        try:
            fragment, pictures = render_inline(self.session.store, article, "fragment",
                                               self._rubric_names(article))
        except EditorBeritaError as exc:
            self._warn(self.tr("Copy HTML failed"), explain(exc))
            return
        copy_html(fragment, fragment)
        text = (self.tr("HTML copied to the clipboard, with %n picture(s) inside.", "",
                        pictures) if pictures else self.tr("HTML copied to the clipboard."))
        self.window.statusBar().showMessage(text, 6000)

    @Slot()
    def open_in_browser(self) -> None:
        """Show the open article as an HTML page in the system's browser."""
        article = self.session.compose()
        if article is None:
            return
        from editorberita.core.exportformat import render_inline

        folder = Path(tempfile.mkdtemp(prefix="editorberita-"))
        path = folder / "pratinjau.html"
        html = render_inline(self.session.store, article, "html", self._rubric_names(article))[0]
        path.write_text(html, encoding="utf-8")
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            # No browser (or no xdg-open) used to do nothing (issue 12): say so.
            self.prompts.warn(self.window, self.tr("No web browser"), self.tr(
                "No web browser could be started on this computer. The page is saved here; "
                "open it with a browser:\n{path}").format(path=path))
