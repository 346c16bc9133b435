"""SQLite's reading of the search syntax: every term quoted, so FTS5 never sees an operator."""

from __future__ import annotations

import pytest

from editorberita.core.store.dialect_sqlite import fts_query


def test_fts_query_quotes_words_and_phrases_and_keeps_prefixes() -> None:
    assert fts_query('Banjir "posko pengungsian" pengung*') == (
        '"Banjir" "posko pengungsian" "pengung"*')


@pytest.mark.parametrize(("typed", "expected"), [
    ("NEAR(a b) AND c*", '"NEAR" "a" "b" "AND" "c"*'),
    ('x" OR 1=1 --', '"x" "OR" "1" "1"'),
    ("a:b", '"a" "b"'),
])
def test_fts_operators_typed_by_an_editor_are_quoted_words(typed: str, expected: str) -> None:
    assert fts_query(typed) == expected


def test_fts_query_of_nothing_searchable_is_none() -> None:
    assert fts_query('"" * (((') is None
