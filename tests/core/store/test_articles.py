"""Articles on both engines: every field kept, slugs, the version check, trash, lists, paging."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from editorberita.core.domain import (
    Article,
    ArticleFilter,
    ConflictError,
    NotFoundError,
    Status,
    Zone,
)
from editorberita.core.store import (
    ArticleStore,
    open_store,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_store_article_round_trip_keeps_every_field(store: ArticleStore) -> None:
    rubric = store.create_category("Ekonomi")
    when = datetime(2024, 7, 23, 14, 30, tzinfo=Zone.WITA.tzinfo)
    created = store.create_article(
        headline="Harga Cabai Naik", subheadline="Pedagang mengeluh", category_id=rubric.id,
        status=Status.REVIEW, body="Isi **berita**.", lead="Teras", byline="Rina Wati",
        initials="rw/ed", dateline="Samarinda", published_at=when, zone=Zone.WITA,
        tags=["pasar", "cabai", "Pasar"], seo_title="SEO", seo_description="Deskripsi",
        editor_note="Catatan internal")
    loaded = store.get_article(created.id)
    assert loaded.headline == "Harga Cabai Naik"
    assert loaded.subheadline == "Pedagang mengeluh"
    assert loaded.status is Status.REVIEW
    assert loaded.tags == ["cabai", "pasar"]
    assert loaded.local_published_at == when
    assert loaded.published_at.tzinfo is not None
    assert loaded.editor_note == "Catatan internal"
    assert loaded.slug == "harga-cabai-naik"
    assert loaded.version == 1
    assert store.all_tags() == ["cabai", "pasar"]


def test_store_slug_follows_headline_until_locked_and_stays_unique(store: ArticleStore) -> None:
    a = store.create_article(headline="Banjir di Samarinda")
    b = store.create_article(headline="Banjir di Samarinda")
    assert (a.slug, b.slug) == ("banjir-di-samarinda", "banjir-di-samarinda-2")
    b.headline = "Banjir Surut di Samarinda"
    b = store.save_article(b)
    assert b.slug == "banjir-surut-di-samarinda"
    b.slug, b.slug_locked, b.headline = "banjir-surut", True, "Judul Lain Sama Sekali"
    b = store.save_article(b)
    assert b.slug == "banjir-surut"
    a.headline = "Banjir di Samarinda"  # unchanged headline keeps its slug
    assert store.save_article(a).slug == "banjir-di-samarinda"


def test_store_version_conflict_between_two_stores_on_one_file(db_path: Path) -> None:
    first = open_store(db_path)
    second = open_store(db_path)
    try:
        article = first.create_article(headline="Sidang DPRD", body="versi awal")
        mine = second.get_article(article.id)
        theirs = first.get_article(article.id)
        theirs.body = "versi rekan"
        first.save_article(theirs)
        mine.body = "versi saya"
        with pytest.raises(ConflictError) as caught:
            second.save_article(mine)
        assert caught.value.theirs is not None
        assert caught.value.theirs.body == "versi rekan"
        assert caught.value.mine.body == "versi saya"
        assert second.get_article(article.id).body == "versi rekan"
    finally:
        first.close()
        second.close()


def test_store_trash_and_restore(store: ArticleStore) -> None:
    rubric = store.create_category("Olahraga")
    a = store.create_article(headline="Persiba Menang", category_id=rubric.id)
    store.trash_articles([a.id])
    assert store.count_articles(ArticleFilter()) == 0
    assert [s.id for s in store.list_articles(ArticleFilter(trashed=True))] == [a.id]
    assert store.search("Persiba") == []
    store.restore_articles([a.id])
    assert store.get_article(a.id).category_id == rubric.id
    store.trash_articles([a.id])
    assert store.empty_trash() == 1
    with pytest.raises(NotFoundError):
        store.get_article(a.id)


def test_list_filters_by_rubric_with_subrubrics_status_and_sorts(store: ArticleStore) -> None:
    kaltim = store.create_category("Kaltim")
    bontang = store.create_category("Bontang", parent_id=kaltim.id)
    old = datetime(2024, 1, 1, tzinfo=UTC)
    new = datetime(2024, 6, 1, tzinfo=UTC)
    a = store.create_article(headline="A", category_id=kaltim.id, published_at=old)
    b = store.create_article(headline="B", category_id=bontang.id, published_at=new,
                             status=Status.READY)
    assert [s.id for s in store.list_articles(ArticleFilter(category_id=kaltim.id))] == [b.id, a.id]
    assert [s.id for s in store.list_articles(
        ArticleFilter(category_id=kaltim.id, include_subcategories=False))] == [a.id]
    assert [s.id for s in store.list_articles(ArticleFilter(status=Status.READY))] == [b.id]
    assert [s.id for s in store.list_articles(sort="headline", descending=False)] == [a.id, b.id]
    assert store.count_articles(ArticleFilter(category_id=kaltim.id)) == 2
    assert store.status_counts() == {Status.DRAFT: 1, Status.READY: 1}


def test_save_needs_an_id(store: ArticleStore) -> None:
    with pytest.raises(ValueError):
        store.save_article(Article(headline="tanpa id"))


def test_bulk_create_makes_unique_slugs_and_indexes_text(store: ArticleStore) -> None:
    existing = store.create_article(headline="Berita Sama")
    count = store.bulk_create_articles(
        Article(headline="Berita Sama", body=f"isi nomor{i}") for i in range(5))
    assert count == 5
    slugs = [store.get_article(s.id).slug for s in store.list_articles(sort="headline")]
    assert len(set(slugs)) == 6
    assert existing.slug in slugs
    assert store.count_articles(ArticleFilter(search="nomor3")) == 1


def test_keyset_paging_matches_offset_paging(store: ArticleStore) -> None:
    base = datetime(2024, 1, 1, tzinfo=UTC)
    store.bulk_create_articles(Article(headline=f"Berita {i % 7}", published_at=base.replace(
        day=1 + i % 5)) for i in range(40))
    for sort in ("published", "headline", "updated"):
        for descending in (True, False):
            expected = [s.id for s in store.list_articles(sort=sort, descending=descending)]
            pages: list[int] = []
            last = None
            while True:
                page = store.list_articles(limit=6, sort=sort, descending=descending, after=last)
                if not page:
                    break
                pages += [s.id for s in page]
                last = page[-1]
            assert pages == expected, (sort, descending)


def test_get_articles_loads_many_and_skips_missing(store: ArticleStore) -> None:
    a = store.create_article(headline="Satu", tags=["x"])
    b = store.create_article(headline="Dua")
    found = store.get_articles([b.id, 999, a.id])
    assert set(found) == {a.id, b.id}
    assert found[a.id].tags == ["x"]


@pytest.fixture
def desk(request: pytest.FixtureRequest, store: ArticleStore, db_path: Path) -> str | Path:
    """Return what opens the test's desk again (file path or URL with password)."""
    if store.on_server:
        return str(request.getfixturevalue("pg_url"))
    return db_path


def test_version_conflict_between_two_stores_on_one_desk(store: ArticleStore,
                                                         desk: str | Path) -> None:
    article = store.create_article(headline="Awal", body="satu")
    other = open_store(desk)
    try:
        theirs = other.get_article(article.id)
        other.save_article(theirs.copy(body="dari PC lain"))
        with pytest.raises(ConflictError) as caught:
            store.save_article(article.copy(body="dari PC ini"))
        assert caught.value.theirs is not None and caught.value.theirs.body == "dari PC lain"
    finally:
        other.close()


def test_opening_an_article_is_one_statement_outside_a_transaction(
        store: ArticleStore) -> None:
    """On a server desk each statement is a round trip: the article and its tags come in one
    (the ORM's load took the article, its tags, BEGIN and COMMIT: four)."""
    from sqlalchemy import event

    tagged = store.create_article(headline="Banjir", tags=["cuaca", "Bencana"])
    bare = store.create_article(headline="Tanpa label")
    store.trash_articles([bare.id])
    statements: list[tuple[str, object]] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: statements.append(
                     (statement, conn.get_execution_options().get("isolation_level"))))
    opened = store.get_article(tagged.id)
    assert len(statements) == 1 and statements[0][1] == "AUTOCOMMIT"  # no BEGIN, no COMMIT
    assert (opened.headline, opened.tags, opened.version) == ("Banjir", ["Bencana", "cuaca"], 1)
    trashed = store.get_article(bare.id)
    assert (trashed.tags, trashed.deleted_at is not None) == ([], True)
    with pytest.raises(NotFoundError, match=f"Artikel #{bare.id + 1} tidak ditemukan"):
        store.get_article(bare.id + 1)
