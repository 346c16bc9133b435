"""Issue 17 in the window: a locked database is not damaged, a read-only disk opens read-only.

Real files, a real lock held by another process, a real read-only mount (root) or a
read-only folder (an ordinary user).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from editorberita.core import sqlite as sq
from editorberita.ui.damageddialog import DamagedDialog
from editorberita.ui.lockeddialog import LockedDialog
from editorberita.ui.recovery import Launcher
from tests.safety.test_db_health import (  # noqa: F401 (fixtures)
    _fill,
    full_disk,
    locked_by_another_program,
    ro_db,
)
from tests.ui.conftest import open_like_start_up
from tests.ui.test_safety_ui import shoot


def test_locked_database_offers_try_again_not_a_backup(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings, indonesian, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(db_path, 3)
    monkeypatch.setattr(sq, "BUSY_TIMEOUT_MS", 300)
    damaged: list[object] = []
    monkeypatch.setattr(DamagedDialog, "exec", lambda dialog: damaged.append(dialog) or 0)
    asked: list[str] = []
    holder_box: dict[str, object] = {}

    def try_again(dialog: LockedDialog) -> bool:
        asked.append(dialog.text())
        assert dialog.retry_button.text() == "Coba lagi"
        dialog.show()
        shoot(dialog, "locked")
        dialog.hide()
        holder = holder_box.pop("holder", None)
        if holder is not None:  # the other program finishes; the user tries again
            holder.__exit__(None, None, None)  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(LockedDialog, "try_again", try_again)
    holder = locked_by_another_program(db_path)
    holder.__enter__()
    holder_box["holder"] = holder
    try:
        launcher = Launcher(db_path, settings)
        window = open_like_start_up(launcher)
    finally:
        if "holder" in holder_box:
            holder.__exit__(None, None, None)
    assert damaged == []  # never the damaged-database path (it steered to an old backup)
    assert len(asked) == 1 and "dikunci oleh program lain" in asked[0]
    assert "Tidak ada yang rusak" in asked[0]
    assert window is not None and launcher.mode == "edit"
    qtbot.addWidget(window)
    assert window.store.count_articles() == 3
    launcher.close()


def test_locked_database_quit_leaves_it_alone(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings, monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(db_path, 2)
    before = db_path.read_bytes()
    monkeypatch.setattr(sq, "BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(DamagedDialog, "exec", lambda dialog: pytest.fail("damaged dialog"))
    monkeypatch.setattr(LockedDialog, "try_again", lambda dialog: False)
    with locked_by_another_program(db_path):
        launcher = Launcher(db_path, settings)
        assert open_like_start_up(launcher) is None
    assert not launcher.lock.held and db_path.read_bytes() == before
    assert not list((db_path.parent / "backups").glob("*"))


def test_read_only_disk_opens_the_window_read_only(  # type: ignore[no-untyped-def]
        qtbot, ro_db: Path, settings, indonesian) -> None:  # noqa: F811
    launcher = Launcher(ro_db, settings)
    window = open_like_start_up(launcher)  # was "Galat tak terduga" and a process with no window
    assert window is not None and launcher.mode == "read-only" and window.store.read_only
    qtbot.addWidget(window)
    window.show()
    window.load()
    banner = window.findChild(QLabel, "read_only_label")
    assert banner is not None and "hanya-baca" in banner.text()
    assert "tidak bisa ditulis" in banner.text()
    assert window.editor.isReadOnly() and not window.action("save").isEnabled()
    assert window.article_model.rowCount() == 12
    shoot(window, "read-only-disk")
    launcher.after_show()  # no daily backup, no thinning on a read-only disk
    launcher.close()


def test_full_disk_opens_the_window_read_only(  # type: ignore[no-untyped-def]
        qtbot, full_disk: Path, settings, indonesian) -> None:  # noqa: F811
    launcher = Launcher(full_disk, settings)
    window = open_like_start_up(launcher)  # was "disk I/O error"
    assert window is not None and launcher.mode == "read-only" and window.store.read_only
    qtbot.addWidget(window)
    window.load()
    banner = window.findChild(QLabel, "read_only_label")
    assert banner is not None and "penuh" in banner.text()
    assert window.article_model.rowCount() == 8
    launcher.close()


def test_the_editor_process_starts_on_a_read_only_disk(ro_db: Path, tmp_path: Path) -> None:  # noqa: F811
    """The real program: it was "Galat tak terduga" and a process left with no window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
           "EDITORBERITA_DATA": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db", str(ro_db),
                             "--smoke-test"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "smoke test ok" in result.stdout and "Traceback" not in result.stderr
