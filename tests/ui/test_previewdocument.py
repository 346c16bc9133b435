"""The preview's document as segments (ui/previewdocument.py): patched in place, rebuilt when
asked, mapped to source lines, and a build given up for a newer article leaves no half state."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from editorberita.core.segments import Rendering, Segment
from editorberita.ui.previewdocument import SegmentDocument


def _rendering(paragraphs: list[str]) -> Rendering:
    body = tuple(Segment(f"<p>{text}</p>", 2 * i, 2 * i) for i, text in enumerate(paragraphs))
    return Rendering("<h1>Judul</h1>", body, "<p>Ekor</p>", incremental=True)


def _document(qtbot: QtBot) -> tuple[QTextBrowser, SegmentDocument]:
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    bar = view.verticalScrollBar()
    return view, SegmentDocument(view.document, bar.value, bar.setValue, lambda: None)


def test_a_changed_paragraph_is_patched_in_place(qtbot: QtBot) -> None:
    view, document = _document(qtbot)
    paragraphs = [f"Paragraf {i}." for i in range(30)]
    done: list[bool] = []
    document.apply(_rendering(paragraphs), rebuild=True, progressive=False,
                   done=lambda: done.append(True), current=lambda: True)
    assert done == [True] and document.renders == 1
    first = view.document().findBlockByNumber(1)
    paragraphs[20] = "Paragraf dua puluh, diubah."
    document.apply(_rendering(paragraphs), rebuild=False, progressive=False,
                   done=lambda: done.append(True), current=lambda: True)
    assert document.renders == 2
    assert view.document().findBlockByNumber(1) == first  # untouched blocks stay the same
    assert "Paragraf dua puluh, diubah." in view.toPlainText()
    assert "Paragraf 20." not in view.toPlainText()
    before = view.toPlainText()
    document.apply(_rendering(paragraphs), rebuild=False, progressive=False,
                   done=lambda: None, current=lambda: True)
    assert document.renders == 2 and view.toPlainText() == before  # nothing changed


def test_source_lines_map_to_paragraphs_and_back(qtbot: QtBot) -> None:
    view, document = _document(qtbot)
    assert document.source_line_top(0) is None  # nothing built yet
    document.apply(_rendering([f"Paragraf {i}." for i in range(10)]), rebuild=True,
                   progressive=False, done=lambda: None, current=lambda: True)
    tops = [document.source_line_top(2 * i) for i in range(10)]
    assert all(top is not None for top in tops)
    assert tops == sorted(tops) and len(set(tops)) == 10
    block = view.document().findBlock(view.toPlainText().index("Paragraf 7.")).blockNumber()
    assert document.source_line_of_block(block) == 14


def test_a_build_given_up_for_a_newer_article_rebuilds_next_time(qtbot: QtBot) -> None:
    _view, document = _document(qtbot)
    done: list[bool] = []
    document.apply(_rendering(["Lama."]), rebuild=True, progressive=True,
                   done=lambda: done.append(True), current=lambda: False)
    assert done == [True] and document.segments == []  # the next rendering rebuilds
