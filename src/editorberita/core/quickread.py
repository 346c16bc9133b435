"""Reads the window makes at start-up, before SQLAlchemy (~0.3 s to import) has loaded.

Plain ``sqlite3``, read-only, on the tables the ORM owns (``core.models``); the rows become
domain objects through the same mapping the store uses (``core.domain.article_from_row``), and
a test checks that both reads agree. Anything unexpected returns None: the caller then waits
for the store as usual. May import the standard library, ``core.domain`` and ``core.sqlite``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from editorberita.core.domain import Article, article_from_row
from editorberita.core.sqlite import BUSY_TIMEOUT_MS, read_only_uri

_ARTICLE_COLUMNS = (
    "id", "headline", "subheadline", "slug", "slug_locked", "category_id", "status", "body",
    "lead", "byline", "initials", "dateline", "published_at", "zone", "seo_title",
    "seo_description", "editor_note", "featured_asset_id", "created_at", "updated_at",
    "version", "deleted_at", "kind",
)
_TIME_COLUMNS = ("published_at", "created_at", "updated_at", "deleted_at")


def peek_article(path: Path, article_id: int) -> tuple[Article, str] | None:
    """Read one article and its rubric's name with the standard library only, read-only.

    Start-up shows the last article with it while SQLAlchemy (~0.3 s to import) is still
    loading; the store then reads the same article again. Returns None when the file, the
    schema or the article is not what this version expects: the normal path takes over.
    """
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        con.row_factory = sqlite3.Row
        row = con.execute(f"SELECT {', '.join('a.' + c for c in _ARTICLE_COLUMNS)}, "
                          "c.name AS category_name FROM articles a "
                          "LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?",
                          (article_id,)).fetchone()
        if row is None:
            return None
        tags = [r[0] for r in con.execute(
            "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id "
            "WHERE at.article_id = ?", (article_id,))]
        values = {c: row[c] for c in _ARTICLE_COLUMNS}
        for column in _TIME_COLUMNS:
            if values[column] is not None:
                values[column] = datetime.fromisoformat(values[column])
        article = article_from_row(SimpleNamespace(**values), tags)
        return article, row["category_name"] or ""
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        con.close()
