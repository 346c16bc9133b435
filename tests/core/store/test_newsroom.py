"""The newsroom record in the store, on both engines: corrections and the desk profile."""

from __future__ import annotations

import pytest

from editorberita.core.domain import EditorBeritaError, NotFoundError
from editorberita.core.store import ArticleStore
from editorberita.core.store.newsroom import PROFILE_KEYS, profile, set_profile


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_corrections_are_kept_in_order_and_refused_when_empty(store: ArticleStore) -> None:
    article = store.create_article(headline="Korban banjir")
    store.add_correction(article.id, "Jumlah korban 12, bukan 21.", "Rina")
    store.add_correction(article.id, "Lokasi di Sempaja.", "Budi")
    assert [c.text for c in store.corrections(article.id)] == [
        "Jumlah korban 12, bukan 21.", "Lokasi di Sempaja."]
    with pytest.raises(EditorBeritaError):
        store.add_correction(article.id, "   ", "Rina")
    with pytest.raises(NotFoundError):
        store.add_correction(article.id + 99, "Ralat.", "Rina")


def test_the_desk_profile_keeps_known_keys_only(store: ArticleStore) -> None:
    assert profile(store._sessions) == dict.fromkeys(PROFILE_KEYS, "")
    set_profile(store._sessions, {"name": "  Kaltim   Pos ", "url": "https://kaltimpos.test"})
    assert profile(store._sessions)["name"] == "Kaltim Pos"
    with pytest.raises(ValueError, match="unknown"):
        set_profile(store._sessions, {"warna": "merah"})
