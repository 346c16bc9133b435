"""Revisions of one database: snapshots of an article's editable fields, newest first.

The rules for when a revision is taken and thinned live in ``core.revisions``; this module
only stores and reads them. ``add`` and ``add_unless_newest`` run inside a caller's
transaction (a save or an export keeps its revision in the same commit).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import Article, Revision, utcnow
from editorberita.core.records import ArticleRecord, RevisionRecord
from editorberita.core.rows import (
    article_from_row,
    article_from_snapshot,
    article_snapshot,
    from_db_time,
    to_db_time,
)
from editorberita.core.store.lookup import record_or_raise


def revision_from_record(record: RevisionRecord) -> Revision:
    """Return the domain form of a stored revision."""
    return Revision(id=record.id, article_id=record.article_id,
                    created_at=from_db_time(record.created_at) or utcnow(),
                    reason=record.reason, manual=record.manual, editor=record.editor or "",
                    snapshot=article_from_snapshot(json.loads(record.snapshot),
                                                   record.article_id))


def add(session: Session, article: Article, reason: str, manual: bool, *,
        editor: str = "") -> Revision:
    """Keep a snapshot of ``article`` in the caller's transaction, saved by ``editor``."""
    record = RevisionRecord(article_id=article.id, created_at=to_db_time(utcnow()),
                            reason=reason, manual=manual, editor=editor,
                            snapshot=json.dumps(article_snapshot(article), ensure_ascii=False))
    session.add(record)
    session.flush()
    return revision_from_record(record)


def add_of(sessions: sessionmaker[Session], article_id: int, reason: str, manual: bool, *,
           snapshot: Article | None, editor: str) -> Revision:
    """Record the article as stored now (or ``snapshot``, a text not stored) as a revision."""
    with sessions.begin() as session:
        record = record_or_raise(session, ArticleRecord, article_id)
        article = article_from_row(record, (t.name for t in record.tags))
        if snapshot is not None:
            article = snapshot.copy(id=article.id)
        return add(session, article, reason, manual, editor=editor)


def add_unless_newest(session: Session, article: Article, reason: str) -> None:
    """Keep an automatic snapshot of ``article`` unless the newest revision holds exactly it."""
    snapshot = json.dumps(article_snapshot(article), ensure_ascii=False)
    newest = session.scalar(select(RevisionRecord.snapshot)
                            .where(RevisionRecord.article_id == article.id)
                            .order_by(RevisionRecord.created_at.desc(),
                                      RevisionRecord.id.desc()).limit(1))
    if newest != snapshot:
        add(session, article, reason, False)


def latest_time(sessions: sessionmaker[Session], article_id: int) -> datetime | None:
    """Return when the article's newest revision was taken, or None."""
    with sessions.begin() as session:
        moment = session.scalar(select(func.max(RevisionRecord.created_at))
                                .where(RevisionRecord.article_id == article_id))
        return from_db_time(moment)


def get(sessions: sessionmaker[Session], revision_id: int) -> Revision:
    """Return one revision or raise NotFoundError."""
    with sessions.begin() as session:
        return revision_from_record(record_or_raise(session, RevisionRecord, revision_id))


def automatic_times(sessions: sessionmaker[Session],
                    before: datetime) -> list[tuple[int, int, datetime]]:
    """Return (id, article id, time) of automatic revisions taken before ``before``."""
    with sessions.begin() as session:
        rows = session.execute(select(RevisionRecord.id, RevisionRecord.article_id,
                                      RevisionRecord.created_at)
                               .where(RevisionRecord.manual.is_(False),
                                      RevisionRecord.created_at < to_db_time(before)))
        return [(rid, aid, from_db_time(at) or utcnow()) for rid, aid, at in rows]


def delete_automatic(sessions: sessionmaker[Session], revision_ids: Sequence[int]) -> int:
    """Delete automatic revisions (thinning); manual ones are never deleted."""
    ids = list(revision_ids)
    deleted = 0
    with sessions.begin() as session:
        for start in range(0, len(ids), 500):
            result = session.execute(delete(RevisionRecord).where(
                RevisionRecord.id.in_(ids[start:start + 500]),
                RevisionRecord.manual.is_(False)))
            deleted += int(result.rowcount or 0)  # type: ignore[attr-defined]  # a CursorResult for a DELETE
    return deleted


def of_article(sessions: sessionmaker[Session], article_id: int) -> list[Revision]:
    """Return an article's revisions, newest first."""
    with sessions.begin() as session:
        records = session.scalars(select(RevisionRecord)
                                  .where(RevisionRecord.article_id == article_id)
                                  .order_by(RevisionRecord.created_at.desc(),
                                            RevisionRecord.id.desc())).all()
        return [revision_from_record(r) for r in records]
