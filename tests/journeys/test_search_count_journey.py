"""Journey: a search found all over the desk says "more than" its count's cap, follows another
editor's import live, scrolls on past the cap, and does so again after a restart.

Issue 14: the live desk reloads the view on every change another editor makes, and a search's
count no longer tests every match each time (``ArticleListModel``'s cap), on a desk file and
on a server desk alike.
"""

from __future__ import annotations

import pytest

from editorberita.core.domain import Article, ArticleFilter
from editorberita.core.store import open_store
from editorberita.ui.articlemodel import SEARCH_COUNT_CAP
from tests.journeys.conftest import App, Desk

FOUND = SEARCH_COUNT_CAP + 100  # seeded articles on the floods
MORE = f"Lebih dari {SEARCH_COUNT_CAP:,} artikel".replace(",", ".")
LABEL = "window.article_list.count_label.text()"
# Scroll to the end on every poll until the list holds that many rows.
SCROLLED = ("(window.article_list.view.scrollToBottom(), "
            "window.article_model.rowCount())[1] == {rows}")


def _seed(store) -> None:  # type: ignore[no-untyped-def]  # any store
    store.bulk_create_articles(Article(headline=f"Banjir di hulu Mahakam {n}",
                                       body="Warga di bantaran siaga.") for n in range(FOUND))
    store.create_article(headline="Harga cabai turun", body="Pasar murah digelar.")


def _search(app: App, typed: str) -> None:
    app.exec("window.article_list.search_edit.clear()")
    app.type(typed, into="window.article_list.search_edit")


def _articles(count: int) -> str:
    return f"{count:,} artikel".replace(",", ".")


def _count(location: object, flt: ArticleFilter) -> int:
    """Count in the store itself (a server desk's URL with its password, or the desk file)."""
    store = open_store(location)  # type: ignore[arg-type]  # a Path or a URL
    try:
        return store.count_articles(flt)
    finally:
        store.close()


def _count_day(desk: Desk, location: object) -> None:
    app = desk.start()
    live = _count(location, ArticleFilter())
    assert app.eval(LABEL) == _articles(live)  # browsing views count exactly
    _search(app, "banjir")
    app.wait_until(f"{LABEL} == {MORE!r}")
    folder = desk.root / "kiriman"
    folder.mkdir()
    (folder / "susulan.md").write_text("---\ntitle: Banjir susulan\nstatus: draft\n---\n\n"
                                       "Banjir susulan menggenangi pasar.\n", encoding="utf-8")
    assert "1 artikel baru" in desk.cli("import", folder).stdout  # another editor, meanwhile
    found = _count(location, ArticleFilter(search="banjir"))
    assert found > FOUND
    app.wait_until(SCROLLED.format(rows=found), timeout=30)  # live, and past the cap
    assert app.eval("window.article_model.canFetchMore()") is False
    assert app.eval(LABEL) == MORE
    assert app.quit() == 0

    app = desk.start()
    _search(app, "banjir")
    app.wait_until(f"{LABEL} == {MORE!r}")
    _search(app, "cabai")
    app.wait_until(f"{LABEL} == '1 artikel'")
    app.exec("window.article_list.search_edit.clear()")
    app.wait_until(f"{LABEL} == {_articles(live + 1)!r}")
    assert app.quit() == 0


@pytest.mark.slow
def test_a_search_found_everywhere_says_more_than_the_cap(desk: Desk) -> None:
    desk.seed(_seed)
    _count_day(desk, desk.db)


@pytest.mark.slow
def test_a_search_found_everywhere_on_a_server_desk(desk: Desk, pg_url: str) -> None:
    from editorberita.core.desklocation import DeskAddress

    seed = open_store(pg_url)
    _seed(seed)
    seed.close()
    desk.env["PGPASSWORD"] = DeskAddress.password_in(pg_url)
    desk.db = DeskAddress.parse(pg_url).url()  # type: ignore[assignment]  # Desk.start passes it as --db
    _count_day(desk, pg_url)
