"""Trash from the window (ui/trash.py): move, restore, and a rubric emptied into the Trash."""

from __future__ import annotations

import pytest

from editorberita.core.domain import Article
from editorberita.core.store import ArticleFilter, ArticleStore
from editorberita.ui.viewkey import ViewKey

from .conftest import make_window

pytestmark = pytest.mark.usefixtures("indonesian")


def test_trash_and_restore_from_the_list(qtbot, store, settings) -> None:
    article = store.create_article(Article(headline="Salah ketik"))
    window = make_window(qtbot, store, settings)
    window.article_list.select_article(article.id)
    window.action("trash_articles").trigger()
    assert store.count_articles() == 0
    assert window.current_article is None
    window.sidebar.select_key(ViewKey.of_view("trash"))
    window.article_list.view.selectAll()
    window.action("restore_articles").trigger()
    assert store.count_articles() == 1


def test_empty_rubric_moves_articles_to_trash(window, store: ArticleStore, answers) -> None:  # type: ignore[no-untyped-def]
    rubric = store.create_category("Kaltim")
    for n in range(3):
        store.create_article(headline=f"K{n}", category_id=rubric.id)
    window.rubrics.reload()
    window.sidebar.select_key(ViewKey.of_rubric(rubric.id))
    window.action("empty_rubric").trigger()
    assert store.count_articles(ArticleFilter(category_id=rubric.id)) == 0
    assert store.count_articles(ArticleFilter(trashed=True)) == 3
    store.restore_articles([s.id for s in store.list_articles(ArticleFilter(trashed=True))])
    assert store.count_articles(ArticleFilter(category_id=rubric.id)) == 3
