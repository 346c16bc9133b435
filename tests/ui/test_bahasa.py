"""The desk's language: visible strings in Indonesian, spelling, templates, checks before export."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from editorberita.core.domain import Article
from editorberita.ui.application import install_translators
from editorberita.ui.conflictdialog import ConflictDialog
from editorberita.ui.deskwords import DeskWordsDialog
from editorberita.ui.errordialog import ErrorDialog
from editorberita.ui.preferences import PreferencesDialog
from editorberita.ui.shortcutsdialog import ShortcutsDialog
from tests.ui.conftest import make_window
from tests.ui.conftest import spell_ready as _ready
from tests.ui.conftest import underlined as _underlined

# Words that are the same in Indonesian (KBBI) or names: not left-over English.
SAME_IN_INDONESIAN = {"EditorBerita", "HTML", "Markdown", "SEO", "Dateline", "Slug", "Status",
                      "Format", "Format:", "Menu", "OK", "Advertorial", "Agenda",
                      "Bahasa Indonesia", "English", "WIB", "WITA", "WIT", "Qt"}


def _strings(root: QWidget) -> set[str]:
    """Return every text a user can see or hover on ``root`` and everything under it."""
    found: set[str] = {root.windowTitle()}
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        found.add(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            found.add(w.text())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            found.add(w.placeholderText())
        elif isinstance(w, QComboBox):
            found.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QGroupBox):
            found.add(w.title())
        elif isinstance(w, QDockWidget | QDialog):
            found.add(w.windowTitle())
        elif isinstance(w, QMenu):
            found.add(w.title())
        header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
        if isinstance(w, QAbstractItemView) and header is not None and w.model() is not None:
            model = w.model()
            found.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(header().count()))
    for action in root.findChildren(QAction):
        found.update((action.text(), action.toolTip(), action.statusTip(), action.iconText()))
    return {s for s in found if s and re.search(r"[A-Za-z]{2,}", s) and not s.startswith("/")}


def _left_english(indonesian: set[str], english: set[str]) -> set[str]:
    return {s for s in indonesian & english
            if s.replace("&", "") not in SAME_IN_INDONESIAN and s not in SAME_IN_INDONESIAN}


def _build_everything(qtbot, store, settings) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Build the window and every dialog it opens; return them (shown, so menus exist)."""
    window = make_window(qtbot, store, settings)
    window.metadata.set_more_fields_visible(True)
    window.checking.panel.setVisible(True)
    widgets: list[QWidget] = [window]
    mine = Article(headline="A", body="b")
    groups = window.menus.shortcut_groups()
    for dialog in (PreferencesDialog(settings, window), ShortcutsDialog(groups, window),
                   ConflictDialog(mine, mine, window), ErrorDialog("x", "y", window),
                   DeskWordsDialog(store, window.spelling.spell, window)):
        widgets.append(dialog)
    box = QMessageBox(QMessageBox.Icon.Question, "EditorBerita", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard, window)
    box.setDetailedText("rincian")
    widgets.append(box)
    files = QFileDialog(window)
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.setFileMode(QFileDialog.FileMode.Directory)
    files.show()
    widgets.append(files)
    ask = QInputDialog(window)
    ask.show()
    widgets.append(ask)
    for edit in (window.metadata.byline_edit, window.metadata.lead_edit):
        menu = edit.createStandardContextMenu()
        widgets.append(menu)
    for w in widgets:
        if isinstance(w, QDialog | QMessageBox):
            w.show()
    QApplication.processEvents()
    return widgets


def test_every_visible_string_is_indonesian(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                            qapp, _compiled_translations: Path) -> None:
    install_translators(qapp, "en")
    english = set().union(*(_strings(w) for w in _build_everything(qtbot, store, settings)))
    assert {"&File", "Preferences", "Check article", "Cancel", "&Yes", "Detail View",
            "Directory:", "Headline", "Desk word list", "&Import…"} <= english  # menus,
    # dialogs (the desk word list too), Qt's own
    install_translators(qapp, "id", _compiled_translations)
    try:
        widgets = _build_everything(qtbot, store, settings)
        indonesian = set().union(*(_strings(w) for w in widgets))
        assert {"&Berkas", "Preferensi", "Periksa naskah", "Batal", "&Ya",
                "Tampilan rinci", "Kamus redaksi", "&Impor…"} <= indonesian
        assert _left_english(indonesian, english) == set()
    finally:
        install_translators(qapp, "en")


def test_walk_catches_an_untranslated_string(qtbot, store, settings, indonesian) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, settings)
    label = QLabel("Forgotten English text", window)
    assert "Forgotten English text" in _left_english(_strings(window), {label.text()})


# ------------------------------------------------------------------------- spelling

PARAGRAPH = ("Pemerintah Provinsi Kalimantan Timur menyiapkan anggaran untuk memperbaiki "
             "jalan, kata pejabat dinas kepada wartawan di Samarinda. Masyarakat diminta "
             "bersabar karena kebijkan ini membutuhkan waktu.")


def test_editor_underlines_a_misspelling_and_suggests(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                                      indonesian) -> None:
    article = store.create_article(Article(headline="Anggaran jalan", body=PARAGRAPH))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    block = window.editor.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(block) == ["kebijkan"], timeout=5000)
    assert not window.is_dirty  # underlining is not an edit
    # right-click on the word: "Mencari saran…" first, then the suggestion
    spelling = window.spelling.spellings[0]
    cursor = window.editor.textCursor()
    cursor.setPosition(PARAGRAPH.index("kebijkan") + 2)
    pos = window.editor.cursorRect(cursor).center()
    menu = spelling.menu.build_menu(pos)
    texts = [a.text() for a in menu.actions()]
    assert "Tambahkan ke kamus" in texts and "Abaikan" in texts
    qtbot.waitUntil(lambda: any(a.objectName() == "spell_suggestion_action"
                                for a in menu.actions()), timeout=10_000)
    first = next(a for a in menu.actions() if a.objectName() == "spell_suggestion_action")
    assert first.text() == "kebijakan"
    assert "Mencari saran…" not in [a.text() for a in menu.actions()]
    first.trigger()
    assert "karena kebijakan ini" in window.editor.markdown()


def test_headline_and_lead_are_underlined(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Pemerintahh siapkan anggaran",
                                           lead="Warga diminta bersabarr."))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    headline = window.spelling.spellings[1]
    qtbot.waitUntil(lambda: [s.word for s in headline.spans] == ["Pemerintahh"], timeout=5000)
    lead_block = window.metadata.lead_edit.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(lead_block) == ["bersabarr"], timeout=5000)


def test_right_click_on_a_misspelt_headline_offers_the_dictionary(qtbot, store,  # type: ignore[no-untyped-def]
                                                                   settings, indonesian) -> None:
    """A single-line field has its own standard menu (no position argument): it opens."""
    article = store.create_article(Article(headline="Pemerintahh siapkan anggaran"))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    headline = window.spelling.spellings[1]
    qtbot.waitUntil(lambda: [s.word for s in headline.spans] == ["Pemerintahh"], timeout=5000)
    edit = window.metadata.headline_edit
    edit.setCursorPosition(0)
    pos = QPoint(edit.fontMetrics().horizontalAdvance("Peme") + 4, edit.height() // 2)
    menu = headline.menu.build_menu(pos)
    assert menu is not None
    assert "Tambahkan ke kamus" in [a.text() for a in menu.actions()]


def test_underlines_arriving_later_are_not_edits(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    """The child's answers repaint the fields; that must not count as typing (no save)."""
    article = store.create_article(Article(headline="Pemerintahh siapkan anggaran",
                                           lead="Warga diminta bersabarr.",
                                           body="Masyarakat diminta bersabar karena kebijkan."))
    window = make_window(qtbot, store, settings)
    edits: list[int] = []
    window.editor.text_edited.connect(lambda: edits.append(1))
    window.metadata.edited.connect(lambda: edits.append(2))
    window.open_article(article.id)
    lead_block = window.metadata.lead_edit.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(lead_block) == ["bersabarr"], timeout=10_000)
    body_block = window.editor.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(body_block) == ["kebijkan"], timeout=10_000)
    window.editor.highlighter.set_dark(True)  # a repaint of the whole body
    qtbot.wait(100)
    assert edits == []
    assert not window.is_dirty
    assert window.save_now()
    assert store.get_article(article.id).version == article.version
    window.metadata.lead_edit.insertPlainText("!")  # a real edit still counts
    assert edits == [2]
    assert window.is_dirty


def test_added_word_is_known_after_a_restart(qtbot, store, settings, db_path) -> None:  # type: ignore[no-untyped-def]
    from editorberita.core.store import open_store

    body = "Kata Disperkim soal banjir."
    article = store.create_article(Article(headline="Banjir", body=body))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    block = window.editor.document().firstBlock()
    qtbot.waitUntil(lambda: _underlined(block) == ["Disperkim"], timeout=5000)
    cursor = window.editor.textCursor()
    cursor.setPosition(body.index("Disperkim") + 1)
    menu = window.spelling.spellings[0].menu.build_menu(window.editor.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spell_add_action").trigger()
    qtbot.waitUntil(lambda: _underlined(block) == [], timeout=5000)
    window.close()
    again_store = open_store(db_path)
    try:
        again = make_window(qtbot, again_store, settings)
        again.open_article(article.id)
        _ready(qtbot, again)
        time.sleep(0.05)
        QApplication.processEvents()
        assert _underlined(again.editor.document().firstBlock()) == []
        assert again.spelling.spell.misspelt(body) == []
    finally:
        again_store.close()


def test_ignore_lasts_for_the_session(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir", body="Warga Sangattaa mengungsi."))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    window.spelling.spell.ignore("Sangattaa")
    qtbot.waitUntil(lambda: _underlined(window.editor.document().firstBlock()) == [],
                    timeout=5000)
    assert store.desk_words() == []


def test_far_blocks_are_checked_when_scrolled_into_view(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    body = "\n\n".join(["Paragraf biasa tanpa kesalahan."] * 300 + ["Kesalahann di bawah."])
    article = store.create_article(Article(headline="Panjang", body=body))
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    _ready(qtbot, window)
    last = window.editor.document().lastBlock()
    assert _underlined(last) == []  # not in view: not checked
    bar = window.editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: _underlined(last) == ["Kesalahann"], timeout=5000)


# ------------------------------------------------------------ templates and checks


def test_export_warns_once_then_goes_ahead(qtbot, store, settings, answers,  # type: ignore[no-untyped-def]
                                           tmp_path: Path) -> None:
    article = store.create_article(Article(headline="Harga", body="Rp 5.000  saja."))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(article.id)
    folder = tmp_path / "ekspor"
    folder.mkdir()
    answers["folder"] = str(folder)
    answers["choice"] = "cancel"
    window.action("export_html").trigger()
    assert list(folder.iterdir()) == []
    assert len(answers["offered"]) == 1
    answers["choice"] = "go"
    window.action("export_html").trigger()
    assert len(list(folder.glob("*.html"))) == 1
    window.action("export_html").trigger()  # same text: told to go ahead already
    assert len(answers["offered"]) == 2


@pytest.fixture(autouse=True)
def _no_real_menus(monkeypatch: pytest.MonkeyPatch) -> None:
    """A context menu opened by a test must never block: QMenu.exec returns at once."""
    monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)
    _ = QPoint
