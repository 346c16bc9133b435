"""Edit leases on both engines: take, heartbeat, release, stale, take over."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from editorberita.core.domain import (
    LeaseHeldError,
)
from editorberita.core.store import (
    ArticleStore,
    open_store,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


@pytest.fixture
def desk(request: pytest.FixtureRequest, store: ArticleStore, db_path: Path) -> str | Path:
    """Return what opens the test's desk again (file path or URL with password)."""
    if store.on_server:
        return str(request.getfixturevalue("pg_url"))
    return db_path


def test_leases_take_heartbeat_release_and_take_over(store: ArticleStore,
                                                     desk: str | Path) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Disunting", body="teks Rina")
    lease = store.take_lease(article.id, "PC-REDAKSI-2")
    assert (lease.editor, lease.machine) == ("Rina", "PC-REDAKSI-2")
    assert store.take_lease(article.id, "PC-REDAKSI-2").since == lease.since  # ours: renewed
    other = open_store(desk)
    other.editor = "Budi"
    try:
        with pytest.raises(LeaseHeldError, match=r"Sedang disunting oleh Rina \(PC-REDAKSI-2\) "
                                                 r"sejak \d\d\.\d\d") as caught:
            other.take_lease(article.id, "PC-3")
        assert caught.value.lease.editor == "Rina"
        assert store.heartbeat_lease(article.id, "PC-REDAKSI-2").editor == "Rina"
        taken = other.take_lease(article.id, "PC-3", take_over=True)  # explicit, confirmed
        assert taken.editor == "Budi"
        kept = store.list_revisions(article.id)[0]
        assert (kept.reason, kept.editor, kept.snapshot.body) == ("take-over", "Rina",
                                                                 "teks Rina")
        with pytest.raises(LeaseHeldError, match="Budi"):  # Rina's window learns it passed
            store.heartbeat_lease(article.id, "PC-REDAKSI-2")
        assert not store.release_lease(article.id, "PC-REDAKSI-2")
        assert other.release_lease(article.id, "PC-3")
        assert store.lease_of(article.id) is None
    finally:
        other.close()


def test_a_stale_lease_passes_without_asking(store: ArticleStore, desk: str | Path) -> None:
    store.editor = "Rina"
    article = store.create_article(headline="Ditinggal")
    store.take_lease(article.id, "PC-1")
    other = open_store(desk)
    other.editor = "Budi"
    try:
        with pytest.raises(LeaseHeldError):
            other.take_lease(article.id, "PC-2")
        # Rina's PC stopped heartbeating: with a zero staleness the lease has gone stale
        assert other.take_lease(article.id, "PC-2", stale_after=timedelta(0)).editor == "Budi"
        assert store.list_revisions(article.id)[0].editor == "Rina"
    finally:
        other.close()


def test_a_pc_whose_clock_runs_ahead_does_not_take_a_fresh_lease(
        pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leases age by the server's clock: a PC ten minutes ahead must still be told "held"."""

    from editorberita.core.store import leases

    rina = open_store(pg_url)
    rina.editor = "Rina"
    budi = open_store(pg_url)
    budi.editor = "Budi"
    try:
        article = rina.create_article(headline="Jam berbeda")
        rina.take_lease(article.id, "PC-1")
        ahead = datetime.now(UTC) + timedelta(minutes=10)
        monkeypatch.setattr(leases, "utcnow", lambda: ahead)  # Budi's PC clock
        with pytest.raises(LeaseHeldError):
            budi.take_lease(article.id, "PC-2")
    finally:
        rina.close()
        budi.close()
