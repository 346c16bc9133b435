"""Journeys of an ordinary desk day: a crash while typing, a colleague's import meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.journeys.conftest import Desk
from tests.journeys.test_restart import (
    assert_window_shows_stored,
    full_article,
    open_and_leave,
    stored_fields,
)

SAVED = " Kalimat yang sempat tersimpan."
LOST = " Kalimat yang belum tersimpan"
AFTER = " Lanjut menulis."


@pytest.mark.slow
def test_kill_while_typing_keeps_what_was_saved_and_nothing_else_changes(
        desk: Desk, qapp: object) -> None:
    article_id = desk.seed(lambda store: full_article(store, pictures=False))
    before = stored_fields(desk, article_id)
    open_and_leave(desk, article_id, "quit")

    app = desk.start()
    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(SAVED)
    app.wait_until("not window.is_dirty")  # the autosave point
    app.type(LOST)  # typed after it: the debounce (1 s) has not fired when the kill comes
    assert app.eval("window.is_dirty")
    app.kill()

    with desk.store() as store:
        assert store.integrity_problems() == []
    after_kill = stored_fields(desk, article_id)
    assert after_kill["body"] == before["body"] + SAVED
    for name in before:
        if name not in ("body", "version"):
            assert after_kill[name] == before[name], f"{name} changed by the crash"

    app = desk.start()
    assert_window_shows_stored(desk, app.form(), article_id)
    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(AFTER)
    app.wait_until("not window.is_dirty")
    assert app.dialogs() == []
    assert app.quit() == 0
    final = stored_fields(desk, article_id)
    assert final["body"] == before["body"] + SAVED + AFTER
    for name in before:
        if name not in ("body", "version"):
            assert final[name] == before[name], f"{name} changed by typing after the crash"


def _markdown(folder: Path, name: str, title: str, category: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(
        f"---\ntitle: {title}\ncategory: {category}\nstatus: draft\n---\n\n"
        f"Isi berita {title.lower()}.\n", encoding="utf-8")


RUBRIC_COUNT = ("window.sidebar_model.data(window.sidebar_model.index_for_key("
                "ViewKey.of_rubric({id})).siblingAtColumn(1), Qt.ItemDataRole.DisplayRole)")


@pytest.mark.slow
def test_cli_import_while_the_window_is_open_shows_up_in_the_list_and_counts(
        desk: Desk, qapp: object) -> None:
    def seed(store):  # type: ignore[no-untyped-def]
        rubric = store.create_category("Sepak Bola Lokal")
        article = store.create_article(headline="Persiba menang", category_id=rubric.id,
                                       body="Awal.")
        return rubric.id, article.id

    rubric_id, article_id = desk.seed(seed)
    app = desk.start()
    app.exec(f"window.open_article({article_id})")
    app.wait_until(f"window.current_article.id == {article_id}")
    rows_before = len(app.form()["list"])
    count = RUBRIC_COUNT.format(id=rubric_id)
    assert str(app.eval(count)) == "1"
    app.exec("window.editor.moveCursor(QTextCursor.MoveOperation.End)")
    app.type(" Sedang diketik")  # the editor is mid-sentence when the import lands

    folder = desk.root / "kiriman"
    _markdown(folder, "a.md", "Persiba tambah pemain", "Sepak Bola Lokal")
    _markdown(folder, "b.md", "Borneo FC juara", "Sepak Bola Lokal")
    _markdown(folder, "c.md", "Festival Mahakam", "Budaya Kaltim")
    done = desk.cli("import", folder)
    assert "3 artikel baru" in done.stdout

    app.wait_until(f"len(form()['list']) == {rows_before + 3}", timeout=20)
    app.wait_until(f"str({count}) == '3'")
    assert app.eval("'Budaya Kaltim' in [c.name for c in window.sidebar_model.categories()]")
    assert app.eval("window.metadata.rubric_combo.findText('Budaya Kaltim') >= 0")
    # The open article is as the editor left it: still open, the typed text still there.
    form = app.form()
    assert form["article_id"] == article_id
    assert form["values"]["body"] == "Awal. Sedang diketik"
    assert form["values"]["category_id"] == rubric_id
    app.wait_until("not window.is_dirty")
    assert app.dialogs() == []
    assert app.quit() == 0
    with desk.store() as store:
        assert store.get_article(article_id).body == "Awal. Sedang diketik"
