"""The check panel and the check before export in the window (ui/checking.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article
from tests.ui.conftest import make_window


def test_check_panel_lists_and_jumps(qtbot, store, settings, answers,  # type: ignore[no-untyped-def]
                                    indonesian) -> None:
    body = "Warga membayar Rp 50.000 pada selasa  pagi."
    article = store.create_article(Article(headline="Harga", body=body, byline="Rina"))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(article.id)
    problems = window.checking.run_check()
    panel = window.checking.panel
    assert panel.isVisible()
    codes = [p.code for p in panel.problems()]
    assert {"missing_dateline", "missing_initials", "rupiah", "double_space",
            "calendar_case"} <= set(codes)
    row = codes.index("rupiah")
    item = panel.list.item(row)
    assert item.text().startswith("Isi: ")
    panel.list.itemClicked.emit(item)
    assert window.editor.textCursor().selectedText() == "Rp "
    dateline_row = codes.index("missing_dateline")
    panel.list.itemClicked.emit(panel.list.item(dateline_row))
    assert window.metadata.more_box.isVisible()
    assert QApplication.focusWidget() in (window.metadata.dateline_edit, None)
    assert len(problems) == panel.list.count()
