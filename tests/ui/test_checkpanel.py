"""The check panel at 1366×768: in the preview's place, counts by kind, wrapped rows, jumps."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from editorberita.core.domain import Article
from editorberita.core.store import ArticleStore
from editorberita.ui.checkpanel import (
    FIELDS,
    PAD_Y,
    PANEL_WIDTH,
    SPELLING,
    WRITING,
    excerpt,
)
from tests.ui.conftest import make_window

BODY = ("Air Sungai Mahakam mulai naik sejak Senin malam dan mencapai puncaknya pada "
        "selasa  pagi. Warga membayar Rp 50.000 untuk sewa perahu.\n\n"
        "Relawan mendirikan dapur umum. [Tulis isi berita di sini]")


def _open(qtbot, store: ArticleStore, settings):  # type: ignore[no-untyped-def]
    rubric = store.create_category("Samarinda")
    article = store.create_article(Article(
        headline="Banjir Rob, Pemerintahh Siapkan Bantuan", category_id=rubric.id,
        byline="Rina", dateline="Samarinda", body=BODY))
    settings.set("ui/preview_visible", True)
    window = make_window(qtbot, store, settings)
    window.resize(1366, 768)
    window.open_article(article.id)
    assert window.spelling.spell.wait_until_ready()
    QApplication.processEvents()
    return window


def test_panel_takes_the_preview_place_and_gives_it_back(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    assert window.preview.isVisible()
    window.checking.run_check()
    QApplication.processEvents()
    panel = window.checking.panel
    assert panel.isVisible() and not window.preview.isVisible()
    assert panel.width() >= PANEL_WIDTH - 20
    assert window.editor.width() >= 480  # the editor keeps a roomy column beside it
    assert not window.action("toggle_preview").isChecked()
    assert settings.get("ui/preview_visible")  # the preference itself is unchanged
    panel.close()
    QApplication.processEvents()
    assert window.preview.isVisible() and window.action("toggle_preview").isChecked()


def test_preview_turned_off_stays_off_after_the_panel(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    window.action("toggle_preview").trigger()  # the editor hides the preview (F9)
    assert not window.preview.isVisible()
    window.checking.run_check()
    window.checking.panel.close()
    QApplication.processEvents()
    assert not window.preview.isVisible()


def test_header_counts_each_kind(qtbot, store, settings, indonesian) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    problems = window.checking.run_check()
    panel = window.checking.panel
    counts = panel.group_counts()
    # initials, template text (the summary is optional)
    assert counts == {FIELDS: 2, SPELLING: 1, WRITING: 3}
    assert sum(counts.values()) == len(problems)
    text = panel.counts.text()
    assert "2&nbsp;isian" in text and "1&nbsp;ejaan" in text and "3&nbsp;penulisan" in text
    assert panel.summary.text() == "6 masalah perlu dibereskan sebelum ekspor"


def test_long_messages_wrap_and_nothing_is_cut(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    window.checking.run_check()
    QApplication.processEvents()
    view = window.checking.panel.list
    assert view.horizontalScrollBar().maximum() == 0
    line = view.fontMetrics().lineSpacing()
    delegate = view.itemDelegate()
    heights = []
    for row in range(view.count()):
        rect = view.visualItemRect(view.item(row))
        assert rect.width() <= view.viewport().width()
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = rect
        index = view.model().index(row, 0)
        painted = delegate.document(option, index, delegate.text_width(option))
        assert painted.size().height() + 2 * PAD_Y <= rect.height() + 1  # no line cut off
        heights.append(rect.height())
    codes = [p.code for p in window.checking.panel.problems()]
    placeholder = heights[codes.index("placeholder")]
    short = heights[codes.index("missing_initials")]  # one short line
    assert short < 3 * line
    assert placeholder >= 3 * line > short  # message and excerpt over three lines


def test_click_jumps_into_the_headline_too(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    window.checking.run_check()
    panel = window.checking.panel
    codes = [(p.code, p.field) for p in panel.problems()]
    row = codes.index(("spelling", "headline"))
    assert "[Pemerintahh]" in panel.list.item(row).text()
    panel.list.itemClicked.emit(panel.list.item(row))
    assert window.metadata.headline_edit.selectedText() == "Pemerintahh"


def test_panel_starts_closed_after_a_restart(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, store, settings)
    window.checking.run_check()
    window.close()  # saves the window state with the panel open
    again = make_window(qtbot, store, settings)
    assert not again.checking.panel.isVisible()
    assert again.preview.isVisible()


def test_excerpt_cuts_at_whole_words() -> None:
    start = BODY.index("selasa")
    assert excerpt(BODY, start, start + 6) == ("… malam dan mencapai puncaknya pada [selasa] "
                                               "pagi. Warga membayar Rp 50.000 untuk…")
    spaces = BODY.index("  ")
    assert "selasa[··]pagi" in excerpt(BODY, spaces, spaces + 2)
