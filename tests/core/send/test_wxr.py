"""WXR 1.2 export checked against the WordPress Importer's rules (wxrcheck.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC

from editorberita.core.send.wxr import build_wxr
from editorberita.core.store import ArticleStore, sends
from tests.core.send.helpers import story
from tests.core.send.wxrcheck import CONTENT, EXCERPT, WP, problems


def _items(data: bytes) -> list[ET.Element]:
    return ET.fromstring(data).find("channel").findall("item")  # type: ignore[union-attr]


def test_a_batch_without_site_pictures_is_valid_and_says_what_was_left_out(
        store: ArticleStore) -> None:
    one = story(store, slug="satu", seed=1, rubric="Seputar Kaltim/Samarinda")
    story(store, slug="dua", seed=2, tags=("Banjir", "PLN & Listrik"))
    result = build_wxr(store, store.get_articles([1, 2]).values())
    assert problems(result.data) == []
    assert b"<!DOCTYPE" not in result.data
    assert result.posts == 2 and result.attachments == 0
    assert len(result.notes) == 2 and "pengimpor WordPress hanya bisa" in str(result.notes[0])
    post = _items(result.data)[0]
    assert post.findtext(f"{{{WP}}}post_date") == "2026-11-30 14:30:00"  # WITA, as written
    assert post.findtext(f"{{{WP}}}post_date_gmt") == one.published_at.astimezone(
        UTC).strftime("%Y-%m-%d %H:%M:%S")
    assert post.findtext(f"{{{EXCERPT}}}encoded") == one.lead
    content = post.findtext(f"{{{CONTENT}}}encoded") or ""
    assert "SAMARINDA" in content and "(ant/rd)" in content and "<img" not in content
    cats = {(c.get("domain"), c.get("nicename")) for c in post.findall("category")}
    assert ("category", "samarinda") in cats and ("post_tag", "banjir") in cats
    channel = ET.fromstring(result.data).find("channel")
    assert [c.findtext(f"{{{WP}}}category_parent") for c in
            channel.findall(f"{{{WP}}}category")] == ["", "seputar-kaltim"]  # type: ignore[union-attr]


def test_pictures_already_on_the_site_become_attachments_with_the_featured_one(
        store: ArticleStore) -> None:
    article = story(store, slug="tiga", seed=3)
    featured = store.get_asset(article.featured_asset_id)
    for n, asset in enumerate(store.list_assets()):
        sends.record_media(store, "Situs Kaltim", asset.sha256, sends.MediaInfo(
            10 + n, f"https://kaltim.example/wp-content/uploads/foto-{n}.jpg", ""))
    result = build_wxr(store, [store.get_article(article.id)])
    assert problems(result.data) == [] and result.attachments == 2 and not result.notes
    items = _items(result.data)
    post = items[0]
    thumb = post.find(f"{{{WP}}}postmeta")
    assert thumb is not None and thumb.findtext(f"{{{WP}}}meta_key") == "_thumbnail_id"
    featured_item = next(i for i in items
                         if i.findtext(f"{{{WP}}}post_id") == thumb.findtext(
                             f"{{{WP}}}meta_value"))
    assert featured_item.findtext(f"{{{WP}}}post_type") == "attachment"
    alt = featured_item.find(f"{{{WP}}}postmeta")
    assert alt is not None and alt.findtext(f"{{{WP}}}meta_value") == featured.alt_text
    assert "https://kaltim.example/wp-content/uploads/" in (
        post.findtext(f"{{{CONTENT}}}encoded") or "")


def test_the_validator_catches_what_the_importer_refuses() -> None:
    assert problems(b'<?xml version="1.0"?><!DOCTYPE rss><rss/>')[0].startswith("a DOCTYPE")
    bad = (b'<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
           b'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"><channel>'
           b"<wp:wxr_version>satu</wp:wxr_version><item><title>A</title>"
           b'<category domain="category">Tanpa nicename</category></item></channel></rss>')
    found = problems(bad)
    assert "missing/invalid wp:wxr_version" in found
    assert any("without nicename" in p for p in found)
