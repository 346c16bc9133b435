"""Moving around the window: find and replace, the panes by key, next and previous article,
the preview and the form's extra fields, the shortcuts and about dialogs.

``NavigationController`` registers these actions; none of them needs the store, so they work
from the first paint on. The find and replace bar is built under the editor on first use.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.findreplace import FindReplaceBar
    from editorberita.ui.menus import WindowMenus
    from editorberita.ui.panes import Panes
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.settings import Settings


class NavigationController(QObject):
    """Keyboard ways around the window, and what the View and Help menus show."""

    def __init__(self, session: ArticleSession, panes: Panes, settings: Settings,
                 editor_column: QVBoxLayout, menus: WindowMenus, actions: ActionCollection,
                 window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.settings = settings
        self.actions = actions
        self.window = window
        self.menus = menus  # the shortcuts dialog lists their actions
        self._editor_column = editor_column
        self._find_bar: FindReplaceBar | None = None  # built on first Ctrl+F
        act, sk = actions.create, QKeySequence.StandardKey
        act("find", self.tr("&Find…"), self._on_find, sk.Find)
        act("replace", self.tr("&Replace…"), self._on_replace, "Ctrl+H")
        # Ctrl+K is the editor's link (as in WordPress); searching all articles is Ctrl+Shift+F.
        act("search_articles", self.tr("&Search articles"), self._on_focus_search,
            "Ctrl+Shift+F")
        act("edit_headline", self.tr("Edit &headline"), panes.metadata.focus_headline, "Ctrl+L")
        for name, text, widget, key in (
                ("focus_sidebar", self.tr("Go to rubrics"), panes.sidebar, "Ctrl+1"),
                ("focus_list", self.tr("Go to article list"), panes.article_list.view, "Ctrl+2"),
                ("focus_editor", self.tr("Go to editor"), panes.editor, "Ctrl+3")):
            act(name, text, partial(self._focus, widget), key)
        act("next_article", self.tr("Next article"), partial(self.step_article, 1), "Alt+Down")
        act("previous_article", self.tr("Previous article"), partial(self.step_article, -1),
            "Alt+Up")
        act("toggle_preview", self.tr("Show &preview"), self._on_toggle_preview, "F9",
            checkable=True).setChecked(bool(settings.get("ui/preview_visible")))
        act("more_fields", self.tr("Show &more fields"), panes.metadata.set_more_fields_visible,
            "Ctrl+M", checkable=True).setChecked(bool(settings.get("ui/more_fields")))
        act("shortcuts", self.tr("&Keyboard shortcuts"), self._on_show_shortcuts, "F1")
        act("about", self.tr("&About EditorBerita"), self._on_about)

    @property
    def find_bar(self) -> FindReplaceBar:
        """Return the find and replace bar under the editor, built the first time it is needed."""
        if self._find_bar is None:
            from editorberita.ui.findreplace import FindReplaceBar

            self._find_bar = FindReplaceBar(self.panes.editor, self.window)
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
        search = self.panes.article_list.search_edit
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def step_article(self, step: int) -> None:
        """Open the next (1) or the previous (-1) article of the list."""
        model, current = self.panes.article_model, self.session.current
        row = model.row_of(current.id or 0) if current else -1
        target = row + step
        if target >= model.rowCount() and model.canFetchMore():
            model.fetchMore()
        if 0 <= target < model.rowCount():
            self.session.open(model.article_id(target))

    @Slot(bool)
    def _on_toggle_preview(self, visible: bool) -> None:
        self.panes.preview.setVisible(visible)
        self.settings.set("ui/preview_visible", visible)

    @Slot(bool)
    def on_more_fields_toggled(self, visible: bool) -> None:
        """Remember the form's extra fields shown or hidden; keep the menu's tick in step."""
        self.settings.set("ui/more_fields", visible)
        action = self.actions["more_fields"]
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    @Slot()
    def _on_show_shortcuts(self) -> None:
        from editorberita.ui.shortcutsdialog import ShortcutsDialog

        ShortcutsDialog(self.menus.shortcut_groups(), self.window).exec()

    @Slot()
    def _on_about(self) -> None:
        from editorberita.ui.about import AboutDialog

        AboutDialog(self.window.windowIcon(), self.window).exec()
