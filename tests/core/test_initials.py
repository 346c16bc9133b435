"""Initials close a story once: a body that already ends with "(rw)" never gets "(rw) (rw)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from editorberita.core.domain import Article
from editorberita.core.export import export_articles
from editorberita.core.importer import import_file, parse_markdown
from editorberita.core.render import render_article_page, render_body
from editorberita.core.store import ArticleStore

SEED = """---
title: Banjir Rendam Tiga Kelurahan
initials: rw
dateline: Samarinda
---
Hujan deras membuat ratusan rumah terendam.

"Kami siap," kata dia. (rw)
"""


@pytest.mark.parametrize(("body", "initials", "expected"), [
    ("kata dia. (rw)", "rw", ("kata dia.", "rw")),
    ("kata dia. (rw)\n", "", ("kata dia.", "rw")),
    ("kata dia.\n\n(RW/ab)", "rw / ab", ("kata dia.", "rw / ab")),
    ("kata dia. (ab)", "rw", ("kata dia. (ab)", "rw")),  # someone else's: left as written
    ("kata dia (Foto: Rina)", "", ("kata dia (Foto: Rina)", "")),
    ("kata dia.", "rw", ("kata dia.", "rw")),
])
def test_split_closing_initials(body: str, initials: str, expected: tuple[str, str]) -> None:
    from editorberita.core.textid import split_closing_initials

    assert split_closing_initials(body, initials) == expected


def test_renderer_never_doubles_initials() -> None:
    article = Article(headline="Banjir", body="Satu.\n\n\u201cKami siap,\u201d kata dia. (rw)",
                      initials="rw")
    body = render_body(article)
    assert body.count("(rw)") == 1
    assert 'kata dia. <span class="initials">(rw)</span></p>' in body  # styled as added ones
    assert render_article_page(article).count("(rw)") == 1
    other = render_body(article.copy(initials="ab"))
    assert "(rw)" in other and "(ab)" in other


def test_import_takes_closing_initials_into_the_field(tmp_path: Path,
                                                      store: ArticleStore) -> None:
    path = tmp_path / "banjir.md"
    path.write_text(SEED.replace("initials: rw\n", ""), encoding="utf-8")
    parsed = parse_markdown(path.read_text(encoding="utf-8"), path)
    assert parsed.article.initials == "rw"
    assert parsed.article.body.endswith("kata dia.")


def test_seed_story_exports_initials_once(tmp_path: Path, store: ArticleStore) -> None:
    path = tmp_path / "banjir.md"
    path.write_text(SEED, encoding="utf-8")
    article, _ = import_file(store, path)
    assert article.initials == "rw" and "(rw)" not in article.body
    summary = export_articles(store, tmp_path / "out", "html")
    page = summary.written[0].read_text(encoding="utf-8")
    assert page.count("(rw)") == 1
    assert '\u201d kata dia. <span class="initials">(rw)</span></p>' in page
    md = export_articles(store, tmp_path / "md", "md").written[0].read_text(encoding="utf-8")
    assert "initials: rw" in md and "(rw)" not in md.split("---", 2)[2]
