"""Copying a desk between engines keeps every row."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.domain import (
    Article,
)
from editorberita.core.store import (
    ArticleStore,
    open_store,
)
from editorberita.core.store.moving import copy_desk


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_copy_between_engines_keeps_every_row(store: ArticleStore, tmp_path: Path) -> None:
    rubric = store.create_category("Samarinda")
    child = store.create_category("Sempaja", parent_id=rubric.id)
    asset = store.add_asset(b"\x89PNG fake bytes", "image/png", caption="Banjir")
    article = store.create_article(Article(headline="Banjir", body=f"![x](asset:{asset.id})",
                                           tags=["cuaca"], category_id=child.id,
                                           featured_asset_id=asset.id))
    store.save_article(article.copy(body="lagi"), revision_reason="manual", manual=True)
    store.record_export(article.id, "html", "/tmp/x.html", "ab" * 32)
    store.add_desk_words(["Kaltim", "Sempaja"])
    store.trash_articles([store.create_article(headline="Sampah").id])
    target = open_store(tmp_path / "salinan.sqlite3")
    try:
        report = copy_desk(store, target)
        assert report.counts["articles"] == 2 and report.counts["revisions"] == 1
        assert target.search("banjir")[0].id == article.id
        assert target.desk_words() == ["Kaltim", "Sempaja"]
        assert target.asset_data(asset.id) == b"\x89PNG fake bytes"
        assert target.create_article(headline="Baru").id == 3  # ids go on after the copy
    finally:
        target.close()


def test_a_pushed_server_desk_numbers_new_rows_after_the_copied_ones(
        db_path: Path, pg_url: str) -> None:
    local = open_store(db_path)
    server = open_store(pg_url)
    try:
        for n in range(3):
            local.create_article(headline=f"Lokal {n}")
        local.create_category("Samarinda")
        copy_desk(local, server)
        assert server.create_article(headline="Baru di server").id == 4
        assert server.create_category("Balikpapan").id == 2
        assert [a.headline for a in server.search("lokal")][:1] == ["Lokal 2"]
    finally:
        local.close()
        server.close()
