"""Server desks: typed refusals, hidden passwords, the connection test, a lost server."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.store import (
    open_store,
)


def test_server_refusals_are_typed_errors(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.domain import (
        MissingServerDatabaseError,
        NoRightsError,
        ServerLoginError,
        ServerUnreachableError,
    )
    from tests.pgserver import _free_port

    with pytest.raises(ServerUnreachableError):
        open_store(pg_server.url(pg_template, port=_free_port()))
    with pytest.raises(ServerLoginError):
        open_store(pg_server.url(pg_template, password="salah"))
    with pytest.raises(MissingServerDatabaseError):
        open_store(pg_server.url("tidak_ada"))
    pg_server.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tamu') "
                  "THEN CREATE ROLE tamu LOGIN PASSWORD 'tamu'; END IF; END $$")
    with pytest.raises(NoRightsError):  # may log in, may not read the desk's tables
        open_store(pg_server.url(pg_template, user="tamu", password="tamu")).list_articles()


def test_an_import_stops_when_the_server_goes_away(db_path: Path) -> None:
    import psycopg

    from editorberita.core.store import database_trouble

    gone = psycopg.OperationalError("connection to server at 127.0.0.1 failed")
    assert "tidak bisa dihubungi" in (database_trouble(db_path, gone) or "")
    assert database_trouble(db_path, ValueError("bukan soal basis data")) is None


def test_server_desk_urls_hide_the_password_and_keep_tls(tmp_path: Path) -> None:
    from editorberita.core.store.server import (
        desk_location,
        display_url,
        engine_url,
        is_server_url,
        stand_in_path,
    )

    url = "postgresql://rina:rahasia@10.0.0.5:5433/redaksi?sslmode=require"
    assert is_server_url(url) and is_server_url("postgres://h/d")
    assert not is_server_url(str(tmp_path / "postgresql.sqlite3")) and not is_server_url(None)
    assert display_url(url) == "postgresql://rina@10.0.0.5:5433/redaksi?sslmode=require"
    assert engine_url(url).query["sslmode"] == "require"  # TLS as the desk's URL says
    assert engine_url(url).drivername == "postgresql+psycopg"
    assert stand_in_path(url).name == "10.0.0.5-5433-redaksi.sqlite3"
    assert desk_location(url) == url
    assert desk_location(tmp_path / "a.sqlite3") == tmp_path / "a.sqlite3"


def test_test_connection_says_what_is_wrong(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.domain import ServerLoginError, ServerUnreachableError
    from editorberita.core.store.server import check_connection
    from tests.pgserver import _free_port

    check_connection(pg_server.url(pg_template))  # fine: returns quietly
    with pytest.raises(ServerLoginError):
        check_connection(pg_server.url(pg_template, password="salah"))
    with pytest.raises(ServerUnreachableError):
        check_connection(pg_server.url(pg_template, port=_free_port()))
