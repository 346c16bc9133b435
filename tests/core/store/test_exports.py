"""What the store remembers of exports, on both engines."""

from __future__ import annotations

import pytest

from editorberita.core.domain import (
    ArticleFilter,
)
from editorberita.core.store import (
    ArticleStore,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_changed_since_export_view(store: ArticleStore) -> None:
    a = store.create_article(headline="Diekspor")
    store.create_article(headline="Belum pernah diekspor")
    store.record_export(a.id, "html", "/tmp/a.html", "0" * 64)
    assert store.list_articles(ArticleFilter(changed_since_export=True)) == []
    a = store.get_article(a.id)
    a.body = "ubah"
    store.save_article(a)
    assert [s.id for s in store.list_articles(ArticleFilter(changed_since_export=True))] == [a.id]


def test_record_exports_in_bulk(store: ArticleStore) -> None:
    a = store.create_article(headline="Satu")
    b = store.create_article(headline="Dua")
    store.record_exports([(a.id, "html", "/x/a.html", "1" * 64),
                          (b.id, "md", "/x/b.md", "2" * 64)])
    assert [e.path for e in store.last_exports(a.id)] == ["/x/a.html"]
    assert store.last_exports(b.id)[0].format == "md"
    assert store.list_articles(ArticleFilter(changed_since_export=True)) == []
