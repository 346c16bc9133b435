"""The harness itself: the real app starts, answers, records dialogs, quits and is killed."""

from __future__ import annotations

from tests.journeys.conftest import Desk


def test_the_app_starts_answers_and_quits_cleanly(desk: Desk) -> None:
    article_id = desk.seed(lambda store: store.create_article(headline="Uji harness").id)
    app = desk.start()
    assert app.eval("window.current_article.headline") == "Uji harness"
    assert app.form()["article_id"] == article_id
    assert app.dialogs() == []
    assert app.quit() == 0
    with desk.store() as store:
        assert store.get_article(article_id).headline == "Uji harness"
