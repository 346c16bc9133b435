"""Export records of one database: which article went to which file, with what content.

They drive "changed since export" and re-export naming (an article re-exported replaces the
file it wrote before).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import ExportInfo, utcnow
from editorberita.core.records import ArticleRecord, ExportRecord
from editorberita.core.rows import article_from_row, from_db_time, to_db_time
from editorberita.core.store import revisions


def record(sessions: sessionmaker[Session], article_id: int, fmt: str, path: str,
           content_hash: str, *, revision_reason: str | None = None) -> None:
    """Remember that an article was exported, so "changed since export" can be shown.

    With ``revision_reason`` the exported state is kept as a revision too (same
    transaction), unless the newest revision already holds exactly that state.
    """
    with sessions.begin() as session:
        session.add(ExportRecord(article_id=article_id, format=fmt, path=path,
                                 content_hash=content_hash, exported_at=to_db_time(utcnow())))
        if revision_reason:
            article = session.get(ArticleRecord, article_id)
            if article is not None:
                revisions.add_unless_newest(
                    session, article_from_row(article, (t.name for t in article.tags)),
                    revision_reason)


def record_many(sessions: sessionmaker[Session],
                records: Sequence[tuple[int, str, str, str]]) -> None:
    """Record many exports (article id, format, path, hash) in one transaction."""
    if not records:
        return
    now = to_db_time(utcnow())
    with sessions.begin() as session:
        session.execute(insert(ExportRecord), [
            {"article_id": article_id, "format": fmt, "path": path, "content_hash": digest,
             "exported_at": now} for article_id, fmt, path, digest in records])


def of_article(sessions: sessionmaker[Session], article_id: int) -> list[ExportInfo]:
    """Return an article's exports, newest first."""
    return of_articles(sessions, [article_id])[article_id]


def of_articles(sessions: sessionmaker[Session],
                article_ids: Sequence[int]) -> dict[int, list[ExportInfo]]:
    """Return the exports of each of ``article_ids``, newest first, in one query."""
    found: dict[int, list[ExportInfo]] = {i: [] for i in article_ids}
    if not found:
        return found
    with sessions.begin() as session:
        records = session.scalars(select(ExportRecord)
                                  .where(ExportRecord.article_id.in_(list(found)))
                                  .order_by(ExportRecord.exported_at.desc(),
                                            ExportRecord.id.desc())).all()
        for r in records:
            found[r.article_id].append(ExportInfo(
                article_id=r.article_id, format=r.format, path=r.path,
                content_hash=r.content_hash, exported_at=from_db_time(r.exported_at) or utcnow()))
    return found
