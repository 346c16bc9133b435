"""Guard rails around the article list: its context menu, a safe Trash, a status that holds.

- The list's context menu: open, move to a rubric, export, copy HTML, Trash or restore, history.
- Delete selects the next article and offers "Undo" in the status bar for a few seconds.
- A trashed article opens read-only under a "In the Trash — Restore" banner.
- "Ready" or "Published" on an article without headline or body is refused, naming what is
  missing (``core.publishable``).

Built by the window with what it uses (``GuardRails(window)``): the store, the article list
and its model, the sidebar's model, the form, the editor, the prompts and the named actions.
May import ``core.domain``, ``core.publishable``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from editorberita.core.domain import Status
from editorberita.ui.readonly import BANNER_STYLE, show_banner
from editorberita.ui.viewkey import OUTBOX, TRASH

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar

    from editorberita.core.domain import Article
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.panes import Panes
    from editorberita.ui.settings import Settings

UNDO_SECONDS = 8


class GuardRails(QObject):
    """The article list's menu, Delete with undo, the Trash banner and the status guard."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._banner: QToolBar | None = None
        self._undo_ids: list[int] = []
        self._status_before: Status | None = None

        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setObjectName("open_article_action")
        self.open_action.triggered.connect(self.open_selected)

        # "3 articles moved to the Trash [Undo]" in the status bar: one widget, so the
        # message never runs under the button.
        self.undo_box = QWidget(window)
        self.undo_box.setObjectName("undo_trash_box")
        self.undo_label = QLabel(self.undo_box)
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_box)
        self.undo_button.setObjectName("undo_trash_button")
        self.undo_button.setToolTip(self.tr("Bring the articles just moved to the Trash back"))
        self.undo_button.clicked.connect(self.undo_trash)
        row = QHBoxLayout(self.undo_box)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.undo_label)
        row.addWidget(self.undo_button)
        self.undo_box.hide()
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._end_undo)

        window.article_list.context_menu_requested.connect(self._on_context_menu)
        window.article_opened.connect(self._on_article_opened)
        window.metadata.status_combo.activated.connect(self._on_status_chosen)

    # ------------------------------------------------------------ context menu

    def build_context_menu(self) -> QMenu:
        """Return the menu for the selected articles (the caller shows it)."""
        w = self.window
        menu = QMenu(w)
        menu.setObjectName("article_context_menu")
        ids = w.article_list.selected_ids()
        single = len(ids) == 1
        in_trash = w.sidebar.current_key() == TRASH
        self.open_action.setEnabled(single)
        menu.addAction(self.open_action)
        if w.sidebar.current_key() == OUTBOX:  # the outbox view: ui.sending's actions
            menu.addSeparator()
            for name in ("outbox_send_now", "outbox_take_out"):
                menu.addAction(w.action(name))
        if not in_trash:
            move = menu.addMenu(self.tr("Move to &rubric"))
            move.setObjectName("move_to_rubric_menu")
            for category_id, path in w.sidebar_model.desk_ordered_paths():
                action = move.addAction(path)
                action.triggered.connect(partial(self.move_selected, category_id))
            move.addSeparator()
            action = move.addAction(self.tr("Uncategorised"))
            action.triggered.connect(partial(self.move_selected, None))
        menu.addSeparator()
        for name in ("export_selected", "copy_html"):
            menu.addAction(w.action(name))
        w.action("copy_html").setEnabled(single and w.current_article is not None)
        menu.addSeparator()
        menu.addAction(w.action("restore_articles" if in_trash else "trash_articles"))
        menu.addAction(w.action("history"))
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        menu = self.build_context_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(position)

    @Slot()
    def open_selected(self) -> None:
        """Open the selected article and put the cursor in its body."""
        ids = self.window.article_list.selected_ids()
        if len(ids) == 1 and self.window.open_article(ids[0]):
            self.window.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_selected(self, category_id: int | None) -> None:
        """Move the selected articles to a rubric (None: Uncategorised)."""
        ids = self.window.article_list.selected_ids()
        if ids:
            self.window.rubrics.move_articles(ids, category_id)  # as a drop on the sidebar

    # ------------------------------------------------------------ trash with undo

    def trash_selected(self) -> list[int]:
        """Move the selected articles to the Trash, open the next one, offer Undo."""
        w = self.window
        ids = w.article_list.selected_ids()
        if not ids or w.sidebar.current_key() == TRASH or not w.session.is_open:
            return []
        model = w.article_model
        rows = [row for row in (model.row_of(i) for i in ids) if row >= 0]
        first_row = min(rows) if rows else 0
        current = w.current_article
        if not w.save_now():
            return []
        w.store.trash_articles(ids)
        model.reload(keep_loaded=True)
        w.sidebar_model.refresh_counts()
        if model.rowCount() > 0:  # the article that took the place of the first one trashed
            target = model.article_id(min(first_row, model.rowCount() - 1))
            if current is None or current.id in ids or target != current.id:
                w.open_article(target)
            w.article_list.select_article(target)
        elif current is not None and current.id in ids:
            w.session.clear()
        self._offer_undo(ids)
        return ids

    def _offer_undo(self, ids: list[int]) -> None:
        w = self.window
        self._undo_ids = list(ids)
        bar = w.statusBar()
        bar.clearMessage()
        self.undo_label.setText(self.tr("%n article(s) moved to the Trash", "", len(ids)))
        if not self.undo_box.isVisible():
            bar.addWidget(self.undo_box)
            self.undo_box.show()
        self._undo_timer.start()

    @Slot()
    def undo_trash(self) -> None:
        """Bring the articles last trashed back and open the first of them."""
        ids, self._undo_ids = self._undo_ids, []
        self._end_undo()
        w = self.window
        if not ids or not w.session.is_open:
            return
        w.store.restore_articles(ids)
        w.article_model.reload(keep_loaded=True)
        w.sidebar_model.refresh_counts()
        w.open_article(ids[0])
        w.article_list.select_article(ids[0])
        w.statusBar().showMessage(self.tr("%n article(s) restored", "", len(ids)), 4000)

    @Slot()
    def _end_undo(self) -> None:
        self._undo_timer.stop()
        if self.undo_box.isVisible():
            self.window.statusBar().removeWidget(self.undo_box)
        self.undo_box.hide()

    # ------------------------------------------------------------ trashed: read-only

    @Slot(int)
    def _on_article_opened(self, _article_id: int) -> None:
        article = self.window.current_article
        self._status_before = Status(article.status) if article is not None else None
        self.show_trashed(article is not None and article.deleted_at is not None)

    def show_trashed(self, trashed: bool) -> None:
        """Lock the form and the body under a banner, or unlock them."""
        w = self.window
        if self._banner is not None:
            w.removeToolBarBreak(self._banner)
            w.removeToolBar(self._banner)
            self._banner.deleteLater()
            self._banner = None
        if trashed:
            self._banner = show_banner(
                w, self.tr("This article is in the Trash: restore it to edit it."),
                self.tr("Restore"), self.restore_current)
            self._banner.setObjectName("trash_banner")
            self._banner.setStyleSheet(BANNER_STYLE.replace("read_only_banner", "trash_banner"))
            self._banner.show()
        if w.store.read_only or w.session.locked:
            return  # read-only mode (or another editor's lease) keeps everything locked
        w.editor.setReadOnly(trashed)
        w.metadata.setEnabled(not trashed and w.current_article is not None)
        w.picture_panel.setEnabled(not trashed)

    @property
    def banner(self) -> QToolBar | None:
        """Return the Trash banner while a trashed article is open."""
        return self._banner

    @Slot()
    def restore_current(self) -> None:
        """Restore the open article from the Trash and make it editable again."""
        w = self.window
        article = w.current_article
        if article is None or article.id is None or not w.session.is_open:
            return
        w.store.restore_articles([article.id])
        w.session.show(w.store.get_article(article.id))  # the stored one, no deleted_at
        self.show_trashed(False)
        w.article_model.reload(keep_loaded=True)
        w.sidebar_model.refresh_counts()
        w.statusBar().showMessage(self.tr("Restored from the Trash."), 4000)

    # ------------------------------------------------------------ the status guard

    @Slot(int)
    def _on_status_chosen(self, _index: int) -> None:
        """Refuse "Ready"/"Published" for an article lacking its headline or body."""
        from editorberita.core.publishable import missing_for_status

        w = self.window
        combo = w.metadata.status_combo
        chosen = Status(combo.currentData())
        article = w.session.compose()
        if article is None:
            return
        missing = missing_for_status(article, chosen)
        if not missing:
            self._status_before = chosen
            return
        before = self._status_before or Status(w.current_article.status
                                               if w.current_article else Status.DRAFT)
        combo.setCurrentIndex(max(0, combo.findData(before.value)))
        names = w.checking.field_names()
        w.prompts.warn(w, self.tr("Not marked “{status}”").format(status=combo.itemText(
            combo.findData(chosen.value))),
            self.tr("An article needs these before it can go out: {fields}.").format(
                fields=", ".join(names.get(field, field).lower() for field in missing)))




def editor_defaults(settings: Settings, panes: Panes,
                    current: Article | None) -> dict[str, object]:
    """Return what a new article inherits: the editor's byline and initials (Preferences),
    else the open article's byline; the default rubric, else the one selected in the sidebar."""
    byline = str(settings.get("editor/byline")) or (current.byline if current else "")
    rubric = int(settings.get("editor/default_rubric"))
    known = {c.id for c in panes.sidebar_model.categories()}
    selected = panes.sidebar.current_category_id()
    return {"byline": byline, "initials": str(settings.get("editor/initials")),
            "category_id": selected if selected is not None or rubric not in known
            else rubric}
