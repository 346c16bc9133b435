"""A server desk tells listeners what changed."""

from __future__ import annotations

import time

import pytest

from editorberita.core.domain import (
    ConflictError,
)
from editorberita.core.store import (
    open_store,
)


def test_a_server_desk_tells_listeners_what_changed_on_commit(pg_url: str) -> None:
    import threading

    from editorberita.core.store.live import Change, DeskListener

    heard: list[Change] = []
    listener = DeskListener(pg_url, heard.append)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    assert listener.ready.wait(10)
    store = open_store(pg_url)
    try:
        rubric = store.create_category("Samarinda")
        article = store.create_article(headline="Baru")
        store.save_article(article.copy(body="disimpan"))
        store.move_articles([article.id], rubric.id)
        store.take_lease(article.id, "PC-1")
        store.trash_articles([article.id])
        with pytest.raises(ConflictError):  # a refused save tells nobody anything
            store.save_article(article.copy(body="basi"))
        deadline = time.monotonic() + 10
        while len(heard) < 6 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        store.close()
        listener.stop()
        thread.join(5)
    assert [(c.what, c.ids) for c in heard] == [
        ("rubrics", (rubric.id,)), ("articles", (article.id,)), ("articles", (article.id,)),
        ("articles", (article.id,)), ("leases", (article.id,)), ("articles", (article.id,))]
    assert all(c.heard_at - c.sent_at < 5 for c in heard)
