"""A missing record is named in the user's words, whichever kind it is."""

from __future__ import annotations

import pytest

from editorberita.core.domain import NotFoundError
from editorberita.core.records import ArticleRecord, CategoryRecord
from editorberita.core.store import ArticleStore
from editorberita.core.store.lookup import record_or_raise


def test_record_or_raise_names_what_is_missing(store: ArticleStore) -> None:
    article = store.create_article(headline="Ada")
    with store._sessions.begin() as session:
        assert record_or_raise(session, ArticleRecord, article.id).headline == "Ada"
        with pytest.raises(NotFoundError, match=r"Rubrik #99 tidak ditemukan\."):
            record_or_raise(session, CategoryRecord, 99)
    with pytest.raises(NotFoundError, match=r"Artikel #99 tidak ditemukan\."):
        store.get_article(99)
