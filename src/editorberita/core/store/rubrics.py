"""Rubrics of one database: the tree, its names, depth rules, moves and deletes.

Each public function is one transaction on ``sessions``; the ``*_in`` helpers run inside a
caller's transaction (the article filters use ``descendant_ids_in``). Names are unique within
their parent, compared case-insensitively; the depth and name rules are ``core.domain``'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import (
    Category,
    DuplicateError,
    EditorBeritaError,
    rubric_depth_problem,
    rubric_name_problem,
)
from editorberita.core.messages import message
from editorberita.core.records import ArticleRecord, CategoryRecord
from editorberita.core.store.dialect import Dialect
from editorberita.core.store.lookup import record_or_raise
from editorberita.core.textid import slugify

Sessions = sessionmaker[Session]


def category_from_record(record: CategoryRecord) -> Category:
    """Return the domain form of a stored rubric."""
    return Category(id=record.id, name=record.name, slug=record.slug,
                    parent_id=record.parent_id, position=record.position)


def all_categories(sessions: Sessions) -> list[Category]:
    """Return every rubric, parents before children, in display order."""
    with sessions.begin() as session:
        records = session.scalars(select(CategoryRecord).order_by(
            CategoryRecord.position, CategoryRecord.name)).all()
        return [category_from_record(r) for r in records]


def get(sessions: Sessions, category_id: int) -> Category:
    """Return one rubric or raise NotFoundError."""
    with sessions.begin() as session:
        return category_from_record(record_or_raise(session, CategoryRecord, category_id))


def create(sessions: Sessions, dialect: Dialect, name: str, parent_id: int | None) -> Category:
    """Create a rubric; names are unique within their parent, depth and length bounded."""
    name = " ".join(name.split())
    with sessions.begin() as session:
        dialect.lock_for_write(session)
        _check_name(session, name, parent_id, None)
        problem = rubric_depth_problem(depth_in(session, parent_id) + 1)
        if problem:
            raise EditorBeritaError(problem)
        return category_from_record(_add(session, dialect, name, parent_id))


def _add(session: Session, dialect: Dialect, name: str, parent_id: int | None) -> CategoryRecord:
    position = session.scalar(select(func.coalesce(func.max(CategoryRecord.position), -1))
                              .where(_under(parent_id)))
    record = CategoryRecord(name=name, slug=slugify(name), parent_id=parent_id,
                            position=int(position or 0) + 1)
    session.add(record)
    session.flush()
    dialect.notify(session, "rubrics", [record.id])
    return record


def _under(parent_id: int | None):  # type: ignore[no-untyped-def]  # a SQL condition
    return (CategoryRecord.parent_id.is_(None) if parent_id is None
            else CategoryRecord.parent_id == parent_id)


def find_or_create_names(sessions: Sessions, dialect: Dialect,
                         names: Sequence[str]) -> Category | None:
    """Return the rubric path ``names`` (top first), creating what is missing.

    One write transaction: two processes asking for the same new rubric get one rubric
    (a UNIQUE constraint does not cover top-level rubrics, whose parent is NULL). A path
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
        with sessions.begin() as session:
            if writing:
                dialect.lock_for_write(session)
            parent: CategoryRecord | None = None
            for part in parts:
                parent_id = parent.id if parent else None
                record = session.scalars(select(CategoryRecord).where(
                    or_(CategoryRecord.name == part,  # SQLite's lower() is ASCII only
                        func.lower(CategoryRecord.name) == part.lower()),
                    _under(parent_id)).order_by(CategoryRecord.id)).first()
                if record is None and not writing:
                    break
                parent = record or _add(session, dialect, part, parent_id)
            else:
                return category_from_record(parent) if parent else None
    raise AssertionError("unreachable: the writing pass always completes")


def find(sessions: Sessions, name: str, parent_id: int | None, any_parent: bool) -> Category | None:
    """Return the rubric with this name (case-insensitive), or None."""
    with sessions.begin() as session:
        query = select(CategoryRecord).where(func.lower(CategoryRecord.name) == name.lower())
        if not any_parent:
            query = query.where(_under(parent_id))
        record = session.scalars(query.order_by(CategoryRecord.id)).first()
        return category_from_record(record) if record else None


def rename(sessions: Sessions, dialect: Dialect, category_id: int, name: str) -> Category:
    """Rename a rubric (its slug follows)."""
    name = " ".join(name.split())
    with sessions.begin() as session:
        dialect.notify(session, "rubrics", [category_id])
        record = record_or_raise(session, CategoryRecord, category_id)
        _check_name(session, name, record.parent_id, category_id)
        record.name = name
        record.slug = slugify(name)
        return category_from_record(record)


def move(sessions: Sessions, dialect: Dialect, category_id: int, parent_id: int | None,
         position: int | None) -> Category:
    """Move a rubric under another parent (never under itself or its own children)."""
    with sessions.begin() as session:
        dialect.notify(session, "rubrics", [category_id])
        record = record_or_raise(session, CategoryRecord, category_id)
        if parent_id is not None:
            if parent_id in descendant_ids_in(session, category_id):
                raise EditorBeritaError(message("rubric.into_itself"))
            record_or_raise(session, CategoryRecord, parent_id)
        problem = rubric_depth_problem(depth_in(session, parent_id)
                                       + _height(session, category_id))
        if problem:
            raise EditorBeritaError(problem)
        _check_name(session, record.name, parent_id, category_id)
        record.parent_id = parent_id
        if position is not None:
            record.position = position
        return category_from_record(record)


def delete(sessions: Sessions, dialect: Dialect, category_id: int) -> None:
    """Delete a rubric; its articles and sub-rubrics move to its parent, never lost.

    Articles in the Trash go to Uncategorised instead: their rubric is gone, and a restore
    should not drop them into a parent rubric nobody chose for them.
    """
    with sessions.begin() as session:
        dialect.notify(session, "rubrics", [category_id])
        record = record_or_raise(session, CategoryRecord, category_id)
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
            if _name_taken(session, child.name, parent_id, child.id):
                child.name = f"{child.name} ({record.name})"
            child.parent_id = parent_id
        session.flush()
        session.delete(record)


def descendant_ids(sessions: Sessions, category_id: int) -> set[int]:
    """Return the ids of a rubric and all its sub-rubrics."""
    with sessions.begin() as session:
        return descendant_ids_in(session, category_id)


def _children(session: Session) -> dict[int | None, list[int]]:
    children: dict[int | None, list[int]] = {}
    for cid, parent in session.execute(select(CategoryRecord.id, CategoryRecord.parent_id)):
        children.setdefault(parent, []).append(cid)
    return children


def descendant_ids_in(session: Session, category_id: int) -> set[int]:
    """Return a rubric's id and its sub-rubrics' ids, inside the caller's transaction."""
    children = _children(session)
    found = {category_id}
    stack = [category_id]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return found


def depth_in(session: Session, category_id: int | None) -> int:
    """Return how many levels deep a rubric is (top level 1; None 0), cycles cut."""
    parents = dict(session.execute(select(CategoryRecord.id, CategoryRecord.parent_id)).all())
    depth, seen = 0, set()
    while category_id is not None and category_id in parents and category_id not in seen:
        seen.add(category_id)
        depth += 1
        category_id = parents[category_id]
    return depth


def _height(session: Session, category_id: int) -> int:
    """Return how many levels a rubric and its sub-rubrics span (a leaf: 1)."""
    children = _children(session)
    height, level, seen = 0, [category_id], {category_id}
    while level:
        height += 1
        level = [c for cid in level for c in children.get(cid, []) if c not in seen]
        seen.update(level)
    return height


def _name_taken(session: Session, name: str, parent_id: int | None,
                exclude_id: int | None) -> bool:
    query = select(CategoryRecord.id).where(func.lower(CategoryRecord.name) == name.lower(),
                                            _under(parent_id))
    if exclude_id is not None:
        query = query.where(CategoryRecord.id != exclude_id)
    return session.scalars(query).first() is not None


def _check_name(session: Session, name: str, parent_id: int | None,
                exclude_id: int | None) -> None:
    problem = rubric_name_problem(name)
    if problem:
        raise EditorBeritaError(problem)
    if _name_taken(session, name, parent_id, exclude_id):
        raise DuplicateError(message("rubric.taken", name=name))
