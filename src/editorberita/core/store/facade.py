"""The article store: ``ArticleStore``, the one object callers hold for an open database.

One store method is one transaction; records never leave the package: callers get domain
objects. The store hands over to one repository module per kind of data (``articles``,
``rubrics``, ``revisions``, ``assets``, ``exports``, ``deskwords``, ``leases``); what only one
engine can say comes from its ``Dialect`` (``dialect_sqlite``, ``dialect_postgresql``).
``opening`` opens and migrates a desk file, ``server`` a desk on a PostgreSQL server.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.corrections import Correction
from editorberita.core.domain import (
    Article,
    ArticleFilter,
    ArticleSummary,
    Asset,
    Category,
    ExportInfo,
    Lease,
    ReadOnlyDatabaseError,
    Revision,
    Status,
    Zone,
)
from editorberita.core.paths import login_name  # the desk name of a new editor
from editorberita.core.records import ArticleRecord
from editorberita.core.store import (
    articles,
    assets,
    deskwords,
    exports,
    leases,
    revisions,
    rubrics,
)
from editorberita.core.store import newsroom as record_repo  # corrections, desk profile
from editorberita.core.store.dialect import Dialect
from editorberita.core.store.dialect_sqlite import SQLITE

# The typed errors of the database live in core.domain (DatabaseError and its subclasses);
# callers that open a store import them from here too.
ReadOnlyError = ReadOnlyDatabaseError  # a write attempted on a store opened read-only


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


def _checked_rows(method: Callable[..., Any]) -> Callable[..., Any]:
    """Decorate a store read with ``articles.valid_rows``."""
    @functools.wraps(method)
    def wrapper(self: ArticleStore, *args: object, **kwargs: object) -> object:
        with articles.valid_rows(self.location):
            return method(self, *args, **kwargs)
    return wrapper


class ArticleStore:
    """Articles, rubrics, tags, revisions, assets and export records of one database.

    ``db_path`` is the desk file; a server desk has a local stand-in path (where its backups
    and notes live) and ``url`` (no password). ``location`` names the desk in messages;
    ``editor`` is the desk name recorded on saves, revisions and leases.
    """

    def __init__(self, engine: Engine, db_path: Path, *, read_only: bool = False,
                 dialect: Dialect = SQLITE, url: str | None = None,
                 snapshot: Callable[[ArticleStore, Path], object] | None = None) -> None:
        self.engine = engine
        self.db_path = db_path
        self.read_only = read_only
        self.dialect = dialect
        self.url = url
        self.snapshot = snapshot  # a server desk's backup: a portable SQLite snapshot
        self.location = url or str(db_path)
        self.editor = login_name()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if read_only:
            _refuse_writes(self._sessions)

    @property
    def on_server(self) -> bool:
        """Whether this is a shared desk on a database server (not a desk file)."""
        return self.url is not None

    def close(self) -> None:
        """Release every connection (and so the file) held by the store."""
        self.engine.dispose()

    # ----------------------------------------------------------------- rubrics

    def list_categories(self) -> list[Category]:
        """Return every rubric, parents before children, in display order."""
        return rubrics.all_categories(self._sessions)

    def get_category(self, category_id: int) -> Category:
        """Return one rubric or raise NotFoundError."""
        return rubrics.get(self._sessions, category_id)

    def create_category(self, name: str, parent_id: int | None = None) -> Category:
        """Create a rubric; names are unique within their parent, depth and length bounded."""
        return rubrics.create(self._sessions, self.dialect, name, parent_id)

    def find_or_create_category_path(self, path: str) -> Category | None:
        """Return the rubric named by "Parent/Child", creating what is missing."""
        return self.find_or_create_category_names(path.split("/"))

    def find_or_create_category_names(self, names: Sequence[str]) -> Category | None:
        """Return the rubric path ``names`` (top first), creating what is missing."""
        return rubrics.find_or_create_names(self._sessions, self.dialect, names)

    def find_category(self, name: str, parent_id: int | None = None,
                      *, any_parent: bool = False) -> Category | None:
        """Return the rubric with this name (case-insensitive), or None."""
        return rubrics.find(self._sessions, name, parent_id, any_parent)

    def rename_category(self, category_id: int, name: str) -> Category:
        """Rename a rubric (its slug follows)."""
        return rubrics.rename(self._sessions, self.dialect, category_id, name)

    def move_category(self, category_id: int, parent_id: int | None,
                      position: int | None = None) -> Category:
        """Move a rubric under another parent (never under itself or its own children)."""
        return rubrics.move(self._sessions, self.dialect, category_id, parent_id, position)

    def delete_category(self, category_id: int) -> None:
        """Delete a rubric; its articles and sub-rubrics move to its parent, never lost."""
        rubrics.delete(self._sessions, self.dialect, category_id)

    def category_counts(self) -> dict[int | None, int]:
        """Return live (not trashed) article counts per rubric id; None is Uncategorised."""
        return {cid: n for cid, n in articles.counts_by(  # type: ignore[misc]  # the counts' keys are ids or None
            self._sessions, ArticleRecord.category_id)}

    def status_counts(self) -> dict[Status, int]:
        """Return live article counts per status."""
        return {Status(str(status)): n
                for status, n in articles.counts_by(self._sessions, ArticleRecord.status)}

    def descendant_ids(self, category_id: int) -> set[int]:
        """Return the ids of a rubric and all its sub-rubrics."""
        return rubrics.descendant_ids(self._sessions, category_id)

    # ---------------------------------------------------------------- articles

    def create_article(self, article: Article | None = None, **fields: object) -> Article:
        """Insert a new article and return it with its id, slug, times and version."""
        article = (article or Article()).copy(**fields) if fields else (article or Article())
        return articles.create(self._sessions, self.dialect, article, self.editor)

    def bulk_create_articles(self, items: Iterable[Article], batch: int = 2000) -> int:
        """Insert many untagged articles fast (imports, benchmarks); return the count."""
        return articles.bulk_create(self._sessions, items, batch)

    @_checked_rows
    def get_article(self, article_id: int) -> Article:
        """Return the article (trashed ones too) or raise NotFoundError."""
        return articles.get(self._sessions, article_id)

    @_checked_rows
    def get_articles(self, article_ids: Sequence[int]) -> dict[int, Article]:
        """Return the articles that exist among ``article_ids``, loaded in a few queries."""
        return articles.get_many(self._sessions, article_ids)

    @_checked_rows
    def find_article_by_slug(self, slug: str) -> Article | None:
        """Return the article with this slug, or None."""
        return articles.find_by_slug(self._sessions, slug)

    def find_same_article(self, slug: str, headline: str, body: str) -> Article | None:
        """Return the live article of slug ``slug`` (or ``slug``-N) with exactly this
        headline and body, or None: how a re-imported file finds the article it made."""
        return articles.find_same(self._sessions, slug, headline, body)

    def save_article(self, article: Article, *, revision_reason: str | None = None,
                     manual: bool = False) -> Article:
        """Save an edited article; fail with ConflictError if someone saved it in between.

        ``article.version`` must be the version that was loaded. With ``revision_reason``
        a snapshot of the saved state is recorded as well, in the same transaction.
        """
        return articles.save(self._sessions, self.dialect, article,
                             revision_reason=revision_reason, manual=manual, editor=self.editor)

    def move_articles(self, article_ids: Sequence[int], category_id: int | None) -> None:
        """Move articles to a rubric (None: Uncategorised), bumping their versions."""
        articles.move(self._sessions, self.dialect, article_ids, category_id)

    def trash_articles(self, article_ids: Sequence[int]) -> None:
        """Move articles to the Trash; they keep their rubric for a later restore."""
        articles.set_trashed(self._sessions, self.dialect, article_ids, True)

    def restore_articles(self, article_ids: Sequence[int]) -> None:
        """Bring articles back from the Trash into their rubric (if it still exists)."""
        articles.set_trashed(self._sessions, self.dialect, article_ids, False)

    def empty_trash(self) -> int:
        """Delete trashed articles for good; the only way an article is really deleted."""
        return articles.empty_trash(self._sessions, self.dialect)

    @_checked_rows
    def list_articles(self, flt: ArticleFilter | None = None, *, limit: int | None = None,
                      offset: int = 0, sort: str = "published", descending: bool = True,
                      after: ArticleSummary | None = None) -> list[ArticleSummary]:
        """Return article summaries for a view, newest first unless told otherwise.

        Searches come ranked (headline hits first). ``after`` continues a listing after that
        row (keyset paging: page 500 of 100,000 costs what page 1 costs); it applies to the
        sorted listings, ``offset`` to both.
        """
        return articles.summaries(self._sessions, self.dialect, flt or ArticleFilter(),
                                  limit=limit, offset=offset, sort=sort, descending=descending,
                                  after=after)

    def count_articles(self, flt: ArticleFilter | None = None,
                       at_most: int | None = None) -> int:
        """Return how many articles a view holds; with ``at_most``, at most ``at_most`` + 1,
        which means "more than ``at_most``" (a search's count stays cheap on a big desk)."""
        return articles.count(self._sessions, self.dialect, flt or ArticleFilter(), at_most)

    def search(self, query: str, limit: int = 50) -> list[ArticleSummary]:
        """Return the best-ranked live articles for what the editor typed."""
        return self.list_articles(ArticleFilter(search=query), limit=limit)

    def iter_articles(self, flt: ArticleFilter | None = None,
                      batch: int = 200) -> Iterable[Article]:
        """Yield full articles of a view in batches (for export), oldest id first."""
        ids = [s.id for s in self.list_articles(flt, sort="published", descending=False)]
        return articles.in_order(self._sessions, ids, self.location, batch)

    def all_tags(self) -> list[str]:
        """Return every tag name used in the database, for completion."""
        return articles.all_tags(self._sessions)

    # ------------------------------------------------------------------ leases

    def take_lease(self, article_id: int, machine: str, *, take_over: bool = False,
                   stale_after: timedelta = leases.STALE_AFTER) -> Lease:
        """Take the edit lease of an article for this editor on ``machine``.

        Held by someone else and fresh: LeaseHeldError (unless ``take_over``). Passing a lease
        keeps the article's stored text as a revision naming the editor who held it.
        """
        return leases.take(self._sessions, self.dialect, article_id, self.editor, machine,
                           take_over=take_over, stale_after=stale_after)

    def heartbeat_lease(self, article_id: int, machine: str) -> Lease:
        """Renew this editor's lease; LeaseHeldError when someone took it over meanwhile."""
        return leases.heartbeat(self._sessions, self.dialect, article_id, self.editor, machine)

    def release_lease(self, article_id: int, machine: str, editor: str | None = None) -> bool:
        """Give the lease back (closing the article); False if it was not ours any more.

        ``editor``: the name the lease was taken under, when the desk name changed since."""
        return leases.release(self._sessions, self.dialect, article_id,
                              self.editor if editor is None else editor, machine)

    def lease_of(self, article_id: int) -> Lease | None:
        """Return who holds the article's lease, or None."""
        return leases.of_article(self._sessions, article_id)

    # --------------------------------------------------------------- revisions

    def add_revision(self, article_id: int, reason: str, *, manual: bool = False,
                     snapshot: Article | None = None) -> Revision:
        """Record a snapshot of the article as it is stored now (or of ``snapshot``).

        ``snapshot`` keeps a text that is not stored, e.g. the losing side of a conflict.
        """
        return revisions.add_of(self._sessions, article_id, reason, manual, snapshot=snapshot,
                                editor=self.editor)

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
        return articles.with_pictures(self._sessions)

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

    def last_exports_of(self, article_ids: Sequence[int]) -> dict[int, list[ExportInfo]]:
        """Return the exports of each of ``article_ids``, newest first (one query)."""
        return exports.of_articles(self._sessions, article_ids)

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
        """Return the engine's integrity findings (empty when the desk is sound)."""
        return self.dialect.integrity_problems(self.engine, self.db_path)

    def backup_to(self, dest: Path) -> Path:
        """Copy the live desk to the SQLite file ``dest`` (a server desk: a portable snapshot)."""
        if self.snapshot is not None:
            self.snapshot(self, dest)
        else:
            from editorberita.core import sqlite as sq

            sq.backup_database(self.db_path, dest)
        return dest

    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index from the articles (after a bulk load)."""
        self.dialect.rebuild_search_index(self.engine)
