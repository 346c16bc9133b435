"""SQLite files below the store: pragmas, read-only opening, the online backup, integrity checks.

What the store's SQL says only to SQLite (the FTS5 index and its query syntax, insert-or-
ignore, the write lock) is ``core.store.dialect_sqlite``; this module works on the file and
stays importable before SQLAlchemy. SQLite's error codes are turned into the typed errors of
``core.domain`` here too (``typed_error``, worded as ``core.messages`` codes), once for every
caller. May import the standard library, ``core.domain``, ``core.fileio``, ``core.messages``
and SQLAlchemy, but SQLAlchemy only inside functions: ``core.quickread`` and ``core.health``
use this module at start-up, before SQLAlchemy has been imported.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from editorberita.core.domain import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from editorberita.core.fileio import replacing
from editorberita.core.messages import message
from editorberita.core.paths import private_folder

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

BUSY_TIMEOUT_MS = 5000

# synchronous=FULL in WAL mode makes every commit durable across a power cut, not only a crash.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)

# A read-only store (a second EditorBerita on the same file, a backup preview) opens the file
# with ``mode=ro`` and also refuses writes at the connection level: it must never change it.
READ_ONLY_PRAGMAS = (
    "PRAGMA query_only=ON",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
)

def install_pragmas(engine: Engine, *, read_only: bool = False) -> None:
    """Set the durability and safety pragmas on every new connection of the engine."""
    from sqlalchemy import event

    pragmas = READ_ONLY_PRAGMAS if read_only else PRAGMAS

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        register_functions(dbapi_connection)
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()


def backup_database(source: Path, dest: Path) -> None:
    """Copy a live database with SQLite's online backup API (consistent even while in use).

    The copy is written beside ``dest``, flushed to disk and renamed into place: ``dest`` is
    either the complete copy or untouched, and no partial file is left on failure.
    """
    private_folder(dest.parent)
    with replacing(dest, private=True) as tmp:  # a copy of unpublished work: owner-only
        copy_database(source, tmp)


def copy_database(source: Path, dest: Path) -> None:
    """Copy ``source`` into the (empty or missing) file ``dest`` with the online backup API."""
    src = connect_read_only(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """Return the SQLite URI that opens ``path`` read-only (any character in the name)."""
    return ("file:" + quote(str(Path(path).resolve())) + "?mode=ro"
            + ("&immutable=1" if immutable else ""))


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` for reading only, also on a read-only or full disk.

    A WAL database needs its ``-shm`` file even to be read. When nobody has the database open
    that file does not exist (or is a stub left by a failed attempt), and on a read-only or
    full disk it cannot be created: then the file is read as immutable. That is safe because
    no writer can work without a usable ``-shm`` either, and it is done only when the ``-wal``
    is empty, so every committed change is in the file itself.
    """
    timeout = BUSY_TIMEOUT_MS / 1000
    # Not tied to the opening thread, as SQLAlchemy's own file connections: the preview reads
    # pictures and the record in its pool thread, and the pool closes them all at the end.
    con = sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout,
                          check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.Error as exc:
        con.close()
        if not isinstance(exc, sqlite3.OperationalError):
            raise
        primary = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if primary not in (SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_READONLY) \
                or _size(path, "-shm") >= WAL_INDEX_MIN or _size(path, "-wal") > 0:
            raise
    return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, timeout=timeout,
                           check_same_thread=False)


# A -shm file in use is at least one 32 KiB block of WAL index.
WAL_INDEX_MIN = 32 * 1024


def _size(path: Path, suffix: str) -> int:
    try:
        return Path(path).with_name(Path(path).name + suffix).stat().st_size
    except OSError:
        return 0


# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
# Below this much free space an I/O error is taken for a full disk (SQLite then often says
# only "disk I/O error", e.g. when it cannot grow the -shm file).
DISK_FULL_BELOW = 1024 * 1024


def typed_error(exc: BaseException, path: Path) -> DatabaseError | None:
    """Name what an SQLite (or OS) error means for the user, or None when it names nothing.

    Works on ``sqlite3`` errors, on SQLAlchemy's wrappers of them (``.orig``) and on OSError
    from file copies. Decided by SQLite's result code, never by the message text.
    """
    if isinstance(exc, DatabaseError):
        return exc
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return DiskFullError(message("db.disk_full", path=str(path)))
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyDatabaseError(message("db.read_only", path=str(path)))
        return None
    if not isinstance(orig, sqlite3.Error):
        return None
    primary = (getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLockedError(message("db.locked", path=str(path)))
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedDatabaseError(message("db.damaged", path=str(path), problem=str(orig)),
                                    problems=[str(orig)])
    if primary == SQLITE_FULL or (primary == SQLITE_IOERR and _disk_full(path)):
        return DiskFullError(message("db.disk_full", path=str(path)))
    if primary == SQLITE_READONLY or (primary == SQLITE_CANTOPEN and not writable(path)):
        return ReadOnlyDatabaseError(message("db.read_only", path=str(path)))
    if primary == SQLITE_IOERR:
        return DatabaseError(message("db.io_error", path=str(path), problem=str(orig)))
    return None


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(Path(path).parent).free < DISK_FULL_BELOW
    except OSError:
        return False


def writable(path: Path) -> bool:
    """Return whether the database (or, for a new one, its folder) can be written.

    The folder must be writable too: SQLite creates the ``-wal`` and ``-shm`` files beside it.
    A read-only mount answers False even for root.
    """
    path = Path(path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def user_tables(path: Path) -> list[str]:
    """Return the names of the ordinary tables in the file (to recognise another program's)."""
    con = connect_read_only(path)
    try:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                           "AND name NOT LIKE 'sqlite_%'").fetchall()
    finally:
        con.close()
    return [str(row[0]) for row in rows]


def database_url(path: Path, *, read_only: bool = False) -> URL:
    """Return the SQLAlchemy URL of a database file, taken literally ("#", "?", "%" too).

    ``read_only`` opens it as an SQLite URI with ``mode=ro``: the file is never written.
    """
    from sqlalchemy import URL

    if read_only:
        return URL.create("sqlite", database="file:" + quote(str(Path(path).resolve())),
                          query={"uri": "true", "mode": "ro"})
    return URL.create("sqlite", database=str(path))


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Return what ``PRAGMA integrity_check`` reports; an empty list means the file is sound.

    ``quick`` runs ``quick_check``: the same page and record checks without comparing every
    index with its table (O(N) instead of O(N log N)); it is what start-up uses.
    A file SQLite cannot read for another reason (locked by another program, a full or
    unreadable disk) is not called damaged: that raises the typed error instead.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        con = connect_read_only(path)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        typed = typed_error(exc, path)
        if typed is None or isinstance(typed, DamagedDatabaseError):
            return [str(exc)]
        raise typed from exc
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def schema_version(path: Path) -> str | None:
    """Return the Alembic revision stamped in the database, or None for a new, empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    con = connect_read_only(path)
    try:
        has_table = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        con.close()


# The SQL functions the root index of the search (core.store.dialect_sqlite) calls: every
# connection of ours registers them, so its triggers work on any write (issue 12).
def stem_text(text: str | None) -> str:
    """SQL ``eb_stems``: the roots of a text's words, for the stem index."""
    from editorberita.core.stemmer import default_stemmer

    return default_stemmer().stems(text or "")


def stem_query(match: str | None) -> str:
    """SQL ``eb_stem_query``: the stem-index form of an ``fts_query`` expression.

    Words become their roots, prefixes stay prefixes; a phrase asks for exact words, so a
    query holding one matches nothing here (``""``).
    """
    from editorberita.core.stemmer import default_stemmer

    stemmer = default_stemmer()
    terms = []
    for term in (match or "").split(" "):
        if not term.startswith('"') or term.count('"') != 2 or " " in term:
            return '""'
        word = term.strip('"*')
        terms.append(f'"{word}"*' if term.endswith("*") else f'"{stemmer.stem(word)}"')
    return " ".join(terms) if terms else '""'


def register_functions(connection: sqlite3.Connection) -> None:
    """Give a connection the SQL functions the stem index's triggers and queries call."""
    connection.create_function("eb_stems", 1, stem_text, deterministic=True)
    connection.create_function("eb_stem_query", 1, stem_query, deterministic=True)
