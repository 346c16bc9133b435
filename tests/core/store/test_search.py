"""The editors' search syntax, read once (pure) and run on both engines."""

from __future__ import annotations

import pytest

from editorberita.core.domain import (
    Article,
    ArticleFilter,
)
from editorberita.core.store import (
    ArticleStore,
)
from editorberita.core.store.search import editor_terms


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


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


HOSTILE = ["'; DROP TABLE articles; --", 'x" OR 1=1 --', "NEAR(a b) AND c*", "a & !b | c:*",
           "$$; SELECT pg_sleep(10); $$", "\\'\\\"", "%_%", "Robert'); DELETE FROM categories;"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field_is_kept_and_searchable(store: ArticleStore,
                                                            text: str) -> None:
    rubric = store.create_category(f"Rubrik {text}")
    article = store.create_article(Article(headline=f"Judul {text}", body=f"Isi {text}",
                                           lead=text, byline=text, tags=[text],
                                           category_id=rubric.id, editor_note=text))
    again = store.get_article(article.id)
    assert (again.headline, again.body, again.lead, again.tags) == (
        f"Judul {text}", f"Isi {text}", text, [text])
    assert store.find_category(f"Rubrik {text}") is not None
    store.search(text)
    store.count_articles(ArticleFilter(search=text))
    assert store.search("judul")[0].id == article.id
    assert store.count_articles() == 1 and len(store.list_categories()) == 1


def test_editor_terms_reads_words_phrases_and_prefixes() -> None:
    assert editor_terms('banjir "posko pengungsian" pengung*') == [
        (["banjir"], False), (["posko", "pengungsian"], False), (["pengung"], True)]


def test_editor_terms_keeps_only_letters_and_digits() -> None:
    assert editor_terms("e-mail*") == [(["e"], False), (["mail"], True)]
    assert editor_terms("'; DROP TABLE articles; --") == [(["DROP"], False), (["TABLE"], False),
                                                         (["articles"], False)]
    assert editor_terms('"" * -- "') == []
    assert editor_terms('"tanpa tutup') == [(["tanpa", "tutup"], False)]
