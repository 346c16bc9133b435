"""Reads the window makes at start-up, before SQLAlchemy and Markdown have loaded.

``peek_article`` reads the last article with plain ``sqlite3``, read-only, from the tables the
ORM owns (``core.records``); the row becomes a domain object through the mapping the store uses
(``core.rows.article_from_row``), and a test checks that both reads agree. ``peek_categories``
reads the rubrics the same way, so the form offers them before it shows the article. The
preview of the article open when the window closed is saved (``save_preview``) under a digest
of everything it is made from, so the next start shows it without rendering
(``cached_preview``); any change to the article, its rubric's name, the templates or the
version misses the cache. Anything unexpected returns None: the caller then waits for the
store and the renderer as usual. May import the standard library, ``core.domain``,
``core.paths``, ``core.segments`` and ``core.sqlite``.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

from editorberita import __version__
from editorberita.core.domain import EDITABLE_FIELDS, Article, Category
from editorberita.core.fileio import FileWriteError, atomic_write
from editorberita.core.paths import article_css, resource
from editorberita.core.rows import article_from_row
from editorberita.core.segments import Rendering
from editorberita.core.sqlite import BUSY_TIMEOUT_MS, read_only_uri

logger = logging.getLogger(__name__)

PREVIEW_FILE = "last-preview.json"

_ARTICLE_COLUMNS = (
    "id", "headline", "subheadline", "slug", "slug_locked", "category_id", "status", "body",
    "lead", "byline", "initials", "dateline", "published_at", "zone", "seo_title",
    "seo_description", "editor_note", "featured_asset_id", "created_at", "updated_at",
    "version", "deleted_at", "kind", "editor", "editor_initials", "unverified", "reply_to_id",
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


def peek_categories(path: Path) -> list[Category] | None:
    """Read every rubric as ``ArticleStore.list_categories`` returns them, read-only.

    Start-up offers them in the form before it shows the last article: a form field is never
    filled before its choices exist (else the rubric box would fall back to "Uncategorised"
    and the first keystroke would save that). None when the file is not what we expect.
    """
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        rows = con.execute("SELECT id, name, slug, parent_id, position FROM categories "
                           "ORDER BY position, name").fetchall()
        return [Category(id=r[0], name=r[1], slug=r[2], parent_id=r[3], position=r[4] or 0)
                for r in rows]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def preview_key(article: Article, category_name: str) -> str | None:
    """Return a digest of what the article's preview is made of; None if it shows pictures.

    Pictures come from the store (and their captions can change without the article), so
    an article with pictures is never taken from the cache.
    """
    if article.featured_asset_id is not None or "asset:" in article.body:
        return None
    # The text and form fields only (not the version or save times); a moment as UTC, since
    # the form's zone and the stored UTC are the same instant and render alike.
    values = {name: getattr(article, name) for name in EDITABLE_FIELDS}
    fields = {name: value.value if isinstance(value, enum.Enum)
              else value.astimezone(UTC).isoformat() if isinstance(value, datetime) else value
              for name, value in values.items()}
    template = resource("templates", "fragment.html.j2").read_text(encoding="utf-8")
    text = json.dumps([__version__, category_name, fields, template, article_css()],
                      sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cached_preview(folder: Path, key: str) -> Rendering | None:
    """Return the saved preview if it was saved under ``key``; None otherwise."""
    try:
        saved = json.loads((folder / PREVIEW_FILE).read_text(encoding="utf-8"))
        if saved.get("key") != key:
            return None
        return Rendering.from_json(saved["rendering"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save_preview(folder: Path, key: str, rendering: Rendering) -> None:
    """Save the preview for the next start (replaced whole; a failure only costs speed)."""
    data = json.dumps({"key": key, "rendering": rendering.to_json()}, ensure_ascii=False)
    try:  # the article's text: owner-only
        atomic_write(folder / PREVIEW_FILE, data.encode("utf-8"), fsync=False, private=True)
    except FileWriteError as exc:
        logger.info("Preview not saved for the next start: %s", exc)
