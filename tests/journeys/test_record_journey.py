"""Journey (issue 16): the desk corrects a published story in the window and credits its
editor; after a restart the record is still there, and the exports print it."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from editorberita.core.domain import Article, Status
from tests.journeys.conftest import Desk

CORRECTION = "Jumlah warga yang dievakuasi 12 orang, bukan 21 orang."


def _seed(store) -> int:  # type: ignore[no-untyped-def]
    rubric = store.create_category("Rubrik Uji Ralat")
    return store.create_article(Article(
        headline="Banjir Rendam Samarinda Utara", body="Sebanyak 12 orang dievakuasi.",
        byline="Rina Wati", initials="rw", dateline="Samarinda", category_id=rubric.id,
        status=Status.PUBLISHED,
        published_at=datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc))).id


@pytest.mark.slow
def test_correction_and_credits_survive_a_restart_and_reach_the_exports(
        desk: Desk, tmp_path: Path) -> None:
    article_id = desk.seed(_seed)
    app = desk.start()
    app.exec(f"window.open_article({article_id})")
    app.wait_until(f"window.current_article.id == {article_id}")
    app.exec("window.metadata.set_more_fields_visible(True)")
    fields = "window.metadata.record_fields"
    app.type("Ahmad", into=f"{fields}.editor_edit")
    app.type("ed", into=f"{fields}.editor_initials_edit")
    app.type(CORRECTION, into=f"{fields}.corrections.text_edit")
    app.exec(f"QTest.mouseClick({fields}.corrections.add_button, Qt.MouseButton.LeftButton)")
    app.wait_until(f"{fields}.corrections.list.count() == 1")
    app.wait_until("not window.is_dirty")  # saved by the window as any edit is
    app.wait_until("'Editor: Ahmad' in window.preview.toPlainText()")  # the live preview
    assert "(rw/ed)" in app.eval("window.preview.toPlainText()")
    app.screenshot("record-fields.png")
    assert app.dialogs() == []
    assert app.quit() == 0

    app = desk.start()  # the next editor
    app.wait_until(f"window.current_article.id == {article_id}")
    assert app.eval(f"{fields}.editor_edit.text()") == "Ahmad"
    assert app.eval(f"{fields}.editor_initials_edit.text()") == "ed"
    app.wait_until(f"{fields}.corrections.list.count() == 1")
    assert CORRECTION in app.eval(f"{fields}.corrections.list.item(0).text()")
    assert app.eval("window.metadata.status_combo.currentData()") == "corrected"
    out = tmp_path / "ekspor"
    for fmt, action in (("html", "export_html"), ("md", "export_markdown")):
        folder = out / fmt
        folder.mkdir(parents=True)
        # The folder chooser is the one dialog a journey cannot click: answer it here.
        app.exec("window.exporting.export_folder = "
                 f"lambda: __import__('pathlib').Path({str(folder)!r})")
        app.exec(f"window.action({action!r}).trigger()")
        app.wait_until(f"any(__import__('pathlib').Path({str(folder)!r}).glob('*.{fmt}'))")
    assert app.dialogs() == []
    assert app.quit() == 0

    with desk.store() as store:
        article = store.get_article(article_id)
        (correction,) = store.corrections(article_id)
    assert (article.editor, article.editor_initials, article.status) == (
        "Ahmad", "ed", Status.CORRECTED)
    assert correction.author == "Ahmad"
    (page,) = (out / "html").glob("*.html")
    html = page.read_text("utf-8")
    assert "Penulis: Rina Wati | Editor: Ahmad" in html and "(rw/ed)" in html
    line = f"{correction.heading}:</strong> {CORRECTION}"
    assert line in html and re.search(r"Ralat \(Selasa|Ralat \(\w+, \d", html)
    (md,) = (out / "md").glob("*.md")
    meta = yaml.safe_load(md.read_text("utf-8").split("---\n")[1])
    assert (meta["author"], meta["editor"]) == ("Rina Wati", "Ahmad")
    assert meta["corrections"][0]["text"] == CORRECTION
    assert f"**{correction.heading}:** {CORRECTION}" in md.read_text("utf-8")
