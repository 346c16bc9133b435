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
from editorberita.core.store import MIGRATIONS_DIR, SCHEMA_HEAD, create_db_engine, open_store

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


def _at_0002(db: Path, fill) -> None:  # type: ignore[no-untyped-def]
    """Make a database as today's release leaves it: schema 0002, articles written by it.

    0003 changes no table, so the store writes 0002's rows; the stamp then goes back to 0002
    (0003's downgrade changes nothing), as a desk's file is before the update.
    """
    from alembic import command
    from alembic.config import Config

    store = open_store(db)
    try:
        fill(store)
    finally:
        store.close()
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_db_engine(db)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    engine.dispose()
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"


def test_database_of_todays_schema_keeps_every_teras_on_the_page(tmp_path: Path) -> None:
    """Opening a 0002 database: a teras written only in the field moves into the body; one
    written twice (field and body) stays once; the field keeps its text as the summary."""
    db = tmp_path / "berita.sqlite3"
    ids: dict[str, int] = {}

    def fill(store) -> None:  # type: ignore[no-untyped-def]
        rubric = store.create_category("Samarinda")
        ids["only"] = store.create_article(story(
            category_id=rubric.id, headline="Teras hanya di kolom",
            lead="Ratusan warga Sempaja mengungsi karena banjir.",
            body="Air mulai naik pukul 02.00 WITA.\n\nPosko dibuka di masjid.")).id
        ids["twice"] = store.create_article(story(
            category_id=rubric.id, headline="Teras ditulis dua kali")).id
        ids["none"] = store.create_article(story(
            category_id=rubric.id, headline="Tanpa teras", lead="")).id

    _at_0002(db, fill)
    store = open_store(db)
    try:
        only = store.get_article(ids["only"])
        assert only.body == ("Ratusan warga Sempaja mengungsi karena banjir.\n\n"
                             "Air mulai naik pukul 02.00 WITA.\n\nPosko dibuka di masjid.")
        assert only.lead == "Ratusan warga Sempaja mengungsi karena banjir."
        assert store.get_article(ids["twice"]).body == f"{FIRST}\n\nWarga mengungsi."
        assert store.get_article(ids["twice"]).lead == SUMMARY
        assert store.get_article(ids["none"]).body == f"{FIRST}\n\nWarga mengungsi."
        assert [a.id for a in store.search("Sempaja")] == [ids["only"]]  # the index follows
        folder = tmp_path / "html"
        export_articles(store, folder, "html", article_ids=[ids["only"], ids["twice"]])
        pages = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.html")}
    finally:
        store.close()
    only_page = next(t for n, t in pages.items() if "kolom" in n)
    assert ("SAMARINDA</span> \u2013 Ratusan warga Sempaja mengungsi karena banjir.</p>"
            in only_page)
    twice_page = next(t for n, t in pages.items() if "dua-kali" in n)
    assert twice_page.split("<main>", 1)[1].count("Hujan deras sejak Senin malam") == 1
    assert list((db.parent / "backups").glob(f"*before-{SCHEMA_HEAD}*.sqlite3"))


def _teras_into_body():  # type: ignore[no-untyped-def]
    import importlib.util

    path = MIGRATIONS_DIR / "versions" / "0003_teras_in_body.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.teras_into_body


@pytest.mark.parametrize(("lead", "body", "expected"), [
    (SUMMARY, f"{FIRST}\n\nLain.", f"{FIRST}\n\nLain."),  # the README's example: same teras
    ("Teras di kolom.", "Isi.", "Teras di kolom.\n\nIsi."),
    ("Teras di kolom.", "", "Teras di kolom."),
    ("Teras di kolom.", "![](asset:0123456789ab)\n\nTeras di kolom, lalu isi.",
     "![](asset:0123456789ab)\n\nTeras di kolom, lalu isi."),
    ("  ", "Isi.", "Isi."),
    ("Warga mengungsi.", "Paragraf lain.\n\nWarga **mengungsi**.", "Paragraf lain.\n\n"
     "Warga **mengungsi**."),
])
def test_teras_into_body(lead: str, body: str, expected: str) -> None:
    assert _teras_into_body()(lead, body) == expected
