"""Revision history of an article: list, word-level difference from the current text, restore.

Also the "move a rubric's articles to the Trash" action, the other undoable removal. A restore
never overwrites anything: the current text becomes a revision first (``core.revisions``).
May import ``core.*`` and PySide6.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editorberita.core import revisions
from editorberita.core.domain import Article, EditorBeritaError, Revision
from editorberita.core.store import ArticleFilter, ArticleStore
from editorberita.ui.formatting import format_moment
from editorberita.ui.messages import explain
from editorberita.ui.prompts import Prompts

INSERT_STYLE = "background-color:#d3f5d3; color:#0b5a0b;"
DELETE_STYLE = "background-color:#fbd3d3; color:#8b1010; text-decoration:line-through;"


def reason_label(reason: str) -> str:
    """Return the translated description of why a revision was taken."""
    labels = {
        revisions.MANUAL: QCoreApplication.translate("HistoryDialog", "Saved with Ctrl+S"),
        revisions.AUTOSAVE: QCoreApplication.translate("HistoryDialog", "Autosave while typing"),
        revisions.EXPORT: QCoreApplication.translate("HistoryDialog", "Exported"),
        revisions.SEND: QCoreApplication.translate("HistoryDialog", "Sent to a site"),
        revisions.STATUS: QCoreApplication.translate("HistoryDialog", "Status changed"),
        revisions.RESTORE: QCoreApplication.translate(
            "HistoryDialog", "Restored from an earlier revision"),
        revisions.BEFORE_RESTORE: QCoreApplication.translate("HistoryDialog", "Before a restore"),
        revisions.CONFLICT_KEPT_MINE: QCoreApplication.translate(
            "HistoryDialog", "Conflict: my text kept"),
        revisions.CONFLICT_THEIRS: QCoreApplication.translate(
            "HistoryDialog", "Conflict: the other text, replaced"),
        revisions.CONFLICT_DISCARDED: QCoreApplication.translate(
            "HistoryDialog", "Conflict: my text, not taken"),
        revisions.IMPORT: QCoreApplication.translate("HistoryDialog", "Imported"),
    }
    return labels.get(reason, reason)


def diff_html(old: str, new: str) -> str:
    """Return the word-level difference as rich text: insertions green, deletions struck red."""
    out = []
    for part in revisions.word_diff(old, new):
        text = html.escape(part.text)
        if part.op == "insert":
            out.append(f'<span style="{INSERT_STYLE}">{text}</span>')
        elif part.op == "delete":
            out.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        else:
            out.append(text)
    return ('<div style="white-space: pre-wrap; font-size: 11pt;">' + "".join(out)
            + "</div>")


class HistoryDialog(QDialog):
    """Lists an article's revisions and shows how each differs from the current text."""

    def __init__(self, store: ArticleStore, current: Article,
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts if prompts is not None else Prompts()
        self.store = store
        self.current = current
        self.restored: Article | None = None
        self.revisions: list[Revision] = store.list_revisions(current.id or 0)
        self.setWindowTitle(self.tr("Revision history: {headline}").format(
            headline=current.headline or self.tr("(untitled)")))
        self.list = QListWidget(self)
        self.list.setObjectName("revision_list")
        for revision in self.revisions:
            who = f" · {revision.editor}" if revision.editor else ""  # who saved it (issue 14)
            item = QListWidgetItem(f"{format_moment(revision.created_at)}{who}\n"
                                   f"{reason_label(revision.reason)}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            self.list.addItem(item)
        self.summary = QLabel(self)
        self.summary.setObjectName("diff_summary")
        self.summary.setWordWrap(True)
        legend = QLabel(self.tr(
            '<span style="{ins}">&nbsp;green&nbsp;</span> added since this revision · '
            '<span style="{dele}">&nbsp;red&nbsp;</span> removed since this revision')
            .format(ins=INSERT_STYLE, dele=DELETE_STYLE), self)
        legend.setTextFormat(Qt.TextFormat.RichText)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setObjectName("diff_view")
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(legend)
        column.addWidget(self.diff_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([240, 560])
        self.restore_button = QPushButton(self.tr("&Restore this revision"), self)
        self.restore_button.setObjectName("restore_revision_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)
        self.list.currentRowChanged.connect(self._on_row_changed)
        layout = QVBoxLayout(self)
        if not self.revisions:
            empty = QLabel(self.tr("This article has no revisions yet. One is kept on every "
                                   "Ctrl+S, export and status change, and every 10 minutes "
                                   "while you type."), self)
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)
        self.restore_button.setEnabled(False)
        if self.revisions:
            self.list.setCurrentRow(0)

    @classmethod
    def choose_and_restore(cls, store: ArticleStore, current: Article,
                           parent: QWidget | None = None,
                           prompts: Prompts | None = None) -> Article | None:
        """Show the dialog; return the article as restored, or None."""
        dialog = cls(store, current, parent, prompts)
        dialog.exec()
        return dialog.restored

    def selected_revision(self) -> Revision | None:
        """Return the revision selected in the list."""
        row = self.list.currentRow()
        return self.revisions[row] if 0 <= row < len(self.revisions) else None

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        revision = self.selected_revision()
        self.restore_button.setEnabled(revision is not None)
        if revision is None:
            self.diff_view.clear()
            self.summary.clear()
            return
        old = revisions.revision_text(revision.snapshot)
        new = revisions.revision_text(self.current)
        parts = revisions.word_diff(old, new)
        inserted, deleted = revisions.diff_counts(parts)
        if not inserted and not deleted:
            self.summary.setText(self.tr("This revision has the same text as now."))
        else:
            self.summary.setText(self.tr("Since this revision: {added} words added, {removed} "
                                         "words removed.").format(added=inserted,
                                                                  removed=deleted))
        self.diff_view.setHtml(diff_html(old, new))

    @Slot()
    def _on_restore(self) -> None:
        revision = self.selected_revision()
        if revision is None:
            return
        try:
            self.restored = revisions.restore_revision(self.store, self.current, revision)
        except EditorBeritaError as exc:
            self.prompts.warn(self, self.tr("The revision was not restored"), explain(exc))
            return
        self.accept()


def move_rubric_to_trash(store: ArticleStore, category_id: int, prompts: Prompts,
                         window: QMainWindow) -> bool:
    """Ask once, then move every live article of a rubric (and sub-rubrics) to the Trash.

    ``window`` parents the questions and shows the count in its status bar.
    """
    name = store.get_category(category_id).name
    flt = ArticleFilter(category_id=category_id, include_subcategories=True)
    ids = [s.id for s in store.list_articles(flt)]
    if not ids:
        prompts.inform(window, QCoreApplication.translate("HistoryDialog", "Empty rubric"),
                       QCoreApplication.translate(
                           "HistoryDialog", "The rubric “{name}” has no articles.")
                       .format(name=name))
        return False
    if not prompts.ask(
            window, QCoreApplication.translate("HistoryDialog", "Empty rubric"),
            QCoreApplication.translate(
                "HistoryDialog", "Move the %n article(s) of “{name}” and its sub-rubrics to "
                "the Trash? They can be restored from the Trash into this rubric.", "", len(ids))
            .format(name=name)):
        return False
    store.trash_articles(ids)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "HistoryDialog", "%n article(s) moved to the Trash", "", len(ids)), 6000)
    return True
