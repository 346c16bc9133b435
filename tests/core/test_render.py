"""Rendering: typography, dateline and initials, and the structure of the exported page."""

from __future__ import annotations

from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from editorberita.core.domain import Article, Status, Zone
from editorberita.core.render import (
    render_article_fragment,
    render_article_page,
    render_body,
    render_markdown,
)
from editorberita.core.typography import smarten


def sample(**changes: object) -> Article:
    """Return a complete article as the desk would write it."""
    article = Article(
        id=7, headline="Banjir Rendam Lima Kecamatan di Samarinda",
        subheadline="Warga mengungsi ke masjid", slug="banjir-rendam-lima-kecamatan",
        status=Status.PUBLISHED, body="Hujan deras sejak Senin malam.\n\n\"Air naik cepat,\" "
        "kata Rahmat.", lead="Ribuan rumah terendam.", byline="Rina Wati", initials="rw",
        dateline="Samarinda", published_at=datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc),
        zone=Zone.WITA, tags=["banjir", "Samarinda"], seo_title="Banjir Samarinda",
        seo_description="Lima kecamatan terendam banjir.", editor_note="JANGAN-TERBIT")
    return article.copy(**changes) if changes else article


@pytest.mark.parametrize(("source", "expected"), [
    ('"Banjir," kata dia.', "\u201cBanjir,\u201d kata dia."),
    ("'Kutip' satu", "\u2018Kutip\u2019 satu"),
    ("Jam 08.00--10.00 WITA", "Jam 08.00\u201310.00 WITA"),
    ("Tunggu---sebentar", "Tunggu\u2014sebentar"),
    ("Dan...", "Dan\u2026"),
    ("it's", "it\u2019s"),
    ("(\"dalam\")", "(\u201cdalam\u201d)"),
])
def test_smarten_curls_quotes_and_dashes(source: str, expected: str) -> None:
    assert smarten(source) == expected


def test_typography_never_touches_code_or_urls() -> None:
    """Straight quotes and double hyphens stay in code, link targets and bare URLs."""
    html = render_markdown('Lihat `a--b "c"` dan [tautan](https://x.example/a--b) serta '
                           "<https://y.example/c--d> atau https://z.example/e--f...\n\n"
                           "```\nx = \"--\"\n```")
    assert '<code>a--b "c"</code>' in html
    assert 'href="https://x.example/a--b"' in html
    assert ">https://y.example/c--d</a>" in html
    assert "https://z.example/e--f..." in html
    assert 'x = "--"' in html


def test_quote_after_inline_markup_closes() -> None:
    """A quote right after emphasis is judged by the text before it, across elements."""
    assert render_markdown('"*Kata*" dia') == "<p>\u201c<em>Kata</em>\u201d dia</p>"


def test_markdown_extensions_tables_footnotes_attr_lists() -> None:
    html = render_markdown("| A | B |\n|:--|--:|\n| 1 | 2 |\n\nTeks[^1]\n{: .penting }\n\n"
                           "[^1]: Catatan.\n\n1. satu\n2. dua\n\n# Judul dalam isi")
    assert '<th class="align-left">A</th>' in html
    assert '<td class="align-right">2</td>' in html
    assert '<p class="penting">Teks<sup id="fnref:1">' in html
    assert "Kembali ke teks catatan 1" in html
    assert "<ol>" in html
    assert "<h2>Judul dalam isi</h2>" in html  # the page has one h1: the headline


def test_dateline_leads_and_initials_close_before_footnotes() -> None:
    body = render_body(sample(body="Pertama.\n\nTerakhir[^1].\n\n[^1]: Sumber.",
                              dateline=" samarinda ", initials="(rw)"))
    assert body.startswith('<p><span class="dateline">SAMARINDA</span> \u2013 Pertama.</p>')
    assert 'Terakhir<sup id="fnref:1">' in body
    assert '</sup>. <span class="initials">(rw)</span></p>' in body
    assert body.index("initials") < body.index('class="footnote"')


def test_dateline_gets_its_own_paragraph_when_body_starts_otherwise() -> None:
    body = render_body(sample(body="## Subjudul\n\n- butir", initials=""))
    assert body.startswith('<p><span class="dateline">SAMARINDA</span> \u2013</p>\n<h2>')
    assert "initials" not in body


class Outline(HTMLParser):
    """Record tags with attributes and the text under each tag, for structure checks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: dict[str, list[str]] = {}
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.elements.append((tag, values))
        if tag not in ("meta", "br", "img", "hr"):
            self._stack.append(values.get("class") or tag)

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._stack and data.strip():
            self.text.setdefault(self._stack[-1], []).append(data.strip())

    def meta(self, key: str) -> str | None:
        for tag, attrs in self.elements:
            if tag == "meta" and key in (attrs.get("name"), attrs.get("property")):
                return attrs.get("content")
        return None


def test_page_structure() -> None:
    """The page carries every field the desk expects, in Indonesian, and no editor's note."""
    page = render_article_page(sample(), "Seputar Kaltim")
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">")
    assert "JANGAN-TERBIT" not in page
    outline = Outline()
    outline.feed(page)
    assert outline.text["title"] == ["Banjir Samarinda"]
    assert outline.meta("description") == "Lima kecamatan terendam banjir."
    assert outline.meta("og:title") == "Banjir Samarinda"
    assert outline.meta("og:type") == "article"
    assert outline.meta("article:published_time") == "2024-07-23T14:30:00+08:00"
    assert outline.meta("article:section") == "Seputar Kaltim"
    assert outline.text["rubrik"] == ["Seputar Kaltim"]
    assert outline.text["judul"] == ["Banjir Rendam Lima Kecamatan di Samarinda"]
    assert outline.text["subjudul"] == ["Warga mengungsi ke masjid"]
    assert outline.text["penulis"] == ["Rina Wati"]
    assert outline.text["time"] == ["Selasa, 23 Juli 2024, 14.30 WITA"]
    assert "teras" not in outline.text  # the summary is the description, not printed
    assert "Ribuan rumah terendam." not in outline.text["p"]
    assert outline.text["dateline"] == ["SAMARINDA"]
    assert outline.text["initials"] == ["(rw)"]
    assert "\u201cAir naik cepat,\u201d kata Rahmat." in outline.text["p"]
    assert ("time", {"datetime": "2024-07-23T14:30:00+08:00"}) in outline.elements
    assert outline.text["style"][0].startswith("/*")


@pytest.mark.parametrize(("zone", "shown"), [(Zone.WIB, "13.30 WIB"), (Zone.WIT, "15.30 WIT")])
def test_page_shows_time_in_the_article_zone(zone: Zone, shown: str) -> None:
    assert f"Selasa, 23 Juli 2024, {shown}" in render_article_page(sample(zone=zone))


def test_description_falls_back_to_lead_and_title_to_headline() -> None:
    page = render_article_page(sample(seo_title="", seo_description=""))
    assert "<title>Banjir Rendam Lima Kecamatan di Samarinda</title>" in page
    assert '<meta name="description" content="Ribuan rumah terendam.">' in page


def test_fragment_is_only_the_article() -> None:
    fragment = render_article_fragment(sample(), "Seputar Kaltim")
    assert fragment.startswith('<article class="berita">')
    assert fragment.rstrip().endswith("</article>")
    assert "<html" not in fragment and "<style" not in fragment
    assert "JANGAN-TERBIT" not in fragment


def test_untitled_article_still_has_a_title() -> None:
    """An empty <title> is invalid HTML5."""
    page = render_article_page(Article())
    assert "<title>Tanpa judul</title>" in page


def test_headline_and_subheadline_get_smart_typography() -> None:
    """Displayed fields read like print; the <title> and meta data keep the text as typed."""
    page = render_article_page(sample(headline='Cabai "Naik" -- lagi', seo_title="",
                                      subheadline="Kata 'pedagang'"))
    assert '<h1 class="judul">Cabai \u201cNaik\u201d \u2013 lagi</h1>' in page
    assert '<p class="subjudul">Kata \u2018pedagang\u2019</p>' in page
    assert "<title>Cabai &#34;Naik&#34; -- lagi</title>" in page
