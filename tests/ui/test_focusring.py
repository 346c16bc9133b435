"""The focus ring (ui/focusring.py): every focusable widget shows its focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from .test_keyboard_order import _open_article


def _focusable(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.width() > 0
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is root
            and w.focusProxy() is None]


def test_every_focusable_widget_shows_its_focus(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    """Grab each widget's place without and with focus: the two pictures must differ."""
    _open_article(window, store)
    window.resize(1366, 768)
    QApplication.processEvents()
    unseen = []
    for widget in _focusable(window):
        window.sidebar.setFocus() if widget is not window.sidebar else window.editor.setFocus()
        QApplication.processEvents()
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-3, -3, 3, 3)
        before = window.grab(place).toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if not widget.hasFocus():
            continue
        after = window.grab(place).toImage()
        if before == after:
            unseen.append(widget.objectName() or type(widget).__name__)
    assert not unseen, f"no visible focus on: {unseen}"
