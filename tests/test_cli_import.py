"""Import through the command line against hostile files, another process and a kill (issue 17).

Real subprocesses on real SQLite files: a bad file is judged alone, a locked database stops the
batch with a summary, two imports at once both finish, and a killed import runs again safely.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.test_cli import run

HOSTILE = Path(__file__).parent / "data" / "hostile"
REFUSED = ("yaml-alias-bomb.md", "date-feb-30.md", "date-month-13.md", "date-hour-25.md",
           "date-offset-25.md", "date-year-1.md", "lone-surrogate.md", "yaml-deep-nesting.md",
           "rubric-500-levels.md", "rubric-name-too-long.md")


def articles(db: Path) -> int:
    """Return how many articles the database holds (read with plain sqlite3)."""
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])


def write_folder(folder: Path, count: int, *, prefix: str = "berita", tags: bool = False,
                 body: str = "Isi berita.") -> Path:
    """Write ``count`` slug-less Markdown files (as desks send them) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        meta = f"tags: [umum, tag-{n}]\ncategory: Nusantara/Rubrik {n % 7}\n" if tags else ""
        (folder / f"{prefix}-{n:04d}.md").write_text(
            f"---\ntitle: Judul {prefix} {n}\n{meta}---\n\n{body} {n}\n", encoding="utf-8")
    return folder


def test_hostile_files_are_refused_one_by_one_and_the_rest_imported(tmp_path: Path) -> None:
    """Alias bomb, impossible dates, year 1, a lone surrogate, deep YAML, deep rubrics: each
    refused with its own message; the good files around them are imported; exit code 1."""
    folder = tmp_path / "kiriman"
    shutil.copytree(HOSTILE, folder, ignore=shutil.ignore_patterns(
        "README.md", "*.expect", "*.repeat", "i[0-9]*", "low-*"))  # the import cases only
    (folder / "a-baik.md").write_text("# Baik pertama\n\nIsi.", encoding="utf-8")
    (folder / "z-baik.md").write_text("# Baik terakhir\n\nIsi.", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    result = run("--db", db, "import", folder)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    for name in REFUSED:
        assert sum(name in line for line in errors) == 1, (name, result.stderr)
    assert len(errors) == len(REFUSED)
    assert "alias YAML" in result.stderr and "tidak ada di kalender" in result.stderr
    assert "tahun 1 " in result.stderr and "surrogate" in result.stderr
    assert "bersarang lebih dari" in result.stderr and "Rubrik paling dalam 10" in result.stderr
    assert result.stdout.strip() == (f"Impor: 4 artikel baru, 0 diperbarui, {len(REFUSED)} "
                                     "berkas gagal.")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM categories").fetchone() == (0,)
        longest = connection.execute("SELECT max(length(headline) + length(body)) "
                                     "FROM articles").fetchone()[0]
    assert longest < 200  # nothing expanded


def test_locked_database_stops_the_import_with_a_summary(tmp_path: Path) -> None:
    """Another program holding the write lock: the import says so, names what is not in,
    exits 1 without a traceback; run again later, everything is in once."""
    db = tmp_path / "db.sqlite3"
    folder = write_folder(tmp_path / "kiriman", 3)
    assert run("--db", db, "import", write_folder(tmp_path / "awal", 1, prefix="awal")
               ).returncode == 0
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = run("--db", db, "import", folder)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "dikunci oleh program lain" in result.stdout + result.stderr
    assert "3 berkas belum dicoba" in result.stdout
    assert "SQL" not in result.stderr
    again = run("--db", db, "import", folder)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "Impor: 3 artikel baru, 0 diperbarui."
    assert articles(db) == 4


def test_two_imports_at_once_both_finish(tmp_path: Path) -> None:
    """Two processes creating the same tags and rubrics at the same time: both succeed, every
    file is in, each tag and rubric exists once."""
    db = tmp_path / "db.sqlite3"
    assert run("--db", db, "import", write_folder(tmp_path / "awal", 1, prefix="awal")
               ).returncode == 0
    first = write_folder(tmp_path / "satu", 150, prefix="satu", tags=True)
    second = write_folder(tmp_path / "dua", 150, prefix="dua", tags=True)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    procs = [subprocess.Popen([sys.executable, "-m", "editorberita", "--db", str(db), "import",
                               str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for folder in (first, second)]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "Impor: 150 artikel baru, 0 diperbarui.", (out, err)
    assert articles(db) == 301
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM tags").fetchone() == (151,)
        assert connection.execute("SELECT count(*) FROM categories WHERE parent_id IS NULL"
                                  ).fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM categories").fetchone() == (8,)
        assert connection.execute("SELECT count(*) FROM article_tags").fetchone() == (600,)


def test_killed_import_runs_again_without_duplicates(tmp_path: Path) -> None:
    """SIGKILL an import midway; the same import again leaves one article per file."""
    db = tmp_path / "db.sqlite3"
    folder = write_folder(tmp_path / "kiriman", 400)
    assert run("--db", db, "import", write_folder(tmp_path / "awal", 1, prefix="awal")
               ).returncode == 0
    proc = subprocess.Popen([sys.executable, "-m", "editorberita", "--db", str(db), "import",
                             str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while articles(db) < 60 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the import finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    partial = articles(db)
    assert 60 <= partial < 401
    again = run("--db", db, "import", folder)
    assert again.returncode == 0, again.stderr
    assert f"{401 - partial} artikel baru" in again.stdout
    assert "terhenti sebelum selesai" in again.stdout  # the killed import is named, once
    assert articles(db) == 401
    third = run("--db", db, "import", folder)
    assert third.stdout.strip() == "Impor: 0 artikel baru, 0 diperbarui, 400 sudah ada dan " \
                                   "tidak berubah."
    assert articles(db) == 401


def test_list_and_categories_escape_control_codes_and_bidi(tmp_path: Path) -> None:
    """Titles and rubric names from imported files never drive the terminal."""
    db = tmp_path / "db.sqlite3"
    folder = tmp_path / "kiriman"
    folder.mkdir()
    shutil.copy(HOSTILE / "title-control-bidi.md", folder)
    (folder / "b.md").write_text('---\ntitle: Biasa\ncategory: "Rubrik\\e]0;judul\\a\\u2066"\n'
                                 "---\n\nIsi.\n", encoding="utf-8")
    assert run("--db", db, "import", folder).returncode == 0
    listing = run("--db", db, "list")
    categories = run("--db", db, "categories")
    for result in (listing, categories):
        assert result.returncode == 0, result.stderr
        assert not any((ord(c) < 0x20 and c != "\n") or c in "\x7f\u202e\u202c\u2066"
                       for c in result.stdout), repr(result.stdout)
    assert "Judul \\x1b[31mmerah\\x1b[0m \\u202eabc\\u202c \\x07bel" in listing.stdout
    assert "Rubrik\\x1b]0;judul\\x07\\u2066 (1)" in categories.stdout


def test_out_of_range_numbers_are_usage_errors(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    for args in (["list", "--limit", "-1"], ["list", "--limit", "1" + "0" * 30],
                 ["export", "--id", "0"], ["export", "--id", "9" * 30]):
        result = run("--db", db, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert "harus bilangan bulat 1 sampai" in result.stderr


def test_invalid_stored_values_are_named_not_tracebacks(tmp_path: Path) -> None:
    """Rows another program changed (an unknown status or zone, a date that is not a date)."""
    db = tmp_path / "db.sqlite3"
    assert run("--db", db, "import", write_folder(tmp_path / "k", 2)).returncode == 0
    for column, value in (("status", "bogus"), ("zone", "XYZ"), ("published_at", "rubbish")):
        with sqlite3.connect(db) as connection:
            connection.execute(f"UPDATE articles SET {column} = ? WHERE id = 1", (value,))
        for command in (["list"], ["export", "--out", str(tmp_path / "o")]):
            result = run("--db", db, *command)
            assert result.returncode == 1, (column, command, result.stderr)
            assert "Traceback" not in result.stderr
            [line] = result.stderr.strip().splitlines()
            assert "nilai yang tidak sah" in line and f"“{value}”" in line
        with sqlite3.connect(db) as connection:
            connection.execute("UPDATE articles SET status = 'draft', zone = 'WITA', "
                               "published_at = '2024-01-01 00:00:00.000000' WHERE id = 1")
