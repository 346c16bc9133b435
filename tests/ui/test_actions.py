"""The window's action registry: one meaning per key, features placed by name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editorberita.ui.actions import shortcut_conflicts
from editorberita.ui.shortcutsdialog import ShortcutsDialog


def test_no_two_actions_of_the_window_share_a_key_in_one_context(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Qt fires neither of two actions on one key ("Ambiguous shortcut overload")."""
    window.action("find").trigger()  # the find bar and its actions are built on first use
    assert shortcut_conflicts(window) == []


def test_conflict_finder_sees_a_window_action_against_an_editor_action(qtbot: QtBot) -> None:
    from PySide6.QtGui import QAction

    host = QWidget()
    qtbot.addWidget(host)
    child = QWidget(host)
    wide = QAction("Search", host)
    wide.setShortcut(QKeySequence("Ctrl+K"))
    host.addAction(wide)
    local = QAction("Link", child)
    local.setShortcut(QKeySequence("Ctrl+K"))
    local.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    child.addAction(local)
    other = QAction("Trash", child)
    other.setShortcut(QKeySequence("Del"))
    other.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    child.addAction(other)
    sibling = QWidget(host)
    also = QAction("Delete word", sibling)
    also.setShortcut(QKeySequence("Del"))
    also.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    sibling.addAction(also)
    conflicts = shortcut_conflicts(host)
    assert [(c.keys, c.actions) for c in conflicts] == [("Ctrl+K", ("Link", "Search"))]


def test_search_link_heading_and_list_each_have_their_own_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K inserts a link in the editor and Ctrl+2 goes to the list; the others moved."""
    editor_actions = {a.text().replace("&", ""): a for a in window.editor.formatting_actions()}
    assert editor_actions["Link"].shortcut().toString() == "Ctrl+K"
    assert window.action("search_articles").shortcut().toString() == "Ctrl+Shift+F"
    assert window.action("focus_list").shortcut().toString() == "Ctrl+2"
    assert editor_actions["Heading"].shortcut().toString() == "Ctrl+Alt+2"


def test_shortcuts_dialog_shows_each_key_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = ShortcutsDialog(window.menus.shortcut_groups(), window)
    qtbot.addWidget(dialog)
    meanings: dict[str, set[str]] = {}
    typing = dialog.typing_rows()[0][0]
    for r in range(dialog.row_count()):
        if dialog.table.item(r, 0).text() != typing:  # Enter's meanings are explained there
            meanings.setdefault(dialog.table.item(r, 2).text(), set()).add(
                dialog.table.item(r, 1).text())
    assert {k: v for k, v in meanings.items() if len(v) > 1} == {}


def test_no_code_outside_the_window_reaches_its_privates() -> None:
    """Issue 13: features register and place their actions by name; nothing patches the
    window from outside (``w._actions``, ``w._menus[0]``, a toolbar position, a private slot)."""
    import re
    from pathlib import Path

    import editorberita.ui

    folder = Path(editorberita.ui.__file__).parent
    reaching = re.compile(r"\b(window|w|self\.window)\._[a-z]\w*|(?<!\bself)\._(actions|menus)\b")
    found = [f"{path.name}: {match.group(0)}"
             for path in sorted(folder.glob("*.py")) if path.name not in ("actions.py",)
             for match in reaching.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
