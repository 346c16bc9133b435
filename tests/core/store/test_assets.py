"""Pictures in the store, on both engines."""

from __future__ import annotations

import pytest

from editorberita.core.store import (
    ArticleStore,
)


@pytest.fixture
def store(any_store: ArticleStore) -> ArticleStore:
    """Every test of this module runs on a desk file and on a server desk."""
    return any_store


def test_assets_are_deduplicated_by_hash(store: ArticleStore) -> None:
    first = store.add_asset(b"\x89PNG fake bytes", "image/png", caption="Banjir")
    again = store.add_asset(b"\x89PNG fake bytes", "image/png")
    other = store.add_asset(b"other", "image/jpeg")
    assert first.id == again.id != other.id
    assert store.asset_data(first.id) == b"\x89PNG fake bytes"
    assert store.update_asset(first.id, credit="Foto: Diskominfo").credit == "Foto: Diskominfo"
