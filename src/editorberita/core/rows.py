"""Stored rows to domain objects and back: the one mapping, shared by the store and the
start-up read.

``core.quickread`` reads the last article before SQLAlchemy is imported, so this module imports
no SQLAlchemy (nor ``core.store``, which does); a test checks that both reads agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import overload

from editorberita.core.domain import EDITABLE_FIELDS, Article, Kind, Status, Zone


@overload
def to_db_time(moment: datetime) -> datetime: ...
@overload
def to_db_time(moment: None) -> None: ...
@overload
def to_db_time(moment: datetime | None) -> datetime | None: ...
def to_db_time(moment: datetime | None) -> datetime | None:
    """Return a time as stored: naive UTC (a naive time is taken as already stored)."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def stored_time(moment: datetime) -> datetime:
    """Return a time as stored (``to_db_time`` for a time that is surely there)."""
    return moment if moment.tzinfo is None else moment.astimezone(UTC).replace(tzinfo=None)


def from_db_time(moment: datetime | None) -> datetime | None:
    """Return a stored (naive UTC) time as an aware one."""
    return None if moment is None else moment.replace(tzinfo=UTC)


def kind_from_value(value: str | None) -> Kind:
    """Return the article kind; an unknown one (from a newer version) reads as news."""
    try:
        return Kind(value or Kind.NEWS.value)
    except ValueError:
        return Kind.NEWS


def article_from_row(row: object, tags: Iterable[str]) -> Article:
    """Build an Article from a stored ``articles`` row (attribute access, naive UTC times).

    The one mapping from the table to the domain: the ORM's records and the start-up read in
    ``core.quickread.peek_article`` (which runs before SQLAlchemy is imported) both use it.
    """
    get = row.__getattribute__
    return Article(
        id=get("id"), headline=get("headline"), subheadline=get("subheadline"),
        slug=get("slug"), slug_locked=bool(get("slug_locked")),
        category_id=get("category_id"), status=Status(get("status")), body=get("body"),
        lead=get("lead"), byline=get("byline"), initials=get("initials"),
        dateline=get("dateline"), published_at=from_db_time(get("published_at")),
        zone=Zone(get("zone")), tags=sorted(tags, key=str.casefold),
        seo_title=get("seo_title"), seo_description=get("seo_description"),
        editor_note=get("editor_note"), featured_asset_id=get("featured_asset_id"),
        created_at=from_db_time(get("created_at")), updated_at=from_db_time(get("updated_at")),
        version=get("version"), deleted_at=from_db_time(get("deleted_at")),
        kind=kind_from_value(get("kind")), editor=get("editor") or "",
        editor_initials=get("editor_initials") or "", unverified=bool(get("unverified")),
        reply_to_id=get("reply_to_id"))



def article_snapshot(article: Article) -> dict[str, object]:
    """Return the JSON form of an article's editable fields, as a revision keeps them."""
    data: dict[str, object] = {}
    for name in EDITABLE_FIELDS:
        value = getattr(article, name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, Status | Zone | Kind):
            value = value.value
        data[name] = value
    data["version"] = article.version
    return data


def article_from_snapshot(data: dict[str, object], article_id: int) -> Article:
    """Return the article a revision's snapshot describes (unknown keys are ignored)."""
    fields = {k: v for k, v in data.items() if k in EDITABLE_FIELDS or k == "version"}
    if isinstance(fields.get("published_at"), str):
        fields["published_at"] = datetime.fromisoformat(str(fields["published_at"]))
    fields["status"] = Status(str(fields.get("status", "draft")))
    fields["zone"] = Zone(str(fields.get("zone", "WITA")))
    fields["kind"] = kind_from_value(str(fields.get("kind", Kind.NEWS.value)))
    return Article(id=article_id, **fields)  # type: ignore[arg-type]  # the snapshot's fields, checked by name above


