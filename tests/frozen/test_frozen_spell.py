"""The frozen build's spell checker: the bundle starts itself as the spell worker and it answers.

The window runs spylls in a child process started with ``worker_command()``, which for the
frozen app is the executable itself with ``--spell-worker``; ``--spell-self-test`` starts that
very command, checks two words and asks a suggestion.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.procs import alive as _alive

from .conftest import EXE_NAME, run_frozen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def test_frozen_spell_worker_answers(frozen_dir: Path) -> None:
    result = run_frozen(frozen_dir, "--spell-self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "spell worker ok" in result.stdout
    assert "wrong ['kebijkan'], suggestion kebijakan" in result.stdout


def test_frozen_spell_worker_reports_a_missing_dictionary(frozen_dir: Path,
                                                          tmp_path: Path) -> None:
    result = run_frozen(frozen_dir, "--spell-worker", tmp_path)
    assert result.returncode == 1
    assert '"op": "failed"' in result.stdout


def _children(pid: int) -> list[tuple[int, str]]:
    """Return (pid, command line) of the processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        state, parent = stat.rsplit(")", 1)[1].split()[:2]
        if int(parent) == pid and state != "Z":
            found.append((int(entry.name), command))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_frozen_window_starts_its_worker_and_it_dies_with_the_window(frozen_dir: Path,
                                                                     tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "EDITORBERITA_DATA": str(tmp_path / "data")}
    window = subprocess.Popen([str(frozen_dir / EXE_NAME), "--db", str(tmp_path / "w.sqlite3")],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[tuple[int, str]] = []
        while not workers and time.monotonic() < deadline and window.poll() is None:
            time.sleep(0.2)
            workers = [c for c in _children(window.pid) if "--spell-worker" in c[1]]
        assert workers, "the frozen window started no spell worker"
        worker = workers[0][0]
        window.send_signal(signal.SIGKILL)  # a crash: no clean-up runs
        window.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker), "the spell worker outlived the window"
    finally:
        if window.poll() is None:
            window.kill()
