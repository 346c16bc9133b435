"""What both dialects share: the engines' own search tables stay out of Alembic's comparison."""

from __future__ import annotations

from editorberita.core.store.dialect import alembic_include_object


def test_engine_kept_search_tables_and_columns_are_hidden_from_alembic() -> None:
    def shown(type_: str, name: str) -> bool:
        return alembic_include_object(None, name, type_, True, None)

    assert not shown("table", "article_fts")
    assert not shown("table", "article_stems_data")
    assert not shown("column", "search_vector")
    assert not shown("index", "ix_articles_search_vector")
    assert not shown("index", "ix_articles_pg_headline")
    assert shown("table", "articles") and shown("column", "headline")
