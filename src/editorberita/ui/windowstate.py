"""The window's size, docks and pane widths, kept between sessions in the preferences.

A first start (nothing kept) opens at 1366×768 with the panes at widths that fit that screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QSplitter

if TYPE_CHECKING:
    from editorberita.ui.settings import Settings

FIRST_SIZE = (1366, 768)
FIRST_PANE_WIDTHS = [184, 262, 552, 368]  # rubrics, list, editor, preview


def restore_window_state(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Give the window and its splitter the geometry they had when it last closed."""
    geometry = settings.get("window/geometry")
    if geometry and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(*FIRST_SIZE)
    state = settings.get("window/state")
    if state and not state.isEmpty():
        window.restoreState(state)
    kept = settings.get("window/main_splitter")
    if not (kept and not kept.isEmpty() and splitter.restoreState(kept)):
        splitter.setSizes(FIRST_PANE_WIDTHS)


def save_window_state(window: QMainWindow, splitter: QSplitter, settings: Settings) -> None:
    """Keep the window's geometry, docks and pane widths for the next start."""
    settings.set("window/geometry", window.saveGeometry())
    settings.set("window/state", window.saveState())
    settings.set("window/main_splitter", splitter.saveState())
