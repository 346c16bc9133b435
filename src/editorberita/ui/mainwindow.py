"""The main window: rubric sidebar | article list | metadata + Markdown editor | preview.

Builds the panes, the actions and the splitter, wires every signal in one block and calls
``ArticleStore`` and ``core.export`` in short slots. Saves without asking: a debounce after
the last keystroke, on switching and on closing; Ctrl+S also records a revision.
May import ``core.*``, ``ui.*`` and PySide6.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from editorberita.core.domain import (
    Article,
    ConflictError,
    EditorBeritaError,
    Kind,
    NotFoundError,
)
from editorberita.core.export import FORMATS, export_article, export_articles, render_export
from editorberita.core.paths import resource
from editorberita.core.storage import ArticleFilter, ArticleStore
from editorberita.core.templates import new_article
from editorberita.ui.articlelist import ArticleListPane
from editorberita.ui.clipboard import copy_html
from editorberita.ui.desk import DeskTools
from editorberita.ui.dialogs import ConflictChoice, ConflictDialog, ShortcutsDialog
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.findreplace import FindReplaceBar
from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.models import ArticleListModel, SidebarModel, filter_for_key
from editorberita.ui.preview import PreviewPane
from editorberita.ui.settings import Settings
from editorberita.ui.sidebar import SidebarView

logger = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1000
LIMIT_FIELDS = ("headline", "subheadline", "lead", "seo_title", "seo_description")


def app_icon() -> QIcon:
    """Return the application icon (bundled SVG, PNG fallback)."""
    icon = QIcon()
    for name in ("editorberita.svg", "editorberita-256.png"):
        path = resource("icons", name)
        if path.exists():
            icon.addFile(str(path))
    return icon


class MainWindow(QMainWindow):
    """The editor window on one store; gets its store and settings from the composition root."""

    article_opened = Signal(int)
    article_saved = Signal(int)
    loaded = Signal()

    def __init__(self, store: ArticleStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self._current: Article | None = None
        self._dirty = False
        self._loading = False
        self._closing = False
        self._dark: bool | None = None
        self._actions: dict[str, QAction] = {}
        self._menus: list[tuple[str, QMenu]] = []
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
        self.find_bar = FindReplaceBar(self.editor, self)
        self.preview = PreviewPane(self)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("saved_label")
        self.stats_label = QLabel(self)
        self.stats_label.setObjectName("stats_label")
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
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
        column.addWidget(self.find_bar)
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
        QWidget.setTabOrder(self.metadata.headline_edit, self.editor)
        self._restore_window_state()

        # ------------------------------------------------ 3. signals
        self.sidebar.view_selected.connect(self._on_sidebar_view_selected)
        self.sidebar.new_rubric_requested.connect(self._on_new_rubric_requested)
        self.sidebar.rename_rubric_requested.connect(self._on_rename_rubric_requested)
        self.sidebar.delete_rubric_requested.connect(self._on_delete_rubric_requested)
        self.sidebar.move_rubric_requested.connect(self._on_move_rubric_requested)
        self.sidebar_model.articles_dropped.connect(
            self._on_articles_dropped, Qt.ConnectionType.QueuedConnection)
        self.sidebar_model.category_move_requested.connect(
            self._on_category_move_requested, Qt.ConnectionType.QueuedConnection)
        self.article_list.article_selected.connect(self._on_article_selected)
        self.article_list.search_changed.connect(self._on_search_changed)
        self.article_list.selection_changed.connect(self._update_actions)
        self.metadata.edited.connect(self._on_article_edited)
        self.metadata.more_fields_toggled.connect(self._on_more_fields_toggled)
        self.editor.text_edited.connect(self._on_article_edited)
        self.editor.cursor_line_changed.connect(self.preview.scroll_to_source_line)
        if hasattr(self.editor, "stats_changed"):
            self.editor.stats_changed.connect(self._on_stats_changed)
        self._save_timer.timeout.connect(self._on_save_timer)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        self._apply_color_scheme()
        self._update_actions()
        self.desk = DeskTools(self)  # spelling, templates, preferences, check before export

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

    @Slot()
    def load(self) -> None:
        """Fill the panes from the store and reopen the last article (after the first paint)."""
        self._reload_rubrics()
        key = str(self.settings.get("session/last_view"))
        if not self.sidebar.select_key(key):
            self.sidebar.select_key("view:all")
        self._show_view(self.sidebar.current_key())
        last = self.settings.last_article
        opened = False
        if last is not None:
            opened = self.open_article(last)
        if not opened and self.article_model.rowCount() > 0:
            self.open_article(self.article_model.article_id(0))
        self.loaded.emit()

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
        if self._current is None or (not self._dirty and not manual):
            return True
        article = self.compose_article()
        assert article is not None
        try:
            saved = self.store.save_article(
                article, revision_reason="manual" if manual else None, manual=manual)
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

    def _act(self, name: str, text: str, slot: Callable[[], object] | None = None,
             shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
             tip: str = "", checkable: bool = False) -> QAction:
        """Create an action (ReText's ``act()``), keep it by name and return it."""
        action = QAction(text, self)
        action.setObjectName(f"{name}_action")
        if shortcut is not None:
            keys = (QKeySequence.keyBindings(shortcut)
                    if isinstance(shortcut, QKeySequence.StandardKey)
                    else [QKeySequence(shortcut)])
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            if checkable:
                action.toggled.connect(slot)
            else:
                action.triggered.connect(slot)
        self._actions[name] = action
        return action

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
        self._act("quit", self.tr("&Quit"), self.close, sk.Quit)
        self._act("find", self.tr("&Find…"), self._on_find, sk.Find)
        self._act("replace", self.tr("&Replace…"), self._on_replace, "Ctrl+H")
        self._act("search_articles", self.tr("&Search articles"), self._on_focus_search,
                  "Ctrl+K")
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
        a = self._actions
        bar = self.menuBar()

        def menu(title: str, names: list[str | None]) -> QMenu:
            m = bar.addMenu(title)
            for name in names:
                if name is None:
                    m.addSeparator()
                else:
                    m.addAction(a[name])
            self._menus.append((title, m))
            return m

        file_menu = menu(self.tr("&File"), ["new_article", "save", None])
        export_menu = file_menu.addMenu(self.tr("E&xport"))
        for name in ("export_html", "export_fragment", "export_markdown", None,
                     "export_selected", "export_view"):
            if name is None:
                export_menu.addSeparator()
            else:
                export_menu.addAction(a[name])
        for name in ("copy_html", "open_browser", None, "trash_articles", "restore_articles",
                     "empty_trash", None, "quit"):
            if name is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(a[name])
        edit_menu = menu(self.tr("&Edit"), ["find", "replace", None, "search_articles",
                                            "edit_headline", None, "smart_quotes"])
        formatting = list(self.editor.formatting_actions())
        if formatting:
            format_menu = bar.addMenu(self.tr("F&ormat"))
            for action in formatting:
                format_menu.addAction(action)
                if action.parent() is not self:
                    self.addAction(action)
            self._menus.append((self.tr("F&ormat"), format_menu))
        del edit_menu
        menu(self.tr("&Rubric"), ["new_rubric", "rename_rubric", "delete_rubric"])
        view_menu = menu(self.tr("&View"), ["toggle_preview", "more_fields", "focus_mode",
                                            "full_screen", None, "focus_sidebar",
                                            "focus_list", "focus_editor", "next_article",
                                            "previous_article", None])
        self._add_appearance_menu(view_menu)
        self._add_language_menu(view_menu)
        menu(self.tr("&Help"), ["shortcuts", "about"])

    def _add_appearance_menu(self, parent: QMenu) -> None:
        appearance = parent.addMenu(self.tr("&Appearance"))
        current = str(self.settings.get("ui/color_scheme"))
        for key, text in (("system", self.tr("Follow the system")),
                          ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = appearance.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setObjectName(f"scheme_{key}_action")
            action.triggered.connect(partial(self._on_color_scheme_chosen, key))
            self._actions[f"scheme_{key}"] = action
        self._scheme_actions = [self._actions[f"scheme_{k}"] for k in ("system", "light", "dark")]

    def _add_language_menu(self, parent: QMenu) -> None:
        languages = parent.addMenu(self.tr("&Language"))
        current = self.settings.language or "id"
        for key, text in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = languages.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.triggered.connect(partial(self._on_language_chosen, key))
            self._actions[f"language_{key}"] = action

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new_article", "save", None, "export_html", "copy_html", "open_browser",
                     None, "toggle_preview"):
            if name is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[name])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Return the menus' actions for the shortcuts dialog."""
        groups = []
        for title, menu in self._menus:
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
        return {name: self.settings.limit(name) for name in LIMIT_FIELDS}

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
            self.splitter.setSizes([190, 315, 475, 386])
        self.preview.setVisible(self._actions["toggle_preview"].isChecked())

    def _save_window_state(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.set("window/main_splitter", self.splitter.saveState())
        self.settings.last_article = self._current.id if self._current else None
        self.settings.set("session/last_view", self.sidebar.current_key())
        self.settings.sync()

    def _reload_rubrics(self) -> None:
        self.sidebar_model.reload()
        categories = self.sidebar_model.categories()
        paths = sorted(((c.id, self.sidebar_model.category_path(c.id)) for c in categories),
                       key=lambda pair: pair[1].casefold())
        self.metadata.set_categories(paths)
        self.article_model.set_category_names({c.id: c.name for c in categories})
        self.metadata.set_tags(self.store.all_tags())

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
        local = article.updated_at.astimezone()
        self.saved_label.setText(self.tr("Saved at {time}").format(time=f"{local:%H.%M}"))

    def _update_title(self) -> None:
        if self._current is None:
            self.setWindowTitle("EditorBerita")
            return
        headline = self.metadata.headline_edit.text().strip() or self.tr("(untitled)")
        self.setWindowTitle(f"{headline} — EditorBerita")

    def _resolve_conflict(self, exc: ConflictError) -> bool:
        dialog = ConflictDialog(exc.mine, exc.theirs, self)
        dialog.exec()
        mine, theirs = exc.mine, exc.theirs
        try:
            if dialog.choice is ConflictChoice.KEEP_MINE and theirs is not None:
                saved = self.store.save_article(mine.copy(version=theirs.version),
                                                revision_reason="conflict: kept mine",
                                                manual=True)
                self._after_save(mine, saved)
            elif dialog.choice is ConflictChoice.TAKE_THEIRS and theirs is not None:
                self._show_article(theirs)
                self.article_model.update_article(theirs)
            else:
                copy = self.store.create_article(mine.copy(
                    id=None, version=0, slug="", slug_locked=False,
                    headline=self.tr("{headline} (copy)").format(headline=mine.headline)))
                self.article_model.reload(keep_loaded=True)
                self.sidebar_model.refresh_counts()
                self._show_article(copy)
                self.article_list.select_article(copy.id or 0)
        except EditorBeritaError as error:
            self._show_error(self.tr("The article could not be saved"), str(error))
            return False
        return True

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _export_folder(self) -> Path | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export to folder"), self.settings.export_folder or str(Path.home()))
        if not folder:
            return None
        self.settings.export_folder = folder
        return Path(folder)

    def _format_names(self) -> dict[str, str]:
        return {"html": self.tr("HTML page"), "fragment": self.tr("HTML fragment"),
                "md": self.tr("Markdown")}

    def _ask_format(self) -> str | None:
        names = self._format_names()
        labels = [names[key] for key in FORMATS]
        label, ok = QInputDialog.getItem(self, self.tr("Export"), self.tr("Format:"), labels,
                                         0, False)
        if not ok:
            return None
        return next(key for key, name in names.items() if name == label)

    def _run_batch_export(self, folder: Path, fmt: str, *, ids: list[int] | None = None,
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
        if summary.failures:
            details = "\n".join(f"{a if isinstance(a, int) else a.headline}: {why}"
                                for a, why in summary.failures[:20])
            self._show_error(self.tr("Some articles were not exported"), details)

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
        has_article = self._current is not None
        for name in ("save", "export_html", "export_fragment", "export_markdown", "copy_html",
                     "open_browser", "find", "replace", "edit_headline"):
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
        if self._loading or self._current is None:
            return
        self._dirty = True
        self._save_timer.start()
        article = self.compose_article()
        if article is not None:
            self.preview.schedule_article(article, self.current_category_name(article))
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
        if not self.save_now():
            return
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
        ids = self.article_list.selected_ids()
        if not ids or self.sidebar.current_key() == "view:trash":
            return
        if self._current is not None and self._current.id in ids:
            self.save_now()
            self._clear_article()
        self.store.trash_articles(ids)
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()
        self.statusBar().showMessage(
            self.tr("%n article(s) moved to the Trash", "", len(ids)), 5000)

    @Slot()
    def _on_restore_articles(self) -> None:
        ids = self.article_list.selected_ids()
        if not ids:
            return
        self.store.restore_articles(ids)
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()

    @Slot()
    def _on_empty_trash(self) -> None:
        count = self.store.count_articles(ArticleFilter(trashed=True))
        if not count:
            return
        answer = QMessageBox.question(
            self, self.tr("Empty Trash"),
            self.tr("Delete %n article(s) in the Trash for good?", "", count))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._current is not None and self._current.deleted_at is not None:
            self._clear_article()
        self.store.empty_trash()
        self.article_model.reload()
        self.sidebar_model.refresh_counts()

    @Slot(object)
    def _on_new_rubric_requested(self, parent_id: int | None) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New rubric"), self.tr("Name:"))
        if not ok or not name.strip():
            return
        try:
            category = self.store.create_category(name, parent_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not created"), str(exc))
            return
        self._reload_rubrics()
        self.sidebar.select_key(f"cat:{category.id}")

    @Slot()
    def _on_rename_current_rubric(self) -> None:
        category_id = self.sidebar.current_category_id()
        if category_id is not None:
            self._on_rename_rubric_requested(category_id)

    @Slot(int)
    def _on_rename_rubric_requested(self, category_id: int) -> None:
        old = self.sidebar_model.category_name(category_id)
        name, ok = QInputDialog.getText(self, self.tr("Rename rubric"), self.tr("Name:"),
                                        text=old)
        if not ok or not name.strip() or name.strip() == old:
            return
        try:
            self.store.rename_category(category_id, name)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not renamed"), str(exc))
            return
        self._reload_rubrics()
        self.article_model.reload(keep_loaded=True)
        if self._current is not None and self._current.category_id == category_id:
            self.preview.schedule_article(self.compose_article() or self._current,
                                          self.current_category_name())

    @Slot()
    def _on_delete_current_rubric(self) -> None:
        category_id = self.sidebar.current_category_id()
        if category_id is not None:
            self._on_delete_rubric_requested(category_id)

    @Slot(int)
    def _on_delete_rubric_requested(self, category_id: int) -> None:
        name = self.sidebar_model.category_name(category_id)
        category = next((c for c in self.sidebar_model.categories() if c.id == category_id),
                        None)
        parent_name = (self.sidebar_model.category_name(category.parent_id)
                       if category and category.parent_id else self.tr("Uncategorised"))
        answer = QMessageBox.question(
            self, self.tr("Delete rubric"),
            self.tr("Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they "
                    "move to “{parent}”.").format(name=name, parent=parent_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.save_now()
        self.store.delete_category(category_id)
        self._reload_current_from_store()
        self._reload_rubrics()
        self._show_view(self.sidebar.current_key())

    @Slot(int)
    def _on_move_rubric_requested(self, category_id: int) -> None:
        excluded = self.store.descendant_ids(category_id)
        rubrics = sorted(((c.id, self.sidebar_model.category_path(c.id))
                          for c in self.sidebar_model.categories() if c.id not in excluded),
                         key=lambda pair: pair[1].casefold())
        choices: list[tuple[int | None, str]] = [(None, self.tr("(top level)")), *rubrics]
        label, ok = QInputDialog.getItem(self, self.tr("Move rubric"), self.tr("Move under:"),
                                         [text for _, text in choices], 0, False)
        if not ok:
            return
        parent_id = next(cid for cid, text in choices if text == label)
        self._on_category_move_requested(category_id, parent_id)

    @Slot(int, object)
    def _on_category_move_requested(self, category_id: int, parent_id: int | None) -> None:
        try:
            self.store.move_category(category_id, parent_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The rubric was not moved"), str(exc))
            return
        self._reload_rubrics()

    @Slot(list, object)
    def _on_articles_dropped(self, ids: list[int], category_id: int | None) -> None:
        self.save_now()
        try:
            self.store.move_articles(ids, category_id)
        except EditorBeritaError as exc:
            self._show_error(self.tr("The articles were not moved"), str(exc))
            return
        if self._current is not None and self._current.id in ids:
            self._reload_current_from_store()
        self.article_model.reload(keep_loaded=True)
        self.sidebar_model.refresh_counts()
        target = (self.sidebar_model.category_name(category_id) if category_id is not None
                  else self.tr("Uncategorised"))
        self.statusBar().showMessage(
            self.tr("%n article(s) moved to {rubric}", "", len(ids)).format(rubric=target), 5000)

    def _reload_current_from_store(self) -> None:
        """Pick up a change the store made to the open article (moved, rubric deleted)."""
        if self._current is None or self._current.id is None:
            return
        try:
            fresh = self.store.get_article(self._current.id)
        except NotFoundError:
            self._clear_article()
            return
        if fresh.version != self._current.version:
            self._show_article(fresh)

    @Slot(str)
    def _on_export_current(self, fmt: str) -> None:
        if self._current is None or not self.save_now() or not self.desk.confirm_export():
            return
        folder = self._export_folder()
        if folder is None or self._current is None:
            return
        try:
            path = export_article(self.store, self._current, folder, fmt)
        except EditorBeritaError as exc:
            self._show_error(self.tr("Export failed"), str(exc))
            return
        self.sidebar_model.refresh_counts()
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=str(path)), 8000)

    @Slot()
    def _on_export_selected(self) -> None:
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
    def _on_export_view(self) -> None:
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
    def _on_copy_html(self) -> None:
        article = self.compose_article()
        if article is None:
            return
        names = ([self.current_category_name(article)] if article.category_id else [])
        fragment = render_export(article, "fragment", names)
        copy_html(fragment, fragment)
        self.statusBar().showMessage(self.tr("HTML copied to the clipboard."), 4000)

    @Slot()
    def _on_open_in_browser(self) -> None:
        article = self.compose_article()
        if article is None:
            return
        names = ([self.current_category_name(article)] if article.category_id else [])
        folder = Path(tempfile.mkdtemp(prefix="editorberita-"))
        path = folder / "pratinjau.html"
        path.write_text(render_export(article, "html", names), encoding="utf-8")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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
        ShortcutsDialog(self.shortcut_groups(), self).exec()

    @Slot()
    def _on_about(self) -> None:
        from editorberita import __version__

        QMessageBox.about(self, self.tr("About EditorBerita"), self.tr(
            "EditorBerita {version}\nAn offline article editor for Indonesian news desks.")
            .format(version=__version__))

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
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start."))

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._apply_color_scheme()

    # ================================================================ events

    @override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._dark is not None:
            self._apply_color_scheme()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self._save_window_state()
        self._closing = True
        super().closeEvent(event)


def is_dark() -> bool:
    """Return True for a dark look: the system's scheme, else the palette's lightness."""
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
