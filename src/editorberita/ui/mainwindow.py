"""The main window: rubric sidebar | article list | metadata + Markdown editor | preview.

Lays out the panes, holds the action registry and wires every connection in one signal
block. The open article is its ``ArticleSession`` (``ui.session``); each feature is a
controller registering its own actions (see README, "How the code is laid out"). Start-up
paints the window before the store is open (``ui.startup``), then ``attach_store`` and
``load``; until then the session's ``store`` raises and store actions wait. So module-level
imports are PySide6, ``core.domain``, ``core.paths`` and light ``ui`` modules only.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from editorberita.core.domain import Article, Category
from editorberita.core.paths import resource
from editorberita.typing_compat import override
from editorberita.ui.actions import ActionCollection
from editorberita.ui.appearance import AppearanceController
from editorberita.ui.articlelist import ArticleListPane
from editorberita.ui.articlemodel import ArticleListModel
from editorberita.ui.bodyroom import BodyRoom
from editorberita.ui.checkfollow import CheckFollower
from editorberita.ui.checking import CheckController
from editorberita.ui.deskcollab import DeskCollaboration
from editorberita.ui.desks import DeskController
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.exporting import ExportController
from editorberita.ui.focusring import install_focus_ring
from editorberita.ui.guardrails import GuardRails
from editorberita.ui.menus import WindowMenus
from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.navigation import NavigationController
from editorberita.ui.newarticle import NewArticleController
from editorberita.ui.panes import Panes
from editorberita.ui.pictureactions import PictureController
from editorberita.ui.picturepanel import PicturePanel
from editorberita.ui.preview import PreviewPane
from editorberita.ui.prompts import Prompts
from editorberita.ui.readonly import enforce_read_only
from editorberita.ui.record import RecordController
from editorberita.ui.rubrics import RubricController
from editorberita.ui.sending import SendingController
from editorberita.ui.session import ArticleSession
from editorberita.ui.settings import Settings
from editorberita.ui.sidebar import SidebarView
from editorberita.ui.sidebarmodel import SidebarModel
from editorberita.ui.spellwiring import SpellingController
from editorberita.ui.statusline import StatusLine
from editorberita.ui.trash import TrashController
from editorberita.ui.viewkey import ALL, TRASH, ViewKey
from editorberita.ui.watching import DatabaseWatch
from editorberita.ui.windowstate import restore_window_state, save_window_state

if TYPE_CHECKING:  # loaded after the first paint (SQLAlchemy, Jinja, Markdown) or on use
    from editorberita.core.segments import Rendering
    from editorberita.core.store import ArticleStore

# What works before the store is open (start-up); every other action waits for it.
STORE_FREE_ACTIONS = frozenset({
    "quit", "find", "search_articles", "edit_headline", "focus_sidebar", "focus_list",
    "focus_editor", "toggle_preview", "more_fields", "focus_mode", "smart_quotes",
    "full_screen", "shortcuts", "about", "keep_original_size", "appearance_menu",
    "language_menu"})
# Enabled only while an article is open.
ARTICLE_ACTIONS = ("save", "export_html", "export_fragment", "export_markdown", "copy_html",
                   "open_browser", "find", "replace", "edit_headline", "insert_picture",
                   "add_featured_picture", "history")


def app_icon() -> QIcon:
    """Return the application icon from its PNG sizes (the frozen build has no SVG plugin)."""
    icon = QIcon()
    for path in sorted(resource("icons").glob("editorberita-*.png")):
        icon.addFile(str(path))
    return icon


class MainWindow(QMainWindow):
    """The editor window on one store; the store is attached once start-up has opened it."""

    article_opened = Signal(int)
    article_saved = Signal(int)
    loaded = Signal()
    # A backup chosen in the Backups dialog: the launcher (ui.recovery) closes the store,
    # restores the file and opens a fresh window on it.
    restore_requested = Signal(object)
    #: Emitted once, right after the first paint has reached the screen (start-up).
    first_painted = Signal()

    @classmethod
    def on_store(cls, store: ArticleStore, settings: Settings,
                 prompts: Prompts | None = None) -> MainWindow:
        """Return a window with its store attached (a restored backup, tests)."""
        window = cls(settings, prompts)
        window.attach_store(store)
        return window

    def __init__(self, settings: Settings, prompts: Prompts | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every question, message and file chooser goes through it (tests script it).
        self.prompts = prompts = prompts if prompts is not None else Prompts()
        self.settings = settings
        self._painted = False
        self._actions_held = False  # store actions disabled until the store is open
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setWindowTitle("EditorBerita")

        # -------------------------------- 1. panes and the open article
        self.sidebar_model = SidebarModel(None, self)
        self.sidebar = SidebarView(self.sidebar_model, self)
        self.metadata = MetadataPanel(settings.limits(), self)
        self.editor = MarkdownEditor(self)
        self.preview = PreviewPane(self)
        self.session = session = ArticleSession(settings, prompts, self.metadata, self.editor,
                                                self.preview, self.sidebar_model, self)
        self.article_model = ArticleListModel(session, self)  # reads the store once it is open
        self.article_list = ArticleListPane(self.article_model, self)
        self.picture_panel = PicturePanel(session.picture_bytes, self)
        self.panes = panes = Panes(self.sidebar, self.sidebar_model, self.article_list,
                                   self.article_model, self.metadata, self.editor,
                                   self.preview, self.picture_panel)

        # -------------------------------- 2. layout
        editor_column = QWidget(self)
        editor_column.setObjectName("editor_column")
        column = QVBoxLayout(editor_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.metadata)
        column.addWidget(self.editor, 1)
        column.addWidget(self.picture_panel)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch, width in ((self.sidebar, 0, 110), (self.article_list, 1, 160),
                                     (editor_column, 3, 300), (self.preview, 3, 160)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
            pane.setMinimumWidth(width)
        self.setCentralWidget(self.splitter)
        self.status_line = StatusLine(self.statusBar(), settings)

        # -------------------------------- 3. actions: each feature registers its own
        self.action_collection = ac = ActionCollection(self)
        self.menus = WindowMenus(ac, self)
        ac.create("save", self.tr("&Save"), self._on_save_manual, QKeySequence.StandardKey.Save,
                  self.tr("Save now and record a revision"))
        ac.create("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.navigation = NavigationController(session, panes, settings, column, self.menus,
                                               ac, self)
        self.new_articles = NewArticleController(session, panes, settings, ac, self)
        self.rubrics = RubricController(session, panes, prompts, ac, self)
        # the article list's menu, Delete with Undo, the Trash banner, the status guard
        self.guard_rails = GuardRails(self)
        self.trash = TrashController(session, panes, prompts, ac, self, self.guard_rails)
        self.pictures = PictureController(session, panes, settings, prompts, ac, self)
        self.spelling = SpellingController(session, panes, settings, prompts, ac, self)
        self.checking = CheckController(session, panes, settings, prompts, self.spelling, ac,
                                        self)
        self.exporting = ExportController(session, panes, settings, prompts, self.checking,
                                          self.pictures, ac, self)
        self.appearance = AppearanceController(session, panes, settings, prompts,
                                               self.spelling, ac, self)
        self.watch = DatabaseWatch(session, panes, self.rubrics, self)
        self.collab = DeskCollaboration(session, panes, prompts, ac, self, self.watch)  # issue 14
        self.sending = SendingController(session, panes, prompts, ac, self)  # WordPress
        self.record = RecordController(session, panes, prompts, ac, self)  # issue 16
        self.desks = DeskController(session, panes, settings, prompts, ac, self)  # issue 14
        self.check_follower = CheckFollower(self, self.checking, self.spelling)
        self.toolbar = self.menus.build(list(self.editor.formatting_actions()))
        self.metadata.set_more_fields_visible(bool(settings.get("ui/more_fields")))
        self.metadata.set_article(None)
        self.editor.setEnabled(False)
        self.metadata.set_body(self.editor)  # Tab in visual order; Enter: headline → body
        install_focus_ring(self)  # every focusable widget shows focus
        self.body_room = BodyRoom(self, self.editor)  # the body keeps a third of the window
        restore_window_state(self, self.splitter, settings)
        self.preview.setVisible(self.action("toggle_preview").isChecked())

        # -------------------------------- 4. signals (the one block)
        opened, queued = session.when_open, Qt.ConnectionType.QueuedConnection
        self.sidebar.view_selected.connect(self._on_view_or_search_changed)
        self.sidebar.new_rubric_requested.connect(opened(self.rubrics.new_rubric))
        self.sidebar.rename_rubric_requested.connect(opened(self.rubrics.rename))
        self.sidebar.delete_rubric_requested.connect(opened(self.rubrics.delete))
        self.sidebar.move_rubric_requested.connect(opened(self.rubrics.choose_parent))
        self.sidebar_model.articles_dropped.connect(opened(self.rubrics.move_articles), queued)
        self.sidebar_model.category_move_requested.connect(opened(self.rubrics.move), queued)
        self.article_list.article_selected.connect(self.open_article)
        self.article_list.search_changed.connect(self._on_view_or_search_changed)
        self.article_list.selection_changed.connect(self._update_actions)
        self.metadata.edited.connect(session.on_edited)
        self.metadata.more_fields_toggled.connect(self.navigation.on_more_fields_toggled)
        self.editor.text_edited.connect(session.on_edited)
        self.editor.pictures_received.connect(opened(self.pictures.insert_pictures))
        self.editor.stats_changed.connect(self.status_line.show_stats)
        self.picture_panel.asset_edited.connect(opened(self.pictures.save_details))
        self.picture_panel.featured_chosen.connect(opened(self.pictures.set_featured))
        # Scroll sync both ways: scrolling one aligns the other's top paragraph; moving the
        # cursor brings its paragraph into the preview's view.
        self.editor.cursor_line_changed.connect(self.preview.ensure_source_line_visible)
        self.editor.top_line_changed.connect(self.preview.scroll_to_source_line)
        self.preview.line_visible.connect(self.editor.scroll_to_line)
        session.article_changed.connect(self.collab.on_article_changed)  # lease first: read-only
        session.article_changed.connect(self.pictures.on_article_changed)
        session.article_changed.connect(self._on_article_changed)
        session.article_opened.connect(self.article_opened)
        session.article_saved.connect(self._on_article_saved)
        session.edited.connect(self._on_edited)
        session.articles_added.connect(self._on_articles_added)
        self.rubrics.view_changed.connect(self._show_current_view)
        self.trash.restore_requested.connect(self.restore_requested)
        self.watch.refreshed.connect(self._update_actions)
        self.article_opened.connect(self.spelling.on_article_opened)
        self.loaded.connect(self.checking.on_loaded)
        self.loaded.connect(self.spelling.on_loaded)
        session.article_opened.connect(self.sending.refresh_status)
        session.article_saved.connect(self.sending.refresh_status)
        self.loaded.connect(self.record.refresh)
        self._update_actions()

    # =============================================================== public

    @property
    def store(self) -> ArticleStore:
        """Return the open store (raises ``StoreNotOpenError`` before ``attach_store``)."""
        return self.session.store

    @property
    def current_article(self) -> Article | None:
        """Return the article in the editor as last loaded or saved."""
        return self.session.current

    @property
    def is_dirty(self) -> bool:
        """Return True when the editor holds changes not saved yet."""
        return self.session.is_dirty

    def action(self, name: str) -> QAction:
        """Return one of the window's actions by its snake_case name."""
        return self.action_collection[name]

    def attach_store(self, store: ArticleStore) -> None:
        """Use the store start-up opened after the first paint (once); then ``load``."""
        self.session.attach(store)
        self.sidebar_model.set_store(store)
        self._update_actions()

    @Slot()
    def load(self) -> None:
        """Fill the panes from the store and reopen the last article (after the first paint);
        the counts come last (slow on a big desk) while the pool thread renders the preview."""
        self.rubrics.reload(counts=False)
        key = ViewKey.parse(str(self.settings.get("session/last_view")))
        if key is None or not self.sidebar.select_key(key):
            self.sidebar.select_key(ALL)
        self._show_current_view()
        last = self.settings.last_article
        opened = self.session.adopt_first()
        if not opened and last is not None:
            opened = self.open_article(last)
        if not opened and self.article_model.rowCount() > 0:
            self.open_article(self.article_model.article_id(0))
        self.sidebar_model.refresh_counts()
        self.watch.start()
        self.loaded.emit()

    def show_first(self, article: Article, category_name: str,
                   rendering: Rendering | None = None,
                   categories: list[Category] | None = None) -> None:
        """Show the last article before the store is open (``ArticleSession.show_first``);
        ``categories`` (read without SQLAlchemy too) are offered first: a field is never
        filled before its choices exist."""
        if categories is not None:
            self.sidebar_model.show_categories(categories)
            self.rubrics.offer()
        self.session.show_first(article, category_name, rendering)
        self._update_title()
        self.status_line.show_saved_time(article)

    @Slot(int)
    def open_article(self, article_id: int) -> bool:
        """Save the open article, then show another one; False if it does not exist."""
        return self.session.open(article_id)

    def save_now(self, *, manual: bool = False) -> bool:
        """Save the open article if it changed (always when ``manual``); False on failure."""
        return self.session.save_now(manual=manual)

    @Slot()
    def _update_actions(self) -> None:
        ac, session = self.action_collection, self.session
        waiting = not session.is_open  # start-up: nothing may reach the store before it exists
        if waiting != self._actions_held:
            self._actions_held = waiting
            for name, action in ac.items():
                if name not in STORE_FREE_ACTIONS and not name.startswith(("scheme_",
                                                                           "language_")):
                    action.setEnabled(not waiting)
        if waiting:
            return
        for name in ARTICLE_ACTIONS:
            ac[name].setEnabled(session.current is not None)
        key = self.sidebar.current_key()
        selected = bool(self.article_list.selected_ids())
        ac["trash_articles"].setEnabled(selected and key != TRASH)
        ac["restore_articles"].setEnabled(selected and key == TRASH)
        ac["export_selected"].setEnabled(selected)
        for name in ("rename_rubric", "delete_rubric", "empty_rubric"):
            ac[name].setEnabled(key.is_rubric)
        if session.read_only:
            enforce_read_only(ac, self.panes)
        self.collab.enforce()  # an article another editor holds stays read-only

    @Slot(object)
    def _on_article_changed(self, article: Article | None) -> None:
        if article is not None:
            self.article_list.select_article(article.id or 0)
        self.status_line.show_saved_time(article)
        self._update_title()
        self._update_actions()

    @Slot(object, object)
    def _on_article_saved(self, before: Article | None, saved: Article) -> None:
        self.article_model.update_article(saved)
        if before is None or (before.status, before.category_id) != (saved.status,
                                                                     saved.category_id):
            self.sidebar_model.refresh_counts()
        if before is not None and before.tags != saved.tags:
            self.metadata.set_tags(self.store.all_tags())
        self.status_line.show_saved_time(saved)
        self._update_title()
        self.article_saved.emit(saved.id or 0)

    @Slot(object)
    def _on_edited(self, article: Article) -> None:
        self.pictures.refresh(article)
        self._update_title()
        self.status_line.show_editing()

    @Slot()
    def _on_articles_added(self) -> None:
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()

    @Slot(object)
    def _on_view_or_search_changed(self, _key_or_search: ViewKey | str) -> None:
        self.session.save_now()
        self._show_current_view()

    @Slot()
    def _show_current_view(self) -> None:
        flt = self.sidebar.current_key().article_filter()
        search = self.article_list.search_text()
        self.article_model.set_filter(dataclasses.replace(flt, search=search) if search else flt)
        if self.session.current is not None:
            self.article_list.select_article(self.session.current.id or 0)
        self._update_actions()

    @Slot()
    def _on_save_manual(self) -> None:
        if self.session.save_now(manual=True) and self.session.current is not None:
            self.statusBar().showMessage(self.tr("Saved; revision recorded."), 4000)

    def _update_title(self) -> None:
        if self.session.current is None and not self.session.showing_first:
            self.setWindowTitle(self.desks.app_title())
            return
        headline = self.metadata.headline_edit.text().strip() or self.tr("(untitled)")
        self.setWindowTitle(f"{headline} — {self.desks.app_title()}")

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the children paint and the frame is flushed before this runs.
            QTimer.singleShot(0, self.first_painted.emit)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.stop()
        self.session.save_now()
        self.collab.close()  # gives the edit lease back
        save_window_state(self, self.splitter, self.settings)
        current = self.session.current
        self.settings.last_article = current.id if current else None
        self.settings.set("session/last_view", self.sidebar.current_key().text)
        self.settings.sync()
        self.session.save_preview()
        super().closeEvent(event)
