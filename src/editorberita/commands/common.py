"""What the headless commands share: the user's error, safe printing, the writers' lock, the
schema check before a read-only open, and reading ``--category``/``--status``.

cli.py parses and dispatches; the command modules of this package use these without importing
cli.py back. Messages are Indonesian sentences, like the rest of the command line.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editorberita.core.domain import Status
    from editorberita.core.store import ArticleStore

POLL_SECONDS = 0.2


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


# Bidirectional controls and line separators reorder or break what a terminal shows.
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028,
         0x2029}


def printable(text: object) -> str:
    """Return text from the database or a file safe to print: control codes (ESC colour and
    cursor sequences, BEL, CR...) and bidi overrides are shown escaped, never obeyed."""
    out = []
    for char in str(text):
        code = ord(char)
        if code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in _BIDI:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


@contextlib.contextmanager
def desk_lock(db_path: Path, command: str) -> Iterator[None]:
    """Join the database's writers for a writing command (import, export).

    Writers work beside the window and each other (SQLite serialises their writes); only a
    restore in progress makes a writer wait, and it says so once.
    """
    from editorberita.core import sqlite as sq
    from editorberita.core.domain import ReadOnlyDatabaseError
    from editorberita.core.lock import WritersLock

    if not sq.writable(db_path):
        raise ReadOnlyDatabaseError(
            f"Basis data {db_path} hanya bisa dibaca (disk, folder atau berkasnya tidak bisa "
            f"ditulis); perintah “{command}” perlu menulis, jadi tidak dijalankan. Perintah "
            "yang hanya membaca (list, categories, check, backup --to) tetap bisa.")
    lock = WritersLock(db_path)
    try:
        if not lock.share():
            print(f"editorberita: basis data {db_path} sedang dipulihkan dari cadangan; "
                  f"“{command}” menunggu sampai selesai (tekan Ctrl+C untuk batal)…",
                  file=sys.stderr, flush=True)
            while not lock.share():
                time.sleep(POLL_SECONDS)
    except OSError as exc:
        raise sq.typed_error(exc, db_path) or exc from exc
    try:
        yield
    finally:
        lock.release()


def up_to_date(db_path: Path) -> bool:
    """Return whether the file exists with this version's schema (so reading needs no write).

    A newer or foreign file is refused here, by its stamp, before anything reads or copies it.
    """
    import sqlite3

    from editorberita.core import sqlite as sq
    from editorberita.core.store import SCHEMA_HEAD, refuse_unknown_schema

    if not db_path.is_file() or db_path.stat().st_size == 0:
        return False
    try:
        version = sq.schema_version(db_path)
        refuse_unknown_schema(db_path, version)
    except sqlite3.Error as exc:
        raise sq.typed_error(exc, db_path) or exc from exc
    return version == SCHEMA_HEAD


def category_id(store: ArticleStore, name: str | None) -> int | None:
    """Return the id of the rubric named by ``--category`` (a path's last part will do)."""
    if not name:
        return None
    found = store.find_category(name, any_parent=True)
    if found is None and "/" in name:
        found = store.find_category(name.rsplit("/", 1)[1], any_parent=True)
    if found is None:
        raise UserError(f"rubrik “{name}” tidak ditemukan")
    return int(found.id)


def status_help() -> str:
    """Return the --status help: every word it accepts, English and Indonesian."""
    from editorberita.core.domain import Status

    words = ", ".join(f"{s.value} = “{s.label_id}”" for s in Status)
    return f"status artikel, dalam bahasa Inggris atau Indonesia: {words}"


def status(value: str | None) -> Status | None:
    """Return the status named by ``--status``, in English or Indonesian."""
    from editorberita.core.domain import Status

    if not value:
        return None
    for status in Status:
        if value.lower() in (status.value, status.label_id.lower()):
            return status
    raise UserError(f"status “{value}” tidak dikenal (pilih: "
                    + ", ".join(f"{s.value}/{s.label_id}" for s in Status) + ")")


def report(line: str, failures: Sequence[tuple[object, object]], ok: bool) -> int:
    """Print each failure (a sentence or a core message) on stderr and the summary line; exit
    1 when anything failed."""
    for _item, reason in failures:
        print(f"editorberita: {printable(reason)}", file=sys.stderr)
    print(line)
    return 0 if ok else 1
