"""The summary (*ringkasan*, stored as ``lead``): description and excerpt, never printed.

The teras of an Indonesian story is its first paragraph, opened by the dateline. The field
that used to print a separate italic "teras" above it is now the summary: the page's meta
description and ``og:description``, ``summary`` in the Markdown front matter, optional.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from editorberita.core.checks import check_article
from editorberita.core.domain import Article
from editorberita.core.export import export_articles
from editorberita.core.importer import parse_markdown
from editorberita.core.render import render_article_fragment, render_article_page
from editorberita.core.storage import SCHEMA_HEAD, open_store

SUMMARY = "Hujan deras sejak Senin malam membuat ratusan rumah terendam."
FIRST = "Hujan deras sejak Senin malam membuat ratusan rumah di tiga kelurahan terendam."


def story(**fields: object) -> Article:
    values: dict[str, object] = {
        "headline": "Banjir Rendam Tiga Kelurahan", "body": f"{FIRST}\n\nWarga mengungsi.",
        "lead": SUMMARY, "dateline": "Samarinda", "byline": "Rina Wati", "initials": "rw",
        "category_id": 1}
    values.update(fields)
    return Article(**values)  # type: ignore[arg-type]


def test_summary_is_the_description_not_printed_in_the_page() -> None:
    page = render_article_page(story(seo_description=""))
    assert f'<meta name="description" content="{SUMMARY}">' in page
    assert f'<meta property="og:description" content="{SUMMARY}">' in page
    body = page.split("<main>", 1)[1]
    assert SUMMARY not in body and "teras" not in body
    assert SUMMARY not in render_article_fragment(story())
    # The teras is the first paragraph, opened by the dateline.
    assert "SAMARINDA</span> \u2013 Hujan deras" in body


def test_summary_is_not_required_by_the_checks() -> None:
    assert not [p for p in check_article(story(lead="")) if p.code.startswith("missing")]


@pytest.mark.parametrize("key", ["summary", "ringkasan", "lead", "teras"])
def test_import_reads_summary_and_the_old_keys(key: str, tmp_path: Path) -> None:
    text = f"---\ntitle: Banjir\n{key}: {SUMMARY}\n---\n{FIRST}\n"
    assert parse_markdown(text, tmp_path / "a.md").article.lead == SUMMARY


def test_summary_key_wins_over_the_old_ones(tmp_path: Path) -> None:
    text = f"---\ntitle: Banjir\nteras: Lama.\nsummary: {SUMMARY}\n---\n{FIRST}\n"
    assert parse_markdown(text, tmp_path / "a.md").article.lead == SUMMARY


def test_database_of_todays_schema_keeps_its_teras_as_the_summary(tmp_path: Path) -> None:
    """A desk's database from before: the old "teras" text survives and becomes the summary."""
    db = tmp_path / "berita.sqlite3"
    store = open_store(db)
    rubric = store.create_category("Samarinda")
    saved = store.create_article(story(category_id=rubric.id))
    store.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
    assert con.execute("SELECT lead FROM articles").fetchone()[0] == SUMMARY
    con.close()

    store = open_store(db)
    try:
        assert store.get_article(saved.id or 0).lead == SUMMARY
        page = export_articles(store, tmp_path / "html", "html").written[0]
        text = page.read_text(encoding="utf-8")
        assert f'<meta name="description" content="{SUMMARY}">' in text
        assert SUMMARY not in text.split("<main>", 1)[1]
        md = export_articles(store, tmp_path / "md", "md").written[0].read_text(encoding="utf-8")
        assert f"summary: {SUMMARY}" in md
    finally:
        store.close()
