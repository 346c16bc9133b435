"""The article list model: Qt's model rules, lazy paging, sorting, search, labels."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from editorberita.core.domain import Article, Status
from editorberita.core.store import ArticleFilter
from editorberita.ui.articlemodel import ArticleListModel
from editorberita.ui.itemroles import ARTICLE_MIME, ArticleIdRole
from tests.ui.conftest import OpenStore

pytestmark = pytest.mark.usefixtures("indonesian")


def test_article_model_passes_qt_model_tests(qtmodeltester, store) -> None:
    for n in range(5):
        store.create_article(Article(headline=f"Berita {n}"))
    model = ArticleListModel(OpenStore(store), page_size=2)
    model.reload()
    qtmodeltester.check(model)


def test_article_model_fetches_lazily_in_pages(store) -> None:
    for n in range(7):
        store.create_article(Article(headline=f"Berita {n}"))
    model = ArticleListModel(OpenStore(store), page_size=3)
    model.reload()
    assert (model.rowCount(), model.total) == (3, 7)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 7
    assert not model.canFetchMore()


def test_article_model_sorts_through_the_store(store) -> None:
    for headline in ("Bola", "Anggaran", "Cuaca"):
        store.create_article(Article(headline=headline))
    model = ArticleListModel(OpenStore(store))
    model.reload()
    model.sort(ArticleListModel.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["Anggaran", "Bola", "Cuaca"]
    model.sort(ArticleListModel.HEADLINE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Cuaca"


def test_article_model_shows_indonesian_status_and_relative_date(store) -> None:
    rubric = store.create_category("Ekonomi")
    article = store.create_article(Article(headline="Harga cabai", category_id=rubric.id,
                                           status=Status.READY))
    model = ArticleListModel(OpenStore(store))
    model.set_category_names({rubric.id: "Ekonomi"})
    model.reload()
    assert model.index(0, ArticleListModel.STATUS).data() == "Siap tayang"
    assert model.index(0, ArticleListModel.RUBRIC).data() == "Ekonomi"
    assert model.index(0, ArticleListModel.DATE).data() == "baru saja"
    assert model.index(0, 0).data(ArticleIdRole) == article.id
    mime = model.mimeData([model.index(0, 0)])
    assert json.loads(bytes(mime.data(ARTICLE_MIME).data())) == [article.id]


def test_article_model_search_uses_full_text_index(store) -> None:
    store.create_article(Article(headline="Banjir di Samarinda", body="Air naik."))
    store.create_article(Article(headline="Pasar pagi", body="Harga turun."))
    model = ArticleListModel(OpenStore(store))
    model.set_filter(ArticleFilter(search="banjir"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Banjir di Samarinda"


def test_a_search_counts_up_to_the_cap_and_still_fetches_past_it(store) -> None:
    for n in range(7):
        store.create_article(Article(headline=f"Banjir {n}"))
    store.create_article(Article(headline="Harga cabai"))
    model = ArticleListModel(OpenStore(store), page_size=2, count_cap=3)
    model.reload()
    assert (model.total, model.count_capped) == (8, False)  # browsing views count exactly
    model.set_filter(ArticleFilter(search="banjir"))
    assert (model.rowCount(), model.total, model.count_capped) == (2, 4, True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7  # past the cap, page after page, until one comes back short
    model.reload(keep_loaded=True)
    assert (model.rowCount(), model.count_capped) == (7, True)
    model.fetchMore()  # a full page again: one more look finds the end
    assert (model.rowCount(), model.canFetchMore()) == (7, False)
    model.set_filter(ArticleFilter(search="cabai"))
    assert (model.rowCount(), model.total, model.count_capped) == (1, 1, False)
