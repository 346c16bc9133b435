"""Rubrics on both engines: nesting, moving, deleting, and what happens to their articles."""

from __future__ import annotations

import pytest

from editorberita.core.domain import (
    DuplicateError,
    EditorBeritaError,
)
from editorberita.core.store import (
    ArticleStore,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_store_creates_nested_categories_unique_within_parent(store: ArticleStore) -> None:
    kaltim = store.create_category("Seputar Kaltim")
    samarinda = store.create_category("Samarinda", parent_id=kaltim.id)
    store.create_category("Samarinda")  # same name, other parent: fine
    with pytest.raises(DuplicateError):
        store.create_category("samarinda", parent_id=kaltim.id)
    with pytest.raises(DuplicateError):
        store.create_category("Seputar  Kaltim")
    assert samarinda.slug == "samarinda"
    assert store.descendant_ids(kaltim.id) == {kaltim.id, samarinda.id}


def test_store_refuses_moving_category_into_its_child(store: ArticleStore) -> None:
    parent = store.create_category("Daerah")
    child = store.create_category("Bontang", parent_id=parent.id)
    with pytest.raises(EditorBeritaError):
        store.move_category(parent.id, child.id)
    moved = store.move_category(child.id, None)
    assert moved.parent_id is None


def test_store_delete_category_keeps_articles(store: ArticleStore) -> None:
    parent = store.create_category("Kaltim")
    child = store.create_category("Kutai", parent_id=parent.id)
    grandchild = store.create_category("Tenggarong", parent_id=child.id)
    a = store.create_article(headline="Satu", category_id=child.id)
    b = store.create_article(headline="Dua", category_id=parent.id)
    store.delete_category(child.id)
    assert store.get_article(a.id).category_id == parent.id
    assert store.get_category(grandchild.id).parent_id == parent.id
    store.delete_category(parent.id)
    assert store.get_article(a.id).category_id is None
    assert store.get_article(b.id).category_id is None
    assert store.category_counts() == {None: 2}


def test_trashed_article_of_a_deleted_rubric_restores_to_uncategorised(
        store: ArticleStore) -> None:
    parent = store.create_category("Kaltim")
    child = store.create_category("Berau", parent_id=parent.id)
    live = store.create_article(headline="Masih tayang", category_id=child.id)
    trashed = store.create_article(headline="Dibuang", category_id=child.id)
    store.trash_articles([trashed.id])
    store.delete_category(child.id)
    store.restore_articles([trashed.id])
    assert store.get_article(trashed.id).category_id is None
    assert store.get_article(live.id).category_id == parent.id
