"""The "Connect to shared desk" dialog against a real PostgreSQL server (tests/pgserver.py):
"Test connection" says it works, or says in plain Indonesian what is wrong; against a server
that never answers it runs on a worker, the dialog alive and Cancel closing it at once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from editorberita.core.desklocation import DeskAddress
from editorberita.ui.connectdialog import ConnectDialog
from editorberita.ui.desks import DeskPasswords, RecentDesks

SHOTS = os.environ.get("DESK_SCREENSHOTS")


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(DeskPasswords, "_session", {})


def _dialog(qtbot, settings, url: str, password: str):  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(RecentDesks(settings), DeskPasswords())
    qtbot.addWidget(dialog)
    address = DeskAddress.parse(url)
    dialog.show_address(address, "Redaksi Kaltim")
    dialog.password_edit.setText(password)
    return dialog


def _tested(qtbot, dialog: ConnectDialog) -> bool:  # type: ignore[no-untyped-def]
    """Run "Test connection" and return whether it said the desk works."""
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as blocker:
        dialog.test_connection()
    return bool(blocker.args[0])


def test_test_connection_says_the_desk_works(qtbot, settings, pg_url: str,  # type: ignore[no-untyped-def]
                                             indonesian) -> None:
    dialog = _dialog(qtbot, settings, pg_url, DeskAddress.password_in(pg_url))
    assert dialog.test_button.text() == "&Uji sambungan"
    dialog.show()
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert dialog.result_label.text().startswith("Sambungan berhasil: meja ")
    assert dialog.test_button.isEnabled() and dialog.connect_button.isEnabled()
    assert dialog.address() == DeskAddress.parse(pg_url)
    if SHOTS:  # the README's picture of the dialog
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / "connect-dialog.png"))


def test_wrong_password_is_told_in_plain_words(qtbot, settings, pg_url: str,  # type: ignore[no-untyped-def]
                                               indonesian) -> None:
    dialog = _dialog(qtbot, settings, pg_url, "bukan-sandinya")
    assert not _tested(qtbot, dialog)
    text = dialog.result_label.text()
    assert "menolak nama pengguna editorberita atau kata sandinya" in text
    assert "bukan-sandinya" not in text  # never the password in a message


def test_missing_database_and_unreachable_server(qtbot, settings, pg_server, pg_url: str,  # type: ignore[no-untyped-def]
                                                 indonesian) -> None:
    password = DeskAddress.password_in(pg_url)
    missing = pg_server.url("meja_tidak_ada")
    dialog = _dialog(qtbot, settings, missing, password)
    assert not _tested(qtbot, dialog)
    assert "tidak punya basis data bernama meja_tidak_ada" in dialog.result_label.text()
    import socket

    with socket.socket() as s:  # a port where no server listens
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    dialog.port_spin.setValue(free)
    dialog.database_edit.setText(DeskAddress.parse(pg_url).database)
    assert not _tested(qtbot, dialog)
    assert "tidak bisa dihubungi" in dialog.result_label.text()
    assert "Tidak ada yang hilang" in dialog.result_label.text()


def test_recent_desks_fill_the_form_and_keep_no_password(qtbot, settings, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         pg_url: str) -> None:
    address = DeskAddress.parse(pg_url)
    recent = RecentDesks(settings)
    recent.add(address, "Redaksi Kaltim")
    passwords = DeskPasswords()
    passwords.keep(address, "sandi-sesi", remember=True)  # no keyring: this session only
    settings.sync()
    assert "sandi-sesi" not in (tmp_path / "s.ini").read_text(encoding="utf-8")
    dialog = ConnectDialog(recent, passwords)
    qtbot.addWidget(dialog)
    assert dialog.recent_combo.count() == 2
    assert dialog.address() == address  # the newest recent desk is offered first
    assert dialog.name() == "Redaksi Kaltim"
    assert dialog.password() == "sandi-sesi"
    dialog.recent_combo.setCurrentIndex(0)
    dialog.host_edit.clear()
    assert not dialog.connect_button.isEnabled()


def _ticking(qtbot) -> list[int]:  # type: ignore[no-untyped-def]
    """Count the event loop's turns: a 20 ms timer that only fires while the loop runs."""
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)
    ticks.append(timer)  # type: ignore[arg-type]  # kept alive as long as the list
    return ticks


def test_silent_server_keeps_the_dialog_alive_then_says_unreachable(  # type: ignore[no-untyped-def]
        qtbot, settings, black_hole, indonesian) -> None:
    """A server that accepts and never answers: the test waits for the connect timeout on a
    worker; the event loop keeps turning, the dialog says it is connecting and cannot start
    a second attempt; at the end it says the server cannot be reached."""
    dialog = _dialog(qtbot, settings, black_hole.url(), "rahasia")
    dialog.show()
    ticks = _ticking(qtbot)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # returns at once
    assert dialog.result_label.text() == "Menghubungkan…"  # the old code froze 5 s here
    assert dialog.testing
    assert not dialog.test_button.isEnabled() and not dialog.connect_button.isEnabled()
    painted = dialog.grab()  # the dialog paints while it waits
    assert not painted.isNull()
    qtbot.waitUntil(lambda: ticks[0] >= 25, timeout=3000)  # ~0.5 s of a live event loop
    assert dialog.testing  # still waiting for the server (libpq's timeout is 5 s)
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as blocker:
        pass
    assert blocker.args == [False]
    assert "tidak bisa dihubungi" in dialog.result_label.text()
    assert dialog.test_button.isEnabled() and dialog.connect_button.isEnabled()


def test_cancel_while_testing_closes_at_once_and_drops_the_late_result(  # type: ignore[no-untyped-def]
        qtbot, settings, black_hole, indonesian) -> None:
    from editorberita.ui import deskconnect

    dialog = _dialog(qtbot, settings, black_hole.url(), "rahasia")
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text() == "Menghubungkan…"  # the old code froze 5 s here
    said: list[bool] = []
    dialog.tested.connect(said.append)
    attempt = dialog._test
    assert attempt is not None and attempt.running
    buttons = dialog.findChild(QDialogButtonBox)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # returns at once: nothing blocks
    assert not dialog.isVisible()
    assert dialog.result() == ConnectDialog.DialogCode.Rejected
    assert not attempt.running
    black_hole.hang_up()  # the worker's client now fails at once: its outcome comes late
    qtbot.waitUntil(lambda: attempt.token not in deskconnect._relay.attempts, timeout=10_000)
    assert said == []  # never applied to the closed dialog
    assert dialog.result_label.text() == "Menghubungkan…"
