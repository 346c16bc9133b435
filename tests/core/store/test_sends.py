"""What the store remembers of sends to sites, on both engines: posts, the outbox, back-off."""

from __future__ import annotations

from datetime import timedelta

import pytest

from editorberita.core.domain import utcnow
from editorberita.core.store import ArticleStore
from editorberita.core.store.sends import (
    SendInfo,
    backoff,
    drop_from_outbox,
    enqueue,
    outbox,
    record_send,
    send_of,
    sends_of,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_backoff_doubles_from_thirty_seconds_up_to_an_hour() -> None:
    assert [backoff(n).total_seconds() for n in (0, 1, 2, 3)] == [30, 30, 60, 120]
    assert backoff(50) == timedelta(hours=1)


def test_a_recorded_send_is_found_and_takes_the_article_out_of_the_outbox(
        store: ArticleStore) -> None:
    article = store.create_article(headline="Terkirim")
    enqueue(store, article.id, "kaltimpos", "publish", "server sibuk")
    assert [(i.article_id, i.site) for i in outbox(store)] == [(article.id, "kaltimpos")]
    info = SendInfo(article.id, "kaltimpos", 7, "https://kaltimpos.test/?p=7", "publish",
                    "abc", utcnow())
    record_send(store, info)
    assert outbox(store) == []
    assert send_of(store, article.id, "kaltimpos") == sends_of(store, article.id)[0]
    assert sends_of(store, article.id)[0].post_id == 7
    enqueue(store, article.id, "lain", "draft", "")
    drop_from_outbox(store, article.id, "lain")
    assert outbox(store) == []
