"""Journey: ordinary government news is not underlined, a real typo is, across a restart.

Issue 12: derived forms ("difokuskan", "antarkecamatan"), regional government words
("Kadiskominfo", "Raperda", "pansus"), "tapi", and a desk word added with a capital
("Literasi") used in lowercase are all accepted by the window's spell checker (its own
process); a misspelling stays underlined.
"""

from __future__ import annotations

import pytest

from tests.journeys.conftest import Desk

BODY = ("Kadiskominfo Kaltim mengatakan pembahasan Raperda literasi difokuskan pada kerja sama "
        "antarkecamatan, tapi pansus belum menggelar rapat soal kebijkan itu.")
UNDERLINED = ("[b.text()[r.start:r.start + r.length] for b in "
              "[window.editor.document().firstBlock()] for r in b.layout().formats() "
              "if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]")


@pytest.mark.slow
def test_desk_news_is_not_underlined_and_a_typo_is(desk: Desk) -> None:
    def seed(store):  # type: ignore[no-untyped-def]
        store.add_desk_word("Literasi")  # added from a headline, with its capital
        return store.create_article(headline="Raperda Literasi Digital", body=BODY).id

    article_id = desk.seed(seed)
    for _ in range(2):  # and again after a restart
        app = desk.start()
        app.exec("from PySide6.QtGui import QTextCharFormat")
        app.exec(f"window.open_article({article_id})")
        app.wait_until(f"{UNDERLINED} == ['kebijkan']", timeout=30)
        assert app.quit() == 0
