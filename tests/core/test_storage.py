"""The article store on a real SQLite file: rubrics, articles, tags, search, trash, conflicts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from editorberita.core.domain import (
    Article,
    ConflictError,
    DuplicateError,
    EditorBeritaError,
    NotFoundError,
    Status,
    Zone,
)
from editorberita.core.store import ArticleFilter, ArticleStore, DatabaseError, open_store


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store



def test_store_sets_durability_pragmas(store: ArticleStore) -> None:
    if store.dialect.name != "sqlite":
        pytest.skip("SQLite's pragmas; a server keeps its own durability")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


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


def test_store_manual_save_records_revision(store: ArticleStore) -> None:
    article = store.create_article(headline="Rapat", body="satu")
    article.body = "dua"
    saved = store.save_article(article, revision_reason="manual", manual=True)
    revisions = store.list_revisions(saved.id)
    assert len(revisions) == 1
    assert revisions[0].manual
    assert revisions[0].snapshot.body == "dua"
    assert revisions[0].snapshot.headline == "Rapat"


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


@pytest.fixture
def searchable(store: ArticleStore) -> ArticleStore:
    store.create_article(headline="Kafe Baru di Tepian Mahakam",
                         body="Pengunjung memadati café itu sejak pagi.", tags=["kuliner"])
    store.create_article(headline="Pemprov Kaltim Bahas Anggaran",
                         body="Rapat anggaran berlangsung alot.", lead="Anggaran daerah 2025")
    store.create_article(headline="Anggaran", body="Anggaran anggaran anggaran.")
    store.create_article(headline="Jalan Rusak", body="Warga menunggu perbaikan jalan.",
                         tags=["infrastruktur"])
    return store


def test_search_is_case_and_diacritics_insensitive(searchable: ArticleStore) -> None:
    assert [r.headline for r in searchable.search("CAFE")] == ["Kafe Baru di Tepian Mahakam"]
    assert [r.headline for r in searchable.search("cafe")] == \
        [r.headline for r in searchable.search("café")]


def test_search_phrases_prefixes_and_tags(searchable: ArticleStore) -> None:
    assert [r.headline for r in searchable.search('"rapat anggaran"')] == \
        ["Pemprov Kaltim Bahas Anggaran"]
    assert [r.headline for r in searchable.search("infra*")] == ["Jalan Rusak"]
    assert [r.headline for r in searchable.search("kuliner")] == ["Kafe Baru di Tepian Mahakam"]
    assert searchable.search("tidakada") == []


def test_search_ranks_headline_hits_first(searchable: ArticleStore) -> None:
    results = [r.headline for r in searchable.search("anggaran")]
    assert set(results) == {"Anggaran", "Pemprov Kaltim Bahas Anggaran"}
    assert searchable.count_articles(ArticleFilter(search="anggaran")) == 2


@pytest.mark.parametrize("typed", ['"', "AND", "OR NOT", "a:b", "(((", "*", "NEAR(", "'", "-x"])
def test_search_never_raises_on_odd_input(searchable: ArticleStore, typed: str) -> None:
    searchable.search(typed)
    searchable.count_articles(ArticleFilter(search=typed))


def test_search_index_follows_updates_and_tag_changes(store: ArticleStore) -> None:
    article = store.create_article(headline="Festival", body="meriah")
    article.body = "sepi"
    article.tags = ["budaya"]
    store.save_article(article)
    assert store.search("meriah") == []
    assert [r.id for r in store.search("sepi")] == [article.id]
    assert [r.id for r in store.search("budaya")] == [article.id]


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


def test_changed_since_export_view(store: ArticleStore) -> None:
    a = store.create_article(headline="Diekspor")
    store.create_article(headline="Belum pernah diekspor")
    store.record_export(a.id, "html", "/tmp/a.html", "0" * 64)
    assert store.list_articles(ArticleFilter(changed_since_export=True)) == []
    a = store.get_article(a.id)
    a.body = "ubah"
    store.save_article(a)
    assert [s.id for s in store.list_articles(ArticleFilter(changed_since_export=True))] == [a.id]


def test_assets_are_deduplicated_by_hash(store: ArticleStore) -> None:
    first = store.add_asset(b"\x89PNG fake bytes", "image/png", caption="Banjir")
    again = store.add_asset(b"\x89PNG fake bytes", "image/png")
    other = store.add_asset(b"other", "image/jpeg")
    assert first.id == again.id != other.id
    assert store.asset_data(first.id) == b"\x89PNG fake bytes"
    assert store.update_asset(first.id, credit="Foto: Diskominfo").credit == "Foto: Diskominfo"


def test_backup_copies_a_consistent_database(store: ArticleStore, tmp_path: Path) -> None:
    store.create_article(headline="Dicadangkan")
    dest = store.backup_to(tmp_path / "copy" / "cadangan.sqlite3")
    copy = open_store(dest)
    try:
        assert [s.headline for s in copy.list_articles()] == ["Dicadangkan"]
        assert copy.integrity_problems() == []
    finally:
        copy.close()


def test_open_store_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="rusak"):
        open_store(bogus)


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


def test_common_term_is_ranked_within_the_newest_window(
        store: ArticleStore, monkeypatch: pytest.MonkeyPatch) -> None:
    from editorberita.core.store import dialect_postgresql, dialect_sqlite

    store.bulk_create_articles(Article(headline=f"Banjir {i}", body="banjir") for i in range(30))
    dialect = dialect_sqlite if store.dialect.name == "sqlite" else dialect_postgresql
    monkeypatch.setattr(dialect, "RANK_WINDOW", 10)
    hits = store.list_articles(ArticleFilter(search="banjir"), limit=50)
    assert len(hits) == 11  # the window's cutoff row included
    assert min(h.id for h in hits) == 20
    assert store.count_articles(ArticleFilter(search="banjir")) == 30


def test_get_articles_loads_many_and_skips_missing(store: ArticleStore) -> None:
    a = store.create_article(headline="Satu", tags=["x"])
    b = store.create_article(headline="Dua")
    found = store.get_articles([b.id, 999, a.id])
    assert set(found) == {a.id, b.id}
    assert found[a.id].tags == ["x"]


def test_record_exports_in_bulk(store: ArticleStore) -> None:
    a = store.create_article(headline="Satu")
    b = store.create_article(headline="Dua")
    store.record_exports([(a.id, "html", "/x/a.html", "1" * 64),
                          (b.id, "md", "/x/b.md", "2" * 64)])
    assert [e.path for e in store.last_exports(a.id)] == ["/x/a.html"]
    assert store.last_exports(b.id)[0].format == "md"
    assert store.list_articles(ArticleFilter(changed_since_export=True)) == []


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
