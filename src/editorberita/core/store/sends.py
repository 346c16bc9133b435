"""Send records of one database: which article is which post on which site, the site's copies
of our pictures, and the outbox of sends waiting for a site to answer.

Like ``exports`` they drive a status line ("Terkirim ke Situs Kaltim 14.30", "diubah sejak
dikirim"); unlike exports there is one row per (article, site), updated in place, because the
post id is what makes the next send an update and never a duplicate. An outbox row keeps why
the last try failed as a message's code and values (JSON text, ``core.messages.stored``); a row
written before that holds the Indonesian sentence, shown as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import utcnow
from editorberita.core.messages import Message, from_stored, stored
from editorberita.core.records import OutboxRecord, SiteMediaRecord, SiteSendRecord
from editorberita.core.rows import from_db_time, to_db_time

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore


@dataclass(frozen=True)
class SendInfo:
    """Where one article lives on one site."""

    article_id: int
    site: str
    post_id: int
    link: str
    status: str
    content_hash: str
    sent_at: datetime


@dataclass(frozen=True)
class MediaInfo:
    """One of our pictures in a site's media library."""

    media_id: int
    url: str
    meta_hash: str


@dataclass(frozen=True)
class OutboxItem:
    """An article waiting to be sent, with why the last try failed."""

    article_id: int
    site: str
    wanted_status: str
    queued_at: datetime
    attempts: int
    next_try_at: datetime
    reason: Message | str  # why the last try failed: a message, or an older row's sentence

    @property
    def last_error(self) -> str:
        """Return why the last try failed as the Indonesian sentence (the command line)."""
        return str(self.reason)


def _sessions(store: ArticleStore) -> sessionmaker[Session]:
    """Return the store's session factory (one store method, one transaction, as in exports)."""
    return store._sessions


def _time(moment: datetime | None) -> datetime:
    return from_db_time(moment) or utcnow()


# ----------------------------------------------------------------------- posts


def record_send(store: ArticleStore, info: SendInfo) -> None:
    """Remember (or update) the post an article became on a site; it leaves the outbox."""
    with _sessions(store).begin() as session:
        row = session.scalar(select(SiteSendRecord).where(
            SiteSendRecord.article_id == info.article_id, SiteSendRecord.site == info.site))
        if row is None:
            row = SiteSendRecord(article_id=info.article_id, site=info.site)
            session.add(row)
        row.post_id = info.post_id
        row.link = info.link
        row.status = info.status
        row.content_hash = info.content_hash
        row.sent_at = to_db_time(info.sent_at) or to_db_time(utcnow())
        session.execute(delete(OutboxRecord).where(OutboxRecord.article_id == info.article_id,
                                                   OutboxRecord.site == info.site))


def sends_of(store: ArticleStore, article_id: int) -> list[SendInfo]:
    """Return an article's posts on every site, newest send first."""
    return sends_of_many(store, [article_id])[article_id]


def sends_of_many(store: ArticleStore, article_ids: Sequence[int]) -> dict[int, list[SendInfo]]:
    """Return the posts of each of ``article_ids`` (newest send first), in one query: the
    preview's record links a handful of stories at every article opened."""
    found: dict[int, list[SendInfo]] = {i: [] for i in article_ids}
    if not found:
        return found
    with _sessions(store).begin() as session:
        rows = session.scalars(select(SiteSendRecord)
                               .where(SiteSendRecord.article_id.in_(list(found)))
                               .order_by(SiteSendRecord.sent_at.desc())).all()
        for r in rows:
            found[r.article_id].append(SendInfo(r.article_id, r.site, r.post_id, r.link,
                                                r.status, r.content_hash, _time(r.sent_at)))
    return found


def send_of(store: ArticleStore, article_id: int, site: str) -> SendInfo | None:
    """Return the post an article is on one site, or None if it was never sent there."""
    return next((s for s in sends_of(store, article_id) if s.site == site), None)


# ----------------------------------------------------------------------- media


def media_of(store: ArticleStore, site: str, sha256: str) -> MediaInfo | None:
    """Return the site's copy of a picture (by content), or None."""
    with _sessions(store).begin() as session:
        row = session.scalar(select(SiteMediaRecord).where(SiteMediaRecord.site == site,
                                                           SiteMediaRecord.sha256 == sha256))
        return None if row is None else MediaInfo(row.media_id, row.url, row.meta_hash)


def all_media(store: ArticleStore, site: str | None = None) -> dict[str, MediaInfo]:
    """Return the pictures known on a site (or on any site) by content hash."""
    with _sessions(store).begin() as session:
        query = select(SiteMediaRecord)
        if site is not None:
            query = query.where(SiteMediaRecord.site == site)
        return {r.sha256: MediaInfo(r.media_id, r.url, r.meta_hash)
                for r in session.scalars(query).all()}


def record_media(store: ArticleStore, site: str, sha256: str, info: MediaInfo) -> None:
    """Remember a picture's copy on a site (a new upload replaces the old record)."""
    with _sessions(store).begin() as session:
        row = session.scalar(select(SiteMediaRecord).where(SiteMediaRecord.site == site,
                                                           SiteMediaRecord.sha256 == sha256))
        if row is None:
            row = SiteMediaRecord(site=site, sha256=sha256)
            session.add(row)
        row.media_id, row.url, row.meta_hash = info.media_id, info.url, info.meta_hash


def forget_site(store: ArticleStore, site: str) -> None:
    """Drop what is known about a removed site (its posts stay on the site itself)."""
    with _sessions(store).begin() as session:
        for model in (SiteSendRecord, SiteMediaRecord, OutboxRecord):
            session.execute(delete(model).where(model.site == site))


# ---------------------------------------------------------------------- outbox


def enqueue(store: ArticleStore, article_id: int, site: str, wanted_status: str,
            reason: Message | str) -> OutboxItem:
    """Put (or keep) an article in the outbox; a repeated failure backs off further."""
    now = utcnow()
    with _sessions(store).begin() as session:
        row = session.scalar(select(OutboxRecord).where(OutboxRecord.article_id == article_id,
                                                        OutboxRecord.site == site))
        if row is None:
            row = OutboxRecord(article_id=article_id, site=site, queued_at=to_db_time(now),
                               attempts=0)
            session.add(row)
        row.wanted_status = wanted_status
        row.attempts = (row.attempts or 0) + 1
        row.next_try_at = to_db_time(now + backoff(row.attempts))
        row.last_error = stored(reason) if isinstance(reason, Message) else reason
        session.flush()
        return _outbox_item(row)


def backoff(attempts: int) -> timedelta:
    """Return the wait before the next try: 30 s doubling up to one hour."""
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def _outbox_item(row: OutboxRecord) -> OutboxItem:
    return OutboxItem(row.article_id, row.site, row.wanted_status, _time(row.queued_at),
                      row.attempts, _time(row.next_try_at), from_stored(row.last_error or ""))


def outbox(store: ArticleStore, *, due_only: bool = False) -> list[OutboxItem]:
    """Return the outbox, oldest first (only the items whose back-off is over with due_only)."""
    with _sessions(store).begin() as session:
        query = select(OutboxRecord).order_by(OutboxRecord.queued_at, OutboxRecord.id)
        if due_only:
            query = query.where(OutboxRecord.next_try_at <= to_db_time(utcnow()))
        return [_outbox_item(r) for r in session.scalars(query).all()]


def drop_from_outbox(store: ArticleStore, article_id: int, site: str) -> None:
    """Take an article out of the outbox (sent, or given up by the user)."""
    with _sessions(store).begin() as session:
        session.execute(delete(OutboxRecord).where(OutboxRecord.article_id == article_id,
                                                   OutboxRecord.site == site))
