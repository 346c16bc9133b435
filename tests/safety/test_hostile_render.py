"""Hostile bodies in rendering and export content (issue 17: item 7, item 10, low items)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from editorberita.core.checks import check_article
from editorberita.core.domain import Article, Status
from editorberita.core.export import export_articles
from editorberita.core.exportformat import render_export
from editorberita.core.render import render_markdown
from editorberita.core.store import ArticleStore

# ------------------------------------------------------------------ item 7: deep nesting


@pytest.mark.parametrize("body", [
    "- " * 10_000 + "akhir",
    "1. " * 10_000 + "akhir",
    "> " * 10_000 + "akhir",
    "*a " * 3000 + "akhir " + "a* " * 3000,
    "**a " * 3000 + "akhir " + "a** " * 3000,
])
def test_deep_nesting_renders_instead_of_a_traceback(body: str) -> None:
    """These raised RecursionError (a 40-line traceback on export, a blank preview)."""
    assert "akhir" in render_markdown(body)
    assert "akhir" in render_export(Article(headline="U", body=body), "html")


def test_guard_leaves_ordinary_markdown_alone() -> None:
    """Only hostile structure is touched: a story with every feature comes back unchanged."""
    from editorberita.core.mdguard import guard_markdown

    body = "\n\n".join([
        "## Subjudul", "Teks *miring*, **tebal**, `kode`, [tautan](https://a.id) dan "
        "![foto](asset:0123456789ab \"Keterangan\").", "- satu\n- dua\n    - tiga",
        "> kutipan\n> > dalam", "1. a\n2. b", "a | b\n--|--\n1 | 2", "```\n<kode>\n```",
        "Catatan[^1].\n\n[^1]: Isi catatan.", "<b>tebal</b> &amp; <i>miring</i>",
        "Istilah\n: definisi", "Paragraf\n{: .kelas}",
    ] * 20)
    assert guard_markdown(body) is body


# ------------------------------------------------------------------ item 10: Markdown export

HOSTILE_MARKDOWN = (
    'Awal <script>alert("x")</script> teks.\n\n'
    "[klik](javascript:alert(1)) [dua](JaVa&#115;cript:alert(2)) ![g](javascript:alert(3)) "
    "<javascript:alert(4)> [tab](java\tscript:alert(5))\n\n"
    '<img src=x onerror="alert(6)"> <a href="javascript:alert(7)" onclick="alert(8)">a</a>\n\n'
    '<iframe src="https://jahat.example/"></iframe><style>body{display:none}</style>\n\n'
    'Paragraf\n{: onclick="alert(9)" .kelas}\n\n'
    "[r]: javascript:alert(10)\n\n[ref][r], [aman](https://contoh.id) dan `<script>kode</script>`"
)


def test_markdown_export_carries_only_the_allowlist() -> None:
    """Raw script, javascript: addresses and event handlers went into the .md unchanged."""
    text = render_export(Article(headline="U", body=HOSTILE_MARKDOWN), "md")
    for needle in ("<script>alert", "javascript:", "JaVa&#115;", "onerror", "onclick",
                   "<iframe", "<style>", "java\tscript"):
        assert needle not in text, needle
    # What the allowlist allows stays: text, safe links, pictures, classes, code as written.
    for kept in ("Awal", "teks.", "[aman](https://contoh.id)", '<img src="x">', ".kelas",
                 "`<script>kode</script>`", "[klik](#)"):
        assert kept in text, kept


# ------------------------------------------------------------------ low items


def test_placeholder_typo_leaks_nothing_and_keeps_the_link() -> None:
    """``![a](b "(1))`` before a link leaked U+0002/U+0003 and "klzzwxh" and lost the link."""
    html = render_markdown('![a](b "(1)) lalu [f](y) akhir')
    assert "\x02" not in html and "\x03" not in html and "klzzwxh" not in html
    assert 'href="y"' in html and "akhir" in html


class _Depth(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br", "img", "hr"):
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1


@pytest.mark.parametrize("tag", ["div", "span", "blockquote", "b"])
def test_raw_html_nesting_is_bounded(tag: str) -> None:
    """Raw HTML 600 deep passed the sanitiser; Nu rejects a tree deeper than 513."""
    html = render_article_page_of(f"<{tag}>" * 600 + "isi" + f"</{tag}>" * 600)
    parser = _Depth()
    parser.feed(html)
    assert "isi" in html and parser.deepest < 200


def render_article_page_of(body: str) -> str:
    return render_export(Article(headline="U", body=body), "html")


LOCAL = ("Foto ![a](C:\\Users\\rina\\Pictures\\banjir.jpg) dan [dokumen](/home/rina/r.pdf) "
         'dan [berkas](file:///etc/passwd) dan <img src="/Users/rina/a.png"> akhir')


def test_local_paths_stay_out_of_exports_and_are_named(store: ArticleStore,
                                                       tmp_path: Path) -> None:
    """Addresses on the writer's computer went into the exports silently."""
    article = store.create_article(Article(headline="Lokal", body=LOCAL,
                                           status=Status.PUBLISHED))
    for fmt in ("html", "fragment", "md"):
        text = render_export(article, fmt)
        assert "rina" not in text and "file:" not in text and "akhir" in text, fmt
    problems = [p for p in check_article(article) if p.code == "local_path"]
    assert len(problems) == 4
    assert all(LOCAL[p.start:p.end] in p.message.text() for p in problems)
    summary = export_articles(store, tmp_path / "out", "html", article_ids=[article.id or 0])
    assert summary.ok and len(summary.warnings) == 4
    assert "4 peringatan" in summary.describe()


@pytest.mark.parametrize(("status", "mark"), [(Status.DRAFT, "DRAF"), (Status.REVIEW, "DISUNTING"),
                                              (Status.WITHDRAWN, "DITARIK")])
def test_pages_not_live_are_marked_and_not_indexed(status: Status, mark: str) -> None:
    """A plain export wrote drafts and withdrawn articles as ordinary pages."""
    page = render_export(Article(headline="U", body="isi", status=status), "html")
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert f'<p class="draf">{mark}</p>' in page
    assert "draft: true" in render_export(Article(headline="U", body="isi", status=status), "md")
    live = render_export(Article(headline="U", body="isi", status=Status.PUBLISHED), "html")
    assert "noindex" not in live and 'class="draf"' not in live


def test_export_by_id_refuses_an_article_in_the_trash(store: ArticleStore,
                                                      tmp_path: Path) -> None:
    """``export --id`` exported from the Trash."""
    kept = store.create_article(Article(headline="Tetap", body="isi"))
    gone = store.create_article(Article(headline="Dibuang", body="isi"))
    store.trash_articles([gone.id or 0])
    summary = export_articles(store, tmp_path / "out", "html",
                              article_ids=[kept.id or 0, gone.id or 0])
    assert len(summary.written) == 1 and len(summary.failures) == 1
    assert "Sampah" in summary.failures[0][1].text()
    assert not any("dibuang" in p.name for p in (tmp_path / "out").iterdir())
