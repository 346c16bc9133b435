"""The Markdown editor: smart quotes, formatting actions, signals and statistics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorberita.core.textid import char_count, reading_minutes, word_count
from editorberita.ui.editor import MarkdownEditor

ORDER = ["Bold", "Italic", "Heading", "Quote", "Bulleted List", "Numbered List", "Link",
         "Horizontal Rule"]


def _action(editor: MarkdownEditor, name: str):
    """Return an action by its English name (the suite may run with a translator installed)."""
    return editor.formatting_actions()[ORDER.index(name)]


def test_editor_smart_quotes_typed_and_undone(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """Typed quotes curl as you type; one Ctrl+Z leaves the straight quote."""
    qtbot.keyClicks(editor, '"Kami siap," kata dia. It\'s')
    assert editor.markdown() == "\u201cKami siap,\u201d kata dia. It\u2019s"
    qtbot.keyClicks(editor, ' "')
    assert editor.markdown().endswith("\u201c")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.markdown() == "\u201cKami siap,\u201d kata dia. It\u2019s \""


@pytest.mark.parametrize("typed", [
    "`kode 'x' \"y\"`", "[tautan](https://a.id/'x') ", "<https://a.id/'x'> ", "lihat www.a.id/'x",
])
def test_editor_no_smart_quotes_in_code_or_links(editor: MarkdownEditor, qtbot: QtBot,
                                                  typed: str) -> None:
    """Quotes inside inline code, a link address, an autolink or a URL stay straight."""
    qtbot.keyClicks(editor, typed)
    assert editor.markdown() == typed


def test_editor_no_smart_quotes_in_fenced_code(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("```\n\n```")
    cursor = editor.textCursor()
    cursor.setPosition(4)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "x = 'a'")
    assert editor.markdown() == "```\nx = 'a'\n```"


def test_editor_smart_quotes_can_be_turned_off(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_smart_quotes(False)
    qtbot.keyClicks(editor, '"a"')
    assert editor.markdown() == '"a"'


@pytest.mark.parametrize(("name", "expected"), [
    ("Bold", "**banjir** besar"), ("Italic", "*banjir* besar"), ("Heading", "## banjir besar"),
    ("Quote", "> banjir besar"), ("Bulleted List", "- banjir besar"),
    ("Numbered List", "1. banjir besar"), ("Link", "[banjir](https://) besar"),
])
def test_editor_formatting_actions_wrap_selection(editor: MarkdownEditor, name: str,
                                                  expected: str) -> None:
    """Each formatting action marks up the selected word (or its line) in one undo step."""
    editor.set_markdown("banjir besar")
    cursor = editor.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(6, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    _action(editor, name).trigger()
    assert editor.markdown() == expected
    editor.undo()
    assert editor.markdown() == "banjir besar"


def test_editor_actions_have_shortcuts_and_tooltips(editor: MarkdownEditor) -> None:
    actions = {name: _action(editor, name) for name in ORDER}
    assert actions["Bold"].shortcut().toString() == "Ctrl+B"
    assert actions["Link"].shortcut().toString() == "Ctrl+K"
    assert actions["Heading"].shortcut().toString() == "Ctrl+Alt+2"
    assert len(actions) == 8
    assert all("(" in a.toolTip() for a in actions.values())


def test_editor_set_markdown_is_not_an_edit(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """Loading text emits no text_edited and leaves nothing to undo; typing emits it."""
    with qtbot.assertNotEmitted(editor.text_edited):
        editor.set_markdown("Satu\n\nDua")
    assert not editor.document().isUndoAvailable()
    with qtbot.waitSignal(editor.text_edited):
        qtbot.keyClicks(editor, "x")


def test_editor_cursor_line_changed(editor: MarkdownEditor, qtbot: QtBot) -> None:
    editor.set_markdown("a\n\nb\nc")
    with qtbot.waitSignal(editor.cursor_line_changed) as blocker:
        cursor = editor.textCursor()
        cursor.setPosition(len("a\n\nb\n"))
        editor.setTextCursor(cursor)
    assert blocker.args == [3]


def test_editor_stats_match_textid(editor: MarkdownEditor, qtbot: QtBot) -> None:
    """Word count, characters and minutes agree with core.textid (computed per paragraph)."""
    text = "# Banjir di *Samarinda*\n\nWarga kerja-kerja keras.\n\n- satu\n- dua\n\n" * 40
    editor.set_markdown(text)
    with qtbot.waitSignal(editor.stats_changed, timeout=2000) as blocker:
        qtbot.keyClicks(editor, "x")
    full = editor.markdown()
    assert blocker.args == [word_count(full), char_count(full), reading_minutes(full)]


def test_spelling_underline_keeps_the_syntax_formats(editor: MarkdownEditor) -> None:
    """A misspelt word inside bold or a link stays bold or link-coloured, now underlined."""
    import re

    from PySide6.QtGui import QFont, QTextCharFormat

    from editorberita.core.spelling import WordSpan

    def spell(text: str) -> list[WordSpan]:
        return [WordSpan(m.start(), m.end(), m.group()) for m in re.finditer(r"kebijkan", text)]

    highlighter = editor.highlighter
    highlighter.set_spell_function(spell)
    editor.set_markdown("Ini **kebijkan** baru dan [kebijkan](https://x.id) lama kebijkan")
    highlighter.visible_blocks = (0, 10)
    highlighter.rehighlight()
    block = editor.document().firstBlock()
    formats = {(r.start, r.length): QTextCharFormat(r.format) for r in block.layout().formats()}
    text = block.text()

    def format_at(position: int) -> QTextCharFormat:
        for (start, length), fmt in formats.items():
            if start <= position < start + length:
                return fmt
        return QTextCharFormat()

    wavy = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    bold_word, link_word, plain_word = (m.start() for m in re.finditer("kebijkan", text))
    for start in (bold_word, link_word, plain_word):
        assert all(format_at(p).underlineStyle() == wavy for p in range(start, start + 8))
    assert format_at(bold_word).fontWeight() == QFont.Weight.Bold
    link = highlighter._formats["link"].foreground().color()
    assert format_at(link_word).foreground().color() == link
    assert format_at(0).underlineStyle() != wavy  # "Ini" is spelt right
    assert format_at(text.index("**")).fontWeight() == QFont.Weight.Bold  # markers untouched
