"""Article templates and the advertorial label in every export format."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from editorberita.core.domain import Kind
from editorberita.core.export import export_article
from editorberita.core.importer import import_file
from editorberita.core.store import ArticleStore, open_store
from editorberita.core.templates import TEMPLATES, new_article, placeholders


@pytest.mark.parametrize("kind", list(Kind))
def test_every_kind_has_a_template_with_placeholders(kind: Kind) -> None:
    article = new_article(kind, byline="Rina")
    assert article.kind == kind
    assert article.byline == "Rina"
    assert placeholders(article.body), TEMPLATES[kind].body
    assert not article.lead  # the summary is optional; the teras is the body's first paragraph


def test_kind_is_stored_and_survives_a_revision(store: ArticleStore) -> None:
    saved = store.create_article(new_article(Kind.AGENDA, headline="Festival Mahakam"))
    again = store.get_article(saved.id or 0)
    assert again.kind == Kind.AGENDA
    store.add_revision(again.id or 0, "uji")
    assert store.list_revisions(again.id or 0)[0].snapshot.kind == Kind.AGENDA


def test_advertorial_label_in_every_export(store: ArticleStore, tmp_path: Path) -> None:
    article = store.create_article(new_article(
        Kind.ADVERTORIAL, headline="Promo Akhir Tahun Bank Kaltim", lead="Bunga ringan.",
        body="Kredit ringan untuk pelaku usaha kecil."))
    page = export_article(store, article, tmp_path, "html").read_text(encoding="utf-8")
    fragment = export_article(store, article, tmp_path, "fragment").read_text(encoding="utf-8")
    markdown = export_article(store, article, tmp_path, "md").read_text(encoding="utf-8")
    for html in (page, fragment):
        assert '<p class="label">Advertorial</p>' in html
    front = yaml.safe_load(markdown.split("---\n")[1])
    assert front["label"] == "Advertorial" and front["kind"] == "advertorial"
    assert markdown.split("---\n", 2)[2].lstrip().startswith("**Advertorial**")
    # re-import: the kind comes back and the visible label is not doubled
    store.trash_articles([article.id or 0])
    store.empty_trash()
    imported, created = import_file(store, tmp_path / markdown_name(tmp_path))
    assert created and imported.kind == Kind.ADVERTORIAL
    assert imported.body == "Kredit ringan untuk pelaku usaha kecil."


def markdown_name(folder: Path) -> str:
    return next(p.name for p in folder.iterdir() if p.suffix == ".md")


def test_news_exports_carry_no_label(store: ArticleStore, tmp_path: Path) -> None:
    article = store.create_article(headline="Banjir", body="Air naik.")
    assert 'class="label"' not in export_article(store, article, tmp_path, "html").read_text(
        encoding="utf-8")
    assert "label:" not in export_article(store, article, tmp_path, "md").read_text(
        encoding="utf-8")


def test_upgrade_from_0001_keeps_articles_as_news(db_path: Path) -> None:
    from tests.schema import downgrade

    store = open_store(db_path)
    store.create_article(headline="Naskah lama")
    store.close()
    downgrade(db_path, "0001")
    with sqlite3.connect(db_path) as con:
        assert "kind" not in {r[1] for r in con.execute("PRAGMA table_info(articles)")}
    upgraded = open_store(db_path)
    try:
        article = upgraded.search("lama")[0]
        assert upgraded.get_article(article.id).kind == Kind.NEWS
        assert upgraded.desk_words() == []
    finally:
        upgraded.close()
