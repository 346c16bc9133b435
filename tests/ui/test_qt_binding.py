"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11).

That build drops one reference to ``None`` on every call of a method returning nothing, and
Python 3.11 aborts ("none_dealloc") after a few thousand calls: a long editing session would
crash. pyproject.toml excludes it; this test fails if such a build is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, (before, after)
