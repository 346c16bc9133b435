"""Articles of one database: create, read, save with the version check, move, trash, list,
count and search, and their tags.

Each public function is one transaction on ``sessions``. What only one engine can say (the
full-text search, insert-or-ignore, the write lock) comes from the store's ``Dialect``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import and_, func, insert, literal, or_, select, true, tuple_
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from editorberita.core.domain import (
    EDITABLE_FIELDS,
    Article,
    ArticleFilter,
    ArticleSummary,
    ConflictError,
    DatabaseError,
    EditorBeritaError,
    Kind,
    NotFoundError,
    Status,
    Zone,
    utcnow,
)
from editorberita.core.messages import message
from editorberita.core.records import (
    ArticleRecord,
    CategoryRecord,
    ExportRecord,
    OutboxRecord,
    TagRecord,
    article_tags,
)
from editorberita.core.rows import article_from_row, from_db_time, stored_time, to_db_time
from editorberita.core.store import revisions
from editorberita.core.store.dialect import Dialect
from editorberita.core.store.lookup import not_found, record_or_raise
from editorberita.core.store.rubrics import descendant_ids_in
from editorberita.core.textid import slugify

logger = logging.getLogger(__name__)

Sessions = sessionmaker[Session]

SORT_COLUMNS = {
    "published": ArticleRecord.published_at,
    "updated": ArticleRecord.updated_at,
    "headline": ArticleRecord.headline,
    "status": ArticleRecord.status,
}
CONFLICT = "Artikel ini sudah diubah di jendela atau komputer lain."

# Enum(value) costs ~10 µs a call; listings build two per row, so look them up in a dict.
_STATUSES = {status.value: status for status in Status}
_ZONES = {zone.value: zone for zone in Zone}


@contextmanager
def valid_rows(location: object) -> Iterator[None]:
    """Turn a stored value no version of EditorBerita writes (status "bogus", a date that is
    not a date: another program changed the database) into a DatabaseError that says so."""
    try:
        yield
    except (KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, EditorBeritaError):
            raise
        text_ = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        quoted = re.search(r"'([^']*)'", text_)
        value = quoted.group(1) if quoted else text_
        logger.info("Invalid stored value in %s: %r", location, exc)
        raise DatabaseError(message("db.invalid_value", path=str(location),
                                    value=value[:80])) from exc


def article_from_record(record: ArticleRecord) -> Article:
    """Return the domain form of a stored article (its tags loaded with it)."""
    return article_from_row(record, (t.name for t in record.tags))


def create(sessions: Sessions, dialect: Dialect, article: Article, editor: str = "") -> Article:
    """Insert a new article and return it with its id, slug, times and version."""
    now = utcnow()
    with sessions.begin() as session:
        dialect.lock_for_write(session)  # the free slug it picks is still free when it inserts
        record = ArticleRecord(created_at=to_db_time(now), updated_at=to_db_time(now),
                               saved_by=editor)
        _apply(session, dialect, record, article, new=True)
        if record.published_at is None:
            record.published_at = to_db_time(now)
        session.add(record)
        session.flush()
        dialect.notify(session, "articles", [record.id])
        return article_from_record(record)


def bulk_create(sessions: Sessions, articles: Iterable[Article], batch: int) -> int:
    """Insert many untagged articles fast, one transaction per batch; return the count.

    Slugs are made unique against the database and within the load.
    """
    now = to_db_time(utcnow())
    with sessions.begin() as session:
        taken = set(session.scalars(select(ArticleRecord.slug)))
    total = 0
    rows: list[dict[str, object]] = []

    def flush() -> None:
        with sessions.begin() as session:
            session.execute(insert(ArticleRecord), rows)
        rows.clear()

    for article in articles:
        base = slugify(article.slug if article.slug_locked and article.slug
                       else article.headline)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        row = {name: getattr(article, name) for name in EDITABLE_FIELDS
               if name not in ("tags", "published_at", "status", "zone", "kind")}
        row.update(slug=slug, status=Status(article.status).value,
                   kind=Kind(article.kind).value,
                   zone=Zone(article.zone).value, tags_text="",
                   published_at=to_db_time(article.published_at) or now,
                   created_at=now, updated_at=now, version=1, deleted_at=None)
        rows.append(row)
        total += 1
        if len(rows) >= batch:
            flush()
    if rows:
        flush()
    return total


def get(sessions: Sessions, article_id: int) -> Article:
    """Return the article (trashed ones too) or raise NotFoundError.

    Opening an article is one statement, the article joined to its tags, outside a
    transaction: on a server desk that is one round trip where the ORM's load took four
    (BEGIN, the article, its tags, COMMIT). One statement reads one consistent state."""
    articles_ = ArticleRecord.__table__
    query = (select(articles_, TagRecord.name.label("tag_name"))
             .select_from(articles_.outerjoin(article_tags).outerjoin(TagRecord))
             .where(articles_.c.id == article_id))
    with sessions() as session:
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        rows = session.execute(query).all()
    if not rows:
        raise not_found(ArticleRecord, article_id)
    return article_from_row(rows[0], (r.tag_name for r in rows if r.tag_name is not None))


def get_many(sessions: Sessions, article_ids: Sequence[int]) -> dict[int, Article]:
    """Return the articles that exist among ``article_ids``, loaded in a few queries."""
    found: dict[int, Article] = {}
    ids = list(dict.fromkeys(article_ids))
    for start in range(0, len(ids), 500):
        with sessions.begin() as session:
            records = session.scalars(select(ArticleRecord)
                                      .where(ArticleRecord.id.in_(ids[start:start + 500])))
            found.update((r.id, article_from_record(r)) for r in records)
    return found


def find_by_slug(sessions: Sessions, slug: str) -> Article | None:
    """Return the article with this slug, or None."""
    with sessions.begin() as session:
        record = session.scalars(select(ArticleRecord).where(ArticleRecord.slug == slug)).first()
        return article_from_record(record) if record else None


def find_same(sessions: Sessions, slug: str, headline: str, body: str) -> Article | None:
    """Return the live article of slug ``slug`` (or ``slug``-N) with exactly this headline
    and body, or None: how a re-imported file finds the article it already made."""
    base = slugify(slug)
    with sessions.begin() as session:
        record = session.scalars(select(ArticleRecord).where(
            ArticleRecord.deleted_at.is_(None),
            or_(ArticleRecord.slug == base,  # a range on the unique index, not a LIKE scan
                and_(ArticleRecord.slug > base + "-", ArticleRecord.slug < base + ".")),
            ArticleRecord.headline == headline, ArticleRecord.body == body)
            .order_by(ArticleRecord.id)).first()
        return article_from_record(record) if record else None


def save(sessions: Sessions, dialect: Dialect, article: Article, *, revision_reason: str | None,
         manual: bool, editor: str = "") -> Article:
    """Save an edited article; ConflictError if someone saved it since it was loaded."""
    if article.id is None:
        raise ValueError("save_article needs an article with an id")
    try:
        with sessions.begin() as session:
            record = record_or_raise(session, ArticleRecord, article.id)
            if record.version != article.version:
                raise ConflictError(CONFLICT, mine=article, theirs=article_from_record(record))
            _apply(session, dialect, record, article, new=False)
            record.updated_at = stored_time(utcnow())
            record.saved_by = editor
            session.flush()
            saved = article_from_record(record)
            if revision_reason:
                revisions.add(session, saved, revision_reason, manual, editor=editor)
            dialect.notify(session, "articles", [article.id])
            return saved
    except StaleDataError as exc:
        raise ConflictError(CONFLICT, mine=article, theirs=_try_get(sessions, article.id)) \
            from exc


def _try_get(sessions: Sessions, article_id: int) -> Article | None:
    try:
        return get(sessions, article_id)
    except NotFoundError:
        return None


def move(sessions: Sessions, dialect: Dialect, article_ids: Sequence[int],
         category_id: int | None) -> None:
    """Move articles to a rubric (None: Uncategorised), bumping their versions."""
    with sessions.begin() as session:
        dialect.notify(session, "articles", article_ids)
        if category_id is not None:
            record_or_raise(session, CategoryRecord, category_id)
        for record in session.scalars(select(ArticleRecord)
                                      .where(ArticleRecord.id.in_(list(article_ids)))):
            record.category_id = category_id
            record.updated_at = stored_time(utcnow())


def set_trashed(sessions: Sessions, dialect: Dialect, article_ids: Sequence[int],
                trashed: bool) -> None:
    """Move articles to the Trash (they keep their rubric) or bring them back."""
    with sessions.begin() as session:
        dialect.notify(session, "articles", article_ids)
        for record in session.scalars(select(ArticleRecord)
                                      .where(ArticleRecord.id.in_(list(article_ids)))):
            record.deleted_at = to_db_time(utcnow()) if trashed else None


def empty_trash(sessions: Sessions, dialect: Dialect) -> int:
    """Delete trashed articles for good; the only way an article is really deleted."""
    with sessions.begin() as session:
        ids = session.scalars(select(ArticleRecord.id)
                              .where(ArticleRecord.deleted_at.is_not(None))).all()
        dialect.notify(session, "articles", ids)
        for record in session.scalars(select(ArticleRecord).where(ArticleRecord.id.in_(ids))):
            session.delete(record)
        return len(ids)


def summaries(sessions: Sessions, dialect: Dialect, flt: ArticleFilter, *, limit: int | None,
              offset: int, sort: str, descending: bool,
              after: ArticleSummary | None) -> list[ArticleSummary]:
    """Return article summaries for a view (see ``ArticleStore.list_articles``)."""
    match = dialect.search_match(flt.search) if flt.search else None
    if flt.search and match is None:
        return []
    with sessions.begin() as session:
        columns = (ArticleRecord.id, ArticleRecord.headline, ArticleRecord.status,
                   ArticleRecord.category_id, ArticleRecord.published_at,
                   ArticleRecord.updated_at, ArticleRecord.zone)
        if match:
            hits = dialect.ranked(session, match)
            query = select(*columns).join(hits, hits.c.id == ArticleRecord.id)
            order = [hits.c.rank, ArticleRecord.id.desc()]
        else:
            query = select(*columns)
            column = SORT_COLUMNS.get(sort, ArticleRecord.published_at)
            order = [column.desc() if descending else column.asc(),
                     ArticleRecord.id.desc() if descending else ArticleRecord.id.asc()]
            if after is not None:
                key = _sort_value(after, sort)
                if key is not None:
                    pair = tuple_(column, ArticleRecord.id)
                    query = query.where(pair < tuple_(literal(key), literal(after.id))
                                        if descending else
                                        pair > tuple_(literal(key), literal(after.id)))
        query = _filtered(session, query, flt).order_by(*order).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return [ArticleSummary(id=r[0], headline=r[1], status=_STATUSES[r[2]],
                               category_id=r[3], published_at=from_db_time(r[4]),
                               updated_at=from_db_time(r[5]) or utcnow(), zone=_ZONES[r[6]])
                for r in session.execute(query)]


def count(sessions: Sessions, dialect: Dialect, flt: ArticleFilter,
          at_most: int | None = None) -> int:
    """Return how many articles a view holds; with ``at_most``, stop counting past it (a
    result of ``at_most`` + 1 means "more than ``at_most``"), so that a search found in
    most of a big desk is not tested match by match only to say how many it found."""
    match = dialect.search_match(flt.search) if flt.search else None
    if flt.search and match is None:
        return 0
    with sessions.begin() as session:
        if at_most is not None:
            return _count_at_most(session, dialect, match, flt, at_most)
        query = select(func.count()).select_from(ArticleRecord)
        if match:
            query = query.where(ArticleRecord.id.in_(dialect.matching_ids(session, match)))
        return int(session.scalar(_filtered(session, query, flt)) or 0)


def _count_at_most(session: Session, dialect: Dialect, match: str | None, flt: ArticleFilter,
                   at_most: int) -> int:
    """Count a view up to ``at_most`` + 1 articles. A search reads each of the dialect's
    indexes (``matching_sides``) up to that many matches: sides under the cap are complete and
    their ids are united, and the first side over it is enough to say "more" (the words' index
    on SQLite, before its roots are read at all)."""
    views = [_filtered(session, side, flt).limit(at_most + 1)
             for side in (dialect.matching_sides(session, match) if match
                          else [select(ArticleRecord.id)])]
    if len(views) == 1:
        return int(session.scalar(select(func.count()).select_from(views[0].subquery())) or 0)
    found: set[int] = set()
    for view in views:
        found.update(session.scalars(view))
        if len(found) > at_most:
            break
    return min(len(found), at_most + 1)


def counts_by(sessions: Sessions, column: object) -> list[tuple[object, int]]:
    """Return (value, live article count) per value of ``column`` (rubric or status)."""
    with sessions.begin() as session:
        rows = session.execute(select(column, func.count())  # type: ignore[call-overload]  # a column chosen at run time
                               .where(ArticleRecord.deleted_at.is_(None))
                               .group_by(column)).all()
        return [(value, int(n)) for value, n in rows]


def in_order(sessions: Sessions, ids: Sequence[int], location: object,
             batch: int) -> Iterator[Article]:
    """Yield the articles of ``ids`` in that order, loaded ``batch`` at a time."""
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        with valid_rows(location), sessions.begin() as session:
            records = session.scalars(select(ArticleRecord)
                                      .where(ArticleRecord.id.in_(chunk))).all()
            by_id = {r.id: article_from_record(r) for r in records}
        yield from (by_id[i] for i in chunk if i in by_id)


def all_tags(sessions: Sessions) -> list[str]:
    """Return every tag name used in the database, for completion."""
    with sessions.begin() as session:
        return list(session.scalars(select(TagRecord.name).order_by(TagRecord.name)))


def with_pictures(sessions: Sessions) -> list[tuple[int, str, str, int | None]]:
    """Return (id, headline, body, featured asset id) of live articles that may show one."""
    with sessions.begin() as session:
        rows = session.execute(
            select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.body,
                   ArticleRecord.featured_asset_id)
            .where(ArticleRecord.deleted_at.is_(None))
            .where(or_(ArticleRecord.featured_asset_id.is_not(None),
                       ArticleRecord.body.like("%asset:%")))
            .order_by(ArticleRecord.published_at.desc())).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def _filtered(session: Session, query, flt: ArticleFilter):  # type: ignore[no-untyped-def]  # a Select of any columns
    if flt.trashed:
        query = query.where(ArticleRecord.deleted_at.is_not(None))
    else:
        query = query.where(ArticleRecord.deleted_at.is_(None))
    if flt.uncategorised:
        query = query.where(ArticleRecord.category_id.is_(None))
    elif flt.category_id is not None:
        if flt.include_subcategories:
            ids = descendant_ids_in(session, flt.category_id)
            query = query.where(ArticleRecord.category_id.in_(ids) if len(ids) > 1
                                else ArticleRecord.category_id == flt.category_id)
        else:
            query = query.where(ArticleRecord.category_id == flt.category_id)
    if flt.status is not None:
        query = query.where(ArticleRecord.status == flt.status.value)
    if flt.changed_since_export:
        last = (select(ExportRecord.article_id, func.max(ExportRecord.exported_at)
                       .label("last")).group_by(ExportRecord.article_id).subquery())
        query = query.join(last, last.c.article_id == ArticleRecord.id).where(
            ArticleRecord.updated_at > last.c.last)
    if flt.in_outbox:  # the outbox view (core.store.sends): waiting for any site
        query = query.where(ArticleRecord.id.in_(select(OutboxRecord.article_id)))
    return query


def _unique_slug(session: Session, wanted: str, article_id: int | None) -> str:
    base = slugify(wanted)
    taken = set(session.scalars(select(ArticleRecord.slug).where(
        or_(ArticleRecord.slug == base, ArticleRecord.slug.like(f"{base}-%")),
        ArticleRecord.id != article_id if article_id is not None else true())))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        name = " ".join(str(tag).split())[:100]
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return sorted(seen.values(), key=str.casefold)


def _apply(session: Session, dialect: Dialect, record: ArticleRecord, article: Article,
           *, new: bool) -> None:
    for name in EDITABLE_FIELDS:
        if name in ("tags", "slug", "slug_locked", "published_at", "status", "zone", "kind"):
            continue
        setattr(record, name, getattr(article, name))
    record.status = Status(article.status).value
    record.kind = Kind(article.kind).value
    record.zone = Zone(article.zone).value
    record.published_at = to_db_time(article.published_at) or record.published_at
    record.slug_locked = bool(article.slug_locked)
    wanted = article.slug if (article.slug_locked and article.slug) else article.headline
    wanted_slug = slugify(wanted)
    if new or record.slug is None or (slugify(record.slug) != wanted_slug and not (
            record.slug.startswith(wanted_slug + "-")
            and record.slug[len(wanted_slug) + 1:].isdigit())):
        record.slug = _unique_slug(session, wanted, record.id)
    tags = _clean_tags(article.tags)
    current = sorted((t.name for t in record.tags), key=str.casefold) if not new else []
    if tags != current:
        records = []
        for name in tags:
            tag = _tag(session, name)
            if tag is None:  # insert-or-ignore: another process may be adding it too
                session.execute(dialect.insert_ignore(TagRecord, {"name": name}, ["name"]))
                tag = session.scalars(select(TagRecord).where(TagRecord.name == name)).one()
            records.append(tag)
        record.tags = records
    record.tags_text = " ".join(tags)


def _tag(session: Session, name: str) -> TagRecord | None:
    return session.scalars(select(TagRecord).where(
        func.lower(TagRecord.name) == name.lower()).order_by(TagRecord.id)).first()


def _sort_value(row: ArticleSummary, sort: str) -> object:
    value = {"published": row.published_at, "updated": row.updated_at, "headline": row.headline,
             "status": row.status.value}.get(sort, row.published_at)
    return to_db_time(value) if isinstance(value, datetime) else value
