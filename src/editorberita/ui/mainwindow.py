"""The main window: rubric sidebar | article list | metadata + Markdown editor | preview.

Builds the panes, the actions and the splitter, wires every signal in one block and calls
``ArticleStore`` and ``core.export`` in short slots. Saves without asking: a debounce after
the last keystroke, on switching and on closing; Ctrl+S also records a revision.

Start-up: the window is built and painted with empty panes before the store exists; the
composition root then opens the store (SQLAlchemy loads only then) and calls ``attach_store``
and ``load``. So at module level this imports only PySide6, ``core.domain``, ``core.paths`` and
light ``ui`` modules; ``core.store`` and ``core.export`` load inside the slots that need them.
Until the store is attached, every action and request that needs it is disabled or ignored, and
the preview shows picture placeholders. Once loaded, a cheap timer (``core.watch``) notices what
other programs wrote (``editorberita import``) and refreshes the list, rubrics and counts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editorberita.core.domain import (
    Article,
    ArticleFilter,
    Category,
    ConflictError,
    EditorBeritaError,
    Kind,
    NotFoundError,
    Zone,
)
from editorberita.core.paths import resource
from editorberita.typing_compat import override
from editorberita.ui.actions import ActionCollection
from editorberita.ui.articlelist import ArticleListPane
from editorberita.ui.bodyroom import BodyRoom  # deskfeel-window (issue 12)
from editorberita.ui.checkfollow import CheckFollower  # deskfeel-window (issue 12)
from editorberita.ui.desk import DeskTools
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.exporting import ExportActions
from editorberita.ui.focusring import install_focus_ring  # deskfeel-window (issue 12)
from editorberita.ui.guardrails import GuardRails  # deskfeel-window (issue 12)
from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.models import ArticleListModel, SidebarModel, filter_for_key, format_clock
from editorberita.ui.pictures import PictureLibraryDialog, PicturePanel
from editorberita.ui.preview import PreviewPane
from editorberita.ui.prompts import Prompts
from editorberita.ui.readonly import enforce_read_only
from editorberita.ui.rubrics import RubricActions
from editorberita.ui.settings import Settings
from editorberita.ui.sidebar import SidebarView

if TYPE_CHECKING:  # loaded after the first paint (SQLAlchemy, Jinja, Markdown) or on use
    from editorberita.core.pictures import PictureSet
    from editorberita.core.segments import Rendering
    from editorberita.core.store import ArticleStore
    from editorberita.core.watch import ChangeWatcher
    from editorberita.ui.findreplace import FindReplaceBar
    from editorberita.ui.images import PictureSource

logger = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
# Steady typing keeps restarting the debounce; this bounds how long typed text can stay unsaved.
AUTOSAVE_MAX_DELAY_MS = 1500
# How often the window asks SQLite whether another program changed the database.
WATCH_INTERVAL_MS = 1000


# What works before the store is open (start-up); every other action waits for it.
STORE_FREE_ACTIONS = frozenset({
    "quit", "find", "search_articles", "edit_headline", "focus_sidebar", "focus_list",
    "focus_editor", "toggle_preview", "more_fields", "focus_mode", "smart_quotes",
    "full_screen", "shortcuts", "about", "keep_original_size"})


def app_icon() -> QIcon:
    """Return the application icon from its PNG sizes (the frozen build has no SVG plugin)."""
    icon = QIcon()
    for path in sorted(resource("icons").glob("editorberita-*.png")):
        icon.addFile(str(path))
    return icon


class MainWindow(ExportActions, RubricActions, QMainWindow):
    """The editor window on one store; gets its store and settings from the composition root."""

    article_opened = Signal(int)
    article_saved = Signal(int)
    loaded = Signal()
    # A backup chosen in the Backups dialog: the composition root closes the store, restores
    # the file and opens a fresh window on it (ui.recovery.Launcher).
    restore_requested = Signal(object)
    #: Emitted once, right after the first paint has reached the screen (start-up).
    first_painted = Signal()

    def __init__(self, store: ArticleStore | None, settings: Settings,
                 parent: QWidget | None = None, prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        # Every question, message and file chooser goes through it (tests script it).
        self.prompts = prompts if prompts is not None else Prompts()
        # None until the composition root opens the database after the first paint.
        self.store: ArticleStore = store  # type: ignore[assignment]
        self.settings = settings
        self._painted = False
        self._current: Article | None = None
        # Shown by ``show_first`` before the store opened; ``load`` adopts it.
        self._first: Article | None = None
        self._first_edited = False
        self._dirty = False
        self._loading = False
        self._closing = False
        self._dark: bool | None = None
        # Actions by name, menus and the toolbar by slot name: features place theirs there.
        self.action_collection = ActionCollection(self)
        self._actions = self.action_collection
        self._actions_held = False  # store actions disabled until the store is open
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())
        self.setWindowTitle("EditorBerita")

        # ------------------------------------------------ 1. child widgets
        self.sidebar_model = SidebarModel(store, self)
        self.article_model = ArticleListModel(store, self)
        self.sidebar = SidebarView(self.sidebar_model, self)
        self.article_list = ArticleListPane(self.article_model, self)
        self.metadata = MetadataPanel(self._limits(), self)
        self.editor = MarkdownEditor(self)
        self._find_bar: FindReplaceBar | None = None  # built on first Ctrl+F
        self.preview = PreviewPane(self)
        if store is not None:
            self.preview.set_asset_loader(self._asset_bytes_by_key)
        self.preview.pictures_provider = self._pictures_of
        self.picture_panel = PicturePanel(self._asset_bytes, self)
        self._picture_keys: tuple[object, ...] = ()
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("stats_label")
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._max_wait_timer = QTimer(self)
        self._max_wait_timer.setSingleShot(True)
        self._max_wait_timer.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self._watcher: ChangeWatcher | None = None  # started by ``load``
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_INTERVAL_MS)
        self._create_actions()
        self._create_menus()
        self._create_toolbar()

        # ------------------------------------------------ 2. layout
        editor_column = QWidget(self)
        editor_column.setObjectName("editor_column")
        column = QVBoxLayout(editor_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.metadata)
        column.addWidget(self.editor, 1)
        column.addWidget(self.picture_panel)
        self._editor_column = column
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.sidebar, self.article_list, editor_column, self.preview):
            self.splitter.addWidget(pane)
        for index, stretch in enumerate((0, 1, 3, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.sidebar.setMinimumWidth(110)
        self.article_list.setMinimumWidth(160)
        editor_column.setMinimumWidth(300)
        self.preview.setMinimumWidth(160)
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.stats_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.metadata.set_more_fields_visible(bool(settings.get("ui/more_fields")))
        self.metadata.set_article(None)
        self.editor.setEnabled(False)
        # deskfeel-window (issue 12): Tab in visual order, Enter in the headline goes to the body
        self.metadata.set_body(self.editor)
        install_focus_ring(self)  # deskfeel-window (issue 12): every focus widget shows focus
        self.body_room = BodyRoom(self, self.editor)  # deskfeel-window: body >= 1/3 of window
        self._restore_window_state()

        # ------------------------------------------------ 3. signals
        self.sidebar.view_selected.connect(self._on_sidebar_view_selected)
        opened = self._once_store_is_open
        self.sidebar.new_rubric_requested.connect(opened(self._on_new_rubric_requested))
        self.sidebar.rename_rubric_requested.connect(opened(self._on_rename_rubric_requested))
        self.sidebar.delete_rubric_requested.connect(opened(self._on_delete_rubric_requested))
        self.sidebar.move_rubric_requested.connect(opened(self._on_move_rubric_requested))
        self.sidebar_model.articles_dropped.connect(
            opened(self._on_articles_dropped), Qt.ConnectionType.QueuedConnection)
        self.sidebar_model.category_move_requested.connect(
            opened(self._on_category_move_requested), Qt.ConnectionType.QueuedConnection)
        self.article_list.article_selected.connect(self._on_article_selected)
        self.article_list.search_changed.connect(self._on_search_changed)
        self.article_list.selection_changed.connect(self._update_actions)
        self.metadata.edited.connect(self._on_article_edited)
        self.metadata.more_fields_toggled.connect(self._on_more_fields_toggled)
        self.editor.text_edited.connect(self._on_article_edited)
        self.editor.pictures_received.connect(opened(self._on_pictures_received))
        self.picture_panel.asset_edited.connect(opened(self._on_picture_edited))
        self.picture_panel.featured_chosen.connect(opened(self._on_featured_chosen))
        # Scroll sync both ways: scrolling one aligns the other's top paragraph; moving the
        # cursor brings its paragraph into the preview's view.
        self.editor.cursor_line_changed.connect(self.preview.ensure_source_line_visible)
        self.editor.top_line_changed.connect(self.preview.scroll_to_source_line)
        self.preview.line_visible.connect(self.editor.scroll_to_line)
        if hasattr(self.editor, "stats_changed"):
            self.editor.stats_changed.connect(self._on_stats_changed)
        self._save_timer.timeout.connect(self._on_save_timer)
        self._watch_timer.timeout.connect(self._on_watch_tick)
        self._max_wait_timer.timeout.connect(self._on_save_timer)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._apply_color_scheme()
        self.desk = DeskTools(self)  # spelling, templates, preferences, check before export
        # deskfeel-window (issue 12): list menu, Delete with undo, Trash banner, status guard
        self.guard_rails = GuardRails(self)
        self.check_follower = CheckFollower(self, self.desk)  # deskfeel-window: panel keeps up
        self._update_actions()

    def _once_store_is_open(self, slot: Callable[..., object]) -> Callable[..., None]:
        """Return ``slot`` made to ignore requests that come before the store is open."""

        def guarded(*args: object) -> None:
            if self.store is not None:
                slot(*args)

        return guarded

    # =============================================================== public

    @property
    def current_article(self) -> Article | None:
        """Return the article in the editor as last loaded or saved."""
        return self._current

    @property
    def is_dirty(self) -> bool:
        """Return True when the editor holds changes not saved yet."""
        return self._dirty

    def action(self, name: str) -> QAction:
        """Return one of the window's actions by its snake_case name."""
        return self._actions[name]

    def attach_store(self, store: ArticleStore) -> None:
        """Use the store the composition root opened after the first paint; then ``load``."""
        self.store = store
        self.sidebar_model.set_store(store)
        self.article_model.set_store(store)
        self.preview.set_asset_loader(self._asset_bytes_by_key)
        self._update_actions()

    @Slot()
    def load(self) -> None:
        """Fill the panes from the store and reopen the last article (after the first paint).

        The sidebar's counts come last: counting 100,000 articles takes SQLite a while, and
        meanwhile the pool thread renders the article's preview.
        """
        self._reload_rubrics(counts=False)
        key = str(self.settings.get("session/last_view"))
        if not self.sidebar.select_key(key):
            self.sidebar.select_key("view:all")
        self._show_view(self.sidebar.current_key())
        last = self.settings.last_article
        opened = self._adopt_first()
        if not opened and last is not None:
            opened = self.open_article(last)
        if not opened and self.article_model.rowCount() > 0:
            self.open_article(self.article_model.article_id(0))
        self.sidebar_model.refresh_counts()
        self._watch_database()
        self.loaded.emit()

    def _watch_database(self) -> None:
        """Notice what other programs write (``editorberita import``): list and counts follow."""
        from editorberita.core.watch import ChangeWatcher

        if self._watcher is not None:
            self._watcher.close()
        self._watcher = ChangeWatcher(self.store.db_path)
        self._watcher.poll(self._current.id if self._current else None)  # takes note
        self._watch_timer.start()

    @Slot()
    def _on_watch_tick(self) -> None:
        """Show articles and rubrics another program changed; the open article stays as it is."""
        if self._watcher is None or self.store is None:
            return
        from editorberita.core.watch import RUBRICS

        changed = self._watcher.poll(self._current.id if self._current else None)
        if not changed:
            return
        if RUBRICS in changed:
            self._reload_rubrics(counts=False)
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()
        if self._current is not None:
            self.article_list.select_article(self._current.id or 0)
        self._update_actions()

    def show_first(self, article: Article, category_name: str,
                   rendering: Rendering | None = None,
                   categories: list[Category] | None = None) -> None:
        """Show the last article before the store is open, so start-up need not wait for it.

        The composition root reads it without SQLAlchemy (``core.quickread.peek_article``) right
        after the first paint; the preview renders it while SQLAlchemy loads. The body stays
        read-only until ``load`` has read the same article through the store. ``rendering`` is
        its preview saved when the window last closed, shown without rendering again.
        ``categories`` (read the same way) are offered before the form is filled: a field is
        never filled before its choices exist.
        """
        self._loading = True
        self._first_edited = False
        try:
            if categories is not None:
                self.sidebar_model.show_categories(categories)
                self._offer_rubrics()
            self._first = article
            self.metadata.set_article(article)
            self.editor.set_markdown(article.body)
            self.editor.setEnabled(True)
            self.editor.setReadOnly(True)
            if rendering is not None:
                self.preview.show_rendering(article, category_name, rendering)
            else:
                self.preview.show_article(article, category_name)
        finally:
            self._loading = False
        self._update_title()
        self._show_saved_time(article)

    def _adopt_first(self) -> bool:
        """Make the article ``show_first`` showed the current one, if the store agrees.

        If the store holds something else (the file changed, or a backup was opened instead
        of a damaged file), the caller opens the article from the store as usual.
        """
        first, self._first = self._first, None
        if first is None:
            return False
        self.editor.setReadOnly(bool(self.store.read_only))
        try:
            stored = self.store.get_article(first.id or 0)
        except NotFoundError:
            return False
        if stored != first:
            return False
        self._current = stored
        self._dirty = False
        if not self._first_edited and self.compose_article() != stored:
            # The form must show what the store holds, field by field (issue 11): fill it
            # again now that every choice exists (an undated draft differs by its date only).
            logger.debug("Start-up form differed from the stored article; filled again")
            self._loading = True
            try:
                self.metadata.set_article(stored)
            finally:
                self._loading = False
        self._refresh_pictures(force=True)
        if self._picture_keys != (None,):  # pictures come from the store: render them now
            self.preview.show_article(stored, self.current_category_name(stored))
        if self._first_edited:  # a field typed in before the store opened is kept and saved
            self._on_article_edited()
        self.article_list.select_article(stored.id or 0)
        self.article_opened.emit(stored.id or 0)
        self._update_title()
        self._update_actions()
        return True

    def open_article(self, article_id: int) -> bool:
        """Save the current article, then show another one; False if it does not exist."""
        if self._current is not None and self._current.id == article_id:
            return True
        if not self.save_now():
            return False
        try:
            article = self.store.get_article(article_id)
        except NotFoundError:
            return False
        self._show_article(article)
        self.article_list.select_article(article_id)
        self.article_opened.emit(article_id)
        return True

    def compose_article(self) -> Article | None:
        """Return the current article with the form's and the editor's values."""
        if self._current is None:
            return None
        return self.metadata.apply_to(self._current).copy(body=self.editor.markdown())

    def save_now(self, *, manual: bool = False) -> bool:
        """Save the editor's article if it changed (always when ``manual``); False on failure."""
        self._save_timer.stop()
        self._max_wait_timer.stop()
        if self._current is None or (not self._dirty and not manual):
            return True
        article = self.compose_article()
        assert article is not None
        from editorberita.core import revisions

        reason = revisions.MANUAL if manual else revisions.autosave_reason(
            self._current, article, self.store.latest_revision_time(article.id or 0))
        try:
            saved = self.store.save_article(article, revision_reason=reason, manual=manual)
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The article could not be saved"), str(exc))
            return False
        self._after_save(article, saved)
        return True

    def current_category_name(self, article: Article | None = None) -> str:
        """Return the rubric name shown in the preview for an article."""
        article = article or self._current
        if article is None or article.category_id is None:
            return ""
        return self.sidebar_model.category_name(article.category_id)

    # ============================================================== actions

    def _act(self, name: str, text: str, slot: Callable[..., object] | None = None,
             shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
             tip: str = "", checkable: bool = False) -> QAction:
        """Create a window action in the registry (ReText's ``act()``) and return it."""
        return self.action_collection.create(name, text, slot, shortcut, tip, checkable)

    def _create_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self._act("new_article", self.tr("&New article"), self._on_new_article, sk.New,
                  self.tr("Write a new article in the selected rubric"))
        self._act("save", self.tr("&Save"), self._on_save_manual, sk.Save,
                  self.tr("Save now and record a revision"))
        self._act("new_rubric", self.tr("New &rubric…"),
                  partial(self._on_new_rubric_requested, None), "Ctrl+Shift+N")
        self._act("rename_rubric", self.tr("Rena&me rubric…"), self._on_rename_current_rubric,
                  "F2")
        self._act("delete_rubric", self.tr("&Delete rubric…"), self._on_delete_current_rubric)
        self._act("trash_articles", self.tr("Move to &Trash"), self._on_trash_articles,
                  "Ctrl+Del")
        self._act("restore_articles", self.tr("Restore from Trash"), self._on_restore_articles)
        self._act("empty_trash", self.tr("Empty Trash…"), self._on_empty_trash)
        self._act("empty_rubric", self.tr("Move the rubric's articles to the &Trash…"),
                  self._on_empty_rubric)
        self._act("history", self.tr("Revision &history…"), self._on_history, "Ctrl+Alt+H",
                  self.tr("Earlier versions of this article: compare and restore"))
        self._act("backups", self.tr("&Backups…"), self._on_backups)
        self._act("export_html", self.tr("Export as HTML &page…"),
                  partial(self._on_export_current, "html"), "Ctrl+E")
        self._act("export_fragment", self.tr("Export as HTML &fragment…"),
                  partial(self._on_export_current, "fragment"))
        self._act("export_markdown", self.tr("Export as &Markdown…"),
                  partial(self._on_export_current, "md"), "Ctrl+Shift+E")
        self._act("export_selected", self.tr("Export &selected articles…"),
                  self._on_export_selected)
        self._act("export_view", self.tr("Export the whole rubric or &view…"),
                  self._on_export_view)
        self._act("copy_html", self.tr("&Copy HTML"), self._on_copy_html, "Ctrl+Shift+C",
                  self.tr("Copy the article as HTML for the CMS"))
        self._act("open_browser", self.tr("Open in &browser"), self._on_open_in_browser,
                  "Ctrl+Shift+B")
        self._act("insert_picture", self.tr("&Insert picture…"), self._on_insert_picture,
                  "Ctrl+Shift+I", self.tr("Insert a photo (JPEG, PNG or WebP) at the cursor"))
        self._act("add_featured_picture", self.tr("Add &featured picture…"),
                  self._on_add_featured_picture)
        self._act("picture_library", self.tr("Picture &library…"), self._on_picture_library,
                  "Ctrl+Shift+L", self.tr("Reuse a picture stored in this database"))
        self._act("keep_original_size", self.tr("Keep &original size"),
                  self._on_keep_original_size, checkable=True,
                  tip=self.tr("Store new pictures without scaling them down"))
        self._act("quit", self.tr("&Quit"), self.close, sk.Quit)
        self._act("find", self.tr("&Find…"), self._on_find, sk.Find)
        self._act("replace", self.tr("&Replace…"), self._on_replace, "Ctrl+H")
        # Ctrl+K is the editor's link (as in WordPress); searching all articles is Ctrl+Shift+F.
        self._act("search_articles", self.tr("&Search articles"), self._on_focus_search,
                  "Ctrl+Shift+F")
        self._act("edit_headline", self.tr("Edit &headline"), self._on_focus_headline, "Ctrl+L")
        self._act("focus_sidebar", self.tr("Go to rubrics"),
                  partial(self._focus, "sidebar"), "Ctrl+1")
        self._act("focus_list", self.tr("Go to article list"),
                  partial(self._focus, "list"), "Ctrl+2")
        self._act("focus_editor", self.tr("Go to editor"),
                  partial(self._focus, "editor"), "Ctrl+3")
        self._act("next_article", self.tr("Next article"), partial(self._step_article, 1),
                  "Alt+Down")
        self._act("previous_article", self.tr("Previous article"),
                  partial(self._step_article, -1), "Alt+Up")
        self._act("toggle_preview", self.tr("Show &preview"), self._on_toggle_preview, "F9",
                  checkable=True)
        self._act("more_fields", self.tr("Show &more fields"),
                  self.metadata.set_more_fields_visible, "Ctrl+M", checkable=True)
        self._act("focus_mode", self.tr("&Focus mode"), self._on_focus_mode, "F8",
                  checkable=True)
        self._act("smart_quotes", self.tr("Smart &quotes"), self._on_smart_quotes,
                  checkable=True)
        self._act("full_screen", self.tr("F&ull screen"), self._on_full_screen, "F11",
                  checkable=True)
        self._act("shortcuts", self.tr("&Keyboard shortcuts"), self._on_show_shortcuts, "F1")
        self._act("about", self.tr("&About EditorBerita"), self._on_about)
        self._actions["toggle_preview"].setChecked(bool(self.settings.get("ui/preview_visible")))
        self._actions["smart_quotes"].setChecked(bool(self.settings.get("ui/smart_quotes")))
        self._actions["focus_mode"].setChecked(bool(self.settings.get("ui/focus_mode")))
        self._actions["more_fields"].setChecked(bool(self.settings.get("ui/more_fields")))
        self._actions["keep_original_size"].setChecked(
            bool(self.settings.get("pictures/keep_original")))
        self.editor.set_smart_quotes(bool(self.settings.get("ui/smart_quotes")))
        self.editor.set_focus_mode(bool(self.settings.get("ui/focus_mode")))
        # Trash and restore only act on the article list, so Delete in the editor stays Delete.
        for name in ("trash_articles",):
            self._actions[name].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.article_list.view.addAction(self._actions[name])
        delete_key = QAction(self)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self._on_trash_articles)
        self.article_list.view.addAction(delete_key)

    def _create_menus(self) -> None:
        ac = self.action_collection
        bar = self.menuBar()

        def menu(name: str, title: str, names: list[str | None]) -> QMenu:
            m = ac.add_menu(name, bar.addMenu(title))
            ac.fill(m, names)
            return m

        file_menu = menu("file", self.tr("&File"), ["new_article", "save", None])
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        ac.fill(export_menu, ["export_html", "export_fragment", "export_markdown", None,
                              "export_selected", "export_view"])
        ac.fill(file_menu, ["copy_html", "open_browser", None, "history", "trash_articles",
                            "restore_articles", "empty_trash", None, "backups", None, "quit"])
        menu("edit", self.tr("&Edit"), ["find", "replace", None, "search_articles",
                                        "edit_headline", None, "smart_quotes"])
        formatting = list(self.editor.formatting_actions())
        if formatting:
            format_menu = ac.add_menu("format", bar.addMenu(self.tr("F&ormat")))
            for action in formatting:
                format_menu.addAction(action)
                if action.parent() is not self:
                    self.addAction(action)
        menu("pictures", self.tr("&Pictures"), ["insert_picture", "add_featured_picture",
                                                "picture_library", None, "keep_original_size"])
        menu("rubric", self.tr("&Rubric"), ["new_rubric", "rename_rubric", "delete_rubric",
                                            None, "empty_rubric"])
        view_menu = menu("view", self.tr("&View"), ["toggle_preview", "more_fields",
                                                    "focus_mode", "full_screen", None,
                                                    "focus_sidebar", "focus_list",
                                                    "focus_editor", "next_article",
                                                    "previous_article", None])
        self._add_appearance_menu(view_menu)
        self._add_language_menu(view_menu)
        menu("help", self.tr("&Help"), ["shortcuts", "about"])

    def _add_appearance_menu(self, parent: QMenu) -> None:
        appearance = parent.addMenu(self.tr("&Appearance"))
        current = str(self.settings.get("ui/color_scheme"))
        group = QActionGroup(appearance)  # deskfeel-window (issue 12): radio choices
        group.setExclusive(True)
        for key, text in (("system", self.tr("Follow the system")),
                          ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = appearance.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setObjectName(f"scheme_{key}_action")
            action.setActionGroup(group)
            action.triggered.connect(partial(self._on_color_scheme_chosen, key))
            self.action_collection.add(f"scheme_{key}", action)
        self._scheme_actions = [self._actions[f"scheme_{k}"] for k in ("system", "light", "dark")]

    def _add_language_menu(self, parent: QMenu) -> None:
        languages = parent.addMenu(self.tr("&Language"))
        current = self.settings.language or "id"
        for key, text in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = languages.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(partial(self._on_language_chosen, key))
            self.action_collection.add(f"language_{key}", action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.action_collection.set_toolbar(
            toolbar, ["new_article", "save", None, "export_html", "copy_html", "open_browser",
                      None, "toggle_preview"])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Return the menus' actions for the shortcuts dialog."""
        groups = []
        for _name, menu in self.action_collection.menus():
            title = menu.title()
            actions: list[QAction] = []
            for action in menu.actions():
                if action.menu() is not None:
                    actions.extend(action.menu().actions())
                elif not action.isSeparator():
                    actions.append(action)
            groups.append((title, actions))
        groups.append((self.tr("Article list"), [self._actions["trash_articles"]]))
        return groups

    # ============================================================= internals

    def _limits(self) -> dict[str, int]:
        return self.settings.limits()

    def _restore_window_state(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = self.settings.get("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.get("window/main_splitter")
        if not (splitter and not splitter.isEmpty() and self.splitter.restoreState(splitter)):
            self.splitter.setSizes([184, 262, 552, 368])
        self.preview.setVisible(self._actions["toggle_preview"].isChecked())

    def _save_window_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/main_splitter", self.splitter.saveState())
        self.settings.last_article = self._current.id if self._current else None
        self.settings.set("session/last_view", self.sidebar.current_key())
        self.settings.sync()

    def _show_view(self, key: str) -> None:
        flt = filter_for_key(key)
        search = self.article_list.search_text()
        if search:
            flt = ArticleFilter(**{**flt.__dict__, "search": search})
        self.article_model.set_filter(flt)
        if self._current is not None:
            self.article_list.select_article(self._current.id or 0)
        self._update_actions()

    def _show_article(self, article: Article) -> None:
        """Put an article in the form, editor and preview without counting it as an edit."""
        self._loading = True
        try:
            self._current = article
            self._dirty = False
            self.metadata.set_article(article)
            self.editor.setEnabled(True)
            self.editor.set_markdown(article.body)
            self.preview.show_article(article, self.current_category_name(article))
        finally:
            self._loading = False
        self._refresh_pictures(force=True)
        self.settings.last_article = article.id
        self._update_title()
        self._show_saved_time(article)
        self._update_actions()

    def _clear_article(self) -> None:
        self._loading = True
        try:
            self._current = None
            self._dirty = False
            self.metadata.set_article(None)
            self.editor.set_markdown("")
            self.editor.setEnabled(False)
            self.preview.setHtml("")
            self.picture_panel.set_pictures([], None)
            self._picture_keys = ()
        finally:
            self._loading = False
        self._update_title()
        self.saved_label.clear()
        self._update_actions()

    def _after_save(self, composed: Article, saved: Article) -> None:
        before = self._current
        self._current = saved
        # Keystrokes typed while saving stay dirty; compare what was saved with the editor now.
        now = self.compose_article()
        self._dirty = now is not None and now.body != composed.body
        self.metadata.show_saved_slug(saved.slug)
        self.article_model.update_article(saved)
        if before is None or (before.status, before.category_id) != (saved.status,
                                                                     saved.category_id):
            self.sidebar_model.refresh_counts()
        if before is not None and before.tags != saved.tags:
            self.metadata.set_tags(self.store.all_tags())
        self._show_saved_time(saved)
        self._update_title()
        self.article_saved.emit(saved.id or 0)

    def _show_saved_time(self, article: Article) -> None:
        if article.updated_at is None:
            self.saved_label.clear()
            return
        desk_zone = Zone(str(self.settings.get("article/default_zone")) or "WITA")
        self.saved_label.setText(self.tr("Saved at {time}").format(  # deskfeel-window: desk clock
            time=format_clock(article.updated_at, desk_zone)))

    def _update_title(self) -> None:
        if self._current is None and self._first is None:
            self.setWindowTitle("EditorBerita")
            return
        headline = self.metadata.headline_edit.text().strip() or self.tr("(untitled)")
        self.setWindowTitle(f"{headline} — EditorBerita")

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        """Let the editor choose; every choice keeps both texts (see core.revisions)."""
        from editorberita.core import revisions
        from editorberita.ui.dialogs import ConflictChoice, ConflictDialog

        dialog = ConflictDialog(exc.mine, exc.theirs, self)
        dialog.exec()
        mine, theirs = exc.mine, exc.theirs
        try:
            if dialog.choice is ConflictChoice.KEEP_MINE and theirs is not None:
                saved = revisions.keep_mine(self.store, exc)
                self._after_save(mine, saved)
            elif dialog.choice is ConflictChoice.TAKE_THEIRS and theirs is not None:
                theirs = revisions.take_theirs(self.store, exc)
                self._show_article(theirs)
                self.article_model.update_article(theirs)
            else:
                copy = revisions.save_copy(
                    self.store, exc,
                    self.tr("{headline} (copy)").format(headline=mine.headline))
                self.article_model.reload(keep_loaded=True)
                self.sidebar_model.refresh_counts()
                self._show_article(copy)
                self.article_list.select_article(copy.id or 0)
        except EditorBeritaError as error:
            self._show_error(self.tr("The article could not be saved"), str(error))
            return False
        return True

    def _show_error(self, title: str, message: str) -> None:
        self.prompts.warn(self, title, message)

    def _focus(self, pane: str) -> None:
        widget = {"sidebar": self.sidebar, "list": self.article_list.view,
                  "editor": self.editor}[pane]
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _step_article(self, step: int) -> None:
        row = self.article_model.row_of(self._current.id) if self._current else -1
        target = row + step
        if target >= self.article_model.rowCount() and self.article_model.canFetchMore():
            self.article_model.fetchMore()
        if 0 <= target < self.article_model.rowCount():
            self.open_article(self.article_model.article_id(target))

    def _apply_color_scheme(self) -> None:
        dark = is_dark()
        if dark == self._dark:
            return
        self._dark = dark
        self.preview.set_dark(dark)
        self.editor.set_dark(dark)
        if self._current is not None:
            self.preview.show_article(self.compose_article() or self._current,
                                      self.current_category_name())

    # ================================================================ slots

    @Slot()
    def _update_actions(self) -> None:
        waiting = self.store is None  # start-up: nothing may reach the store before it exists
        if waiting != self._actions_held:
            self._actions_held = waiting
            for name, action in self._actions.items():
                if name not in STORE_FREE_ACTIONS and not name.startswith(("scheme_",
                                                                           "language_")):
                    action.setEnabled(not waiting)
        if waiting:
            return
        has_article = self._current is not None
        for name in ("save", "export_html", "export_fragment", "export_markdown", "copy_html",
                     "open_browser", "find", "replace", "edit_headline", "insert_picture",
                     "add_featured_picture"):
            self._actions[name].setEnabled(has_article)
        key = self.sidebar.current_key()
        in_trash = key == "view:trash"
        selected = bool(self.article_list.selected_ids())
        self._actions["trash_articles"].setEnabled(selected and not in_trash)
        self._actions["restore_articles"].setEnabled(selected and in_trash)
        self._actions["export_selected"].setEnabled(selected)
        is_rubric = key.startswith("cat:")
        self._actions["rename_rubric"].setEnabled(is_rubric)
        self._actions["delete_rubric"].setEnabled(is_rubric)
        self._actions["empty_rubric"].setEnabled(is_rubric)
        self._actions["history"].setEnabled(has_article)
        if self.store is not None and self.store.read_only:
            enforce_read_only(self)

    @Slot(str)
    def _on_sidebar_view_selected(self, key: str) -> None:
        self.save_now()
        self._show_view(key)

    @Slot(int)
    def _on_article_selected(self, article_id: int) -> None:
        self.open_article(article_id)

    @Slot(str)
    def _on_search_changed(self, text: str) -> None:
        self.save_now()
        self._show_view(self.sidebar.current_key())

    @Slot()
    def _on_article_edited(self) -> None:
        if self._loading:
            return
        if self._current is None:
            self._first_edited = self._first is not None
            return
        self._dirty = True
        self._save_timer.start()
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()
        article = self.compose_article()
        if article is not None:
            self.preview.schedule_article(article, self.current_category_name(article))
        self._refresh_pictures(article)
        self._update_title()
        self.saved_label.setText(self.tr("Editing…"))

    @Slot()
    def _on_save_timer(self) -> None:
        self.save_now()

    @Slot()
    def _on_save_manual(self) -> None:
        if self.save_now(manual=True) and self._current is not None:
            self.statusBar().showMessage(self.tr("Saved; revision recorded."), 4000)

    @Slot(int, int, int)
    def _on_stats_changed(self, words: int, chars: int, minutes: int) -> None:
        number = QLocale().toString  # 1.250 in Indonesian, 1,250 in English
        self.stats_label.setText(self.tr("{words} words · {chars} characters · {minutes} min read")
                                 .format(words=number(words), chars=number(chars),
                                         minutes=number(minutes)))

    @Slot()
    def _on_new_article(self) -> None:
        self.new_article()

    def new_article(self, kind: Kind | None = None) -> None:
        """Create and open a new article, from the template of ``kind`` when given."""
        if self.store is None or not self.save_now():
            return
        from editorberita.core.templates import new_article

        key = self.sidebar.current_key()
        fields = self.desk.new_article_fields()
        article = self.store.create_article(
            new_article(kind, **fields) if kind is not None
            else Article(**fields))  # type: ignore[arg-type]
        if self.article_list.search_text():
            self.article_list.search_edit.clear()
            self.article_list.flush_search()
        if not (key.startswith("cat:") or key in ("view:all", "view:draft")):
            self.sidebar.select_key("view:all")
        self.article_model.reload()
        self.sidebar_model.refresh_counts()
        self._show_article(article)
        self.article_list.select_article(article.id or 0)
        self.metadata.focus_headline()

    @Slot()
    def _on_trash_articles(self) -> None:
        # deskfeel-window (issue 12): the next article opens and "Undo" shows (ui.guardrails)
        self.guard_rails.trash_selected()

    @Slot()
    def _on_restore_articles(self) -> None:
        ids = self.article_list.selected_ids()
        if not ids:
            return
        self.store.restore_articles(ids)
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()

    @Slot()
    def _on_empty_rubric(self) -> None:
        from editorberita.ui.history import move_rubric_to_trash

        category_id = self.sidebar.current_category_id()
        if category_id is None:
            return
        self.save_now()
        if move_rubric_to_trash(self, category_id, self.prompts):
            self._reload_current_from_store()
            if self._current is not None and self._current.deleted_at is not None:
                self._clear_article()
            self.article_model.reload()
            self.sidebar_model.refresh_counts()

    @Slot()
    def _on_history(self) -> None:
        from editorberita.ui.history import HistoryDialog  # loads the store's modules

        if self._current is None or not self.save_now():
            return
        restored = HistoryDialog.choose_and_restore(self.store, self._current, self,
                                                    self.prompts)
        if restored is not None:
            self._show_article(restored)
            self.article_model.update_article(restored)
            self.statusBar().showMessage(
                self.tr("Revision restored; the text before it is kept in the history."), 6000)

    @Slot()
    def _on_backups(self) -> None:
        from editorberita.ui.backups import BackupsDialog

        self.save_now()
        chosen = BackupsDialog.choose_restore(self.store.db_path, self, self.prompts)
        if chosen is not None:
            self.restore_requested.emit(chosen)

    @Slot()
    def _on_empty_trash(self) -> None:
        count = self.store.count_articles(ArticleFilter(trashed=True))
        if not count:
            return
        # deskfeel-window (issue 12): "Cancel" is the default button, not the deleting one
        if self.prompts.choose(self, self.tr("Empty Trash"),
                               self.tr("Delete %n article(s) in the Trash for good?", "",
                                       count),
                               [("empty", self.tr("Empty Trash"))], default="cancel") != "empty":
            return
        if self._current is not None and self._current.deleted_at is not None:
            self._clear_article()
        self.store.empty_trash()
        self.article_model.reload()
        self.sidebar_model.refresh_counts()

    @property
    def find_bar(self) -> FindReplaceBar:
        """Return the find and replace bar under the editor, built the first time it is needed."""
        if self._find_bar is None:
            from editorberita.ui.findreplace import FindReplaceBar

            self._find_bar = FindReplaceBar(self.editor, self)
            self._editor_column.addWidget(self._find_bar)
        return self._find_bar

    @Slot()
    def _on_find(self) -> None:
        self.find_bar.show_find()

    @Slot()
    def _on_replace(self) -> None:
        self.find_bar.show_replace()

    @Slot()
    def _on_focus_search(self) -> None:
        self.article_list.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.article_list.search_edit.selectAll()

    @Slot()
    def _on_focus_headline(self) -> None:
        self.metadata.focus_headline()

    @Slot(bool)
    def _on_toggle_preview(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        self.settings.set("ui/preview_visible", visible)

    @Slot(bool)
    def _on_more_fields_toggled(self, visible: bool) -> None:
        self.settings.set("ui/more_fields", visible)
        action = self._actions["more_fields"]
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    @Slot(bool)
    def _on_focus_mode(self, on: bool) -> None:
        self.editor.set_focus_mode(on)
        self.settings.set("ui/focus_mode", on)

    @Slot(bool)
    def _on_smart_quotes(self, on: bool) -> None:
        self.editor.set_smart_quotes(on)
        self.settings.set("ui/smart_quotes", on)

    @Slot(bool)
    def _on_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    @Slot()
    def _on_show_shortcuts(self) -> None:
        from editorberita.ui.dialogs import ShortcutsDialog

        ShortcutsDialog(self.shortcut_groups(), self).exec()

    @Slot()
    def _on_about(self) -> None:
        from editorberita.ui.about import AboutDialog

        AboutDialog(app_icon(), self).exec()

    @Slot(str)
    def _on_color_scheme_chosen(self, key: str) -> None:
        self.settings.set("ui/color_scheme", key)
        for action in self._scheme_actions:
            action.setChecked(action.objectName() == f"scheme_{key}_action")
        apply_color_scheme_preference(key)
        self._apply_color_scheme()

    @Slot(str)
    def _on_language_chosen(self, key: str) -> None:
        self.settings.language = key
        for lang in ("id", "en"):
            self._actions[f"language_{lang}"].setChecked(lang == key)
        self.prompts.inform(self, self.tr("Language"),
                            self.tr("The new language is used from the next start."))

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._apply_color_scheme()

    # ============================================================== pictures

    def _asset_bytes(self, asset_id: int) -> bytes | None:
        """Return a stored picture's bytes (None if it is gone)."""
        if self.store is None:
            return None
        try:
            return self.store.asset_data(asset_id)
        except EditorBeritaError:
            return None

    def _asset_bytes_by_key(self, key: str) -> bytes | None:
        """Return the bytes of the picture ``asset:<key>`` (a hash prefix, or an old id)."""
        if self.store is None:
            return None
        if key.isdigit() and len(key) < 12:
            return self._asset_bytes(int(key))
        asset = self.store.find_assets([key]).get(key)
        return self._asset_bytes(asset.id) if asset is not None else None

    def _pictures_of(self, article: Article) -> PictureSet | None:
        """Return the stored pictures an article shows (the preview calls this off-thread)."""
        from editorberita.core.pictures import pictures_for

        if self.store is None:  # start-up: ``show_first`` renders before the store is open
            return None
        return pictures_for(self.store, article)

    def _refresh_pictures(self, article: Article | None = None, *, force: bool = False) -> None:
        """Show the article's pictures in the panel when the body's references change."""
        from editorberita.core.pictures import article_pictures, referenced_keys

        article = article or self.compose_article()
        if article is None or self.store is None:
            return
        keys = (article.featured_asset_id, *referenced_keys(article.body))
        if keys == self._picture_keys and not force:
            return
        self._picture_keys = keys
        self.picture_panel.set_pictures(article_pictures(self.store, article),
                                        article.featured_asset_id)

    def _store_picture(self, source: PictureSource) -> int | None:
        """Check, scale, clean and store one picture; return its asset id (None if refused)."""
        from editorberita.core.imaging import prepare_picture
        from editorberita.core.pictures import PictureError

        try:
            prepared = prepare_picture(
                source.read(), name=source.name,
                longest_side=int(self.settings.get("pictures/longest_side")),
                keep_original=bool(self.settings.get("pictures/keep_original")))
            asset = self.store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                                         height=prepared.height)
        except PictureError as exc:
            self._show_error(self.tr("The picture was not added"), str(exc))
            return None
        except EditorBeritaError as exc:
            self._show_error(self.tr("The picture was not added"), str(exc))
            return None
        return asset.id

    def insert_pictures(self, sources: list[PictureSource]) -> list[int]:
        """Store pictures and insert each at the cursor as its own paragraph; return their ids."""
        from editorberita.core.pictures import picture_markdown

        if self._current is None:
            return []
        inserted = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for source in sources:
                asset_id = self._store_picture(source)
                if asset_id is None:
                    continue
                self.editor.insert_block(picture_markdown(self.store.get_asset(asset_id)))
                inserted.append(asset_id)
        finally:
            QApplication.restoreOverrideCursor()
        if inserted:
            self._refresh_pictures(force=True)
            self.picture_panel.select_asset(inserted[-1])
            self.picture_panel.caption_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.statusBar().showMessage(
                self.tr("%n picture(s) inserted; add a caption and credit.", "", len(inserted)),
                6000)
        return inserted

    def _ask_picture_file(self, title: str) -> Path | None:
        return self.prompts.open_file(self, title, self.settings.export_folder or str(Path.home()),
                                      self.tr("Pictures (*.jpg *.jpeg *.png *.webp)"))

    def _set_featured(self, asset_id: int | None) -> None:
        """Make a picture the article's featured one (None: no featured picture)."""
        if self._current is None or self._current.featured_asset_id == asset_id:
            return
        self._current = self._current.copy(featured_asset_id=asset_id)
        self._on_article_edited()
        self._refresh_pictures(force=True)
        if asset_id is not None:
            self.picture_panel.select_asset(asset_id)

    def _focus_missing_alt(self, asset_id: int) -> None:
        self.picture_panel.select_asset(asset_id)
        self.picture_panel.alt_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(list)
    def _on_pictures_received(self, sources: list[PictureSource]) -> None:
        self.insert_pictures(sources)

    @Slot()
    def _on_insert_picture(self) -> None:
        from editorberita.ui.images import PictureSource

        path = self._ask_picture_file(self.tr("Insert picture"))
        if path is not None:
            self.insert_pictures([PictureSource(f"Berkas {path.name}", path=path)])

    @Slot()
    def _on_add_featured_picture(self) -> None:
        from editorberita.ui.images import PictureSource

        path = self._ask_picture_file(self.tr("Featured picture"))
        if path is None or self._current is None:
            return
        asset_id = self._store_picture(PictureSource(f"Berkas {path.name}", path=path))
        if asset_id is not None:
            self._set_featured(asset_id)
            self.picture_panel.caption_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_picture_library(self) -> None:
        from editorberita.core.pictures import where_used

        self.picture_panel.commit()
        dialog = PictureLibraryDialog(self.store.list_assets(), where_used(self.store),
                                      self._asset_bytes, can_use=self._current is not None,
                                      parent=self)
        self.picture_library_dialog = dialog  # for tests and screenshots
        try:
            if dialog.exec() != PictureLibraryDialog.DialogCode.Accepted or dialog.chosen is None:
                return
        finally:
            self.picture_library_dialog = None
        self.use_library_picture(dialog.chosen.id, dialog.action or "insert")

    def use_library_picture(self, asset_id: int, action: str) -> None:
        """Reuse a stored picture: insert it at the cursor or make it the featured one."""
        from editorberita.core.pictures import picture_markdown

        if self._current is None:
            return
        if action == "featured":
            self._set_featured(asset_id)
            return
        self.editor.insert_block(picture_markdown(self.store.get_asset(asset_id)))
        self._refresh_pictures(force=True)
        self.picture_panel.select_asset(asset_id)

    @Slot(bool)
    def _on_keep_original_size(self, on: bool) -> None:
        self.settings.set("pictures/keep_original", on)

    @Slot(int, str, str, str)
    def _on_picture_edited(self, asset_id: int, caption: str, credit: str, alt: str) -> None:
        try:
            self.store.update_asset(asset_id, caption=caption, credit=credit, alt_text=alt)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The picture was not changed"), str(exc))
            return
        self.preview.refresh_pictures()

    @Slot(object)
    def _on_featured_chosen(self, asset_id: int | None) -> None:
        self._set_featured(asset_id)

    # ================================================================ events

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._dark is not None:
            self._apply_color_scheme()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: the children paint and the frame is flushed before this runs.
            QTimer.singleShot(0, self.first_painted.emit)

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._watch_timer.stop()
        if self._watcher is not None:
            self._watcher.close()
        self.save_now()
        self._save_window_state()
        self._save_preview()
        self._closing = True
        super().closeEvent(event)


    def _save_preview(self) -> None:
        """Keep the open article's preview for the next start (``core.quickread``)."""
        shown = self.preview.shown_rendering()
        if shown is None or self._current is None or shown[0].id != self._current.id:
            return
        from editorberita.core import quickread
        from editorberita.core.paths import cache_dir

        try:
            key = quickread.preview_key(shown[0], shown[1])
            if key is not None:
                quickread.save_preview(cache_dir(), key, shown[2])
        except OSError as exc:  # no data folder: the next start renders, that is all
            logger.info("Preview not kept: %s", exc)


def is_dark() -> bool:
    """Return True for a dark look: the system's scheme, else the palette's lightness."""
    from editorberita.ui.darkpalette import forced_scheme  # deskfeel-window (issue 12)

    if forced_scheme() is not None:  # our palette stands in for the platform's scheme
        return forced_scheme() == "dark"
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme != Qt.ColorScheme.Unknown:
        return scheme == Qt.ColorScheme.Dark
    return QGuiApplication.palette().window().color().lightness() < 128


def apply_color_scheme_preference(key: str) -> None:
    """Ask Qt for a light or dark look, or to follow the system ("system")."""
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        key, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    from editorberita.ui.darkpalette import apply_fallback  # deskfeel-window (issue 12)

    apply_fallback(key)  # where the platform ignored the scheme (X11): Fusion's dark palette
