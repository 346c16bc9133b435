"""The check panel keeps up with the open article by itself (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article
from tests.ui.conftest import make_window


def _spelling(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.message.text() for p in window.checking.panel.problems() if p.code == "spelling"]


def test_the_panel_follows_the_article_edits_and_the_desk_words(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    rubric = store.create_category("Samarinda")
    first = store.create_article(Article(
        headline="Banjir rob di Samarinda", category_id=rubric.id, byline="Rina",
        initials="rw", dateline="Samarinda", body="Air naik sejak pagi di Samarinda."))
    second = store.create_article(Article(
        headline="Warga Gotongrojong Kerjabakti", category_id=rubric.id, byline="Rina",
        initials="rw", dateline="Samarinda", body="Warga bekerja bersama."))
    window = make_window(qtbot, store, settings)
    window.resize(1366, 768)
    window.open_article(first.id)
    assert window.spelling.spell.wait_until_ready()
    window.action("check_article").trigger()  # F7
    panel = window.checking.panel
    assert "Banjir rob di Samarinda" in panel.article_name()
    assert not _spelling(window)

    # Switching article: the panel names and lists the new one, without F7.
    window.open_article(second.id)
    QApplication.processEvents()
    assert "Warga Gotongrojong Kerjabakti" in panel.article_name()
    assert any("Gotongrojong" in message for message in _spelling(window))

    # Typing: after a short pause the panel checks again (the headline fixed).
    window.metadata.headline_edit.setText("Warga Gotong Royong")
    assert window.check_follower.pending
    qtbot.waitUntil(lambda: not window.check_follower.pending, timeout=3000)
    assert "Warga Gotong Royong" in panel.article_name()
    assert not any("Gotongrojong" in message for message in _spelling(window))

    # A word added to the desk dictionary leaves the list without "Check again".
    window.editor.set_markdown("Warga Kerjabakti bersama.")
    window.editor.text_edited.emit()
    qtbot.waitUntil(lambda: any("Kerjabakti" in m for m in _spelling(window)), timeout=3000)
    window.spelling.spell.add_to_dictionary("Kerjabakti")
    qtbot.waitUntil(lambda: not any("Kerjabakti" in m for m in _spelling(window)),
                    timeout=3000)


def test_a_closed_panel_is_not_checked_while_typing(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir", body="Isi."))
    window.load()
    window.open_article(article.id)
    window.metadata.headline_edit.setText("Banjir rob")
    assert not window.check_follower.pending
