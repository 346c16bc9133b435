"""Find and replace: options, "n of m" feedback and replace-all as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.findreplace import FindReplaceBar

TEXT = "Banjir di Samarinda. banjir lagi; Banjirnya surut. Tahun 2023 dan 2024."


@pytest.fixture
def bar(qtbot: QtBot) -> FindReplaceBar:
    editor = MarkdownEditor()
    editor.set_markdown(TEXT)
    widget = FindReplaceBar(editor)
    qtbot.addWidget(editor)
    qtbot.addWidget(widget)
    editor.show()
    return widget


def test_findreplace_hidden_until_shown_and_escape_hides(bar: FindReplaceBar,
                                                         qtbot: QtBot) -> None:
    assert bar.isHidden()
    bar.show_replace()
    assert bar.isVisible() and bar.replace_edit.isVisible()
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert bar.isHidden()


def test_findreplace_counts_with_options(bar: FindReplaceBar) -> None:
    bar.show_find()
    bar.find_edit.setText("banjir")
    assert bar.match_count() == 3
    bar.case_check.setChecked(True)
    assert bar.match_count() == 1
    bar.case_check.setChecked(False)
    bar.whole_word_check.setChecked(True)
    assert bar.match_count() == 2
    bar.regex_check.setChecked(True)
    bar.find_edit.setText(r"\d{4}")
    assert bar.match_count() == 2


def test_findreplace_next_shows_n_of_m_and_wraps(bar: FindReplaceBar) -> None:
    bar.show_find()
    bar.find_edit.setText("banjir")
    assert bar.find_next()
    of = bar.tr("{current} of {total}")
    assert bar.status_label.text() == of.format(current=1, total=3)
    bar.find_next()
    bar.find_next()
    assert bar.status_label.text() == of.format(current=3, total=3)
    bar.find_next()
    assert bar.status_label.text() == of.format(current=1, total=3)
    bar.find_edit.setText("tsunami")
    assert not bar.find_next()
    assert bar.status_label.text() == bar.tr("Not found")


def test_findreplace_replace_all_is_one_undo_step(bar: FindReplaceBar) -> None:
    editor = bar._editor
    bar.show_replace()
    bar.find_edit.setText("banjir")
    bar.whole_word_check.setChecked(True)
    bar.replace_edit.setText("Genangan")
    assert bar.replace_all() == 2
    assert editor.markdown() == TEXT.replace("Banjir di", "Genangan di").replace(
        "banjir lagi", "Genangan lagi")
    editor.undo()
    assert editor.markdown() == TEXT


def test_findreplace_regex_groups_and_single_replace(bar: FindReplaceBar) -> None:
    editor = bar._editor
    bar.show_replace()
    bar.regex_check.setChecked(True)
    bar.find_edit.setText(r"(\d{2})(\d{2})")
    bar.replace_edit.setText(r"'\2")
    bar.find_next()
    bar.replace()
    assert "Tahun '23 dan 2024." in editor.markdown()
    bar.find_edit.setText("(")
    assert bar.status_label.text().startswith(bar.tr("Invalid expression: {error}")[:8])


def test_findreplace_single_replace_raises_no_deprecation(bar: FindReplaceBar) -> None:
    """Qt's AnchoredMatchOption is deprecated; the bar must not use it (issue 12)."""
    import warnings

    bar.show_replace()
    bar.find_edit.setText("Banjir")
    bar.replace_edit.setText("Rob")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert bar.find_next()
        bar.replace()
    assert bar._editor.markdown().startswith("Rob di Samarinda")


