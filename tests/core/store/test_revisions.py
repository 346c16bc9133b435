"""Revisions on both engines: manual saves, and who saved."""

from __future__ import annotations

import pytest

from editorberita.core.store import (
    ArticleStore,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_store_manual_save_records_revision(store: ArticleStore) -> None:
    article = store.create_article(headline="Rapat", body="satu")
    article.body = "dua"
    saved = store.save_article(article, revision_reason="manual", manual=True)
    revisions = store.list_revisions(saved.id)
    assert len(revisions) == 1
    assert revisions[0].manual
    assert revisions[0].snapshot.body == "dua"
    assert revisions[0].snapshot.headline == "Rapat"


def test_saves_and_revisions_record_the_editor(store: ArticleStore) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Siapa menyimpan")
    store.save_article(article.copy(body="isi"), revision_reason="manual", manual=True)
    store.add_revision(article.id, "export")
    assert [r.editor for r in store.list_revisions(article.id)] == ["Rina", "Rina"]
