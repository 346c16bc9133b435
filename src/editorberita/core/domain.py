"""Domain objects and rules: articles, rubrics, assets, statuses, zones and domain errors.

Plain dataclasses that storage returns and the window edits. May import the standard library only.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone

from editorberita.core.messages import Message, message


class Status(enum.StrEnum):
    """Where an article stands in the desk's workflow."""

    DRAFT = "draft"
    REVIEW = "review"
    READY = "ready"
    PUBLISHED = "published"
    CORRECTED = "corrected"
    WITHDRAWN = "withdrawn"

    @property
    def label_id(self) -> str:
        """Return the Indonesian label used in exports and on the command line."""
        return _STATUS_ID[self]


_STATUS_ID = {
    Status.DRAFT: "Draf",
    Status.REVIEW: "Disunting",
    Status.READY: "Siap tayang",
    Status.PUBLISHED: "Tayang",
    Status.CORRECTED: "Ralat",
    Status.WITHDRAWN: "Ditarik",
}


class Zone(enum.StrEnum):
    """Indonesia's three time zones."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def tzinfo(self) -> timezone:
        """Return the fixed UTC offset of the zone (Indonesia keeps no daylight saving)."""
        hours = {"WIB": 7, "WITA": 8, "WIT": 9}[self.value]
        return timezone(timedelta(hours=hours), self.value)


DEFAULT_ZONE = Zone.WITA


class Kind(enum.StrEnum):
    """What sort of piece an article is; chosen with its template, kept for the exports."""

    NEWS = "news"
    PRESS_RELEASE = "press_release"
    AGENDA = "agenda"
    PHOTO = "photo"
    ADVERTORIAL = "advertorial"
    REPLY = "reply"  # right of reply (*hak jawab*): linked to the story it answers


class EditorBeritaError(Exception):
    """Base of every error the user can be shown as one plain sentence.

    Made from a ``core.messages.Message`` (the rule for new code), ``str()`` is its Indonesian
    sentence and ``message`` keeps the code and parameters for the window to word in its own
    language (``ui.messages.explain``). Made from a string (older code), ``message`` is None.
    """

    def __init__(self, text: str | Message = "", *args: object) -> None:
        self.message: Message | None = text if isinstance(text, Message) else None
        super().__init__(text.text() if isinstance(text, Message) else text, *args)


class NotFoundError(EditorBeritaError):
    """The article, rubric or asset does not exist (any more)."""


class ConflictError(EditorBeritaError):
    """Someone else saved the article after it was opened: the save would overwrite their work."""

    def __init__(self, message: str, *, mine: Article, theirs: Article | None) -> None:
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs


class DuplicateError(EditorBeritaError):
    """A name or slug that must be unique is taken."""


class DatabaseError(EditorBeritaError):
    """The database file cannot be used as asked; the subclasses say why, so that callers
    choose what to offer by type (try again, a backup, read-only), never by message text."""


class DamagedDatabaseError(DatabaseError):
    """The file is damaged or is not a database: never written to, a good backup is offered."""

    def __init__(self, message: str | Message, *,
                 problems: Sequence[Message | str] | None = None) -> None:
        super().__init__(message)
        #: What was found: core's messages, or SQLite's own report lines (technical, as is).
        self.problems: list[Message | str] = list(problems) if problems else [message]


class DatabaseLockedError(DatabaseError):
    """Another program holds SQLite's lock on the file: nothing is wrong, try again later."""


class SchemaTooNewError(DatabaseError):
    """The file was made by a newer EditorBerita; it is neither changed nor copied."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database cannot be written: a read-only store, disk, folder or file."""


class DiskFullError(DatabaseError):
    """The disk holding the database (or the backup) is full."""


class ForeignDatabaseError(DatabaseError):
    """An SQLite file of another program: EditorBerita adds nothing to it."""


class ServerUnreachableError(DatabaseError):
    """The desk server does not answer (wrong host or port, server stopped, network down)."""


class ServerLoginError(DatabaseError):
    """The desk server refused the user name or password."""


class MissingServerDatabaseError(DatabaseError):
    """The desk server answers, but has no database of that name."""


class NoRightsError(DatabaseError):
    """The user may log in to the desk server but not read or change the desk's tables."""


class LeaseHeldError(EditorBeritaError):
    """Another editor is editing the article (holds its lease); read-only until it passes."""

    def __init__(self, message: str, *, lease: Lease) -> None:
        super().__init__(message)
        self.lease = lease


@dataclass
class Category:
    """A rubric (*rubrik*): a section of the site such as "Seputar Kaltim"."""

    id: int
    name: str
    slug: str
    parent_id: int | None = None
    position: int = 0


def rubric_totals(categories: Sequence[Category],
                  own: Mapping[int | None, int]) -> dict[int, int]:
    """Return each rubric's article count with its sub-rubrics' (the sidebar's number).

    ``own`` holds the articles filed directly in each rubric. A rubric's total is what a
    click on it in the sidebar lists and what ``export --category`` writes, so the command
    line's ``categories`` shows the same number. Iterative: an old import may have left a
    tree 500 levels deep; a rubric in a parent cycle counts its own articles only.
    """
    ids = {c.id for c in categories}
    children: dict[int | None, list[int]] = {}
    for category in categories:
        parent = category.parent_id if category.parent_id in ids else None
        children.setdefault(parent, []).append(category.id)
    order: list[int] = []
    stack = list(children.get(None, ()))
    seen: set[int] = set()
    while stack:  # parents before children; summed in reverse, children first
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            order.append(current)
            stack.extend(children.get(current, ()))
    totals = {c.id: own.get(c.id, 0) for c in categories}
    for current in reversed(order):
        totals[current] = own.get(current, 0) + sum(totals[c] for c in children.get(current, ()))
    return totals


# Rubrics are a site's sections: a few levels ("Nusantara / Kalimantan / Samarinda") with
# names a menu can show. The store, the importer and the window's dialogs all apply these.
MAX_RUBRIC_DEPTH = 10
MAX_RUBRIC_NAME = 120


def rubric_name_problem(name: str) -> Message | None:
    """Return why a rubric name (already whitespace-normalised) is refused, or None."""
    if not name:
        return message("rubric.empty_name")
    if len(name) > MAX_RUBRIC_NAME:
        return message("rubric.name_too_long", length=len(name), limit=MAX_RUBRIC_NAME)
    return None


def rubric_depth_problem(depth: int) -> Message | None:
    """Return why a rubric ``depth`` levels deep (1: top level) is refused, or None."""
    if depth > MAX_RUBRIC_DEPTH:
        return message("rubric.too_deep", limit=MAX_RUBRIC_DEPTH, depth=depth)
    return None


@dataclass
class Article:
    """One news story with everything the desk edits about it."""

    id: int | None = None
    headline: str = ""
    subheadline: str = ""
    slug: str = ""
    slug_locked: bool = False
    category_id: int | None = None
    status: Status = Status.DRAFT
    body: str = ""
    # The summary (*ringkasan*): meta description, og:description, CMS excerpt, front matter
    # ``summary``; never printed in the body. The teras is the body's first paragraph. The
    # name (and column) stays "lead" from when this was a printed teras: same text, new role.
    lead: str = ""
    byline: str = ""
    initials: str = ""
    dateline: str = ""
    published_at: datetime | None = None  # aware, any zone; stored as UTC
    zone: Zone = DEFAULT_ZONE
    tags: list[str] = field(default_factory=list)
    seo_title: str = ""
    seo_description: str = ""
    editor_note: str = ""
    featured_asset_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    version: int = 0
    deleted_at: datetime | None = None
    kind: Kind = Kind.NEWS
    # The newsroom's record (core.newsroom): the editor credited beside the writer ("Penulis:
    # Rina Wati | Editor: Ahmad", initials "rw/ed"), the Dewan Pers notice of a story
    # published before full verification, and the story a right of reply answers.
    editor: str = ""
    editor_initials: str = ""
    unverified: bool = False
    reply_to_id: int | None = None

    @property
    def local_published_at(self) -> datetime | None:
        """Return the publish time in the article's own zone."""
        if self.published_at is None:
            return None
        return self.published_at.astimezone(self.zone.tzinfo)

    def copy(self, **changes: object) -> Article:
        """Return a copy with some fields changed (tags list copied too)."""
        new = dataclasses.replace(self, **changes)  # type: ignore[arg-type]  # changes are field names of Article
        if "tags" not in changes:
            new.tags = list(self.tags)
        return new


EDITABLE_FIELDS: tuple[str, ...] = (
    "headline", "subheadline", "slug", "slug_locked", "category_id", "status", "body", "lead",
    "byline", "initials", "dateline", "published_at", "zone", "tags", "seo_title",
    "seo_description", "editor_note", "featured_asset_id", "kind",
    "editor", "editor_initials", "unverified", "reply_to_id",
)


@dataclass(frozen=True)
class ArticleSummary:
    """The few fields an article list shows: cheap to load for 100,000 rows."""

    id: int
    headline: str
    status: Status
    category_id: int | None
    published_at: datetime | None
    updated_at: datetime
    zone: Zone = DEFAULT_ZONE


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a list shows (a sidebar view, a rubric, a search).

    Lives here, not in storage, so the window can build filters without loading SQLAlchemy.
    """

    category_id: int | None = None
    include_subcategories: bool = True
    uncategorised: bool = False
    status: Status | None = None
    trashed: bool = False
    changed_since_export: bool = False
    in_outbox: bool = False  # waiting in the outbox for a site to answer (core.send)
    search: str | None = None


@dataclass(frozen=True)
class Revision:
    """A snapshot of an article at one moment, with why it was taken."""

    id: int
    article_id: int
    created_at: datetime
    reason: str
    manual: bool
    snapshot: Article
    editor: str = ""  # the desk name of who saved it ("" before names were kept)


@dataclass(frozen=True)
class Lease:
    """Who is editing an article: its desk name, machine, since when, last heartbeat."""

    article_id: int
    editor: str
    machine: str
    since: datetime
    heartbeat: datetime

    def stale(self, now: datetime, after: timedelta) -> bool:
        """Return whether the holder stopped heartbeating longer than ``after`` ago."""
        return now - self.heartbeat > after


@dataclass(frozen=True)
class Asset:
    """An image stored in the database, deduplicated by content hash."""

    id: int
    sha256: str
    mime: str
    size: int
    width: int = 0
    height: int = 0
    caption: str = ""
    credit: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class ExportInfo:
    """One export of an article: when, where, and the hash of what was written."""

    article_id: int
    format: str
    path: str
    content_hash: str
    exported_at: datetime


def utcnow() -> datetime:
    """Return the current time, aware, in UTC."""
    return datetime.now(UTC)
