"""The live preview on hostile bodies: it shows the text or says why not, never a blank pane."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editorberita.core.domain import Article, NotFoundError
from editorberita.core.pictures import PictureSet
from editorberita.ui.preview import PreviewPane


@pytest.fixture
def preview(qtbot: QtBot) -> PreviewPane:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    return pane


def _show(preview: PreviewPane, qtbot: QtBot, article: Article) -> str:
    with qtbot.waitSignal(preview.updated, timeout=30_000):
        preview.show_article(article)
    return preview.toPlainText()


@pytest.mark.parametrize("body", [
    "- " * 10_000 + "akhir",
    "> " * 10_000 + "akhir",
    "*a " * 3000 + "akhir" + " a*" * 3000,
    "[" * 20_000 + " akhir",
    "![" * 50_000 + " akhir",
])
def test_deep_or_quadratic_body_shows_its_text(preview: PreviewPane, qtbot: QtBot,
                                               body: str) -> None:
    """Nesting and unmatched brackets once gave a blank pane (RecursionError) or froze it."""
    text = _show(preview, qtbot, Article(headline="Uji", body=body))
    assert "akhir" in text


def test_refused_render_says_why_in_the_pane(preview: PreviewPane, qtbot: QtBot) -> None:
    """A rendering that fails shows its message where the article would be, not a blank."""
    def missing(_article: Article) -> PictureSet | None:
        raise NotFoundError("Foto #7 tidak ditemukan.")

    preview.pictures_provider = missing
    assert "Foto #7 tidak ditemukan." in _show(preview, qtbot, Article(headline="U", body="a"))

    def broken(_article: Article) -> PictureSet | None:
        raise ValueError("bug")

    preview.pictures_provider = broken
    text = _show(preview, qtbot, Article(headline="U", body="b"))
    assert "preview could not be made" in text or "Pratinjau tidak dapat dibuat" in text
