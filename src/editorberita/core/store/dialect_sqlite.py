"""Everything the store says only to SQLite: the FTS5 index and its query syntax, insert-or-
ignore, the write lock, the rebuild of the index and the integrity check.

The file itself (pragmas, read-only opening, the online backup) is ``core.sqlite``, which the
start-up read uses before SQLAlchemy is imported. ``dialect_postgresql`` sits beside this
module with the same functions for a server desk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    Float,
    Integer,
    Select,
    Subquery,
    column,
    false,
    select,
    table,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from editorberita.core import sqlite as sq
from editorberita.core.domain import utcnow
from editorberita.core.records import ArticleRecord, CategoryRecord
from editorberita.core.store.search import editor_terms

FTS_TABLE = "article_fts"

# External-content FTS5 over the articles table; ``tags_text`` is kept by the store.
# ``remove_diacritics 2`` folds "é" to "e" so editors need not type accents; the 3-character
# prefix index keeps "samar*" fast (2-character prefixes still work, more slowly).
FTS_DDL = (
    f"""CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(
        headline, lead, body, tags_text,
        content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='3')""",
    f"""CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO {FTS_TABLE}(rowid, headline, lead, body, tags_text)
        VALUES (new.id, new.headline, new.lead, new.body, new.tags_text);
    END""",
    f"""CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, headline, lead, body, tags_text)
        VALUES ('delete', old.id, old.headline, old.lead, old.body, old.tags_text);
    END""",
    f"""CREATE TRIGGER articles_fts_update
        AFTER UPDATE OF headline, lead, body, tags_text ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, headline, lead, body, tags_text)
        VALUES ('delete', old.id, old.headline, old.lead, old.body, old.tags_text);
        INSERT INTO {FTS_TABLE}(rowid, headline, lead, body, tags_text)
        VALUES (new.id, new.headline, new.lead, new.body, new.tags_text);
    END""",
)

FTS_DROP = (
    "DROP TRIGGER IF EXISTS articles_fts_update",
    "DROP TRIGGER IF EXISTS articles_fts_delete",
    "DROP TRIGGER IF EXISTS articles_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

# Column weights for bm25: a word in the headline counts most, then tags and lead, then body.
# Indonesian affixes (issue 12): a second FTS5 index holds each article's word roots
# (``core.stemmer``), so "mengungsi" finds "pengungsian". Its triggers call ``eb_stems``, a SQL
# function every connection of ours registers (``register_functions``); a search matches the
# words exactly (first, ranked as before) or by their roots (after them). The index is
# contentless with no positions (about 45 MB at 100,000 articles, against 450 MB with its text
# stored): phrases and prefixes stay with the exact index. A contentless row is deleted by
# giving its roots again, so the roots must be computed the same way as when it was written:
# ``article_stems_marker`` keeps the stemmer's fingerprint and ``refresh_stems`` rebuilds the
# index when a new dictionary or seed list changed it.
STEM_TABLE = "article_stems"
STEM_MARKER = "article_stems_marker"
_STEM_TEXT = ("coalesce({row}.headline, '') || ' ' || coalesce({row}.lead, '') || ' ' || "
              "coalesce({row}.body, '') || ' ' || coalesce({row}.tags_text, '')")
_STEM_INSERT = (f"INSERT INTO {STEM_TABLE}(rowid, stems) "
                f"VALUES (new.id, eb_stems({_STEM_TEXT.format(row='new')}));")
_STEM_DELETE = (f"INSERT INTO {STEM_TABLE}({STEM_TABLE}, rowid, stems) "
                f"VALUES ('delete', old.id, eb_stems({_STEM_TEXT.format(row='old')}));")
STEM_DDL = (
    f"CREATE VIRTUAL TABLE {STEM_TABLE} USING fts5(stems, content='', detail='none')",
    f"CREATE TABLE {STEM_MARKER} (fingerprint TEXT NOT NULL)",
    f"""CREATE TRIGGER articles_stems_insert AFTER INSERT ON articles BEGIN
        {_STEM_INSERT}
    END""",
    f"""CREATE TRIGGER articles_stems_delete AFTER DELETE ON articles BEGIN
        {_STEM_DELETE}
    END""",
    f"""CREATE TRIGGER articles_stems_update
        AFTER UPDATE OF headline, lead, body, tags_text ON articles BEGIN
        {_STEM_DELETE}
        {_STEM_INSERT}
    END""",
)
STEM_FILL = (f"INSERT INTO {STEM_TABLE}(rowid, stems) "
             f"SELECT id, eb_stems({_STEM_TEXT.format(row='articles')}) FROM articles")
STEM_DROP = (
    "DROP TRIGGER IF EXISTS articles_stems_update",
    "DROP TRIGGER IF EXISTS articles_stems_delete",
    "DROP TRIGGER IF EXISTS articles_stems_insert",
    f"DROP TABLE IF EXISTS {STEM_MARKER}",
    f"DROP TABLE IF EXISTS {STEM_TABLE}",
)
STEM_RANK_AFTER = 1000.0  # a root-only match ranks after every exact one (bm25 is negative)


def refresh_stems(connection: sqlite3.Connection) -> bool:
    """Fill the root index if it was built by another stemmer (or never); True if it did.

    Takes about a second per 1,000 articles; runs at the migration that adds the index and
    after an update that changed the dictionary or the seed list.
    """
    from editorberita.core.stemmer import fingerprint

    current = fingerprint()
    row = connection.execute(f"SELECT fingerprint FROM {STEM_MARKER}").fetchone()
    if row is not None and row[0] == current:
        return False
    sq.register_functions(connection)
    connection.execute(f"INSERT INTO {STEM_TABLE}({STEM_TABLE}) VALUES ('delete-all')")
    connection.execute(STEM_FILL)
    connection.execute(f"DELETE FROM {STEM_MARKER}")
    connection.execute(f"INSERT INTO {STEM_MARKER}(fingerprint) VALUES (?)", (current,))
    return True



FTS_RANK = f"bm25({FTS_TABLE}, 10.0, 5.0, 1.0, 5.0)"

# Ranking every match of a word found in most of 100,000 articles costs ~190 ms; ranking only
# the newest RANK_WINDOW matches costs ~30-80 ms (make bench). For a news desk the newest
# matches are the ones that matter, so a very common term is ranked within that window
# (rowid = creation order).
RANK_WINDOW = 10000
_STEM_MATCH = f"{STEM_TABLE} MATCH eb_stem_query(:match)"
FTS_MATCH_IDS = (f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
                 f"UNION SELECT rowid FROM {STEM_TABLE} WHERE {_STEM_MATCH}")
# The newer of the two indexes' own cutoffs: each is a cheap scan in rowid order, and at least
# RANK_WINDOW matches are newer than it. Root-only matches rank after the exact ones, newest
# first (no bm25: the root index keeps no frequencies).
FTS_WINDOW_CUTOFF = (
    f"SELECT max(coalesce((SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0), "
    f"coalesce((SELECT rowid FROM {STEM_TABLE} WHERE {_STEM_MATCH} "
    "ORDER BY rowid DESC LIMIT 1 OFFSET :window), 0))")
FTS_RANKED = (f"SELECT id, min(rank) AS rank FROM ("
              f"SELECT rowid AS id, {FTS_RANK} AS rank FROM {FTS_TABLE} "
              f"WHERE {FTS_TABLE} MATCH :match AND rowid >= :cutoff "
              f"UNION ALL SELECT rowid AS id, {STEM_RANK_AFTER} - rowid / 1e12 AS rank "
              f"FROM {STEM_TABLE} WHERE {_STEM_MATCH} AND rowid >= :cutoff) GROUP BY id")

# ``matching_sides``: each index as a table to join, and its MATCH.
_MATCH_SIDES = ((table(FTS_TABLE, column("rowid")), f"{FTS_TABLE} MATCH :match"),
                (table(STEM_TABLE, column("rowid")), _STEM_MATCH))

FTS_REBUILD = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"


def fts_query(typed: str) -> str | None:
    """Turn what an editor typed into a safe FTS5 MATCH expression.

    Every term is quoted, so FTS5 operators or stray punctuation typed by the user cannot
    cause a syntax error. Returns None when nothing searchable was typed.
    """
    terms = []
    for words, prefix in editor_terms(typed):
        term = '"' + " ".join(words) + '"'
        terms.append(term + "*" if prefix else term)
    return " ".join(terms) if terms else None


class SqliteDialect:
    """The store's SQLite-only SQL (see ``core.store.dialect.Dialect``)."""

    name = "sqlite"

    def lock_for_write(self, session: Session) -> None:
        """Take SQLite's write lock first, so what the transaction reads it may write over.

        The sqlite3 module begins a transaction only at the first write; a find-then-create
        done as read-then-write can so race another process (two imports creating the same
        tag). A no-op UPDATE takes the lock, waiting on the busy timeout as any write.
        """
        session.execute(update(CategoryRecord).where(false())  # ORM DML: read-only refuses it
                        .values(position=CategoryRecord.position)
                        .execution_options(synchronize_session=False))

    def insert_ignore(self, table: Any, values: dict[str, object],
                      index_elements: list[str]) -> Executable:
        """INSERT OR IGNORE on the unique key ``index_elements``."""
        return (sqlite_insert(table).values(**values)
                .on_conflict_do_nothing(index_elements=index_elements))

    def search_match(self, typed: str) -> str | None:
        """Return the FTS5 MATCH expression for what the editor typed."""
        return fts_query(typed)

    def ranked(self, session: Session, match: str) -> Subquery:
        """Return ``hits(id, rank)`` ranked by bm25 within the newest ``RANK_WINDOW`` hits."""
        cutoff = session.scalar(text(FTS_WINDOW_CUTOFF),
                                {"match": match, "window": RANK_WINDOW}) or 0
        return (text(FTS_RANKED).bindparams(match=match, cutoff=cutoff)
                .columns(id=Integer, rank=Float).subquery("hits"))

    def matching_ids(self, session: Session, match: str) -> Any:
        """Return the ids of the articles FTS5 finds for ``match``."""
        return text(FTS_MATCH_IDS).bindparams(match=match)

    def matching_sides(self, session: Session, match: str) -> list[Select[Any]]:
        """Return the articles joined to each index (the words, then their roots): FTS5 hands
        its matches in rowid order one by one, where ``id IN`` gathers them all first."""
        return [select(ArticleRecord.id).join(index, index.c.rowid == ArticleRecord.id)
                .where(text(condition).bindparams(match=match))
                for index, condition in _MATCH_SIDES]

    def rebuild_search_index(self, engine: Engine) -> None:
        """Rebuild the FTS5 index from the articles table."""
        with engine.begin() as connection:
            connection.execute(text(FTS_REBUILD))

    def integrity_problems(self, engine: Engine, db_path: Path) -> list[str]:
        """Return what SQLite's integrity check says about the file."""
        return sq.integrity_problems(db_path)

    def now(self, session: Session) -> datetime:
        """A desk file lives on one PC: its clock is this PC's."""
        return utcnow()

    def notify(self, session: Session, what: str, ids: Sequence[int]) -> None:
        """Nothing to send: processes on one file see changes by ``core.watch``'s check."""


SQLITE = SqliteDialect()
