"""Server desk addresses: parsed, composed with a password only to connect, named."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.desklocation import (
    DeskAddress,
    desk_location,
    is_server_url,
    local_desk_path,
)


def test_address_round_trip_quotes_odd_characters() -> None:
    address = DeskAddress(host="server-redaksi", database="meja kaltim", user="rina@kaltim",
                          port=5433, sslmode="require")
    url = address.url("p@ss:w/rd")
    assert is_server_url(url)
    assert DeskAddress.parse(url) == address
    assert DeskAddress.password_in(url) == "p@ss:w/rd"
    assert "p@ss" not in address.url()  # without a password: nothing secret in it
    assert address.key == "rina@kaltim@server-redaksi:5433/meja kaltim"
    assert address.label == "meja kaltim @ server-redaksi"


def test_defaults_and_the_local_desk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    address = DeskAddress.parse("postgresql://rina@10.0.0.5/redaksi")
    assert (address.port, address.sslmode) == (5432, "prefer")
    assert address.url() == "postgresql://rina@10.0.0.5:5432/redaksi"
    monkeypatch.setenv("EDITORBERITA_DB", "postgresql://rina@10.0.0.5/redaksi")
    assert desk_location() == "postgresql://rina@10.0.0.5/redaksi"
    assert local_desk_path().name == "editorberita.sqlite3"  # "Meja lokal": never the server
    monkeypatch.setenv("EDITORBERITA_DB", str(tmp_path / "lain.sqlite3"))
    assert local_desk_path() == tmp_path / "lain.sqlite3"
