"""Edit leases of a shared desk: who edits which article now, so nobody overwrites silently.

Opening an article for editing takes its lease (article, editor, machine, since, heartbeat);
the window renews it with a heartbeat. Another editor who opens the article is told who holds
it and reads it only. A lease passes when its holder stopped heartbeating for ``STALE_AFTER``
(crash, network gone) or on an explicit take-over; the holder's last saved text is then kept as
a revision in their name. The optimistic version check of ``articles.save`` stays behind it.
Lease times are the desk's clock (``Dialect.now``: the server's on a server desk), so PCs whose
clocks disagree still agree on how old a heartbeat is.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import Lease, LeaseHeldError, utcnow
from editorberita.core.records import ArticleRecord, LeaseRecord
from editorberita.core.rows import article_from_row, from_db_time, stored_time
from editorberita.core.store import revisions
from editorberita.core.store.dialect import Dialect
from editorberita.core.store.lookup import record_or_raise

Sessions = sessionmaker[Session]

STALE_AFTER = timedelta(minutes=2)
TAKEN_OVER = "take-over"  # the revision reason of the text a passed lease keeps


def _lease(record: LeaseRecord) -> Lease:
    return Lease(article_id=record.article_id, editor=record.editor, machine=record.machine,
                 since=from_db_time(record.since) or utcnow(),
                 heartbeat=from_db_time(record.heartbeat) or utcnow())


def held_message(lease: Lease) -> str:
    """Return the sentence an editor sees on an article someone else is editing."""
    since = lease.since.astimezone()
    return (f"Sedang disunting oleh {lease.editor or '?'} ({lease.machine or '?'}) sejak "
            f"{since:%H.%M}.")


def take(sessions: Sessions, dialect: Dialect, article_id: int, editor: str, machine: str, *,
         take_over: bool, stale_after: timedelta) -> Lease:
    """Take (or renew) the lease; see ``ArticleStore.take_lease``."""
    with sessions.begin() as session:
        dialect.lock_for_write(session)  # two editors opening at once: one gets it
        now = dialect.now(session)
        article = record_or_raise(session, ArticleRecord, article_id)
        record = session.get(LeaseRecord, article_id)
        if record is not None and (record.editor, record.machine) != (editor, machine):
            held = _lease(record)
            if not take_over and not held.stale(now, stale_after):
                raise LeaseHeldError(held_message(held), lease=held)
            stored = article_from_row(article, (t.name for t in article.tags))
            revisions.add(session, stored, TAKEN_OVER, True, editor=record.editor)
            session.delete(record)
            session.flush()
            record = None
        if record is None:
            record = LeaseRecord(article_id=article_id, editor=editor, machine=machine,
                                 since=stored_time(now), heartbeat=stored_time(now))
            session.add(record)
        else:
            record.heartbeat = stored_time(now)
        session.flush()
        dialect.notify(session, "leases", [article_id])
        return _lease(record)


def heartbeat(sessions: Sessions, dialect: Dialect, article_id: int, editor: str,
              machine: str) -> Lease:
    """Renew our lease; LeaseHeldError when another editor holds it now."""
    with sessions.begin() as session:
        now = dialect.now(session)
        record = session.get(LeaseRecord, article_id, with_for_update=True)
        if record is None:  # released meanwhile (never passed on): ours again
            record = LeaseRecord(article_id=article_id, editor=editor, machine=machine,
                                 since=stored_time(now), heartbeat=stored_time(now))
            session.add(record)
        elif (record.editor, record.machine) != (editor, machine):
            held = _lease(record)
            raise LeaseHeldError(held_message(held), lease=held)
        record.heartbeat = stored_time(now)
        session.flush()
        return _lease(record)


def release(sessions: Sessions, dialect: Dialect, article_id: int, editor: str,
            machine: str) -> bool:
    """Give our lease back; False when it was not ours (any more)."""
    with sessions.begin() as session:
        dialect.notify(session, "leases", [article_id])
        result = session.execute(delete(LeaseRecord).where(
            LeaseRecord.article_id == article_id, LeaseRecord.editor == editor,
            LeaseRecord.machine == machine))
        return bool(result.rowcount)  # type: ignore[attr-defined]  # a CursorResult of a DML statement


def of_article(sessions: Sessions, article_id: int) -> Lease | None:
    """Return the article's lease, or None."""
    with sessions.begin() as session:
        record = session.scalars(select(LeaseRecord)
                                 .where(LeaseRecord.article_id == article_id)).first()
        return _lease(record) if record else None
