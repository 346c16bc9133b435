"""The store's one face: a read-only store refuses every write in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.domain import ReadOnlyDatabaseError
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.store.facade import login_name


def test_a_read_only_store_reads_and_refuses_every_write(store: ArticleStore,
                                                         db_path: Path) -> None:
    article = store.create_article(headline="Hanya dibaca")
    viewer = open_store(db_path, read_only=True)
    try:
        assert viewer.get_article(article.id).headline == "Hanya dibaca"
        assert not viewer.on_server
        with pytest.raises(ReadOnlyDatabaseError, match="hanya-baca"):
            viewer.create_category("Baru")
        seen = viewer.get_article(article.id)
        seen.headline = "Diubah"
        with pytest.raises(ReadOnlyDatabaseError):
            viewer.save_article(seen)
    finally:
        viewer.close()
    assert store.get_article(article.id).headline == "Hanya dibaca"


def test_login_name_is_a_string() -> None:
    assert isinstance(login_name(), str)
