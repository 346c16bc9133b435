"""Journeys of issue 12: a Delete taken back, and dates typed as the desk writes them.

The real app in a subprocess (see conftest.py): Delete in the article list, "Undo" in the status
bar, quit, start again: the article is where it was. A date and time typed with real keys
("23 Juli 2024", "14.30") are what the next start shows and what the store holds.
"""

from __future__ import annotations

import pytest

from editorberita.core.domain import Article, Zone
from tests.journeys.conftest import Desk


@pytest.mark.slow
def test_delete_then_undo_survives_a_restart_in_its_rubric(desk: Desk) -> None:
    def fill(store):  # type: ignore[no-untyped-def]
        rubric = store.create_category("Samarinda")
        ids = [store.create_article(Article(headline=h, body="Isi.", category_id=rubric.id)).id
               for h in ("Banjir rob", "Jalan rusak", "Harga cabai")]
        return rubric.id, ids

    rubric_id, (first, second, third) = desk.seed(fill)
    app = desk.start()
    app.exec(f"window.sidebar.select_key(ViewKey.of_rubric({rubric_id}))\n"
             f"window.article_list.select_article({second})\n"
             "window.article_list.view.setFocus()")
    app.key("Key_Delete", into="window.article_list.view")
    assert app.eval(f"window.store.get_article({second}).deleted_at is not None")
    opened = app.eval("window.current_article.id")
    assert opened in (first, third) and opened != second  # the next one, not an empty editor
    assert app.eval("window.guard_rails.undo_button.isVisible()")
    app.exec("window.guard_rails.undo_button.click()")
    assert app.eval("window.current_article.id") == second
    assert app.quit() == 0

    with desk.store() as store:
        article = store.get_article(second)
        assert article.deleted_at is None and article.category_id == rubric_id
    again = desk.start()
    again.exec(f"window.sidebar.select_key(ViewKey.of_rubric({rubric_id}))")
    assert again.eval(f"window.article_model.row_of({second}) >= 0")
    again.quit()


@pytest.mark.slow
def test_a_typed_date_and_time_survive_a_restart(desk: Desk) -> None:
    article_id = desk.seed(lambda store: store.create_article(Article(
        headline="Rapat paripurna", body="Isi.", zone=Zone.WITA)).id)
    app = desk.start()
    app.exec(f"window.open_article({article_id})\n"
             "window.metadata.set_more_fields_visible(True)\n"
             "window.metadata.date_edit.setFocus()\n"
             "window.metadata.date_edit.selectAll()")
    app.type("23 Juli 2024", into="window.metadata.date_edit")
    app.key("Key_Tab", into="window.metadata.date_edit")
    app.exec("window.metadata.time_edit.setFocus()\nwindow.metadata.time_edit.selectAll()")
    app.type("14.30", into="window.metadata.time_edit")
    app.key("Key_Tab", into="window.metadata.time_edit")
    app.wait_until("not window.is_dirty")
    assert app.quit() == 0

    with desk.store() as store:
        local = store.get_article(article_id).local_published_at
        assert local is not None
        assert (local.year, local.month, local.day, local.hour, local.minute) == (
            2024, 7, 23, 14, 30)
    again = desk.start()
    again.exec(f"window.open_article({article_id})")
    assert again.eval("window.metadata.date_edit.text()") == "23/07/2024"
    assert again.eval("window.metadata.time_edit.text()") == "14.30"
    again.quit()
