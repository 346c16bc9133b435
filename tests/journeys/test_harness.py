"""The harness itself: the real app starts, answers, records dialogs, quits and is killed."""

from __future__ import annotations

from tests.journeys.conftest import Desk


def test_the_app_starts_answers_and_quits_cleanly(desk: Desk) -> None:
    article_id = desk.seed(lambda store: store.create_article(headline="Uji harness").id)
    app = desk.start()
    assert app.eval("window.current_article.headline") == "Uji harness"
    assert app.form()["article_id"] == article_id
    assert app.eval("window.size().width(), window.size().height()") == [1366, 768]
    app.exec(f"window.open_article({article_id})")
    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type("Baris satu")
    app.key("Key_Return", modifiers="Shift")
    app.type("baris dua")
    assert "Baris satu" in app.eval("window.editor.toPlainText()")
    app.exec("later(\"window.action('about').trigger()\")")  # a modal dialog: recorded, closed
    app.wait_until("len(DIALOGS) == 1")
    assert app.dialogs()[0]["class"] == "AboutDialog"
    app.wait_until("not window.is_dirty")
    assert app.quit() == 0
    with desk.store() as store:
        assert "baris dua" in store.get_article(article_id).body
