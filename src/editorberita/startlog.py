"""Start-up errors reach ``editorberita.log``, the file the README asks users to send.

The window's logging is set up only after its first paint; before that a missing display, a Qt
platform plugin that cannot load (Debian without ``libxcb-cursor0``) or an exception while the
window is built ended the program with nothing in the log. ``cli.main`` calls ``preflight``
before the window and ``log_startup_error`` when building it fails; ``watch_qt_fatal`` writes
Qt's last messages to the log before a fatal one aborts the process. Imports no Qt at load.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from datetime import datetime

QT_MESSAGES_KEPT = 20


def log_startup_error(text: str) -> None:
    """Append one start-up error to the log file (best effort: a read-only folder is fine)."""
    from editorberita.core.paths import create_private, log_file

    try:
        path = log_file()
        if not path.exists():
            create_private(path)
        stamp = datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{stamp} ERROR editorberita.startup: {text.rstrip()}\n")
    except OSError:
        pass


def display_problem() -> str | None:
    """Return why the window cannot open on this Linux session (Indonesian), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("jendela tidak bisa dibuka: tidak ada layar (DISPLAY dan WAYLAND_DISPLAY kosong). "
            "Jalankan dari desktop, atau tanpa layar dengan xvfb-run; perintah seperti "
            "`editorberita list` tidak perlu layar.")


def preflight() -> str | None:
    """Check what the window needs before Qt starts; log and return the problem, if any."""
    problem = display_problem()
    if problem is not None:
        log_startup_error(problem)
    return problem


def watch_qt_fatal() -> None:
    """Keep Qt's last warnings and write them to the log when a fatal message ends the app.

    Qt prints "could not load the Qt platform plugin" and then aborts; the Python handler runs
    before the abort, so the log names the cause (and the messages still go to stderr).
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    recent: deque[str] = deque(maxlen=QT_MESSAGES_KEPT)

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if sys.stderr is not None:  # a windowed Windows build has no stderr
            sys.stderr.write(message + "\n")
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            recent.append(message)
        elif kind == QtMsgType.QtFatalMsg:
            log_startup_error("Qt stopped the start: " + " | ".join([*recent, message]))

    qInstallMessageHandler(handler)
