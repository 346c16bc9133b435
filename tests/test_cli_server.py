"""The command line on a shared desk (a real PostgreSQL server the tests start): every command
with ``--db postgresql://…`` or EDITORBERITA_DB, and one clear Indonesian line for each way
a server can refuse (desk push/pull and the server backup: tests/commands/test_desk.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import DATA, one_line_error, run


def _env_run(*args: str | Path, db: str) -> subprocess.CompletedProcess[str]:
    os.environ["EDITORBERITA_DB"] = db
    try:
        return run(*args)
    finally:
        del os.environ["EDITORBERITA_DB"]


def test_every_command_works_on_a_server_desk(pg_url: str, tmp_path: Path) -> None:
    result = run("--db", pg_url, "import", DATA / "sample")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Impor: 4 artikel baru, 0 diperbarui."
    listed = run("--db", pg_url, "list")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 4
    assert run("--db", pg_url, "categories").returncode == 0
    found = _env_run("list", "--search", "banjir*", db=pg_url)  # EDITORBERITA_DB too
    assert found.returncode == 0, found.stderr
    exported = run("--db", pg_url, "export", "--out", tmp_path / "html")
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "html").glob("*.html"))) == 4
    info = run("--db", pg_url, "info")
    assert "rahasia" not in info.stdout  # the password is never printed
    assert "postgresql://editorberita@127.0.0.1" in info.stdout
    assert run("--db", pg_url, "check").stdout.strip() == "Meja utuh."


def test_unreachable_server_is_one_clear_line(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.pgserver import _free_port

    result = run("--db", pg_server.url("redaksi", port=_free_port()), "list")
    assert result.returncode == 1
    line = one_line_error(result)
    assert "tidak bisa dihubungi" in line and "rahasia" not in line


def test_wrong_password_is_one_clear_line(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    result = run("--db", pg_server.url(pg_template, password="salah"), "list")
    assert result.returncode == 1
    line = one_line_error(result)
    assert "menolak nama pengguna atau kata sandi" in line and "salah" not in line


def test_missing_password_is_a_login_problem(pg_server, pg_template: str) -> None:  # type: ignore[no-untyped-def]
    result = run("--db", pg_server.url(pg_template, password=None), "list")
    assert result.returncode == 1
    assert "kata sandi" in one_line_error(result)


def test_missing_database_is_one_clear_line(pg_server) -> None:  # type: ignore[no-untyped-def]
    result = run("--db", pg_server.url("tidak_ada"), "list")
    assert result.returncode == 1
    assert "tidak punya basis data itu" in one_line_error(result)


def test_user_without_rights_is_one_clear_line(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.new_database()
    pg_server.sql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tamu') "
                  "THEN CREATE ROLE tamu LOGIN PASSWORD 'tamu'; END IF; END $$")
    try:
        result = run("--db", pg_server.url(name, user="tamu", password="tamu"), "list")
        assert result.returncode == 1
        assert "tidak punya hak" in one_line_error(result)
    finally:
        pg_server.drop_database(name)


def test_window_opens_a_server_desk(pg_url: str) -> None:
    """``editorberita --db postgresql://…`` opens the window on the server desk (issue 14)."""
    result = run("--db", pg_url, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test ok" in result.stdout


def test_window_on_an_unreachable_server_says_so_without_hanging() -> None:
    """The smoke test never waits on a dialog: the reason is one Indonesian line."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    result = run("--db", f"postgresql://redaksi@127.0.0.1:{free}/redaksi", "--smoke-test")
    assert result.returncode == 1
    assert "tidak bisa dihubungi" in result.stderr


@pytest.mark.parametrize("hostile", ["'; DROP TABLE articles; --", 'NEAR("a" "b") OR x*',
                                     "a & b | !c <-> d:*", "\\x00'\"", "$$ ; $$"])
def test_hostile_search_text_on_a_server_desk(pg_url: str, hostile: str) -> None:
    assert run("--db", pg_url, "import", DATA / "sample").returncode == 0
    result = run("--db", pg_url, "list", "--search", hostile)
    assert result.returncode == 0, result.stderr
    assert len(run("--db", pg_url, "list").stdout.strip().splitlines()) == 4
