"""The OS file locks beside a database: window lock, writers' lock, running-import markers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from editorberita.core.lock import DatabaseLock, RunningMarker, WritersLock, interrupted_imports

HOLD = (
    "import sys, time; from editorberita.core.lock import RunningMarker; "
    "m = RunningMarker(sys.argv[1]); m.__enter__(); print('held', flush=True); time.sleep(60)"
)


def _holder(db_path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_killed_import_is_named_once_and_a_running_one_never(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite3"
    killed, running = _holder(db_path), _holder(db_path)
    try:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(10)
        assert len(interrupted_imports(db_path)) == 1
        assert interrupted_imports(db_path) == []  # reported once: the marker is gone
        assert (tmp_path / f"desk.sqlite3.import-{running.pid}").exists()
    finally:
        running.kill()
        running.wait(10)


def test_a_finished_import_leaves_no_marker(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite3"
    with RunningMarker(db_path) as marker:
        assert marker.held and marker.path.exists()
    assert not marker.path.exists()
    assert interrupted_imports(db_path) == []


def test_the_window_lock_is_exclusive_and_names_its_holder(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite3"
    with DatabaseLock(db_path) as first:
        assert first.acquire()
        second = DatabaseLock(db_path)
        assert not second.acquire()
        assert str(os.getpid()) in second.holder()
    assert DatabaseLock(db_path).acquire()


def test_writers_share_and_a_restore_waits_for_all_of_them(tmp_path: Path) -> None:
    db_path = tmp_path / "desk.sqlite3"
    with WritersLock(db_path) as one, WritersLock(db_path) as two:
        assert one.share() and two.share()
        assert not WritersLock(db_path).exclusive()
    restore = WritersLock(db_path)
    assert restore.exclusive()
    assert not WritersLock(db_path).share()
    restore.release()
