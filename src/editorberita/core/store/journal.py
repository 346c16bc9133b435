"""The offline journal of a server desk: edits kept on this PC while the server is away.

When a save to a server desk fails because the server cannot be reached, the window keeps
typing and puts each autosave here instead (a small SQLite file in the user's data folder,
committed durably, so a SIGKILL loses nothing already kept). On reconnect ``replay`` saves
every kept article through the store's version check: a save that meets someone else's
newer version comes back as a ``ConflictError`` for the conflict dialog, and stays in the
journal until ``forget`` is called for it. One row per desk and article: the newest text,
with the version it was loaded at (the version the server must still have).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import Article, ConflictError, DatabaseError, NotFoundError, utcnow
from editorberita.core.rows import article_from_snapshot, article_snapshot

if TYPE_CHECKING:
    from editorberita.core.store.facade import ArticleStore

JOURNAL_NAME = "jurnal-meja-server.sqlite3"
_SCHEMA = """CREATE TABLE IF NOT EXISTS kept (
    desk TEXT NOT NULL, article_id INTEGER NOT NULL, base_version INTEGER NOT NULL,
    snapshot TEXT NOT NULL, kept_at TEXT NOT NULL, PRIMARY KEY (desk, article_id))"""


def journal_path() -> Path:
    """Return the journal file in the user's data folder."""
    from editorberita.core.paths import data_dir

    return data_dir() / JOURNAL_NAME


@dataclass(frozen=True)
class KeptEdit:
    """An article's newest text kept offline, and the version it was loaded at."""

    article: Article
    base_version: int


@dataclass
class ReplayReport:
    """What a replay did: saved on the server, refused by the version check, still kept."""

    saved: list[Article] = field(default_factory=list)
    conflicts: list[ConflictError] = field(default_factory=list)
    gone: list[int] = field(default_factory=list)  # articles deleted on the server meanwhile
    stopped: DatabaseError | None = None  # the server went away again: the rest stays kept


class OfflineJournal:
    """Keep, list, replay and forget the offline edits of server desks on this PC."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else journal_path()

    def _connect(self) -> sqlite3.Connection:
        from editorberita.core.paths import create_private

        self.path.parent.mkdir(parents=True, exist_ok=True)
        create_private(self.path)  # unpublished work: owner-only
        con = sqlite3.connect(self.path, timeout=5)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")  # kept means on disk, also across a power cut
        con.execute(_SCHEMA)
        return con

    def keep(self, desk: str, article: Article) -> None:
        """Keep ``article`` (its newest text) for ``desk``; the first base version stays."""
        if article.id is None:
            raise ValueError("only a stored article can be kept offline")
        con = self._connect()
        try:
            with con:
                con.execute(
                    "INSERT INTO kept (desk, article_id, base_version, snapshot, kept_at) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (desk, article_id) DO UPDATE SET "
                    "snapshot = excluded.snapshot, kept_at = excluded.kept_at",
                    (desk, article.id, article.version,
                     json.dumps(article_snapshot(article), ensure_ascii=False),
                     utcnow().isoformat()))
        finally:
            con.close()

    def pending(self, desk: str) -> list[KeptEdit]:
        """Return the edits kept for ``desk``, oldest first."""
        if not self.path.exists():
            return []
        con = self._connect()
        try:
            rows = con.execute("SELECT article_id, base_version, snapshot FROM kept "
                               "WHERE desk = ? ORDER BY kept_at", (desk,)).fetchall()
        finally:
            con.close()
        return [KeptEdit(article_from_snapshot(json.loads(snapshot), article_id)
                         .copy(version=base), base)
                for article_id, base, snapshot in rows]

    def forget(self, desk: str, article_id: int) -> None:
        """Drop what is kept for an article (saved, or its conflict resolved)."""
        if not self.path.exists():
            return
        con = self._connect()
        try:
            with con:
                con.execute("DELETE FROM kept WHERE desk = ? AND article_id = ?",
                            (desk, article_id))
        finally:
            con.close()

    def replay(self, store: ArticleStore) -> ReplayReport:
        """Save every kept edit of ``store``'s desk through the version check."""
        report = ReplayReport()
        desk = store.location
        for kept in self.pending(desk):
            try:
                saved = store.save_article(kept.article, revision_reason="offline",
                                           manual=False)
            except ConflictError as conflict:
                report.conflicts.append(conflict)
                continue
            except NotFoundError:
                report.gone.append(int(kept.article.id or 0))
                continue
            except DatabaseError as exc:  # unreachable again: keep the rest for next time
                report.stopped = exc
                break
            self.forget(desk, saved.id or 0)
            report.saved.append(saved)
        return report
