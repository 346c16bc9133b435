"""The window's public action registry: actions by name, menus and the toolbar by slot name.

Frescobaldi's ActionCollection shape. Each feature's controller (``ui.checking``,
``ui.rubrics``, ...) creates its own actions here by name, and ``ui.menus`` places them by name
in the window's named menus ("file", "edit", ...) and its toolbar, so nothing outside the window
touches its private dicts or counts menu and toolbar positions. ``shortcut_conflicts`` finds two
actions that answer the same key in one place, which Qt would treat as an ambiguous shortcut
and fire neither (a test walks every action of a real window).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

Shortcut = QKeySequence | QKeySequence.StandardKey | str


class ActionCollection:
    """Named actions of one window, with named menu slots and one toolbar."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._menu_titles: list[str] = []  # slot names in menu-bar order
        self.toolbar: QToolBar | None = None

    # ------------------------------------------------------------ actions

    def create(self, name: str, text: str, slot: Callable[..., object] | None = None,
               shortcut: Shortcut | None = None, tip: str = "",
               checkable: bool = False) -> QAction:
        """Create an action owned by the window (ReText's ``act()``), register it, return it."""
        action = QAction(text, self._owner)
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
        return self.add(name, action)

    def add(self, name: str, action: QAction) -> QAction:
        """Register an action made elsewhere under ``name``; a name is taken once."""
        if name in self._actions:
            raise ValueError(f"action {name!r} is registered twice")
        self._actions[name] = action
        return action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    def __iter__(self) -> Iterator[str]:
        return iter(self._actions)

    def items(self) -> Iterator[tuple[str, QAction]]:
        """Return (name, action) pairs in the order they were registered."""
        return iter(list(self._actions.items()))

    # -------------------------------------------------------------- menus

    def add_menu(self, name: str, menu: QMenu) -> QMenu:
        """Register a top-level menu under a slot name ("file", "edit", ...)."""
        self._menus[name] = menu
        self._menu_titles.append(name)
        return menu

    def menu(self, name: str) -> QMenu:
        """Return the menu registered under ``name``."""
        return self._menus[name]

    def menus(self) -> list[tuple[str, QMenu]]:
        """Return the top-level menus (slot name, menu) in menu-bar order."""
        return [(name, self._menus[name]) for name in self._menu_titles]

    def fill(self, menu: QMenu | QToolBar, names: list[str | None]) -> None:
        """Add the named actions to ``menu`` in order; ``None`` is a separator."""
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(self._actions[name])

    def place(self, menu_name: str, names: list[str | None], before: str | None = None) -> None:
        """Put the named actions into a named menu, at the end or before a named action."""
        menu = self._menus[menu_name]
        anchor = self._actions[before] if before is not None else None
        for name in names:
            if anchor is None:
                if name is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self._actions[name])
            elif name is None:
                menu.insertSeparator(anchor)
            else:
                menu.insertAction(anchor, self._actions[name])

    def place_submenu(self, menu_name: str, submenu: QMenu, before: str) -> None:
        """Put ``submenu`` into a named menu just before a named action."""
        self._menus[menu_name].insertMenu(self._actions[before], submenu)

    # ------------------------------------------------------------ toolbar

    def set_toolbar(self, toolbar: QToolBar, names: list[str | None]) -> None:
        """Keep the window's toolbar and fill it with the named actions."""
        self.toolbar = toolbar
        self.fill(toolbar, names)

    def place_on_toolbar(self, name: str, before: str) -> None:
        """Put a named action on the toolbar just before another named action."""
        assert self.toolbar is not None
        self.toolbar.insertAction(self._actions[before], self._actions[name])

    def attach_toolbar_menu(self, name: str, menu: QMenu) -> None:
        """Give a named action's toolbar button a drop-down ``menu`` (click still triggers)."""
        assert self.toolbar is not None
        button = self.toolbar.widgetForAction(self._actions[name])
        if isinstance(button, QToolButton):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)


@dataclass(frozen=True)
class Conflict:
    """One key sequence that two or more actions answer in overlapping places."""

    keys: str
    actions: tuple[str, ...]


def _scope(action: QAction, window: QWidget) -> tuple[bool, list[QWidget]]:
    """Return (window-wide?, widgets) where ``action``'s shortcut can fire."""
    context = action.shortcutContext()
    widgets = [o for o in action.associatedObjects() if isinstance(o, QWidget)
               and not isinstance(o, (QMenu, QToolBar, QToolButton))]
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return True, widgets
    return False, widgets


def _overlap(a: list[QWidget], b: list[QWidget], children: bool) -> bool:
    for x in a:
        for y in b:
            if x is y or (children and (x.isAncestorOf(y) or y.isAncestorOf(x))):
                return True
    return False


def shortcut_conflicts(window: QWidget) -> list[Conflict]:
    """Return every key sequence that two actions of ``window`` answer in one context.

    Window-wide actions clash with any other action on the same key; two widget-bound actions
    clash when their widgets are the same or nest. Qt fires neither of two such actions.
    """
    seen: dict[int, QAction] = {}
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if isinstance(action, QObject):
            seen.setdefault(id(action), action)
    by_keys: dict[str, list[QAction]] = {}
    for action in seen.values():
        for key in action.shortcuts():
            if not key.isEmpty():
                by_keys.setdefault(key.toString(), []).append(action)
    conflicts = []
    for keys, actions in sorted(by_keys.items()):
        clashing: set[QAction] = set()
        for i, first in enumerate(actions):
            for second in actions[i + 1:]:
                wide1, where1 = _scope(first, window)
                wide2, where2 = _scope(second, window)
                children = Qt.ShortcutContext.WidgetWithChildrenShortcut in (
                    first.shortcutContext(), second.shortcutContext())
                if wide1 or wide2 or _overlap(where1, where2, children):
                    clashing.update((first, second))
        if clashing:
            names = tuple(sorted(a.objectName() or a.text().replace("&", "")
                                 for a in clashing))
            conflicts.append(Conflict(keys, names))
    return conflicts
