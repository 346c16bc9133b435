"""The live preview shows the newsroom's record as the page export prints it (issue 16):
credits, the verification notice, corrections, right-of-reply links, "Baca juga" link
targets and the "Berita terkait" strip — on a real window, store and export."""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article, Kind, Status
from editorberita.core.export import export_article
from editorberita.core.store import ArticleStore
from editorberita.core.storylinks import read_also_markdown
from tests.ui.conftest import make_window

MOMENT = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)


def _page_text(html: str) -> str:
    """Return the visible text of an exported page, one space between words."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _flat(text: str) -> str:
    return " ".join(text.replace("\u2060", "").split())


def _stories(store: ArticleStore) -> tuple[Article, Article, Article]:
    rubric = store.create_category("Seputar Kaltim")
    original = store.create_article(Article(
        headline="Banjir Pertama di Sempaja", body="Air naik.", status=Status.PUBLISHED,
        published_at=MOMENT - timedelta(days=3), category_id=rubric.id))
    related = store.create_article(Article(
        headline="Tanggul Karang Mumus Diperbaiki", body="Pekerja datang.",
        status=Status.PUBLISHED, published_at=MOMENT - timedelta(days=1),
        category_id=rubric.id))
    reply = store.create_article(Article(
        headline="Hak Jawab Dinas PU", kind=Kind.REPLY, reply_to_id=original.id,
        body="Isi jawaban.\n\n" + read_also_markdown(related.headline, related.id or 0),
        byline="Rina Wati", initials="rw", editor="Ahmad", editor_initials="ed",
        unverified=True, status=Status.PUBLISHED, published_at=MOMENT, category_id=rubric.id))
    return original, related, reply


def test_preview_shows_what_the_page_export_shows(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    original, related, reply = _stories(store)
    correction = store.add_correction(reply.id or 0, "Nama kepala dinas diperbaiki.", "Ahmad")
    window = make_window(qtbot, store, settings)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        window.open_article(reply.id)
    shown = _flat(window.preview.toPlainText())
    if os.environ.get("RECORD_SCREENSHOTS"):
        window.preview.verticalScrollBar().setValue(window.preview.verticalScrollBar().maximum())
        QApplication.processEvents()
        window.grab().save(str(Path(os.environ["RECORD_SCREENSHOTS"]) / "preview-record.png"))
    page = export_article(store, store.get_article(reply.id or 0), tmp_path, "html")
    exported = _page_text(page.read_text("utf-8"))
    for part in ("Penulis: Rina Wati | Editor: Ahmad",
                 "(Berita ini masih memerlukan verifikasi lebih lanjut.)",
                 f"Hak jawab atas berita: {original.headline}",
                 f"{correction.heading}: {correction.text}",
                 f"Berita terkait {related.headline}",
                 "(rw/ed)"):
        assert part in exported, part
        assert part in shown, part
    # The "Baca juga" link goes where the export's goes (the file the export would write).
    target = re.search(r'Baca juga:</strong> <a href="([^"]+)"', page.read_text("utf-8"))
    assert target is not None and target.group(1).endswith(".html")
    assert f'href="{target.group(1)}"' in window.preview.toHtml()


def test_a_correction_added_in_the_window_shows_in_the_preview(qtbot, store,  # type: ignore[no-untyped-def]
                                                                settings) -> None:
    _original, _related, reply = _stories(store)
    window = make_window(qtbot, store, settings)
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        window.open_article(reply.id)
    window.metadata.set_more_fields_visible(True)
    QApplication.processEvents()
    box = window.metadata.record_fields.corrections
    qtbot.keyClicks(box.text_edit, "Jumlah korban yang benar 12 orang.")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Jumlah korban yang benar 12 orang." in window.preview.toPlainText(),
                    timeout=5000)


def test_the_record_is_read_off_the_gui_thread(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    """Opening an article reads its record (corrections, replies, related stories: a handful
    of queries) in the preview's pool thread, as the pictures are, not on the GUI thread."""
    import threading

    from sqlalchemy import event

    _original, related, reply = _stories(store)
    window = make_window(qtbot, store, settings)
    readers: list[str] = []

    def seen(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if "articles.reply_to_id = " in statement:  # the record's query for the replies
            readers.append(threading.current_thread().name)

    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        window.open_article(related.id)  # the window may have opened the newest already
    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with qtbot.waitSignal(window.preview.updated, timeout=5000):
            window.open_article(reply.id)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert readers and threading.main_thread().name not in readers, readers
    assert f"Berita terkait {related.headline}" in _flat(window.preview.toPlainText())
