"""The "Connect to shared desk" dialog against a real PostgreSQL server (tests/pgserver.py):
"Test connection" says it works, or says in plain Indonesian what is wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

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


def test_test_connection_says_the_desk_works(qtbot, settings, pg_url: str,  # type: ignore[no-untyped-def]
                                             indonesian) -> None:
    dialog = _dialog(qtbot, settings, pg_url, DeskAddress.password_in(pg_url))
    assert dialog.test_button.text() == "&Uji sambungan"
    dialog.show()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.result_label.text().startswith("Sambungan berhasil: meja ")
    assert dialog.address() == DeskAddress.parse(pg_url)
    if SHOTS:  # the README's picture of the dialog
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / "connect-dialog.png"))


def test_wrong_password_is_told_in_plain_words(qtbot, settings, pg_url: str,  # type: ignore[no-untyped-def]
                                               indonesian) -> None:
    dialog = _dialog(qtbot, settings, pg_url, "bukan-sandinya")
    assert not dialog.test_connection()
    text = dialog.result_label.text()
    assert "menolak nama pengguna editorberita atau kata sandinya" in text
    assert "bukan-sandinya" not in text  # never the password in a message


def test_missing_database_and_unreachable_server(qtbot, settings, pg_server, pg_url: str,  # type: ignore[no-untyped-def]
                                                 indonesian) -> None:
    password = DeskAddress.password_in(pg_url)
    missing = pg_server.url("meja_tidak_ada")
    dialog = _dialog(qtbot, settings, missing, password)
    assert not dialog.test_connection()
    assert "tidak punya basis data bernama meja_tidak_ada" in dialog.result_label.text()
    import socket

    with socket.socket() as s:  # a port where no server listens
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    dialog.port_spin.setValue(free)
    dialog.database_edit.setText(DeskAddress.parse(pg_url).database)
    assert not dialog.test_connection()
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
