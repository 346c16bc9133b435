"""The desk word list dialog (Kamus redaksi) on a real database, with the real spell checker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from editorberita.core.domain import Article
from editorberita.core.store import ArticleStore, open_store
from editorberita.ui.deskwords import DeskWordsDialog
from editorberita.ui.preferences import PreferencesDialog
from tests.ui.conftest import make_window
from tests.ui.conftest import underlined as _underlined


def _dialog(qtbot, store: ArticleStore, spell=None,  # type: ignore[no-untyped-def]
            prompts=None) -> DeskWordsDialog:
    dialog = DeskWordsDialog(store, spell, prompts=prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _select(dialog: DeskWordsDialog, words: list[str]) -> None:
    selection = dialog.view.selectionModel()
    selection.clearSelection()
    for row, word in enumerate(dialog.shown_words()):
        if word in words:
            selection.select(dialog.proxy.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select)


def test_lists_filters_and_counts(qtbot, store: ArticleStore, indonesian) -> None:  # type: ignore[no-untyped-def]
    store.add_desk_words(["samarinda", "Kaltim", "Diskominfo", "Pemprov", "Kaltara"])
    dialog = _dialog(qtbot, store)
    assert dialog.words() == ["Diskominfo", "Kaltara", "Kaltim", "Pemprov", "samarinda"]
    assert dialog.count_label.text() == "5 kata"
    qtbot.keyClicks(dialog.filter_edit, "kalt")
    assert dialog.shown_words() == ["Kaltara", "Kaltim"]
    assert dialog.count_label.text() == "2 dari 5"
    assert not dialog.banner.isVisible()


def test_add_by_typing_and_enter(qtbot, store: ArticleStore, answers) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, store, prompts=answers)
    qtbot.keyClicks(dialog.word_edit, "Disperkim")
    qtbot.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the word, did not close the dialog
    assert store.desk_words() == ["Disperkim"]
    assert dialog.word_edit.text() == ""
    assert dialog.selected_words() == ["Disperkim"]
    qtbot.keyClicks(dialog.word_edit, "dua kata")
    dialog.add_button.click()
    assert store.desk_words() == ["Disperkim"]
    assert answers["shown"][-1][0] == "warning"


def test_remove_asks_once_and_no_keeps_the_words(qtbot, store: ArticleStore, answers) -> None:  # type: ignore[no-untyped-def]
    store.add_desk_words(["Bontang", "Kutim", "Paser"])
    dialog = _dialog(qtbot, store, prompts=answers)
    _select(dialog, ["Bontang", "Paser"])
    answers["question"] = False
    dialog.remove_button.click()
    assert store.desk_words() == ["Bontang", "Kutim", "Paser"]
    answers["question"] = True
    dialog.remove_button.click()
    assert len(answers["asked"]) == 2
    assert store.desk_words() == ["Kutim"]
    assert dialog.words() == ["Kutim"]
    assert "2" in dialog.message_label.text()


def test_import_and_export_plain_text(qtbot, store: ArticleStore, tmp_path: Path,  # type: ignore[no-untyped-def]
                                      answers, monkeypatch: pytest.MonkeyPatch,
                                      indonesian) -> None:
    store.add_desk_words(["Kaltim"])
    source = tmp_path / "kata.txt"
    source.write_text("# dari biro Balikpapan\nKaltim\nPenajam\nKukar\ndua kata\n",
                      encoding="utf-8")
    answers["open"] = str(source)
    dialog = _dialog(qtbot, store, prompts=answers)
    dialog.import_button.click()
    assert store.desk_words() == ["Kaltim", "Kukar", "Penajam"]
    message = dialog.message_label.text()
    assert "2 kata baru" in message and "baris 5 “dua kata”" in message
    target = tmp_path / "ekspor" / "kamus.txt"
    target.parent.mkdir()
    answers["save"] = str(target)
    dialog.export_button.click()
    assert target.read_text(encoding="utf-8") == "Kaltim\nKukar\nPenajam\n"


@pytest.mark.parametrize(("data", "says"), [
    ("Kaltim\nPeñajam\n".encode("latin-1"), "bukan teks UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "bukan berkas teks"),
])
def test_a_file_that_is_no_word_list_changes_nothing(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path, answers, data: bytes,
                                                     says: str, indonesian) -> None:
    store.add_desk_words(["Kaltim", "Bontang"])
    bad = tmp_path / "kata.txt"
    bad.write_bytes(data)
    answers["open"] = str(bad)
    dialog = _dialog(qtbot, store, prompts=answers)
    dialog.import_button.click()
    kind, (_title, text) = answers["shown"][-1][0], answers["shown"][-1][1][:2]
    assert kind == "warning" and says in text
    assert store.desk_words() == ["Bontang", "Kaltim"]


@pytest.mark.parametrize(("data", "says"), [
    ("Kaltim\nPeñajam\n".encode("latin-1"), "kata.txt is not UTF-8 text (line 2 cannot be read)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "kata.txt is not a text file"),
])
def test_the_english_window_says_why_in_english(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                tmp_path: Path, answers, data: bytes,
                                                says: str) -> None:
    """Core's refusal is a code (core.messages): the English window words it in English."""
    bad = tmp_path / "kata.txt"
    bad.write_bytes(data)
    answers["open"] = str(bad)
    dialog = _dialog(qtbot, store, prompts=answers)
    dialog.import_button.click()
    text = answers["shown"][-1][1][1]
    assert says in text and "bukan" not in text


def test_a_word_refused_by_the_rule_is_said_in_the_window_language(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                                   answers, indonesian) -> None:
    dialog = _dialog(qtbot, store, prompts=answers)
    dialog.word_edit.setText("ka\x07ltim")  # as pasted; a typed control key aborts Qt
    dialog.add_button.click()
    assert "ada karakter kendali di dalamnya" in answers["shown"][-1][1][1]
    assert store.desk_words() == []


def test_read_only_database_shows_why_and_blocks_edits(qtbot, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                       db_path: Path, answers,
                                                       indonesian) -> None:
    store.add_desk_words(["Kaltim"])
    reader = open_store(db_path, read_only=True)
    try:
        dialog = _dialog(qtbot, reader, prompts=answers)
        assert dialog.banner.isVisible()
        assert "hanya-baca" in dialog.banner.text()
        assert dialog.words() == ["Kaltim"]
        assert not dialog.word_edit.isEnabled() and not dialog.import_button.isEnabled()
        _select(dialog, ["Kaltim"])
        assert not dialog.remove_button.isEnabled()
        dialog.remove_selected()
        assert dialog.export_button.isEnabled()
        assert "asked" not in answers
    finally:
        reader.close()
    assert store.desk_words() == ["Kaltim"]


def test_changes_reach_the_running_spell_checker(qtbot, store: ArticleStore, settings,  # type: ignore[no-untyped-def]
                                                 answers) -> None:
    body = "Kata Disperkim soal banjir di Sangattaa."
    article = store.create_article(Article(headline="Banjir", body=body))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(article.id)
    assert window.spelling.spell.wait_until_ready()
    block = window.editor.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(block) == ["Disperkim", "Sangattaa"], timeout=5000)
    dialog = _dialog(qtbot, store, window.spelling.spell, answers)
    qtbot.keyClicks(dialog.word_edit, "Disperkim")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: _underlined(block) == ["Sangattaa"], timeout=5000)
    _select(dialog, ["Disperkim"])
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: _underlined(block) == ["Disperkim", "Sangattaa"], timeout=5000)
    assert store.desk_words() == []
    assert not window.is_dirty


def test_menu_entry_and_preferences_button_open_it(qtbot, indonesian, window,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[DeskWordsDialog] = []
    monkeypatch.setattr(DeskWordsDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.action("desk_words")
    assert action.text() == "&Kamus redaksi…"
    action.trigger()
    assert len(opened) == 1 and opened[0].store is window.store
    shown: list[PreferencesDialog] = []

    def preferences_exec(self: PreferencesDialog) -> int:
        shown.append(self)
        self.desk_words_button.click()
        return 0

    monkeypatch.setattr(PreferencesDialog, "exec", preferences_exec)
    window.action("preferences").trigger()
    assert len(opened) == 2 and opened[1].parent() is shown[0]
    assert isinstance(opened[0].findChild(QLabel, "desk_word_count"), QLabel)
