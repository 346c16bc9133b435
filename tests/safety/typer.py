"""Runs the real app (``ui.app.run``) and types into the open article at a steady pace.

Used by test_crash.py as a subprocess that gets SIGKILLed: every word is logged with its time
to a side file (flushed and fsynced) before the next one, so the test knows what had been typed
at any moment. Usage: typer.py DB LOG PREFIX
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editorberita.ui.app import run
from editorberita.ui.application import create_application

INTERVAL_MS = 25


def main() -> int:
    db, log_path, prefix = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    create_application()
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    state = {"n": 0, "ready": False}

    def tick() -> None:
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "main_window" and w.isVisible()), None)
        if window is None or window.current_article is None:
            return
        editor = window.editor
        if not state["ready"]:
            editor.moveCursor(QTextCursor.MoveOperation.End)
            log.write(f"{time.time():.4f}\tSTART\t{len(editor.toPlainText())}\n")
            state["ready"] = True
        word = f"{prefix}{state['n']} "
        QTest.keyClicks(editor, word)
        state["n"] += 1
        log.write(f"{time.time():.4f}\t{word}\n")
        log.flush()
        os.fsync(log.fileno())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(INTERVAL_MS)
    return run(db_path=db)


if __name__ == "__main__":
    sys.exit(main())
