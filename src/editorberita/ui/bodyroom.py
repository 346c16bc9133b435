"""Keep the article body at least a third of the window, whatever is open above and below it.

With "More fields" and the picture panel open the body shrank to ~190 px at 1366×768, less
than a paragraph. The body's minimum height follows the window's height; the form above it
scrolls instead (``MetadataPanel.more_scroll``). May import PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from editorberita.typing_compat import override

BODY_SHARE = 3  # the body keeps at least 1/BODY_SHARE of the window's height


class BodyRoom(QObject):
    """Sets ``body``'s minimum height to a third of ``window``'s height on every resize."""

    def __init__(self, window: QWidget, body: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._body = body
        window.installEventFilter(self)
        self.update()

    def update(self) -> None:
        """Apply the rule for the window's current height."""
        self._body.setMinimumHeight(self._window.height() // BODY_SHARE)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self.update()
        return False
