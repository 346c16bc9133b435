"""Finding one stored record by id, or saying in the user's words that it is not there."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from editorberita.core.domain import NotFoundError
from editorberita.core.messages import message
from editorberita.core.records import ArticleRecord, AssetRecord, CategoryRecord, RevisionRecord

# The code of core.messages saying that a record of this kind is gone.
_CODES: dict[type, str] = {ArticleRecord: "article.not_found", CategoryRecord: "rubric.not_found",
                           AssetRecord: "picture.not_found", RevisionRecord: "revision.not_found"}

R = TypeVar("R", ArticleRecord, AssetRecord, CategoryRecord, RevisionRecord)


def record_or_raise(session: Session, kind: type[R], record_id: int) -> R:
    """Return the record of ``kind`` with ``record_id``, or raise NotFoundError naming it."""
    record = session.get(kind, record_id)
    if record is None:
        raise not_found(kind, record_id)
    return record


def not_found(kind: type, record_id: int) -> NotFoundError:
    """Return the error that says, in the user's words, that this record is not there."""
    return NotFoundError(message(_CODES[kind], id=str(record_id)))
