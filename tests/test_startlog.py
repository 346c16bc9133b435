"""A start-up error reaches editorberita.log, the file the README asks users to send (issue 12).

The real program in a subprocess, started the way ``make run`` starts it on a machine without
a usable display: before, it aborted inside Qt and the log stayed empty.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="DISPLAY and Qt's xcb plugin are Linux's")


def _start(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    data = tmp_path / "data"
    clean.update(EDITORBERITA_DATA=str(data), PYTHONIOENCODING="utf-8", **env)
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db",
                             str(tmp_path / "berita.sqlite3")], capture_output=True, text=True,
                            env=clean, timeout=120)
    log = data / "editorberita.log"
    return result, log.read_text(encoding="utf-8") if log.exists() else ""


def test_no_display_is_said_in_indonesian_and_logged(tmp_path: Path) -> None:
    result, log = _start(tmp_path)
    assert result.returncode == 1
    assert "tidak ada layar" in result.stderr and "Traceback" not in result.stderr
    assert "tidak ada layar" in log


def test_a_display_qt_cannot_reach_is_logged_before_qt_aborts(tmp_path: Path) -> None:
    result, log = _start(tmp_path, DISPLAY=":97")  # no X server there
    assert result.returncode != 0
    assert "Qt stopped the start" in log and ":97" in log
