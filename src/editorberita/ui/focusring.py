"""A focus ring drawn around whichever widget of the window has the keyboard focus.

Fusion shows no focus on combo boxes, auto-raised tool buttons or the preview, and a widget with
its own style sheet loses the style's focus frame: a keyboard user lost track of where typing
goes. One overlay, a transparent child of the window, draws a ring in the palette's highlight
colour around the focus widget, whatever its style; it never takes a click. May import PySide6.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Slot
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from editorberita.typing_compat import override

RING_WIDTH = 2
RING_MARGIN = 1  # outside the widget: the ring never covers its text


class FocusRing(QWidget):
    """Follows the focus within ``window`` and rings it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @property
    def target(self) -> QWidget | None:
        """Return the widget the ring is around (None when hidden)."""
        return self._target

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None:
            with suppress(RuntimeError):  # the widget went first (the window closing)
                self._target.removeEventFilter(self)
        try:
            owner = self.parentWidget()
        except RuntimeError:  # the ring itself went with its window
            return
        if new is None or owner is None or new is owner or new.window() is not owner:
            self._target = None
            self.hide()
            return
        self._target = new
        new.installEventFilter(self)
        self._follow()

    def _follow(self) -> None:
        target, owner = self._target, self.parentWidget()
        if target is None or owner is None or not target.isVisible():
            self.hide()
            return
        grow = RING_WIDTH + RING_MARGIN
        top_left = target.mapTo(owner, QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-grow, -grow, grow, grow))
        self.raise_()
        self.show()
        self.update()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._follow()
        return False

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


def install_focus_ring(window: QWidget) -> FocusRing:
    """Give ``window`` its focus ring (once); return it."""
    found = window.findChild(FocusRing, "focus_ring")
    if isinstance(found, FocusRing):
        return found
    ring = FocusRing(window)
    focused = QGuiApplication.focusObject()
    if isinstance(focused, QWidget):
        ring._on_focus_changed(None, focused)
    return ring
