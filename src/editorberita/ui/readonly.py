"""Read-only mode of the window: a banner saying why, and no way to edit.

Used when another EditorBerita has the database open, and for the preview of a backup. The
store itself refuses writes too (``open_store(..., read_only=True)``); this module makes the
window say so instead of failing on the first keystroke: the window calls
``enforce_read_only`` with its action registry and panes after every action update.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QSizePolicy, QToolBar

if TYPE_CHECKING:
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes

# Every action that would write to the database.
WRITE_ACTIONS = ("new_article", "save", "new_rubric", "rename_rubric", "delete_rubric",
                 "empty_rubric", "trash_articles", "restore_articles", "empty_trash",
                 "export_html", "export_fragment", "export_markdown", "export_selected",
                 "export_view", "replace", "history", "backups")

BANNER_STYLE = ("QToolBar#read_only_banner { background: #fff4ce; border-bottom: 1px solid "
                "#d9b500; } QToolBar#read_only_banner QLabel { color: #3d3000; padding: 6px; }")


def enforce_read_only(actions: ActionCollection, panes: Panes) -> None:
    """Disable every editing control of a window (called again after each action update)."""
    for name in WRITE_ACTIONS:
        if name in actions:
            actions[name].setEnabled(False)
    panes.editor.setReadOnly(True)
    panes.metadata.setEnabled(False)
    panes.sidebar.setDragEnabled(False)
    panes.sidebar.setAcceptDrops(False)


def show_banner(window: QMainWindow, message: str, button_text: str = "",
                on_button: Callable[[], object] | None = None) -> QToolBar:
    """Put a yellow banner under the toolbar with ``message`` and an optional button."""
    banner = QToolBar(window)
    banner.setObjectName("read_only_banner")
    banner.setMovable(False)
    banner.setFloatable(False)
    banner.setStyleSheet(BANNER_STYLE)
    label = QLabel(message, banner)
    label.setObjectName("read_only_label")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    # A wrapped label in a tool bar asks for the height of its narrowest layout (~6 lines);
    # two lines hold the message at any usual window width.
    label.setMaximumHeight(label.fontMetrics().lineSpacing() * 2 + 6)
    banner.addWidget(label)
    if button_text and on_button is not None:
        button = QPushButton(button_text, banner)
        button.setObjectName("read_only_button")
        button.clicked.connect(on_button)
        banner.addWidget(button)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    return banner
