"""``core.send.status``: where an article stands with the sites, read without the sender."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from editorberita.core.send.status import SendStatus, send_hash, send_status, status_text
from editorberita.core.store import ArticleStore, sends
from tests.core.send.helpers import story


def test_a_new_article_has_nothing_to_show(store: ArticleStore) -> None:
    article = story(store, slug="baru", pictures=False)
    assert send_status(store, replace(article, id=None)).empty
    assert send_status(store, article) == SendStatus()


def test_sent_then_changed_then_waiting(store: ArticleStore) -> None:
    article = story(store, slug="kirim", pictures=False)
    assert article.id is not None
    moment = datetime(2026, 11, 30, 6, 30, tzinfo=UTC)
    sends.record_send(store, sends.SendInfo(article.id, "Situs Kaltim", 7, "http://x/7",
                                            "draft", send_hash(store, article), moment))
    status = send_status(store, article)
    assert (status.site, status.sent_at, status.changed) == ("Situs Kaltim", moment, False)
    assert status_text(status, article) == "Terkirim ke Situs Kaltim 14.30"  # WITA

    edited = store.save_article(replace(article, body=article.body + "\n\nTambahan."))
    sends.enqueue(store, article.id, "Situs Samarinda", "draft", "timeout")
    status = send_status(store, edited)
    assert status.changed and status.waiting == ("Situs Samarinda",)
    assert status_text(status, edited) == ("Terkirim ke Situs Kaltim 14.30, diubah sejak "
                                           "dikirim; menunggu di kotak keluar untuk Situs "
                                           "Samarinda")
