"""The window's size and pane widths: a first start fits 1366×768, a later one is as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from editorberita.ui.settings import Settings
from editorberita.ui.windowstate import (
    FIRST_PANE_WIDTHS,
    FIRST_SIZE,
    restore_window_state,
    save_window_state,
)


def _window(qtbot) -> tuple[QMainWindow, QSplitter]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    splitter = QSplitter(window)
    for text in ("rubrik", "daftar", "editor", "pratinjau"):
        splitter.addWidget(QLabel(text))
    window.setCentralWidget(splitter)
    return window, splitter


def test_first_start_fits_a_small_laptop_and_a_later_one_is_as_it_was(qtbot,
                                                                     settings: Settings) -> None:
    window, splitter = _window(qtbot)
    restore_window_state(window, splitter, settings)
    assert (window.width(), window.height()) == FIRST_SIZE
    window.show()
    assert sum(splitter.sizes()) > 0 and len(splitter.sizes()) == len(FIRST_PANE_WIDTHS)
    window.resize(700, 500)  # smaller than the offscreen screen
    splitter.setSizes([100, 150, 250, 200])
    kept = splitter.sizes()
    save_window_state(window, splitter, settings)
    again, again_splitter = _window(qtbot)
    restore_window_state(again, again_splitter, settings)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    assert again_splitter.sizes() == kept
