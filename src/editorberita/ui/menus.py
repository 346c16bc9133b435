"""The window's menus and toolbar, placed by action name: the one place that says where
every action of the window and its features shows.

``WindowMenus`` builds the menu bar's named slots ("file", "edit", "format", "pictures",
"rubric", "view", "help") and the main toolbar from names registered in the window's
``ActionCollection`` (submenus are registered by their menu action: "template_menu",
"appearance_menu", "language_menu"), and lists them for the shortcuts dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection

TOOLBAR = ["new_article", "save", None, "export_html", "copy_html", "open_browser", None,
           "check_article", "toggle_preview"]


class WindowMenus(QObject):
    """Builds the menu bar and the toolbar of one window from its registered actions."""

    def __init__(self, actions: ActionCollection, window: QMainWindow) -> None:
        super().__init__(window)
        self.actions = actions
        self.window = window

    def _menu(self, name: str, title: str, names: list[str | None]) -> QMenu:
        menu = self.actions.add_menu(name, self.window.menuBar().addMenu(title))
        self.actions.fill(menu, names)
        return menu

    def build(self, formatting: list[QAction]) -> QToolBar:
        """Fill the menu bar (``formatting``: the editor's own actions) and return the toolbar."""
        ac, window = self.actions, self.window
        file_menu = self._menu("file", self.tr("&File"),
                               ["new_article", "template_menu", "save", None])
        ac.fill(file_menu.addMenu(self.tr("E&xport")),
                ["export_html", "export_fragment", "export_markdown", None, "export_selected",
                 "export_view"])
        ac.fill(file_menu, ["copy_html", "open_browser", None, "history", "trash_articles",
                            "restore_articles", "empty_trash", None, "send_to_site",
                            "site_profiles", "show_outbox", "outbox_send_now",
                            "outbox_take_out", "export_wxr", None, "backups",
                            None, "connect_desk", "local_desk", None, "quit"])
        self._menu("edit", self.tr("&Edit"), ["find", "replace", None, "search_articles",
                                              "edit_headline", None, "smart_quotes", None,
                                              "check_article", "desk_words", "preferences", None,
                                              "insert_related"])
        if formatting:
            format_menu = ac.add_menu("format", window.menuBar().addMenu(self.tr("F&ormat")))
            for action in formatting:
                format_menu.addAction(action)
                if action.parent() is not window:
                    window.addAction(action)
        self._menu("pictures", self.tr("&Pictures"), ["insert_picture", "add_featured_picture",
                                                      "picture_library", None,
                                                      "keep_original_size"])
        self._menu("rubric", self.tr("&Rubric"), ["new_rubric", "rename_rubric",
                                                  "delete_rubric", None, "empty_rubric"])
        self._menu("view", self.tr("&View"), ["toggle_preview", "more_fields", "focus_mode",
                                              "full_screen", None, "focus_sidebar",
                                              "focus_list", "focus_editor", "next_article",
                                              "previous_article", None, "appearance_menu",
                                              "language_menu"])
        self._menu("help", self.tr("&Help"), ["shortcuts", "about"])
        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        ac.set_toolbar(toolbar, TOOLBAR)
        template_menu = ac["template_menu"].menu()
        if isinstance(template_menu, QMenu):  # the toolbar's New button drops it down
            ac.attach_toolbar_menu("new_article", template_menu)
        window.addToolBar(toolbar)
        return toolbar

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Return the menus' actions for the shortcuts dialog."""
        groups = []
        for _name, menu in self.actions.menus():
            actions: list[QAction] = []
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    actions.extend(submenu.actions())
                elif not action.isSeparator():
                    actions.append(action)
            groups.append((menu.title(), actions))
        groups.append((self.tr("Article list"), [self.actions["trash_articles"]]))
        return groups
