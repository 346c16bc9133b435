"""The article list under a search: where each result matched, and an empty result (issue 12)."""

from __future__ import annotations

import os
from pathlib import Path

from editorberita.core.domain import Article
from editorberita.ui.searchsnippets import SnippetRole
from tests.ui.conftest import make_window

SHOTS = os.environ.get("EDITORBERITA_SHOTS")  # a folder: save what the test looked at


def _search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.article_list.search_edit.setText(text)
    window.article_list.flush_search()
    qtbot.wait(50)


def test_results_show_where_they_matched(qtbot, store, settings, indonesian) -> None:  # type: ignore[no-untyped-def]
    store.create_article(Article(
        headline="Banjir Rendam Tiga Kelurahan di Samarinda",
        body="Hujan deras sejak Senin malam membuat ratusan warga di tiga kelurahan terpaksa "
             "mengungsi ke posko yang didirikan BPBD."))
    store.create_article(Article(
        headline="BPBD Siapkan Posko di Sungai Pinang",
        body="Petugas menyiapkan posko pengungsian, dapur umum dan perahu karet."))
    store.create_article(Article(headline="Harga Cabai Naik", body="Pasar murah digelar."))
    window = make_window(qtbot, store, settings)
    window.resize(1366, 768)
    assert window.article_model.index(0, 0).data(SnippetRole) is None  # no search: two lines
    _search(qtbot, window, "pengungsian")
    model = window.article_model
    assert model.rowCount() == 2
    marked = {model.index(r, 0).data(): [t for t, m in model.index(r, 0).data(SnippetRole) if m]
              for r in range(model.rowCount())}
    assert marked == {"BPBD Siapkan Posko di Sungai Pinang": ["pengungsian"],
                      "Banjir Rendam Tiga Kelurahan di Samarinda": ["mengungsi"]}
    view = window.article_list.view
    assert view.sizeHintForRow(0) > view.fontMetrics().height() * 3  # three lines
    assert not window.article_list.empty_label.isVisible()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "search-snippets.png"))


def test_an_empty_result_says_so_and_suggests_a_prefix(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                                        indonesian) -> None:
    store.create_article(Article(headline="Pembangunan jembatan", body="Isi."))
    window = make_window(qtbot, store, settings)
    _search(qtbot, window, "kebijakanya")
    label = window.article_list.empty_label
    assert window.article_model.rowCount() == 0
    assert label.isVisible()
    assert "kebijakanya" in label.text() and "“kebijaka*”" in label.text()
    assert "Tidak ada artikel" in label.text()
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "search-empty.png"))
    _search(qtbot, window, "")
    assert not label.isVisible()
