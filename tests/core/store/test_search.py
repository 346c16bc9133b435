"""The editors' search syntax, read once (pure) and run on both engines."""

from __future__ import annotations

from collections.abc import Iterator

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


def _server_store(pg_url: str) -> ArticleStore:
    from editorberita.core.store import open_store

    return open_store(pg_url)


def test_server_search_sends_the_query_in_the_statement_not_as_a_parameter(
        pg_url: str) -> None:
    """A parameter lets PostgreSQL plan a statement run often once for any query (a generic
    plan): "ba*", found in the whole desk, then read it all (130-250 ms on 100,000)."""
    from sqlalchemy import event

    store = _server_store(pg_url)
    store.create_article(headline="Banjir di Samarinda", body="banjir")
    sent: list[object] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, params, context, many: sent.append(params))
    try:
        for _ in range(3):
            assert len(store.search("banj*")) == 1
            assert store.count_articles(ArticleFilter(search="banj*")) == 1
        values = [v for params in sent if isinstance(params, dict) for v in params.values()]
        assert values and not any("banj" in str(v) for v in values)
    finally:
        store.close()


@pytest.fixture
def flooded(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[ArticleStore]:
    """A server desk of 60 articles, "banjir" in all, "longsor" in three, #5 trashed, and a
    window of 12 matches."""
    from editorberita.core.store import dialect_postgresql

    store = _server_store(pg_url)
    store.bulk_create_articles(
        Article(headline=f"Banjir Samarinda {i}" if i % 7 == 0 else f"Kota {i}",
                body=("banjir samarinda kota " * (i % 5 + 1) if i % 3 else "kota banjir")
                + (" longsor" if i % 20 == 0 else ""))
        for i in range(60))
    store.trash_articles([5])
    store.rebuild_search_index()
    monkeypatch.setattr(dialect_postgresql, "RANK_WINDOW", 12)
    yield store
    store.close()


@pytest.mark.parametrize("typed", ["banjir", "banj*", '"banjir samarinda"', "banjir kota",
                                   "longsor"])
def test_server_search_finds_the_same_window_on_both_paths(
        flooded: ArticleStore, monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    """The newest window ranked best first, whether found by reading the primary key
    backwards or from the GIN index's bitmap."""
    from editorberita.core.store import dialect_postgresql

    found = {}
    for backwards in (True, False):
        monkeypatch.setattr(dialect_postgresql, "newest_first_by_key",
                            lambda session, match, answer=backwards: answer)
        found[backwards] = [(h.id, h.headline)
                            for h in flooded.list_articles(ArticleFilter(search=typed))]
    assert found[True] == found[False]
    ids = [i for i, _ in found[True]]
    assert ids and 5 not in ids
    if typed != "longsor":
        assert len(ids) <= 13 and min(ids) >= 60 - 25  # the newest window of matches


def test_server_search_reads_backwards_for_a_common_term_only(flooded: ArticleStore) -> None:
    from sqlalchemy.orm import Session

    from editorberita.core.store.dialect_postgresql import newest_first_by_key, ts_query

    with flooded.engine.connect() as connection:
        session = Session(connection)
        assert newest_first_by_key(session, ts_query("banjir") or "")
        assert not newest_first_by_key(session, ts_query("longsor") or "")


def _plans_of(store: ArticleStore, starts: str) -> list[str]:
    """Collect the plan of each statement of ``store`` that starts with ``starts``, explained
    in its own transaction (so with that transaction's settings)."""
    from sqlalchemy import event

    plans: list[str] = []

    def explain(conn, cursor, statement, params, context, many) -> None:  # type: ignore[no-untyped-def]  # SQLAlchemy's event arguments
        if statement.lstrip().upper().startswith(starts):
            plans.extend(row[0] for row in cursor.connection.execute("EXPLAIN " + statement,
                                                                     params))

    event.listen(store.engine, "after_cursor_execute", explain)
    return plans


def test_server_search_count_reads_the_index_not_every_vector(flooded: ArticleStore) -> None:
    """Counting a term found in most of the desk read every row's vector (1 s on 100,000
    articles; the window counts every search): the count's plan uses the GIN index."""
    plans = _plans_of(flooded, "SELECT COUNT")
    assert flooded.count_articles(ArticleFilter(search="banjir")) == 59
    assert plans and not any("Seq Scan on articles" in line for line in plans)
    assert any("ix_articles_search_vector" in line for line in plans)


def test_server_search_of_a_rarer_term_reads_the_index_not_every_vector(
        flooded: ArticleStore) -> None:
    plans = _plans_of(flooded, "SELECT ARTICLES.ID, ARTICLES.HEADLINE")
    assert len(flooded.search("longsor")) == 3
    assert plans and not any("Seq Scan on articles" in line for line in plans)
    assert any("ix_articles_search_vector" in line for line in plans)


@pytest.fixture
def crowded(store: ArticleStore) -> ArticleStore:
    """Seven articles on the floods (two found by the word's root only), two in a rubric,
    one in the Trash, and one unrelated."""
    rubric = store.create_category("Daerah")
    for n in range(4):
        store.create_article(headline=f"Banjir {n}", body="Tanggapan warga atas banjir.")
    for n in range(2):
        store.create_article(headline=f"Banjir di hulu {n}", category_id=rubric.id,
                             body="Warga mengungsi; tanggapan warga cepat.")
    for n in range(2):
        store.create_article(headline=f"Posko {n}", body="Posko pengungsian dibuka.")
    gone = store.create_article(headline="Banjir lama", body="Tanggapan warga.")
    store.trash_articles([gone.id])
    store.create_article(headline="Harga cabai", body="Pasar murah.")
    return store


@pytest.mark.parametrize("typed", ["banjir", '"tanggapan warga"', "ban*", "mengungsi", "warga"])
def test_a_capped_count_is_exact_under_the_cap_and_says_more_past_it(
        crowded: ArticleStore, typed: str) -> None:
    flt = ArticleFilter(search=typed)
    exact = crowded.count_articles(flt)
    assert exact >= 2
    for cap in range(exact + 2):
        assert crowded.count_articles(flt, at_most=cap) == min(exact, cap + 1), cap


def test_a_capped_count_keeps_the_views_filters(crowded: ArticleStore) -> None:
    rubric = crowded.list_categories()[0]
    in_rubric = ArticleFilter(search="banjir", category_id=rubric.id)
    assert crowded.count_articles(in_rubric, at_most=1) == 2  # "more than one"
    assert crowded.count_articles(in_rubric, at_most=5) == 2
    trashed = ArticleFilter(search="banjir", trashed=True)
    assert crowded.count_articles(trashed, at_most=5) == 1
    assert crowded.count_articles(ArticleFilter(), at_most=3) == 4  # any view can be capped
    assert crowded.count_articles(ArticleFilter(), at_most=50) == 9
    assert crowded.count_articles(ArticleFilter(search="tidakada"), at_most=3) == 0


@pytest.mark.parametrize("typed", ['"', "AND", "(((", "*", "NEAR(", "'", "-x", "1; DROP"])
def test_a_capped_count_never_raises_on_odd_input(crowded: ArticleStore, typed: str) -> None:
    assert crowded.count_articles(ArticleFilter(search=typed), at_most=2) <= 3
