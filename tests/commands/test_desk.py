"""``desk push``/``pull`` and the server desk's backup, restore and check (commands/desk.py),
in a real process against a real PostgreSQL server the tests start."""

from __future__ import annotations

import filecmp
import os
from pathlib import Path

from tests.test_cli import DATA, one_line_error, run


def test_push_and_pull_copy_everything_and_exports_are_identical(
        pg_url: str, tmp_path: Path) -> None:
    local = tmp_path / "lokal.sqlite3"
    assert run("--db", local, "import", DATA / "sample").returncode == 0
    assert run("--db", local, "export", "--out", tmp_path / "dari-lokal").returncode == 0
    pushed = run("--db", local, "desk", "push", "--to", pg_url)
    assert pushed.returncode == 0, pushed.stderr
    assert "4 artikel" in pushed.stdout and "diperiksa" in pushed.stdout
    again = run("--db", local, "desk", "push", "--to", pg_url)  # never merged by accident
    assert again.returncode == 1
    assert "sudah berisi" in one_line_error(again)
    assert run("--db", pg_url, "export", "--out", tmp_path / "dari-server").returncode == 0
    back = tmp_path / "kembali.sqlite3"
    pulled = run("desk", "pull", "--from", pg_url, "--to", back)
    assert pulled.returncode == 0, pulled.stderr
    assert run("--db", back, "export", "--out", tmp_path / "dari-tarikan").returncode == 0
    names = sorted(p.name for p in (tmp_path / "dari-lokal").iterdir())
    assert names and names == sorted(p.name for p in (tmp_path / "dari-server").iterdir())
    for other in ("dari-server", "dari-tarikan"):
        _same, mismatch, errors = filecmp.cmpfiles(tmp_path / "dari-lokal", tmp_path / other,
                                                   names, shallow=False)
        assert (mismatch, errors) == ([], []), other


def test_backup_restore_and_check_of_a_server_desk(pg_url: str, tmp_path: Path) -> None:
    assert run("--db", pg_url, "import", DATA / "sample").returncode == 0
    snapshot = tmp_path / "cadangan.sqlite3"
    made = run("--db", pg_url, "backup", "--to", snapshot)
    assert made.returncode == 0, made.stderr
    listed = run("--db", snapshot, "list")  # a portable SQLite desk of its own
    assert len(listed.stdout.strip().splitlines()) == 4
    run("--db", snapshot, "import", DATA / "sample" / os.listdir(DATA / "sample")[0])
    restored = run("--db", pg_url, "restore", snapshot)
    assert restored.returncode == 0, restored.stderr
    assert "dicadangkan" in restored.stdout
    assert len(run("--db", pg_url, "list").stdout.strip().splitlines()) == 4


def test_check_names_what_is_inconsistent_in_a_server_desk(pg_url: str) -> None:
    import psycopg

    assert run("--db", pg_url, "import", DATA / "sample").returncode == 0
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("INSERT INTO assets (sha256, mime, size, width, height, caption, "
                           "credit, alt_text, data, created_at) VALUES (repeat('0', 64), "
                           "'image/png', 1, 1, 1, '', '', '', 'x', now())")
        connection.execute("UPDATE articles SET status = 'bogus' WHERE id = 1")
    result = run("--db", pg_url, "check")
    assert result.returncode == 1
    line = one_line_error(result)
    assert "1 gambar yang isinya tidak cocok" in line and "1 artikel dengan status" in line
