"""A WXR validator mirroring the WordPress Importer's parser and import rules (read in the
wordpress-importer sources; our own checks, not its code). ``problems(data)`` returns what the
Importer would refuse or silently drop, as sentences; empty means it would take everything.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

WP = "http://wordpress.org/export/1.2/"
EXCERPT = "http://wordpress.org/export/1.2/excerpt/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
STATUSES = {"publish", "draft", "pending", "private", "future", "inherit", "trash"}
TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$")


def _text(parent: ET.Element, ns: str, name: str) -> str | None:
    element = parent.find(f"{{{ns}}}{name}")
    return None if element is None else (element.text or "")


def problems(data: bytes) -> list[str]:
    found: list[str] = []
    text = data.decode("utf-8")
    if re.search(r"<!DOCTYPE", text, re.I):
        return ["a DOCTYPE: the Importer's parser refuses the file"]
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    if root.tag != "rss":
        return ["root is not <rss>"]
    for prefix, uri in (("wp", WP), ("excerpt", EXCERPT)):
        if f'xmlns:{prefix}="{uri}"' not in text:
            found.append(f"namespace {prefix} is not the 1.2 one")
    channel = root.find("channel")
    if channel is None:
        return ["no channel"]
    version = _text(channel, WP, "wxr_version")
    if version is None or not re.match(r"^\d+\.\d+$", version.strip()):
        found.append("missing/invalid wp:wxr_version")
    nicenames: set[str] = set()
    for category in channel.findall(f"{{{WP}}}category"):
        nice = _text(category, WP, "category_nicename") or ""
        parent = _text(category, WP, "category_parent") or ""
        if not nice or not _text(category, WP, "cat_name"):
            found.append("a category without nicename or name")
        if parent and parent not in nicenames:
            found.append(f"category {nice}: parent {parent} not declared before it")
        nicenames.add(nice)
    tag_slugs = set()
    for tag in channel.findall(f"{{{WP}}}tag"):
        slug = _text(tag, WP, "tag_slug") or ""
        if not slug or not _text(tag, WP, "tag_name"):
            found.append("a tag without slug or name")
        tag_slugs.add(slug)
    items = channel.findall("item")
    ids = {}
    for item in items:
        post_id = int(_text(item, WP, "post_id") or 0)
        if not post_id or post_id in ids:
            found.append(f"item id {post_id} missing or repeated")
        ids[post_id] = _text(item, WP, "post_type")
    for item in items:
        title = item.findtext("title") or ""
        kind = _text(item, WP, "post_type")
        if kind not in ("post", "attachment", "page"):
            found.append(f"{title}: post_type {kind!r}")
        if _text(item, WP, "status") not in STATUSES:
            found.append(f"{title}: status {_text(item, WP, 'status')!r}")
        for name in ("post_date", "post_date_gmt"):
            if not TIME.match(_text(item, WP, name) or ""):
                found.append(f"{title}: {name} is not 'YYYY-MM-DD HH:MM:SS'")
        if _text(item, CONTENT, "encoded") is None or _text(item, EXCERPT, "encoded") is None:
            found.append(f"{title}: no content:encoded or excerpt:encoded")
        if item.find(f"{{{DC}}}creator") is None:
            found.append(f"{title}: no dc:creator")
        for category in item.findall("category"):
            if "nicename" not in category.attrib:  # the parser ignores it: term lost
                found.append(f"{title}: category {category.text!r} without nicename")
            domain = category.get("domain")
            if domain == "category" and category.get("nicename") not in nicenames:
                found.append(f"{title}: category {category.get('nicename')} not declared")
            if domain == "post_tag" and category.get("nicename") not in tag_slugs:
                found.append(f"{title}: tag {category.get('nicename')} not declared")
        if kind == "attachment":
            url = _text(item, WP, "attachment_url") or ""
            if not re.match(r"^https?://", url):
                found.append(f"{title}: attachment_url {url!r} cannot be fetched")
            parent = int(_text(item, WP, "post_parent") or 0)
            if parent and parent not in ids:
                found.append(f"{title}: parent {parent} is not in the file")
        for meta in item.findall(f"{{{WP}}}postmeta"):
            if _text(meta, WP, "meta_key") == "_thumbnail_id":
                value = int(_text(meta, WP, "meta_value") or 0)
                if ids.get(value) != "attachment":
                    found.append(f"{title}: _thumbnail_id {value} is no attachment in the file")
        if "asset:" in (_text(item, CONTENT, "encoded") or ""):
            found.append(f"{title}: content points at the desk's own pictures (asset:)")
    return found
