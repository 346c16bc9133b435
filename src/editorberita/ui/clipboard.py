"""Clipboard helpers: rich HTML copies, and handing them back to Qt before Python exits.

A QMimeData made in Python and given to the clipboard is deleted by QtGui's own exit handlers,
after the interpreter has shut down: the process then crashes on exit (seen with PySide6 6.11).
``release_clipboard`` swaps it for a copy Qt makes itself, keeping the text for the user.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_OURS = "application/x-editorberita"


def copy_html(html: str, text: str) -> None:
    """Put HTML (for rich editors and CMS forms) and plain text on the clipboard."""
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    mime.setData(_OURS, b"1")
    QGuiApplication.clipboard().setMimeData(mime)


def release_clipboard() -> None:
    """Replace a Python-made clipboard entry by a Qt-made one with the same text."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    if mime is None or not mime.hasFormat(_OURS):
        return
    text = mime.text()
    clipboard.clear()
    if text:
        clipboard.setText(text)
