"""The small seam between the store and one SQL engine: what only that engine can say.

The store's repositories speak portable SQLAlchemy; the few things each engine does its own
way (full-text search, insert-or-ignore, taking the write lock, a consistent copy, the
integrity check) are a ``Dialect``: ``dialect_sqlite.SQLITE`` for a desk file,
``dialect_postgresql.POSTGRESQL`` for a server desk.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy import Engine, Select, Subquery
    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Executable


class Dialect(Protocol):
    """What the store asks of an engine beyond portable SQL."""

    name: str

    def lock_for_write(self, session: Session) -> None:
        """Start the transaction as the desk's one writer (find-then-create stays atomic)."""

    def insert_ignore(self, table: Any, values: dict[str, object],
                      index_elements: list[str]) -> Executable:
        """Return an INSERT of ``values`` that does nothing when the unique key exists."""

    def search_match(self, typed: str) -> str | None:
        """Turn what an editor typed (words, "phrases", prefix*) into a safe engine query."""

    def ranked(self, session: Session, match: str) -> Subquery:
        """Return a subquery ``hits(id, rank)`` of matching articles; lower rank is better."""

    def matching_ids(self, session: Session, match: str) -> Any:
        """Return a SELECT of the ids of every article matching ``match`` (for ``in_``), run
        in ``session``'s transaction."""

    def matching_sides(self, session: Session, match: str) -> list[Select[Any]]:
        """Return SELECTs of ``articles.id`` whose union is ``matching_ids``, each read from one
        index in its own order without gathering every match first: a LIMIT stops it early
        (a capped count), in ``session``'s transaction."""

    def rebuild_search_index(self, engine: Engine) -> None:
        """Rebuild the full-text index from the articles (after a bulk load)."""

    def integrity_problems(self, engine: Engine, db_path: Path) -> list[str]:
        """Return the engine's consistency findings; empty when the desk is sound."""

    def now(self, session: Session) -> datetime:
        """Return the desk's clock (aware UTC): one clock for every editor's leases."""

    def notify(self, session: Session, what: str, ids: Sequence[int]) -> None:
        """Tell the desk's other editors, on commit, that ``what`` (ids) changed."""


# Kept by the engines themselves, not by the ORM records: FTS5's tables, PostgreSQL's column.
ENGINE_KEPT_TABLE_PREFIX = ("article_fts", "article_stems")  # FTS5 indexes and shadows
ENGINE_KEPT_COLUMNS = frozenset({"search_vector"})


def alembic_include_object(obj: object, name: str | None, type_: str, reflected: bool,
                           compare_to: object) -> bool:
    """Hide the engines' search indexes from Alembic's autogenerate comparison."""
    if type_ == "table" and name is not None and name.startswith(ENGINE_KEPT_TABLE_PREFIX):
        return False
    return not (type_ in ("column", "index") and name is not None
                and (name in ENGINE_KEPT_COLUMNS or name == "ix_articles_search_vector"
                     or name.startswith("ix_articles_pg_")))
