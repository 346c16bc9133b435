"""Trash, revision history and backups: what keeps an editor's work from being lost.

``TrashController`` registers the actions that move articles to and from the Trash, empty
it, move a whole rubric's articles there, open an article's revision history and the backups
dialog. A backup chosen there is handed on as ``restore_requested``: the launcher
(``ui.recovery``) closes the store and opens a new window on the restored file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from editorberita.core.domain import ArticleFilter
from editorberita.ui.viewkey import TRASH

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.guardrails import GuardRails
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession


class TrashController(QObject):
    """The Trash, an article's revisions and the database's backups."""

    #: A backup (its path) the user chose to restore.
    restore_requested = Signal(object)

    def __init__(self, session: ArticleSession, panes: Panes, prompts: Prompts,
                 actions: ActionCollection, window: QMainWindow,
                 guard_rails: GuardRails | None = None) -> None:
        super().__init__(window)
        self.guard_rails = guard_rails  # Delete opens the next article and offers Undo
        self.session = session
        self.panes = panes
        self.prompts = prompts
        self.window = window
        trash = actions.create("trash_articles", self.tr("Move to &Trash"), self.trash_selected,
                               "Ctrl+Del")
        actions.create("restore_articles", self.tr("Restore from Trash"),
                       self.restore_selected)
        actions.create("empty_trash", self.tr("Empty Trash…"), self.empty_trash)
        actions.create("empty_rubric", self.tr("Move the rubric's articles to the &Trash…"),
                       self.empty_rubric)
        actions.create("history", self.tr("Revision &history…"), self.show_history,
                       "Ctrl+Alt+H", self.tr("Earlier versions of this article: compare and "
                                             "restore"))
        actions.create("backups", self.tr("&Backups…"), self.show_backups)
        # Trash acts on the article list only, so Delete in the editor stays Delete.
        view = panes.article_list.view
        trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(trash)
        delete_key = QAction(window)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.trash_selected)
        view.addAction(delete_key)

    def _lists_changed(self) -> None:
        self.panes.article_model.reload(keep_loaded=True)
        self.panes.sidebar_model.refresh_counts()

    @Slot()
    def trash_selected(self) -> None:
        """Move the articles selected in the list to the Trash (with Undo: ``ui.guardrails``)."""
        if self.guard_rails is not None:
            self.guard_rails.trash_selected()
            return
        ids = self.panes.article_list.selected_ids()
        if not ids or self.panes.sidebar.current_key() == TRASH:
            return
        current = self.session.current
        if current is not None and current.id in ids:
            self.session.save_now()
            self.session.clear()
        self.session.store.trash_articles(ids)
        self._lists_changed()
        self.window.statusBar().showMessage(
            self.tr("%n article(s) moved to the Trash", "", len(ids)), 5000)

    @Slot()
    def restore_selected(self) -> None:
        """Bring the articles selected in the Trash back."""
        ids = self.panes.article_list.selected_ids()
        if not ids:
            return
        self.session.store.restore_articles(ids)
        self._lists_changed()

    def _clear_if_trashed(self) -> None:
        current = self.session.current
        if current is not None and current.deleted_at is not None:
            self.session.clear()

    @Slot()
    def empty_rubric(self) -> None:
        """Ask once, then move every article of the shown rubric to the Trash."""
        from editorberita.ui.history import move_rubric_to_trash

        category_id = self.panes.sidebar.current_category_id()
        if category_id is None:
            return
        self.session.save_now()
        if move_rubric_to_trash(self.session.store, category_id, self.prompts, self.window):
            self.session.reload_from_store()
            self._clear_if_trashed()
            self.panes.article_model.reload()
            self.panes.sidebar_model.refresh_counts()

    @Slot()
    def empty_trash(self) -> None:
        """Ask, then delete every article in the Trash for good."""
        store = self.session.store
        count = store.count_articles(ArticleFilter(trashed=True))
        if not count:
            return
        # "Cancel" is the default button, not the deleting one (issue 12)
        if self.prompts.choose(self.window, self.tr("Empty Trash"),
                               self.tr("Delete %n article(s) in the Trash for good?", "",
                                       count),
                               [("empty", self.tr("Empty Trash"))], default="cancel") != "empty":
            return
        self._clear_if_trashed()
        store.empty_trash()
        self.panes.article_model.reload()
        self.panes.sidebar_model.refresh_counts()

    @Slot()
    def show_history(self) -> None:
        """Show the open article's revisions; a restored one replaces the text (kept too)."""
        from editorberita.ui.history import HistoryDialog  # loads the store's modules

        current = self.session.current
        if current is None or not self.session.save_now():
            return
        current = self.session.current
        assert current is not None
        restored = HistoryDialog.choose_and_restore(self.session.store, current, self.window,
                                                    self.prompts)
        if restored is not None:
            self.session.show(restored)
            self.panes.article_model.update_article(restored)
            self.window.statusBar().showMessage(
                self.tr("Revision restored; the text before it is kept in the history."), 6000)

    @Slot()
    def show_backups(self) -> None:
        """Show the backups; one chosen for restoring goes to the launcher."""
        from editorberita.ui.backups import BackupsDialog

        self.session.save_now()
        chosen = BackupsDialog.choose_restore(self.session.store.db_path, self.window,
                                              self.prompts)
        if chosen is not None:
            self.restore_requested.emit(chosen)
