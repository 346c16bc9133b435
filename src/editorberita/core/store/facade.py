"""The article store: ``ArticleStore``, the one object callers hold for an open database.

One store method is one transaction (``with self._sessions.begin()``); records never leave the
package: callers get domain objects. Articles and rubrics are still written here; pictures,
revisions, export records and desk words live in their own modules of ``core.store`` and the
store's methods hand over to them. ``opening`` opens and migrates the file.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    and_,
    event,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.sql.roles import OrderByRole

from editorberita.core import sqlite as sq
from editorberita.core.corrections import Correction
from editorberita.core.domain import (
    EDITABLE_FIELDS,
    Article,
    ArticleFilter,
    ArticleSummary,
    Asset,
    Category,
    ConflictError,
    DatabaseError,
    DuplicateError,
    EditorBeritaError,
    ExportInfo,
    Kind,
    NotFoundError,
    ReadOnlyDatabaseError,
    Revision,
    Status,
    Zone,
    rubric_depth_problem,
    rubric_name_problem,
    utcnow,
)
from editorberita.core.records import (
    ArticleRecord,
    CategoryRecord,
    ExportRecord,
    OutboxRecord,
    TagRecord,
)
from editorberita.core.rows import (
    article_from_row,
    from_db_time,
    to_db_time,
)
from editorberita.core.store import assets, deskwords, exports, revisions
from editorberita.core.store import newsroom as record_repo  # corrections, desk profile
from editorberita.core.store.lookup import record_or_raise
from editorberita.core.textid import slugify

logger = logging.getLogger(__name__)

# The typed errors of the database live in core.domain (DatabaseError and its subclasses);
# callers that open a store import them from here too.
ReadOnlyError = ReadOnlyDatabaseError  # a write attempted on a store opened read-only


SORT_COLUMNS = {
    "published": ArticleRecord.published_at,
    "updated": ArticleRecord.updated_at,
    "headline": ArticleRecord.headline,
    "status": ArticleRecord.status,
}


def _refuse_writes(sessions: sessionmaker[Session]) -> None:
    """Make every write through ``sessions`` fail with a plain ReadOnlyError."""
    message = "Basis data ini dibuka hanya-baca; perubahan tidak disimpan."

    @event.listens_for(sessions, "before_flush")
    def _no_flush(session: Session, _context: object, _instances: object) -> None:
        if session.new or session.dirty or session.deleted:
            raise ReadOnlyError(message)

    @event.listens_for(sessions, "do_orm_execute")
    def _no_dml(state) -> None:  # type: ignore[no-untyped-def]  # an ORMExecuteState from the event
        if state.is_insert or state.is_update or state.is_delete:
            raise ReadOnlyError(message)


@contextmanager
def _valid_rows(db_path: Path) -> Iterator[None]:
    """Turn a stored value no version of EditorBerita writes (status "bogus", a date that is
    not a date: another program changed the file) into a DatabaseError that says so."""
    try:
        yield
    except (KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, EditorBeritaError):
            raise
        text_ = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        quoted = re.search(r"'([^']*)'", text_)
        value = quoted.group(1) if quoted else text_
        logger.info("Invalid stored value in %s: %r", db_path, exc)
        raise DatabaseError(f"Basis data {db_path} menyimpan nilai yang tidak sah di sebuah "
                            f"artikel (“{value[:80]}”); berkasnya mungkin diubah program lain. "
                            "Pulihkan dari cadangan.") from exc


def _checked_rows(method: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a store read with ``_valid_rows``."""
    @functools.wraps(method)
    def wrapper(self: ArticleStore, *args: object, **kwargs: object) -> object:
        with _valid_rows(self.db_path):
            return method(self, *args, **kwargs)
    return wrapper


def _lock_for_write(session: Session) -> None:
    """Start the transaction as a writer, so what it reads next is what it will write over.

    The sqlite3 module begins a transaction only at the first write; a find-then-create done
    as read-then-write can so race another process (two imports creating the same tag).
    A no-op UPDATE takes SQLite's write lock first, waiting on the busy timeout as any write.
    """
    session.execute(update(CategoryRecord).where(false())  # ORM DML: read-only stores refuse it
                    .values(position=CategoryRecord.position)
                    .execution_options(synchronize_session=False))


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        name = " ".join(str(tag).split())[:100]
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return sorted(seen.values(), key=str.casefold)


class ArticleStore:
    """Articles, rubrics, tags, revisions, assets and export records of one database."""

    def __init__(self, engine: Engine, db_path: Path, *, read_only: bool = False) -> None:
        self.engine = engine
        self.db_path = db_path
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if read_only:
            _refuse_writes(self._sessions)

    def close(self) -> None:
        """Release every connection (and so the file) held by the store."""
        self.engine.dispose()

    # ----------------------------------------------------------------- rubrics

    def list_categories(self) -> list[Category]:
        """Return every rubric, parents before children, in display order."""
        with self._sessions.begin() as session:
            records = session.scalars(select(CategoryRecord).order_by(
                CategoryRecord.position, CategoryRecord.name)).all()
            return [self._category(r) for r in records]

    def get_category(self, category_id: int) -> Category:
        """Return one rubric or raise NotFoundError."""
        with self._sessions.begin() as session:
            return self._category(record_or_raise(session, CategoryRecord, category_id))

    def create_category(self, name: str, parent_id: int | None = None) -> Category:
        """Create a rubric; names are unique within their parent, depth and length bounded."""
        name = " ".join(name.split())
        with self._sessions.begin() as session:
            _lock_for_write(session)
            self._check_category_name(session, name, parent_id, None)
            problem = rubric_depth_problem(self._depth(session, parent_id) + 1)
            if problem:
                raise EditorBeritaError(problem)
            return self._category(self._add_category(session, name, parent_id))

    def _add_category(self, session: Session, name: str,
                      parent_id: int | None) -> CategoryRecord:
        position = session.scalar(select(func.coalesce(func.max(CategoryRecord.position), -1))
                                  .where(CategoryRecord.parent_id.is_(parent_id)
                                         if parent_id is None
                                         else CategoryRecord.parent_id == parent_id))
        record = CategoryRecord(name=name, slug=slugify(name), parent_id=parent_id,
                                position=int(position or 0) + 1)
        session.add(record)
        session.flush()
        return record

    def find_or_create_category_path(self, path: str) -> Category | None:
        """Return the rubric named by "Parent/Child", creating what is missing."""
        return self.find_or_create_category_names(path.split("/"))

    def find_or_create_category_names(self, names: Sequence[str]) -> Category | None:
        """Return the rubric path ``names`` (top first), creating what is missing.

        One write transaction: two processes asking for the same new rubric get one rubric
        (SQLite's UNIQUE does not cover top-level rubrics, whose parent is NULL). A path
        deeper or with longer names than the rubric rules allow is refused whole.
        """
        parts = [" ".join(p.split()) for p in names if p.strip()]
        if not parts:
            return None
        problem = rubric_depth_problem(len(parts)) or next(
            (p for p in map(rubric_name_problem, parts) if p), None)
        if problem:
            raise EditorBeritaError(problem)
        for writing in (False, True):  # a plain read first: most paths exist already
            with self._sessions.begin() as session:
                if writing:
                    _lock_for_write(session)
                parent: CategoryRecord | None = None
                for part in parts:
                    parent_id = parent.id if parent else None
                    record = session.scalars(select(CategoryRecord).where(
                        or_(CategoryRecord.name == part,  # SQLite's lower() is ASCII only
                            func.lower(CategoryRecord.name) == part.lower()),
                        CategoryRecord.parent_id.is_(None) if parent_id is None
                        else CategoryRecord.parent_id == parent_id)
                        .order_by(CategoryRecord.id)).first()
                    if record is None and not writing:
                        break
                    parent = record or self._add_category(session, part, parent_id)
                else:
                    return self._category(parent) if parent else None
        raise AssertionError("unreachable: the writing pass always completes")

    def find_category(self, name: str, parent_id: int | None = None,
                      *, any_parent: bool = False) -> Category | None:
        """Return the rubric with this name (case-insensitive), or None."""
        with self._sessions.begin() as session:
            query = select(CategoryRecord).where(func.lower(CategoryRecord.name) == name.lower())
            if not any_parent:
                query = query.where(CategoryRecord.parent_id.is_(None) if parent_id is None
                                    else CategoryRecord.parent_id == parent_id)
            record = session.scalars(query.order_by(CategoryRecord.id)).first()
            return self._category(record) if record else None

    def rename_category(self, category_id: int, name: str) -> Category:
        """Rename a rubric (its slug follows)."""
        name = " ".join(name.split())
        with self._sessions.begin() as session:
            record = self._category_record(session, category_id)
            self._check_category_name(session, name, record.parent_id, category_id)
            record.name = name
            record.slug = slugify(name)
            return self._category(record)

    def move_category(self, category_id: int, parent_id: int | None,
                      position: int | None = None) -> Category:
        """Move a rubric under another parent (never under itself or its own children)."""
        with self._sessions.begin() as session:
            record = self._category_record(session, category_id)
            if parent_id is not None:
                if parent_id in self._descendant_ids(session, category_id):
                    raise EditorBeritaError("Rubrik tidak bisa dipindah ke dalam dirinya sendiri.")
                self._category_record(session, parent_id)
            problem = rubric_depth_problem(self._depth(session, parent_id)
                                           + self._height(session, category_id))
            if problem:
                raise EditorBeritaError(problem)
            self._check_category_name(session, record.name, parent_id, category_id)
            record.parent_id = parent_id
            if position is not None:
                record.position = position
            return self._category(record)

    def delete_category(self, category_id: int) -> None:
        """Delete a rubric; its articles and sub-rubrics move to its parent, never lost.

        Articles in the Trash go to Uncategorised instead: their rubric is gone, and a restore
        should not drop them into a parent rubric nobody chose for them.
        """
        with self._sessions.begin() as session:
            record = self._category_record(session, category_id)
            parent_id = record.parent_id
            session.execute(update(ArticleRecord)
                            .where(ArticleRecord.category_id == category_id,
                                   ArticleRecord.deleted_at.is_(None))
                            .values(category_id=parent_id)
                            .execution_options(synchronize_session=False))
            session.execute(update(ArticleRecord)
                            .where(ArticleRecord.category_id == category_id,
                                   ArticleRecord.deleted_at.is_not(None))
                            .values(category_id=None)
                            .execution_options(synchronize_session=False))
            for child in session.scalars(select(CategoryRecord)
                                         .where(CategoryRecord.parent_id == category_id)):
                clash = self._name_taken(session, child.name, parent_id, child.id)
                if clash:
                    child.name = f"{child.name} ({record.name})"
                child.parent_id = parent_id
            session.flush()
            session.delete(record)

    def category_counts(self) -> dict[int | None, int]:
        """Return live (not trashed) article counts per rubric id; None is Uncategorised."""
        with self._sessions.begin() as session:
            rows = session.execute(select(ArticleRecord.category_id, func.count())
                                   .where(ArticleRecord.deleted_at.is_(None))
                                   .group_by(ArticleRecord.category_id)).all()
            return {category_id: count for category_id, count in rows}

    def status_counts(self) -> dict[Status, int]:
        """Return live article counts per status."""
        with self._sessions.begin() as session:
            rows = session.execute(select(ArticleRecord.status, func.count())
                                   .where(ArticleRecord.deleted_at.is_(None))
                                   .group_by(ArticleRecord.status)).all()
            return {Status(status): count for status, count in rows}

    def descendant_ids(self, category_id: int) -> set[int]:
        """Return the ids of a rubric and all its sub-rubrics."""
        with self._sessions.begin() as session:
            return self._descendant_ids(session, category_id)

    # ---------------------------------------------------------------- articles

    def create_article(self, article: Article | None = None, **fields: object) -> Article:
        """Insert a new article and return it with its id, slug, times and version."""
        article = (article or Article()).copy(**fields) if fields else (article or Article())
        now = utcnow()
        with self._sessions.begin() as session:
            _lock_for_write(session)  # the free slug it picks is still free when it inserts
            record = ArticleRecord(created_at=to_db_time(now), updated_at=to_db_time(now))
            self._apply(session, record, article, new=True)
            if record.published_at is None:
                record.published_at = to_db_time(now)
            session.add(record)
            session.flush()
            return self._article(record)

    def bulk_create_articles(self, articles: Iterable[Article], batch: int = 2000) -> int:
        """Insert many untagged articles fast (imports, benchmarks); one transaction per batch.

        Slugs are made unique against the database and within the load. Returns the count.
        """
        now = to_db_time(utcnow())
        with self._sessions.begin() as session:
            taken = set(session.scalars(select(ArticleRecord.slug)))
        total = 0
        rows: list[dict[str, object]] = []

        def flush() -> None:
            with self._sessions.begin() as session:
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

    @_checked_rows
    def get_article(self, article_id: int) -> Article:
        """Return the article (trashed ones too) or raise NotFoundError."""
        with self._sessions.begin() as session:
            return self._article(self._article_record(session, article_id))

    @_checked_rows
    def get_articles(self, article_ids: Sequence[int]) -> dict[int, Article]:
        """Return the articles that exist among ``article_ids``, loaded in a few queries."""
        found: dict[int, Article] = {}
        ids = list(dict.fromkeys(article_ids))
        for start in range(0, len(ids), 500):
            with self._sessions.begin() as session:
                records = session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(ids[start:start + 500])))
                found.update((r.id, self._article(r)) for r in records)
        return found

    @_checked_rows
    def find_article_by_slug(self, slug: str) -> Article | None:
        """Return the article with this slug, or None."""
        with self._sessions.begin() as session:
            record = session.scalars(
                select(ArticleRecord).where(ArticleRecord.slug == slug)).first()
            return self._article(record) if record else None

    def find_same_article(self, slug: str, headline: str, body: str) -> Article | None:
        """Return the live article of slug ``slug`` (or ``slug``-N) with exactly this headline
        and body, or None: how a re-imported file finds the article it already made."""
        base = slugify(slug)
        with self._sessions.begin() as session:
            record = session.scalars(select(ArticleRecord).where(
                ArticleRecord.deleted_at.is_(None),
                or_(ArticleRecord.slug == base,  # a range on the unique index, not a LIKE scan
                    and_(ArticleRecord.slug > base + "-", ArticleRecord.slug < base + ".")),
                ArticleRecord.headline == headline, ArticleRecord.body == body)
                .order_by(ArticleRecord.id)).first()
            return self._article(record) if record else None

    def save_article(self, article: Article, *, revision_reason: str | None = None,
                     manual: bool = False) -> Article:
        """Save an edited article; fail with ConflictError if someone saved it in between.

        ``article.version`` must be the version that was loaded. With ``revision_reason``
        a snapshot of the saved state is recorded as well, in the same transaction.
        """
        if article.id is None:
            raise ValueError("save_article needs an article with an id")
        try:
            with self._sessions.begin() as session:
                record = self._article_record(session, article.id)
                if record.version != article.version:
                    raise ConflictError(
                        "Artikel ini sudah diubah di jendela atau komputer lain.",
                        mine=article, theirs=self._article(record))
                self._apply(session, record, article, new=False)
                record.updated_at = to_db_time(utcnow())
                session.flush()
                saved = self._article(record)
                if revision_reason:
                    revisions.add(session, saved, revision_reason, manual)
                return saved
        except StaleDataError as exc:
            raise ConflictError("Artikel ini sudah diubah di jendela atau komputer lain.",
                                mine=article, theirs=self._try_get(article.id)) from exc

    def _try_get(self, article_id: int) -> Article | None:
        try:
            return self.get_article(article_id)
        except NotFoundError:
            return None

    def move_articles(self, article_ids: Sequence[int], category_id: int | None) -> None:
        """Move articles to a rubric (None: Uncategorised), bumping their versions."""
        with self._sessions.begin() as session:
            if category_id is not None:
                self._category_record(session, category_id)
            for record in session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(list(article_ids)))):
                record.category_id = category_id
                record.updated_at = to_db_time(utcnow())

    def trash_articles(self, article_ids: Sequence[int]) -> None:
        """Move articles to the Trash; they keep their rubric for a later restore."""
        with self._sessions.begin() as session:
            for record in session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(list(article_ids)))):
                record.deleted_at = to_db_time(utcnow())

    def restore_articles(self, article_ids: Sequence[int]) -> None:
        """Bring articles back from the Trash into their rubric (if it still exists)."""
        with self._sessions.begin() as session:
            for record in session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(list(article_ids)))):
                record.deleted_at = None

    def empty_trash(self) -> int:
        """Delete trashed articles for good; the only way an article is really deleted."""
        with self._sessions.begin() as session:
            ids = session.scalars(select(ArticleRecord.id)
                                  .where(ArticleRecord.deleted_at.is_not(None))).all()
            for record in session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(ids))):
                session.delete(record)
            return len(ids)

    @_checked_rows
    def list_articles(self, flt: ArticleFilter | None = None, *, limit: int | None = None,
                      offset: int = 0, sort: str = "published", descending: bool = True,
                      after: ArticleSummary | None = None) -> list[ArticleSummary]:
        """Return article summaries for a view, newest first unless told otherwise.

        Searches come ranked (headline hits first). ``after`` continues a listing after that
        row (keyset paging: page 500 of 100,000 costs what page 1 costs); it applies to the
        sorted listings, ``offset`` to both.
        """
        flt = flt or ArticleFilter()
        match = sq.fts_query(flt.search) if flt.search else None
        if flt.search and match is None:
            return []
        with self._sessions.begin() as session:
            columns = (ArticleRecord.id, ArticleRecord.headline, ArticleRecord.status,
                       ArticleRecord.category_id, ArticleRecord.published_at,
                       ArticleRecord.updated_at, ArticleRecord.zone)
            if match:
                cutoff = session.scalar(text(sq.FTS_WINDOW_CUTOFF),
                                        {"match": match, "window": sq.RANK_WINDOW}) or 0
                ranked = text(sq.FTS_RANKED).columns(ArticleRecord.id).subquery("hits")
                query = (select(*columns).join(ranked, ranked.c.id == ArticleRecord.id)
                         .params(match=match, cutoff=cutoff))
                order: list[OrderByRole] = [text("hits.rank")]
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
            query = self._filtered(session, query, flt).order_by(*order).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            return [ArticleSummary(id=r[0], headline=r[1], status=_STATUSES[r[2]],
                                   category_id=r[3], published_at=from_db_time(r[4]),
                                   updated_at=from_db_time(r[5]) or utcnow(),
                                   zone=_ZONES[r[6]])
                    for r in session.execute(query)]

    def count_articles(self, flt: ArticleFilter | None = None) -> int:
        """Return how many articles a view holds."""
        flt = flt or ArticleFilter()
        match = sq.fts_query(flt.search) if flt.search else None
        if flt.search and match is None:
            return 0
        with self._sessions.begin() as session:
            query = select(func.count()).select_from(ArticleRecord)
            if match:
                query = query.where(ArticleRecord.id.in_(
                    text(sq.FTS_MATCH_IDS).bindparams(match=match)))
            return int(session.scalar(self._filtered(session, query, flt)) or 0)

    def search(self, query: str, limit: int = 50) -> list[ArticleSummary]:
        """Return the best-ranked live articles for what the editor typed."""
        return self.list_articles(ArticleFilter(search=query), limit=limit)

    def iter_articles(self, flt: ArticleFilter | None = None,
                      batch: int = 200) -> Iterable[Article]:
        """Yield full articles of a view in batches (for export), oldest id first."""
        ids = [s.id for s in self.list_articles(flt, sort="published", descending=False)]
        for start in range(0, len(ids), batch):
            chunk = ids[start:start + batch]
            with _valid_rows(self.db_path), self._sessions.begin() as session:
                records = session.scalars(select(ArticleRecord)
                                          .where(ArticleRecord.id.in_(chunk))).all()
                by_id = {r.id: self._article(r) for r in records}
            yield from (by_id[i] for i in chunk if i in by_id)

    def all_tags(self) -> list[str]:
        """Return every tag name used in the database, for completion."""
        with self._sessions.begin() as session:
            return list(session.scalars(select(TagRecord.name).order_by(TagRecord.name)))

    # --------------------------------------------------------------- revisions

    def add_revision(self, article_id: int, reason: str, *, manual: bool = False,
                     snapshot: Article | None = None) -> Revision:
        """Record a snapshot of the article as it is stored now (or of ``snapshot``).

        ``snapshot`` keeps a text that is not stored, e.g. the losing side of a conflict.
        """
        with self._sessions.begin() as session:
            article = self._article(self._article_record(session, article_id))
            if snapshot is not None:
                article = snapshot.copy(id=article.id)
            return revisions.add(session, article, reason, manual)

    def latest_revision_time(self, article_id: int) -> datetime | None:
        """Return when the article's newest revision was taken, or None."""
        return revisions.latest_time(self._sessions, article_id)

    def get_revision(self, revision_id: int) -> Revision:
        """Return one revision or raise NotFoundError."""
        return revisions.get(self._sessions, revision_id)

    def automatic_revision_times(self, before: datetime) -> list[tuple[int, int, datetime]]:
        """Return (id, article id, time) of automatic revisions taken before ``before``."""
        return revisions.automatic_times(self._sessions, before)

    def delete_revisions(self, revision_ids: Sequence[int]) -> int:
        """Delete automatic revisions (thinning); manual ones are never deleted."""
        return revisions.delete_automatic(self._sessions, revision_ids)

    def list_revisions(self, article_id: int) -> list[Revision]:
        """Return an article's revisions, newest first."""
        return revisions.of_article(self._sessions, article_id)

    # ------------------------------------------------------------------ assets

    def add_asset(self, data: bytes, mime: str, *, width: int = 0, height: int = 0,
                  caption: str = "", credit: str = "", alt_text: str = "") -> Asset:
        """Store image bytes once per content hash and return the asset."""
        return assets.add(self._sessions, data, mime, width=width, height=height,
                          caption=caption, credit=credit, alt_text=alt_text)

    def get_asset(self, asset_id: int) -> Asset:
        """Return an asset's description (not its bytes)."""
        return assets.get(self._sessions, asset_id)

    def asset_data(self, asset_id: int) -> bytes:
        """Return an asset's bytes."""
        return assets.data(self._sessions, asset_id)

    def update_asset(self, asset_id: int, *, caption: str | None = None,
                     credit: str | None = None, alt_text: str | None = None) -> Asset:
        """Change an asset's caption, credit or alt text."""
        return assets.update(self._sessions, asset_id, caption=caption, credit=credit,
                             alt_text=alt_text)

    def find_assets(self, keys: Iterable[str]) -> dict[str, Asset]:
        """Return the assets whose SHA-256 starts with each key (hex), by key; unknown keys miss."""
        return assets.find(self._sessions, keys)

    def list_assets(self) -> list[Asset]:
        """Return every stored picture, newest first."""
        return assets.all_assets(self._sessions)

    def articles_with_pictures(self) -> list[tuple[int, str, str, int | None]]:
        """Return (id, headline, body, featured asset id) of live articles that may show one."""
        with self._sessions.begin() as session:
            rows = session.execute(
                select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.body,
                       ArticleRecord.featured_asset_id)
                .where(ArticleRecord.deleted_at.is_(None))
                .where(or_(ArticleRecord.featured_asset_id.is_not(None),
                           ArticleRecord.body.like("%asset:%")))
                .order_by(ArticleRecord.published_at.desc())).all()
            return [(r[0], r[1], r[2], r[3]) for r in rows]

    # ----------------------------------------------------------------- exports

    def record_export(self, article_id: int, fmt: str, path: str, content_hash: str,
                      *, revision_reason: str | None = None) -> None:
        """Remember an export (and, with ``revision_reason``, its state as a revision)."""
        exports.record(self._sessions, article_id, fmt, path, content_hash,
                       revision_reason=revision_reason)

    def record_exports(self, records: Sequence[tuple[int, str, str, str]]) -> None:
        """Record many exports (article id, format, path, hash) in one transaction."""
        exports.record_many(self._sessions, records)

    def last_exports(self, article_id: int) -> list[ExportInfo]:
        """Return an article's exports, newest first."""
        return exports.of_article(self._sessions, article_id)

    # -------------------------------------------------------------- desk words

    def desk_words(self) -> list[str]:
        """Return the desk's own spelling word list, sorted (``store.deskwords``)."""
        return deskwords.all_words(self._sessions)

    def add_desk_word(self, word: str) -> bool:
        """Add a word to the desk word list for everyone on this database; False if present."""
        return bool(self.add_desk_words([word]))

    def add_desk_words(self, words: Iterable[str]) -> list[str]:
        """Add words to the desk word list in one transaction; return those that were new."""
        return deskwords.add_words(self._sessions, words)

    def remove_desk_word(self, word: str) -> bool:
        """Remove a word from the desk word list; False if it was not there."""
        return bool(self.remove_desk_words([word]))

    def remove_desk_words(self, words: Iterable[str]) -> list[str]:
        """Remove words from the desk word list in one transaction; return those removed."""
        return deskwords.remove_words(self._sessions, words)

    # ------------------------------------------- the newsroom's record (0004)

    def add_correction(self, article_id: int, text: str, author: str = "", *,
                       zone: Zone | None = None, when: datetime | None = None) -> Correction:
        """Record a correction (*ralat*) of an article (``store.newsroom``)."""
        if zone is None:
            zone = self.get_article(article_id).zone
        return record_repo.add_correction(self._sessions, article_id, text, author, zone, when)

    def corrections(self, article_id: int) -> list[Correction]:
        """Return an article's corrections, oldest first."""
        return record_repo.corrections_of(self._sessions, [article_id])[article_id]

    def exported_body(self, article_id: int) -> str | None:
        """Return the body as of the article's newest export, or None."""
        return record_repo.exported_body(self._sessions, article_id)

    def replies_to(self, article_id: int) -> list[int]:
        """Return the ids of the rights of reply that answer an article."""
        return record_repo.replies_to(self._sessions, article_id)

    def related_candidates(self, article: Article, limit: int) -> list[int]:
        """Return live stories of the same rubric or tags as ``article``, newest first."""
        return record_repo.related_candidates(self._sessions, article.id, article.category_id,
                                              article.tags, limit)

    def article_record(self, article: Article,
                       related: int) -> tuple[list[Correction], list[int], list[int]]:
        """Return corrections, replies and related candidates of an article in one go."""
        return record_repo.record_of(self._sessions, article.id or 0, article.category_id,
                                     article.tags, related)

    def record_index(self) -> tuple[set[int], dict[int, list[int]]]:
        """Return the ids of corrected articles and the replies of each answered one."""
        return record_repo.record_index(self._sessions)

    def desk_profile(self) -> dict[str, str]:
        """Return the desk profile: publisher name, site address, logo address."""
        return record_repo.profile(self._sessions)

    def set_desk_profile(self, **values: str) -> None:
        """Set keys of the desk profile (name, url, logo)."""
        record_repo.set_profile(self._sessions, values)

    # ------------------------------------------------------------ maintenance

    def integrity_problems(self) -> list[str]:
        """Return SQLite's integrity-check findings (empty when the file is sound)."""
        return sq.integrity_problems(self.db_path)

    def backup_to(self, dest: Path) -> Path:
        """Copy the live database to ``dest`` with the online backup API."""
        sq.backup_database(self.db_path, dest)
        return dest

    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index from the articles (after a bulk load)."""
        with self.engine.begin() as connection:
            connection.execute(text(sq.FTS_REBUILD))

    # ----------------------------------------------------------------- helpers

    def _filtered(self, session: Session, query, flt: ArticleFilter):  # type: ignore[no-untyped-def]  # a Select of any columns
        if flt.trashed:
            query = query.where(ArticleRecord.deleted_at.is_not(None))
        else:
            query = query.where(ArticleRecord.deleted_at.is_(None))
        if flt.uncategorised:
            query = query.where(ArticleRecord.category_id.is_(None))
        elif flt.category_id is not None:
            if flt.include_subcategories:
                ids = self._descendant_ids(session, flt.category_id)
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

    def _descendant_ids(self, session: Session, category_id: int) -> set[int]:
        pairs = session.execute(select(CategoryRecord.id, CategoryRecord.parent_id)).all()
        children: dict[int | None, list[int]] = {}
        for cid, parent in pairs:
            children.setdefault(parent, []).append(cid)
        found = {category_id}
        stack = [category_id]
        while stack:
            for child in children.get(stack.pop(), []):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def _depth(self, session: Session, category_id: int | None) -> int:
        """Return how many levels deep a rubric is (top level 1; None 0), cycles cut."""
        parents = dict(session.execute(select(CategoryRecord.id, CategoryRecord.parent_id)).all())
        depth, seen = 0, set()
        while category_id is not None and category_id in parents and category_id not in seen:
            seen.add(category_id)
            depth += 1
            category_id = parents[category_id]
        return depth

    def _height(self, session: Session, category_id: int) -> int:
        """Return how many levels a rubric and its sub-rubrics span (a leaf: 1)."""
        pairs = session.execute(select(CategoryRecord.id, CategoryRecord.parent_id)).all()
        children: dict[int | None, list[int]] = {}
        for cid, parent in pairs:
            children.setdefault(parent, []).append(cid)
        height, level, seen = 0, [category_id], {category_id}
        while level:
            height += 1
            level = [c for cid in level for c in children.get(cid, []) if c not in seen]
            seen.update(level)
        return height

    def _name_taken(self, session: Session, name: str, parent_id: int | None,
                    exclude_id: int | None) -> bool:
        query = select(CategoryRecord.id).where(func.lower(CategoryRecord.name) == name.lower())
        query = query.where(CategoryRecord.parent_id.is_(None) if parent_id is None
                            else CategoryRecord.parent_id == parent_id)
        if exclude_id is not None:
            query = query.where(CategoryRecord.id != exclude_id)
        return session.scalar(query) is not None

    def _check_category_name(self, session: Session, name: str, parent_id: int | None,
                             exclude_id: int | None) -> None:
        problem = rubric_name_problem(name)
        if problem:
            raise EditorBeritaError(problem)
        if self._name_taken(session, name, parent_id, exclude_id):
            raise DuplicateError(f"Rubrik “{name}” sudah ada di tempat itu.")

    def _category_record(self, session: Session, category_id: int) -> CategoryRecord:
        return record_or_raise(session, CategoryRecord, category_id)

    def _article_record(self, session: Session, article_id: int) -> ArticleRecord:
        return record_or_raise(session, ArticleRecord, article_id)

    def _unique_slug(self, session: Session, wanted: str, article_id: int | None) -> str:
        base = slugify(wanted)
        taken = set(session.scalars(select(ArticleRecord.slug).where(
            or_(ArticleRecord.slug == base, ArticleRecord.slug.like(f"{base}-%")),
            and_(ArticleRecord.id != article_id) if article_id is not None else text("1"))))
        if base not in taken:
            return base
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def _apply(self, session: Session, record: ArticleRecord, article: Article,
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
            record.slug = self._unique_slug(session, wanted, record.id)
        tags = _clean_tags(article.tags)
        current = sorted((t.name for t in record.tags), key=str.casefold) if not new else []
        if tags != current:
            records = []
            for name in tags:
                tag = self._tag(session, name)
                if tag is None:  # INSERT OR IGNORE: another process may be adding it too
                    session.execute(sqlite_insert(TagRecord).values(name=name)
                                    .on_conflict_do_nothing(index_elements=["name"]))
                    tag = session.scalars(select(TagRecord).where(TagRecord.name == name)).one()
                records.append(tag)
            record.tags = records
        record.tags_text = " ".join(tags)

    @staticmethod
    def _tag(session: Session, name: str) -> TagRecord | None:
        return session.scalars(select(TagRecord).where(
            func.lower(TagRecord.name) == name.lower()).order_by(TagRecord.id)).first()

    @staticmethod
    def _category(record: CategoryRecord) -> Category:
        return Category(id=record.id, name=record.name, slug=record.slug,
                        parent_id=record.parent_id, position=record.position)

    @staticmethod
    def _article(record: ArticleRecord) -> Article:
        return article_from_row(record, (t.name for t in record.tags))



# Enum(value) costs ~10 µs a call; listings build two per row, so look them up in a dict.
_STATUSES = {status.value: status for status in Status}
_ZONES = {zone.value: zone for zone in Zone}


def _sort_value(row: ArticleSummary, sort: str) -> object:
    value = {"published": row.published_at, "updated": row.updated_at, "headline": row.headline,
             "status": row.status.value}.get(sort, row.published_at)
    return to_db_time(value) if isinstance(value, datetime) else value
