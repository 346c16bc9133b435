"""Noticing what another program wrote to the database (``editorberita import`` while the
window is open), cheaply enough to ask every second.

``PRAGMA data_version`` on a connection of our own changes when any other connection commits;
only then a few indexed reads tell whether articles or rubrics changed, leaving out the article
the window has open (its own saves change it every second while the editor types). Plain
``sqlite3``, read-only; any problem reads as "nothing changed". May import the standard
library and ``core.sqlite``.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from editorberita.core.sqlite import read_only_uri

logger = logging.getLogger(__name__)

ARTICLES = "articles"
RUBRICS = "rubrics"
EXPORTS = "exports"  # an export elsewhere changes "Changed since export" (issue 12)


class ChangeWatcher:
    """Tells which kinds of rows other connections changed since the last ``poll``."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._con: sqlite3.Connection | None = None
        self._version: int | None = None
        self._seen: dict[str, tuple[object, ...]] = {}

    def poll(self, open_article_id: int | None = None) -> set[str]:
        """Return ``{"articles", "rubrics", "exports"}`` or a part: what changed since last time.

        The first call only takes note. Changes to ``open_article_id`` are left out: the
        window saves that one itself.
        """
        try:
            con = self._connection()
            version = con.execute("PRAGMA data_version").fetchone()[0]
            if version == self._version:
                return set()
            self._version = version
            now = {ARTICLES: self._articles(con, open_article_id), RUBRICS: self._rubrics(con),
                   EXPORTS: con.execute("SELECT max(id) FROM exports").fetchone()}
        except sqlite3.Error as exc:
            logger.info("Database changes not checked: %s", exc)
            self.close()
            return set()
        changed = {kind for kind, value in now.items()
                   if kind in self._seen and self._seen[kind] != value}
        self._seen = now
        return changed

    def close(self) -> None:
        """Close the watcher's connection (it opens again on the next ``poll``)."""
        if self._con is not None:
            self._con.close()
            self._con = None
        self._version = None

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            self._con = sqlite3.connect(read_only_uri(self.db_path), uri=True, timeout=1)
        return self._con

    @staticmethod
    def _articles(con: sqlite3.Connection, open_article_id: int | None) -> tuple[object, ...]:
        newest = con.execute("SELECT max(id) FROM articles").fetchone()[0]
        trashed = con.execute("SELECT max(deleted_at) FROM articles").fetchone()[0]
        touched = con.execute(  # the latest change to any other article (indexed)
            "SELECT id, updated_at FROM articles WHERE id != ? "
            "ORDER BY updated_at DESC LIMIT 1", (open_article_id or 0,)).fetchone()
        return newest, trashed, touched

    @staticmethod
    def _rubrics(con: sqlite3.Connection) -> tuple[object, ...]:
        return tuple(con.execute("SELECT count(*), max(id), group_concat(name || '/' || "
                                 "coalesce(parent_id, ''), '|') FROM categories").fetchone())
