"""A search found all over the desk says "more than" its count's cap, and scrolls on past it."""

from __future__ import annotations

import pytest

from editorberita.core.domain import Article
from editorberita.ui.articlemodel import SEARCH_COUNT_CAP
from tests.ui.conftest import make_window

pytestmark = pytest.mark.usefixtures("indonesian")


def test_the_list_says_more_than_the_cap_and_scrolls_past_it(qtbot, store, settings) -> None:
    found = SEARCH_COUNT_CAP + 450
    store.bulk_create_articles(Article(headline=f"Banjir di hulu {n}", body="Warga siaga.")
                               for n in range(found))
    store.create_article(Article(headline="Harga cabai", body="Pasar murah."))
    window = make_window(qtbot, store, settings)
    pane, model = window.article_list, window.article_model
    assert pane.count_label.text() == f"{found + 1:,} artikel".replace(",", ".")  # exact
    qtbot.keyClicks(pane.search_edit, "banjir")
    qtbot.waitUntil(lambda: model.article_filter.search == "banjir", timeout=3000)
    assert pane.count_label.text() == f"Lebih dari {SEARCH_COUNT_CAP:,} artikel".replace(",", ".")
    assert model.rowCount() < found
    for _ in range(found):  # the editor scrolls to the end, again and again
        if not model.canFetchMore():
            break
        rows = model.rowCount()
        pane.view.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() > rows, timeout=3000)
    assert model.rowCount() == found
    assert pane.count_label.text().startswith("Lebih dari")
    pane.search_edit.clear()
    qtbot.waitUntil(lambda: not model.article_filter.search, timeout=3000)
    assert pane.count_label.text() == f"{found + 1:,} artikel".replace(",", ".")
