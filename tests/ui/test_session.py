"""The open article on its own: an ``ArticleSession`` over real panes and a store, no window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editorberita.core.quickread import peek_article
from editorberita.core.store import ArticleStore
from editorberita.ui.editor import MarkdownEditor
from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.preview import PreviewPane
from editorberita.ui.session import ArticleSession, StoreNotOpenError
from editorberita.ui.settings import Settings
from editorberita.ui.sidebarmodel import SidebarModel
from tests.ui.scripted import ScriptedPrompts


def _session(qtbot, settings: Settings) -> ArticleSession:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    metadata = MetadataPanel(settings.limits(), host)
    editor = MarkdownEditor(host)
    preview = PreviewPane(host)
    session = ArticleSession(settings, ScriptedPrompts(), metadata, editor, preview,
                             SidebarModel(None, host), host)
    metadata.edited.connect(session.on_edited)
    editor.text_edited.connect(session.on_edited)
    layout = QVBoxLayout(host)
    for widget in (metadata, editor, preview):
        layout.addWidget(widget)
    host.resize(900, 700)
    host.show()  # a hidden preview waits to render until it is shown
    return session


def test_the_store_is_never_none_before_start_up_attached_it(qtbot, settings) -> None:
    session = _session(qtbot, settings)
    assert not session.is_open and not session.read_only
    with pytest.raises(StoreNotOpenError):
        _ = session.store
    assert session.save_now() and session.current is None  # nothing open, nothing lost
    assert session.picture_bytes(1) is None and session.picture_bytes_by_key("abc") is None


def test_open_edit_and_autosave_are_told_by_signals(qtbot, settings, store: ArticleStore,
                                                    tmp_path: Path) -> None:
    from editorberita.core.store import open_store

    article = store.create_article(headline="Pasar Pagi", body="Ramai.")
    session = _session(qtbot, settings)
    session.attach(store)
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        with pytest.raises(RuntimeError):  # a session keeps its store
            session.attach(other)
    finally:
        other.close()
    changed, opened, saved = [], [], []
    session.article_changed.connect(changed.append)
    session.article_opened.connect(opened.append)
    session.article_saved.connect(lambda before, after: saved.append((before, after)))
    assert session.open(article.id or 0)
    assert changed == [article] and opened == [article.id]
    assert settings.last_article == article.id
    session.editor.setFocus()
    session.editor.insertPlainText("Sangat ")
    assert session.is_dirty
    qtbot.waitUntil(lambda: not session.is_dirty, timeout=5000)  # the debounce saved it
    assert saved and saved[-1][0] == article and saved[-1][1].body.startswith("Sangat ")
    assert store.get_article(article.id or 0).body == "Sangat Ramai."
    assert not session.open(999_999)  # gone: nothing changes
    assert session.current is not None and session.current.id == article.id
    session.clear()
    assert session.current is None and changed[-1] is None


def test_start_up_shows_first_and_adopts_what_was_typed_before_the_store_opened(
        qtbot, settings, db_path: Path) -> None:
    from editorberita.core.store import open_store

    store = open_store(db_path)
    article = store.create_article(headline="Jalan Rusak", body="Isi.")
    store.close()
    found = peek_article(db_path, article.id or 0)
    assert found is not None
    session = _session(qtbot, settings)
    with qtbot.waitSignal(session.preview.updated, timeout=10_000):
        session.show_first(*found)
    assert session.showing_first and session.current is None
    assert session.editor.isReadOnly()
    session.metadata.headline_edit.setText("Jalan Rusak Diperbaiki")  # typed early
    store = open_store(db_path)
    try:
        session.attach(store)
        assert session.adopt_first()
        assert not session.showing_first and not session.editor.isReadOnly()
        assert session.is_dirty and session.save_now()
        assert store.get_article(article.id or 0).headline == "Jalan Rusak Diperbaiki"
        assert not session.adopt_first()  # once only
    finally:
        store.close()
