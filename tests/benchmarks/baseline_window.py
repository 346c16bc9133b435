"""The start-up yardstick: a bare PySide6 window with a tree, an editor and a browser pane.

Prints ``STARTUP first_paint <time.monotonic()>`` at its first paint and quits, as
``editorberita`` does with ``EDITORBERITA_STARTUP_MARKS=1``; ``bench_window`` runs both in turn.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
)


class Window(QMainWindow):
    """Three panes in a splitter; reports its first paint."""

    def __init__(self) -> None:
        super().__init__()
        splitter = QSplitter(self)
        for widget in (QTreeView(), QPlainTextEdit("Teks"), QTextBrowser()):
            splitter.addWidget(widget)
        self.setCentralWidget(splitter)
        self.resize(1366, 768)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        print(f"STARTUP first_paint {time.monotonic():.6f}", flush=True)
        QApplication.quit()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = Window()
    window.show()
    sys.exit(app.exec())
