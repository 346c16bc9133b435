"""Issue 17, database health and concurrency: sick, busy, locked, read-only and full databases.

Real SQLite files, real CLI processes, real mounts (a read-only and a full tmpfs, when the
tests run as root; a read-only folder for an ordinary user otherwise).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editorberita.core import backup
from editorberita.core import sqlite as sq
from editorberita.core.domain import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ForeignDatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
)
from editorberita.core.lock import DatabaseLock, WritersLock
from editorberita.core.store import ArticleFilter, open_store
from tests.test_cli import one_line_error, run

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _fill(db_path: Path, count: int = 60, body: str = "kata " * 400) -> None:
    store = open_store(db_path)
    rubric = store.create_category("Kota")
    for n in range(count):
        store.create_article(headline=f"Berita {n}", body=body, category_id=rubric.id)
    store.close()


def _count(db_path: Path) -> int:
    try:
        con = sqlite3.connect(sq.read_only_uri(db_path), uri=True, timeout=10)
        con.execute("SELECT count(*) FROM sqlite_master")
    except sqlite3.OperationalError:  # a read-only or full disk: nobody writes it
        con = sqlite3.connect(sq.read_only_uri(db_path) + "&immutable=1", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        con.close()


def _damage(path: Path, first: int = 8192) -> None:
    """Overwrite part of every third page from ``first`` on (the header stays readable)."""
    data = bytearray(path.read_bytes())
    for start in range(first, len(data) - 4096, 3 * 4096):
        data[start + 100:start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def _damage_tables(path: Path, *tables: str) -> None:
    """Break the root page of some tables: the file opens, reading those tables fails."""
    with contextlib.closing(sqlite3.connect(path)) as con:
        size = con.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in con.execute(
            f"SELECT rootpage FROM sqlite_master WHERE name IN ({','.join('?' * len(tables))})",
            tables)]
    data = bytearray(path.read_bytes())
    for page in roots:
        data[(page - 1) * size:(page - 1) * size + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def _stamp(db_path: Path, version: str) -> None:
    with contextlib.closing(sqlite3.connect(db_path)) as con, con:
        con.execute("UPDATE alembic_version SET version_num=?", (version,))


def _md_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"b{n:05d}.md").write_text(
            f"---\ntitle: Berita impor {n}\nstatus: draft\n---\n\nIsi berita {n}.\n",
            encoding="utf-8")
    return folder


def _cli(*args: str | Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, "-m", "editorberita", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _wait_until(condition, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


# ------------------------------------------------------------------ item 3: restore vs import


def test_restore_is_refused_while_an_import_runs(tmp_path: Path, db_path: Path) -> None:
    """`import big-folder & restore backup.sqlite3` must not discard what the import reports."""
    _fill(db_path, 1, body="lama")
    saved = backup.make_backup(db_path, "manual")
    folder = _md_folder(tmp_path / "kiriman", 800)
    importing = _cli("--db", db_path, "import", folder)
    try:
        assert _wait_until(lambda: _count(db_path) > 1)  # the import is under way
        restore = run("--db", db_path, "restore", saved)
        out, err = importing.communicate(timeout=300)
    finally:
        if importing.poll() is None:
            importing.kill()
    assert importing.returncode == 0, err
    assert "800 artikel baru" in out
    assert restore.returncode == 1
    assert "sedang dipakai" in one_line_error(restore)
    assert _count(db_path) == 801  # everything the import reported is in the database


def test_import_waits_for_a_restore_with_a_message(tmp_path: Path, db_path: Path) -> None:
    """Writers work beside the window (the journeys show it); a restore alone holds them off."""
    _fill(db_path, 1, body="lama")
    restoring = WritersLock(db_path)  # what a restore holds while it replaces the file
    assert restoring.exclusive()
    folder = _md_folder(tmp_path / "kiriman", 5)
    importing = _cli("--db", db_path, "import", folder)
    try:
        assert importing.stderr is not None
        line = importing.stderr.readline()
        assert "menunggu" in line and "dipulihkan" in line
        time.sleep(0.5)
        assert importing.poll() is None and _count(db_path) == 1  # it waits, writes nothing
        restoring.release()
        out, _err = importing.communicate(timeout=120)
    finally:
        restoring.release()
        if importing.poll() is None:
            importing.kill()
    assert importing.returncode == 0 and "5 artikel baru" in out
    assert _count(db_path) == 6


def test_restore_is_refused_while_a_writer_works(db_path: Path) -> None:
    """The window's own restore too: core.backup refuses while an import or export writes."""
    _fill(db_path, 2)
    saved = backup.make_backup(db_path, "manual")
    with WritersLock(db_path) as importing:
        assert importing.share()
        with pytest.raises(backup.BackupError, match="sedang dipakai"):
            backup.restore_backup(db_path, saved)
    assert backup.restore_backup(db_path, saved)  # free again once the writer is done


def test_restore_is_refused_while_the_window_is_open(tmp_path: Path, db_path: Path) -> None:
    _fill(db_path, 2)
    saved = backup.make_backup(db_path, "manual")
    with DatabaseLock(db_path) as window:
        assert window.acquire()
        result = run("--db", db_path, "restore", saved)
    assert result.returncode == 1 and "sedang dipakai" in one_line_error(result)


# --------------------------------------------------------------- item 13: damaged database


@pytest.mark.parametrize("damage", ["tables", "scattered"])
def test_damage_is_named_as_damage_by_every_command(tmp_path: Path, db_path: Path,
                                                    damage: str) -> None:
    """It was SQLAlchemy tracebacks on list/categories/export and "Cadangan disimpan"."""
    _fill(db_path)
    if damage == "tables":
        _damage_tables(db_path, "articles", "categories")
    else:
        _damage(db_path)
    for args in (["list"], ["categories"], ["export", "--out", tmp_path / "keluar"],
                 ["check"], ["import", _md_folder(tmp_path / "kiriman", 1)]):
        result = run("--db", db_path, *args)
        assert result.returncode == 1, (args, result.stdout)
        assert "rusak" in one_line_error(result), args
    result = run("--db", db_path, "backup")
    assert result.returncode == 1 and "rusak" in one_line_error(result)
    assert "Cadangan disimpan" not in result.stdout
    # no damaged copy passes for a good backup
    assert [b for b in backup.list_backups(db_path) if b.kind != "damaged"] == []


def test_a_damaged_store_raises_the_typed_error(db_path: Path) -> None:
    _fill(db_path)
    _damage_tables(db_path, "articles")

    def read_everything() -> None:
        store = open_store(db_path, read_only=True)
        try:
            list(store.iter_articles(ArticleFilter()))
        finally:
            store.close()

    with pytest.raises(DamagedDatabaseError, match="rusak"):
        read_everything()
    with pytest.raises(DamagedDatabaseError):
        backup.make_backup(db_path, "manual", verify=True)


# ------------------------------------------------------------- item 14: newer schema stamp


def test_newer_schema_is_never_copied_by_the_cli(db_path: Path) -> None:
    _fill(db_path, 2)
    _stamp(db_path, "9999")
    for args in (["list"], ["categories"], ["backup"], ["import", db_path.parent], ["list"]):
        result = run("--db", db_path, *args)
        assert result.returncode == 1 and "lebih baru" in one_line_error(result), args
    assert not list((db_path.parent / "backups").glob("*"))
    assert not list((db_path.parent / "userdata").rglob("*.sqlite3"))


# ------------------------------------------------------- item 15: read-only file system


@contextlib.contextmanager
def _read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only: a remounted tmpfs for root, file modes for a user.

    Yields "mount" or "mode"; the database must be created inside it before entering.
    """
    if ROOT:
        yield "mount"  # the caller mounted it; remount read-only
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for path in modes:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        yield "mode"
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


@pytest.fixture
def ro_db(tmp_path: Path) -> Iterator[Path]:
    """A filled database on a read-only file system (a real read-only mount for root)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    mounted = False
    if ROOT:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot mount a tmpfs here")
        mounted = True
    db = folder / "berita.sqlite3"
    try:
        _fill(db, 12, body="isi " * 50)
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            yield db
        else:
            with _read_only_folder(folder):
                yield db
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def test_read_only_disk_reading_commands_work_writing_ones_say_why(ro_db: Path,
                                                                   tmp_path: Path) -> None:
    assert not os.access(ro_db, os.W_OK)
    listed = run("--db", ro_db, "list")
    assert listed.returncode == 0, listed.stderr
    assert "Berita 11" in listed.stdout
    assert run("--db", ro_db, "categories").stdout.startswith("Kota (12)")
    checked = run("--db", ro_db, "check")
    assert checked.returncode == 0 and "utuh" in checked.stdout
    copy = tmp_path / "salinan.sqlite3"
    saved = run("--db", ro_db, "backup", "--to", copy)
    assert saved.returncode == 0, saved.stderr
    assert _count(copy) == 12
    out = tmp_path / "keluar"
    exported = run("--db", ro_db, "export", "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert len(list(out.glob("*.html"))) == 12 and "tidak dicatat" in exported.stderr
    imported = run("--db", ro_db, "import", tmp_path)
    assert imported.returncode == 1 and "hanya bisa dibaca" in one_line_error(imported)
    with pytest.raises(ReadOnlyDatabaseError):
        open_store(ro_db)


def test_read_only_file_opens_read_only(tmp_path: Path) -> None:
    """A read-only file in a writable folder: a read-only bind mount of the file for root
    (who writes a 0444 file anyway), file mode 0444 for an ordinary user."""
    db = tmp_path / "berita.sqlite3"
    _fill(db, 3)
    if ROOT:
        if subprocess.run(["mount", "--bind", str(db), str(db)],
                          capture_output=True).returncode != 0:
            pytest.skip("cannot bind-mount here")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(db)], check=True)
    else:
        db.chmod(0o444)
    try:
        assert not os.access(db, os.W_OK)
        listed = run("--db", db, "list")
        assert listed.returncode == 0 and "Berita 2" in listed.stdout, listed.stderr
        imported = run("--db", db, "import", _md_folder(tmp_path / "kiriman", 2))
        assert imported.returncode == 1
        assert "hanya bisa dibaca" in one_line_error(imported)
        with pytest.raises(ReadOnlyDatabaseError):
            open_store(db)
        assert _count(db) == 3
    finally:
        if ROOT:
            subprocess.run(["umount", "-l", str(db)], check=False)


# ------------------------------------------------------------- item 16: locked database


@contextlib.contextmanager
def locked_by_another_program(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program (not EditorBerita) holds an exclusive SQLite lock on the file."""
    code = ("import sqlite3, sys, time\n"
            "con = sqlite3.connect(sys.argv[1])\n"
            "con.execute('PRAGMA locking_mode=EXCLUSIVE')\n"
            "con.execute('BEGIN EXCLUSIVE')\n"
            "print('held', flush=True)\n"
            "sys.stdin.readline()\n")
    holder = subprocess.Popen([sys.executable, "-c", code, str(db_path)], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        if holder.poll() is None:
            assert holder.stdin is not None
            holder.stdin.write("\n")
            holder.stdin.flush()
            holder.wait(10)


def test_a_locked_database_is_not_called_damaged(db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _fill(db_path, 2)
    monkeypatch.setattr(sq, "BUSY_TIMEOUT_MS", 300)
    with locked_by_another_program(db_path):
        with pytest.raises(DatabaseLockedError, match="dikunci oleh program lain"):
            sq.integrity_problems(db_path, quick=True)
        result = run("--db", db_path, "check")
    assert result.returncode == 1
    line = one_line_error(result)
    assert "dikunci" in line and "rusak" not in line.replace("Tidak ada yang rusak", "")


# -------------------------------------------------------------------------------- low items


def test_backup_to_the_database_itself_is_refused(db_path: Path) -> None:
    _fill(db_path, 2)
    before = db_path.read_bytes()
    result = run("--db", db_path, "backup", "--to", db_path)
    assert result.returncode == 1 and "basis data itu sendiri" in one_line_error(result)
    assert "Cadangan disimpan" not in result.stdout
    assert db_path.read_bytes() == before and _count(db_path) == 2


def test_another_programs_database_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "kontak.sqlite3"
    with contextlib.closing(sqlite3.connect(other)) as con, con:
        con.execute("CREATE TABLE kontak (nama TEXT)")
        con.execute("INSERT INTO kontak VALUES ('Rina')")
    before = other.read_bytes()
    for args in (["list"], ["import", tmp_path / "kosong"], ["backup"]):
        result = run("--db", other, *args)
        assert result.returncode == 1 and "program lain" in one_line_error(result), args
    assert other.read_bytes() == before
    with pytest.raises(ForeignDatabaseError):
        open_store(other)


def test_restore_refuses_a_newer_schema_backup_before_replacing(tmp_path: Path,
                                                                db_path: Path) -> None:
    _fill(db_path, 3)
    newer = tmp_path / "baru.sqlite3"
    _fill(newer, 1)
    _stamp(newer, "9999")
    before = db_path.read_bytes()
    result = run("--db", db_path, "restore", newer)
    assert result.returncode == 1 and "lebih baru" in one_line_error(result)
    assert db_path.read_bytes() == before
    with pytest.raises(SchemaTooNewError):
        backup.check_backup(newer)
    listed = run("--db", db_path, "list")
    assert listed.returncode == 0 and "Berita 2" in listed.stdout


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A filled database on a small tmpfs, then filled up to the last byte (root only)."""
    if not ROOT:
        pytest.skip("filling a real disk needs a tmpfs mount (root)")
    folder = tmp_path / "penuh"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        db = folder / "berita.sqlite3"
        _fill(db, 8, body="isi " * 50)
        with contextlib.suppress(OSError), open(folder / "pengisi", "wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        yield db
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_full_disk_reading_commands_work_and_writing_says_disk_full(full_disk: Path,
                                                                    tmp_path: Path) -> None:
    listed = run("--db", full_disk, "list")
    assert listed.returncode == 0 and "Berita 7" in listed.stdout, listed.stderr
    assert run("--db", full_disk, "categories").returncode == 0
    checked = run("--db", full_disk, "check")
    assert checked.returncode == 0 and "utuh" in checked.stdout, checked.stderr
    elsewhere = run("--db", full_disk, "backup", "--to", tmp_path / "salinan.sqlite3")
    assert elsewhere.returncode == 0, elsewhere.stderr
    here = run("--db", full_disk, "backup")
    assert here.returncode == 1 and "disk penuh" in one_line_error(here).lower()
    imported = run("--db", full_disk, "import", _md_folder(tmp_path / "kiriman", 3))
    assert imported.returncode == 1 and "disk penuh" in imported.stderr.lower()
    assert "Traceback" not in imported.stderr and "disk I/O error" not in imported.stderr
    with pytest.raises(DiskFullError):
        open_store(full_disk)
    assert _count(full_disk) == 8


def test_export_waits_for_a_busy_database_and_fails_in_one_line(
        tmp_path: Path, db_path: Path) -> None:
    _fill(db_path, 30, body="isi")
    code = ("import sqlite3, sys, time\n"
            "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "con.execute('BEGIN IMMEDIATE')\n"  # a writer holds the write lock for a while
            "print('held', flush=True)\n"
            "time.sleep(float(sys.argv[2]))\n"
            "con.execute('ROLLBACK')\n")
    # a transaction longer than SQLite's busy timeout (5 s) is waited for: everything is
    # exported and recorded (it was "30 dari 30 diekspor, 30 gagal" and pages of SQL)
    holder = subprocess.Popen([sys.executable, "-c", code, str(db_path), "7"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    result = run("--db", db_path, "export", "--out", tmp_path / "a")
    holder.wait(30)
    assert result.returncode == 0, result.stderr
    assert "30 dari 30 artikel diekspor." in result.stdout
    store = open_store(db_path, read_only=True)
    try:
        assert all(store.last_exports(n) for n in range(1, 31))
    finally:
        store.close()
