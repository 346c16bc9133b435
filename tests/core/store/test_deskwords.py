"""The desk word list on both engines: one transaction per change, bad words refused whole."""

from __future__ import annotations

import pytest

from editorberita.core.domain import EditorBeritaError
from editorberita.core.store import ArticleStore


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_desk_words_are_added_once_sorted_and_removed(store: ArticleStore) -> None:
    assert store.add_desk_words(["Kaltim", "diskominfo", "Kaltim"]) == ["Kaltim", "diskominfo"]
    assert store.add_desk_words(["Kaltim", "Balikpapan"]) == ["Balikpapan"]
    assert store.desk_words() == ["Balikpapan", "diskominfo", "Kaltim"]
    assert store.remove_desk_words(["Kaltim", "tidakada"]) == ["Kaltim"]
    assert store.desk_words() == ["Balikpapan", "diskominfo"]


def test_one_bad_word_adds_nothing(store: ArticleStore) -> None:
    with pytest.raises(EditorBeritaError):
        store.add_desk_words(["Samarinda", "dua kata"])
    assert store.desk_words() == []
