"""The desk word list of one database: the spelling words everyone on it shares.

Each function is one transaction on the store's session factory; ``ArticleStore`` exposes
them as its ``desk_words``/``add_desk_words``/``remove_desk_words`` methods.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import EditorBeritaError, utcnow
from editorberita.core.records import DeskWordRecord
from editorberita.core.rows import to_db_time
from editorberita.core.wordlist import desk_word_problem


def all_words(sessions: sessionmaker[Session]) -> list[str]:
    """Return the desk's own spelling word list ("Kaltim", "Diskominfo"...), sorted."""
    with sessions.begin() as session:
        return sorted(session.scalars(select(DeskWordRecord.word)), key=str.casefold)


def add_words(sessions: sessionmaker[Session], words: Iterable[str]) -> list[str]:
    """Add words to the desk word list in one transaction; return those that were new.

    Every word is checked first: one that cannot be a desk word raises
    ``EditorBeritaError`` and nothing is added.
    """
    wanted: list[str] = []
    for word in (w.strip() for w in words):
        problem = desk_word_problem(word)
        if problem is not None:
            raise EditorBeritaError(problem)
        if word not in wanted:
            wanted.append(word)
    if not wanted:
        return []
    with sessions.begin() as session:
        present = set(session.scalars(select(DeskWordRecord.word)))
        added = [w for w in wanted if w not in present]
        now = to_db_time(utcnow())
        session.add_all(DeskWordRecord(word=w, added_at=now) for w in added)
        return added


def remove_words(sessions: sessionmaker[Session], words: Iterable[str]) -> list[str]:
    """Remove words from the desk word list in one transaction; return those removed."""
    wanted = list(dict.fromkeys(words))
    if not wanted:
        return []
    with sessions.begin() as session:
        present = set(session.scalars(select(DeskWordRecord.word)
                                      .where(DeskWordRecord.word.in_(wanted))))
        removed = [w for w in wanted if w in present]
        if removed:
            session.execute(delete(DeskWordRecord).where(DeskWordRecord.word.in_(removed)))
        return removed
