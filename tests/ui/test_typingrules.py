"""Typing paragraphs as a word processor user does: Enter, Shift+Enter, lists, code, quotes.

Real key events on a real editor (pytest-qt); the Markdown that results must render as the
paragraphs the editor meant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from editorberita.core.render import render_markdown
from editorberita.ui.editor import LINE_HEIGHT_PERCENT, MarkdownEditor

ENTER = Qt.Key.Key_Return
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(editor: MarkdownEditor, text: str) -> None:
    """Open a text as the window does and put the cursor at its end."""
    editor.set_markdown(text)
    editor.moveCursor(QTextCursor.MoveOperation.End)


def _type(qtbot: QtBot, editor: MarkdownEditor, *keys: str | Qt.Key) -> None:
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(editor, key)
        else:
            qtbot.keyClick(editor, key)


def test_first_blank_line_after_opening_is_kept(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """Enter, Enter after an opened article's paragraph: a blank line, two paragraphs."""
    _open(editor, "Paragraf satu.")
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClicks(editor, "Paragraf dua.")
    assert editor.markdown().count("\n\n") >= 1
    assert render_markdown(editor.markdown()).count("<p>") == 2
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClicks(editor, "Tiga.")
    assert render_markdown(editor.markdown()).count("<p>") == 3


def test_new_lines_keep_the_line_height(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "Satu.")
    _type(qtbot, editor, ENTER, ENTER, "Dua.", ENTER)
    block = editor.document().firstBlock()
    while block.isValid():
        assert block.blockFormat().lineHeight() == LINE_HEIGHT_PERCENT
        block = block.next()


def test_one_enter_starts_a_paragraph(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """Like Word: one Enter ends the paragraph; the Markdown gets its blank line."""
    _open(editor, "")
    _type(qtbot, editor, "Banjir merendam tiga kelurahan.", ENTER, "Warga mengungsi.", ENTER,
          "BPBD menyiapkan posko.")
    assert editor.markdown() == ("Banjir merendam tiga kelurahan.\n\nWarga mengungsi.\n\n"
                                 "BPBD menyiapkan posko.")
    assert render_markdown(editor.markdown()).count("<p>") == 3


def test_enter_inside_a_paragraph_splits_it(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "Kalimat satu. Kalimat dua.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Kalimat satu."))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, ENTER)
    assert editor.markdown() == "Kalimat satu.\n\nKalimat dua."


def test_shift_enter_is_a_line_break(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "")
    qtbot.keyClicks(editor, "Jl. Pahlawan 1")
    qtbot.keyClick(editor, ENTER, SHIFT)
    qtbot.keyClicks(editor, "Samarinda")
    html = render_markdown(editor.markdown())
    assert html.count("<p>") == 1 and "<br>" in html


def test_enter_on_an_empty_line_adds_one_line(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """A Word habit (Enter twice) leaves a tidy text: the second Enter adds one newline."""
    _open(editor, "Satu.")
    _type(qtbot, editor, ENTER, ENTER, "Dua.")
    assert editor.markdown() == "Satu.\n\n\nDua."
    assert render_markdown(editor.markdown()).count("<p>") == 2


def test_enter_continues_and_ends_lists(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "")
    _type(qtbot, editor, "- beras", ENTER, "gula", ENTER, ENTER, "Harga naik.")
    assert editor.markdown() == "- beras\n- gula\n\nHarga naik."
    editor.set_markdown("")
    _type(qtbot, editor, "1. Datang", ENTER, "Daftar", ENTER, ENTER, "Selesai.")
    assert editor.markdown() == "1. Datang\n2. Daftar\n\nSelesai."
    html = render_markdown(editor.markdown())
    assert html.count("<li>") == 2 and "<p>Selesai.</p>" in html


def test_enter_in_code_and_tables_is_one_newline(editor: MarkdownEditor,
                                                 qtbot: QtBot) -> None:
    _open(editor, "")
    _type(qtbot, editor, "```", ENTER, "a = 1", ENTER, "b = 2", ENTER, "```", ENTER, "Teks.")
    assert editor.markdown() == "```\na = 1\nb = 2\n```\n\nTeks."
    editor.set_markdown("")
    _type(qtbot, editor, "| a | b |", ENTER, "|---|---|", ENTER, "| 1 | 2 |")
    assert editor.markdown() == "| a | b |\n|---|---|\n| 1 | 2 |"


def test_enter_continues_and_ends_a_quote(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "")
    _type(qtbot, editor, "> Kutipan satu.", ENTER, "Dua.", ENTER, ENTER, "Sesudahnya.")
    assert editor.markdown() == "> Kutipan satu.\n>\n> Dua.\n\nSesudahnya."


def test_enter_is_one_undo_step(editor: MarkdownEditor, qtbot: QtBot) -> None:
    _open(editor, "Satu.")
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "Satu."


def test_shortcuts_help_says_how_paragraphs_are_typed(qtbot: QtBot, indonesian) -> None:  # type: ignore[no-untyped-def]
    """F1 explains Enter and Shift+Enter, in Indonesian."""
    from editorberita.ui.shortcutsdialog import ShortcutsDialog

    dialog = ShortcutsDialog([])
    qtbot.addWidget(dialog)
    rows = {(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.row_count())}
    assert ("Paragraf baru", "Enter") in rows
    assert ("Pindah baris di dalam paragraf", "Shift+Enter") in rows
    assert "Shift+Enter" in dialog.typing_note.text() and "paragraf" in dialog.typing_note.text()


def _paste(qtbot: QtBot, editor: MarkdownEditor, text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_paste_from_a_word_processor_keeps_its_paragraphs(editor: MarkdownEditor,
                                                         qtbot: QtBot) -> None:
    """Word and Google Docs copy one line per paragraph; the page keeps them apart."""
    _open(editor, "")
    _paste(qtbot, editor, "Banjir merendam tiga kelurahan.\r\nWarga mengungsi.\r\n"
                          "BPBD membuka posko.")
    assert editor.markdown() == ("Banjir merendam tiga kelurahan.\n\nWarga mengungsi.\n\n"
                                 "BPBD membuka posko.")
    assert render_markdown(editor.markdown()).count("<p>") == 3


def test_paste_of_markdown_and_of_our_own_copy_is_unchanged(editor: MarkdownEditor,
                                                            qtbot: QtBot) -> None:
    _open(editor, "")
    markdown = "Baris yang dibungkus\npada 72 kolom.\n\n- satu\n- dua"
    _paste(qtbot, editor, markdown)
    assert editor.markdown() == markdown
    _open(editor, "Satu\ndua.")
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, ENTER)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "Satu\ndua.\n\nSatu\ndua."
