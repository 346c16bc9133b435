"""Moving a whole desk between engines: push a desk file to a server, pull one back, and the
portable SQLite snapshot that backs up (and restores) a server desk.

Rows are copied table by table with their ids (articles keep their numbers, revisions and
export records their articles), in one transaction on the target; then both sides are counted
and hashed table by table, and a difference is an error, never a silent half copy. Leases
are not copied: they belong to the editors of the source desk.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, func, select, text

from editorberita.core.domain import DatabaseError, EditorBeritaError
from editorberita.core.records import Base

if TYPE_CHECKING:
    from editorberita.core.store.facade import ArticleStore

# Parents before children (foreign keys); rubrics are inserted parents first as well.
TABLES = ("categories", "tags", "assets", "articles", "article_tags", "revisions", "exports",
          "desk_words")
BATCH = 500
Opener = Callable[..., Any]  # core.store.open_store


@dataclass
class CopyReport:
    """What a copy moved: rows per table and the content hash both sides agree on."""

    counts: dict[str, int] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        """Return one Indonesian line: what was copied and verified."""
        names = {"articles": "artikel", "categories": "rubrik", "revisions": "revisi",
                 "assets": "gambar", "desk_words": "kata meja", "exports": "catatan ekspor"}
        parts = [f"{self.counts.get(t, 0)} {label}" for t, label in names.items()]
        return ", ".join(parts) + " disalin dan diperiksa (jumlah dan sidik isi sama)"


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _ordered_rows(connection: Connection, table: Table):  # type: ignore[no-untyped-def]  # rows of any table
    keys = list(table.primary_key.columns)
    query = select(*table.columns).order_by(*keys)
    if table.name == "categories":  # parents first: a rubric's parent exists when it lands
        rows = [dict(r._mapping) for r in connection.execute(query)]
        placed: set[int] = set()
        while rows:
            ready = [r for r in rows if r["parent_id"] is None or r["parent_id"] in placed
                     or r["parent_id"] not in {x["id"] for x in rows}]
            if not ready:  # a cycle another program made: cut it at the smallest id
                ready = [dict(rows[0], parent_id=None)]
            yield from ready
            placed.update(r["id"] for r in ready)
            ids = {r["id"] for r in ready}
            rows = [r for r in rows if r["id"] not in ids]
        return
    for row in connection.execution_options(yield_per=BATCH).execute(query):
        yield dict(row._mapping)


def table_fingerprint(connection: Connection, table: Table) -> tuple[int, str]:
    """Return (row count, SHA-256 of every row in key order): equal on both engines."""
    digest = hashlib.sha256()
    count = 0
    keys = list(table.primary_key.columns)
    for row in connection.execution_options(yield_per=BATCH).execute(
            select(*table.columns).order_by(*keys)):
        count += 1
        digest.update(repr(tuple(_canonical(v) for v in row)).encode())
    return count, digest.hexdigest()


def _canonical(value: object) -> object:
    if isinstance(value, memoryview):
        return bytes(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _empty(connection: Connection) -> bool:
    return all(connection.execute(select(func.count()).select_from(_table(name))).scalar() == 0
               for name in ("articles", "categories", "assets"))


def _clear(connection: Connection) -> None:
    for name in ("leases", *reversed(TABLES)):
        connection.execute(_table(name).delete())


def _reset_sequences(connection: Connection) -> None:
    """Let a server desk's next ids follow the copied ones."""
    if connection.dialect.name != "postgresql":
        return
    for name in TABLES:
        table = _table(name)
        if "id" not in table.columns:
            continue
        connection.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {name}), 1), "
            f"(SELECT max(id) FROM {name}) IS NOT NULL)"))


def copy_desk(source: ArticleStore, target: ArticleStore, *, replace: bool = False) -> CopyReport:
    """Copy every article, rubric, tag, picture, revision, export record and desk word of
    ``source`` into ``target`` (empty, or emptied with ``replace``) and verify the copy."""
    report = CopyReport()
    with source.engine.connect() as reading, target.engine.begin() as writing:
        if replace:
            _clear(writing)
        elif not _empty(writing):
            raise EditorBeritaError(f"Meja tujuan {target.location} sudah berisi artikel, "
                                    "rubrik atau gambar; tidak ada yang disalin. Pilih meja "
                                    "kosong.")
        for name in TABLES:
            table = _table(name)
            batch: list[dict[str, object]] = []
            for row in _ordered_rows(reading, table):
                batch.append(row)
                if len(batch) >= BATCH or name == "categories":
                    writing.execute(table.insert(), batch)
                    batch = []
            if batch:
                writing.execute(table.insert(), batch)
        _reset_sequences(writing)
        for name in TABLES:
            mine = table_fingerprint(reading, _table(name))
            theirs = table_fingerprint(writing, _table(name))
            if mine != theirs:
                raise DatabaseError(f"Salinan tabel {name} ke {target.location} tidak sama "
                                    f"dengan asalnya ({mine[0]} / {theirs[0]} baris); "
                                    "penyalinan dibatalkan, meja tujuan tidak diubah.")
            report.counts[name], report.hashes[name] = mine
    target.rebuild_search_index()
    return report


def snapshot_to_file(store: ArticleStore, dest: Path, open_store: Opener) -> CopyReport:
    """Write a portable SQLite snapshot of ``store`` to ``dest`` (complete or untouched);
    ``open_store`` is ``core.store.open_store``, handed in (opening imports this module)."""
    from editorberita.core.fileio import replacing
    from editorberita.core.paths import private_folder

    private_folder(Path(dest).parent)
    with replacing(Path(dest), private=True) as tmp:
        tmp.unlink()
        snapshot = open_store(tmp)
        try:
            report = copy_desk(store, snapshot)
        finally:
            snapshot.close()
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            con.close()
    return report


def load_snapshot(store: ArticleStore, source: Path, open_store: Opener,
                  head: str) -> CopyReport:
    """Replace the content of ``store`` (a server desk) with the SQLite snapshot ``source``
    (of schema ``head``, or older: then a migrated copy of it is read)."""
    import shutil
    import tempfile

    from editorberita.core import sqlite as sq

    with tempfile.TemporaryDirectory(prefix="editorberita-restore-") as folder:
        if sq.schema_version(source) == head:
            snapshot = open_store(source, read_only=True)
        else:  # an older snapshot: migrate a copy, never the file the editor chose
            copy = Path(folder) / "snapshot.sqlite3"
            shutil.copyfile(source, copy)
            snapshot = open_store(copy)
        try:
            return copy_desk(snapshot, store, replace=True)
        finally:
            snapshot.close()
