"""Copy HTML: both flavours on the clipboard, and a clean process exit afterwards."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QGuiApplication

from editorberita.ui.clipboard import copy_html, release_clipboard

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from editorberita.ui.clipboard import copy_html, release_clipboard
app = QApplication([])
copy_html("<p><b>Banjir</b></p>", "Banjir")
app.aboutToQuit.connect(release_clipboard)
from PySide6.QtCore import QTimer
QTimer.singleShot(0, app.quit)
app.exec()
print(QApplication.clipboard().text())
"""


def test_copy_html_offers_html_and_text_then_releases_text(qapp) -> None:  # type: ignore[no-untyped-def]
    copy_html("<p><b>Banjir</b> di Samarinda</p>", "Banjir di Samarinda")
    mime = QGuiApplication.clipboard().mimeData()
    assert "<b>Banjir</b>" in mime.html()
    assert mime.text() == "Banjir di Samarinda"
    release_clipboard()
    assert QGuiApplication.clipboard().text() == "Banjir di Samarinda"


def test_process_exits_cleanly_after_copying_html() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=60, env={**os.environ,
                                             "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "Banjir"
