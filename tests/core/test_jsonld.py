"""The page's schema.org NewsArticle JSON-LD, read back by a JSON-LD processor (pyld) and
checked against the schema.org vocabulary for every term it uses."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from html import unescape
from pathlib import Path

from pyld import jsonld

from editorberita.core import jsonld as ours
from editorberita.core.domain import Article, Status, Zone
from editorberita.core.export import export_article
from editorberita.core.store import ArticleStore

TERMS = json.loads((Path(__file__).parents[1] / "data" / "jsonld" / "schemaorg-terms.json")
                   .read_text("utf-8"))
SCHEMA = "https://schema.org/"
MOMENT = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)
RALAT_AT = datetime(2024, 7, 23, 7, 10, tzinfo=timezone.utc)


def _loader(url: str, _options: object = None) -> dict[str, object]:
    """Serve schema.org's context from here (no network): every term is in its vocabulary."""
    assert url.rstrip("/") == "https://schema.org", url
    return {"contextUrl": None, "documentUrl": url,
            "document": {"@context": {"@vocab": SCHEMA}}}


def page_jsonld(page: str) -> dict[str, object]:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(block)


def supertypes(name: str) -> set[str]:
    found = {name}
    for parent in TERMS["types"][name]:
        found |= supertypes(parent)
    return found


def check_node(node: dict[str, object], problems: list[str]) -> None:
    """Check an expanded node: known types, and every property allowed on its type."""
    types = [str(t).removeprefix(SCHEMA) for t in node.get("@type", [])]  # type: ignore[union-attr]
    allowed: set[str] = set()
    for name in types:
        if name not in TERMS["types"]:
            problems.append(f"unknown type {name}")
            continue
        allowed |= supertypes(name)
    for key, values in node.items():
        if key.startswith("@"):
            continue
        if not key.startswith(SCHEMA):
            problems.append(f"not a schema.org term: {key}")
            continue
        prop = key.removeprefix(SCHEMA)
        domain = TERMS["properties"].get(prop)
        if domain is None:
            problems.append(f"unknown property {prop}")
        elif types and not allowed & set(domain):
            problems.append(f"{prop} is not a property of {types}")
        for value in values:  # type: ignore[union-attr]
            if isinstance(value, dict) and "@value" not in value:
                check_node(value, problems)


def make(store: ArticleStore) -> Article:
    store.set_desk_profile(name="Kaltim Hari Ini", url="https://kaltimhariini.example/",
                           logo="https://kaltimhariini.example/logo.png")
    rubric = store.create_category("Seputar Kaltim")
    article = store.create_article(Article(
        headline='Banjir "Besar" </script><b>Samarinda</b>', subheadline="Ribuan warga mengungsi",
        body="Isi.", byline="Rina Wati", editor="Ahmad", initials="rw", editor_initials="ed",
        category_id=rubric.id, status=Status.CORRECTED, published_at=MOMENT, zone=Zone.WITA,
        tags=["banjir", "Samarinda"], seo_description="Banjir merendam Samarinda."))
    store.add_correction(article.id or 0, "Jumlah pengungsi 1.200 orang.", "Ahmad",
                         when=RALAT_AT)
    return store.get_article(article.id or 0)


def test_page_jsonld_expands_and_uses_schema_org_terms_only(store: ArticleStore,
                                                             tmp_path: Path) -> None:
    article = make(store)
    page = export_article(store, article, tmp_path, "html").read_text("utf-8")
    data = page_jsonld(page)
    expanded = jsonld.expand(data, {"documentLoader": _loader})
    assert len(expanded) == 1
    problems: list[str] = []
    check_node(expanded[0], problems)
    assert problems == []
    used = {k.removeprefix(SCHEMA) for k in json.dumps(expanded).split('"') if
            k.startswith(SCHEMA)}
    assert used <= set(ours.PROPERTIES) | set(ours.TYPES)
    node = expanded[0]

    def value(prop: str) -> object:
        return node[SCHEMA + prop][0]["@value"]  # type: ignore[index]

    assert value("headline") == unescape(re.search(r'<h1 class="judul">(.*?)</h1>',
                                                   page, re.S).group(1))  # type: ignore[union-attr]
    assert value("datePublished") == "2024-07-23T14:30:00+08:00"
    assert value("dateModified") == "2024-07-23T15:10:00+08:00"  # the correction
    assert value("inLanguage") == "id" and value("articleSection") == "Seputar Kaltim"
    author = node[SCHEMA + "author"][0]  # type: ignore[index]
    editor = node[SCHEMA + "editor"][0]  # type: ignore[index]
    assert author[SCHEMA + "name"][0]["@value"] == "Rina Wati"
    assert editor[SCHEMA + "name"][0]["@value"] == "Ahmad"
    publisher = node[SCHEMA + "publisher"][0]  # type: ignore[index]
    assert publisher[SCHEMA + "name"][0]["@value"] == "Kaltim Hari Ini"
    (correction,) = node[SCHEMA + "correction"]  # type: ignore[index]
    assert correction["@type"] == [SCHEMA + "CorrectionComment"]
    assert correction[SCHEMA + "datePublished"][0]["@value"] == "2024-07-23T15:10:00+08:00"
    # Nothing of the headline can close the script element.
    assert page.count("</script>") == 1 and "\\u003c/script\\u003e" in page


def test_page_jsonld_image_is_the_featured_picture(store: ArticleStore, tmp_path: Path) -> None:
    from ..photos import tiny_png

    asset = store.add_asset(tiny_png(32, 32, (1, 2, 3)), "image/png", width=32, height=32)
    article = store.create_article(Article(headline="Foto", body="Isi.", published_at=MOMENT,
                                           status=Status.PUBLISHED, featured_asset_id=asset.id))
    page = export_article(store, article, tmp_path, "html").read_text("utf-8")
    data = page_jsonld(page)
    og = re.search(r'<meta property="og:image" content="([^"]+)">', page)
    assert og and data["image"] == {"@type": "ImageObject", "url": unescape(og.group(1))}
    assert (tmp_path / unescape(og.group(1))).is_file()
    assert "publisher" not in data  # no desk profile: no invented publisher


def test_every_term_the_module_writes_is_in_the_vocabulary() -> None:
    assert set(ours.TYPES) <= set(TERMS["types"])
    assert set(ours.PROPERTIES) <= set(TERMS["properties"])
