"""WordPress eXtended RSS (WXR 1.2) files for batches, which the official WordPress Importer
reads (Tools → Import → WordPress).

What the Importer needs, from its parser: well-formed XML without a DOCTYPE (a file with one is
refused), ``wp:wxr_version`` as "1.2" in the channel, the 1.2 ``wp`` and ``excerpt``
namespaces, categories (``wp:category_nicename``, ``wp:category_parent`` by nicename,
``wp:cat_name``) and tags (``wp:tag_slug``, ``wp:tag_name``) declared in the channel, and on
every item a ``category`` element with ``domain`` and ``nicename`` (one without ``nicename`` is
ignored). ``wp:post_date`` is the site's local time and ``wp:post_date_gmt`` UTC; the summary
is ``excerpt:encoded``. Pictures travel as attachment items the Importer downloads from
``wp:attachment_url``, so only pictures already on a site (sent before) can go along; the
featured one is named by the post's ``_thumbnail_id``. Pictures only on this PC are left out
and named in the notes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import Article, Category, Status, utcnow
from editorberita.core.export import category_paths
from editorberita.core.messages import Message, message
from editorberita.core.newsroom import PageRecord, site_record
from editorberita.core.pictures import PictureSet, asset_key, pictures_for
from editorberita.core.render import article_view, render_record_html
from editorberita.core.store import sends
from editorberita.core.textid import slugify

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

WXR_VERSION = "1.2"
NS = {
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "wfw": "http://wellformedweb.org/CommentAPI/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wp": "http://wordpress.org/export/1.2/",
}
# Our workflow → WordPress's: only what the desk published goes live on import.
WP_STATUS = {Status.DRAFT: "draft", Status.REVIEW: "pending", Status.READY: "pending",
             Status.PUBLISHED: "publish", Status.CORRECTED: "publish",
             Status.WITHDRAWN: "private"}
ATTACHMENT_ID_BASE = 1_000_000  # item ids of pictures, apart from the articles' own
_MISSING = "editorberita-missing:"
_MISSING_FIGURE = re.compile(r'<figure[^>]*>\s*<img src="' + re.escape(_MISSING)
                             + r'[^"]*"[^>]*>.*?</figure>\s*', re.S)
_MISSING_IMG = re.compile(r'<img src="' + re.escape(_MISSING) + r'[^"]*"[^>]*>')
WP_TIME = "%Y-%m-%d %H:%M:%S"

for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)


@dataclass
class WxrResult:
    """The file's bytes, how many posts and pictures it holds, and what was left out."""

    data: bytes
    posts: int = 0
    attachments: int = 0
    notes: list[Message] = field(default_factory=list)  # worded by each side


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def _sub(parent: ET.Element, tag: str, text: object = "", **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = str(text)
    return element


def _wp(parent: ET.Element, name: str, text: object = "") -> ET.Element:
    return _sub(parent, _q("wp", name), text)


def build_wxr(store: ArticleStore, articles: Iterable[Article], *, site: str | None = None,
              title: str = "EditorBerita") -> WxrResult:
    """Return a WXR 1.2 file of the articles (pictures known on ``site``, or any site)."""
    media = sends.all_media(store, site)
    categories = store.list_categories()
    by_id = {c.id: c for c in categories}
    paths = category_paths(categories)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    channel.text = None
    _sub(channel, "title", title)
    _sub(channel, "link", "")
    _sub(channel, "description", "Artikel dari EditorBerita")
    _sub(channel, "pubDate", format_datetime(utcnow()))
    _sub(channel, "language", "id")
    _wp(channel, "wxr_version", WXR_VERSION)
    _wp(channel, "base_site_url", "")
    _wp(channel, "base_blog_url", "")
    result = WxrResult(b"")
    articles = list(articles)
    used_categories: dict[int, None] = {}
    tags: dict[str, str] = {}
    for article in articles:
        rubric = by_id.get(article.category_id) if article.category_id is not None else None
        while rubric is not None and rubric.id not in used_categories:
            used_categories[rubric.id] = None
            rubric = by_id.get(rubric.parent_id) if rubric.parent_id is not None else None
        for tag in article.tags:
            tags.setdefault(slugify(tag), tag)
    # Parents before children: the Importer looks a parent up by nicename as it goes.
    ordered = sorted(used_categories, key=lambda cid: len(paths.get(cid, [])))
    for cid in ordered:
        rubric = by_id[cid]
        element = _wp(channel, "category")
        element.text = None
        _wp(element, "term_id", rubric.id)
        _wp(element, "category_nicename", rubric.slug or slugify(rubric.name))
        parent = by_id.get(rubric.parent_id) if rubric.parent_id is not None else None
        _wp(element, "category_parent", (parent.slug or slugify(parent.name)) if parent else "")
        _wp(element, "cat_name", rubric.name)
    for n, (slug, name) in enumerate(sorted(tags.items()), start=1):
        element = _wp(channel, "tag")
        element.text = None
        _wp(element, "term_id", n)
        _wp(element, "tag_slug", slug)
        _wp(element, "tag_name", name)

    for article in articles:
        pictures = pictures_for(store, article)
        missing: list[str] = []
        attachments: list[tuple[int, str, str, str]] = []  # item id, url, alt, caption
        thumbnail = 0
        if pictures is not None:
            for key, asset in pictures.assets.items():
                known = media.get(asset.sha256)
                if known is None or not known.url:
                    pictures.sources[key] = _MISSING + key
                    missing.append(asset.caption.strip()[:40] or f"#{asset.id}")
                    continue
                pictures.sources[key] = known.url
                item_id = ATTACHMENT_ID_BASE + asset.id
                attachments.append((item_id, known.url, asset.alt_text, asset.caption))
                if pictures.featured is not None and asset_key(pictures.featured) == key:
                    thumbnail = item_id
        _post_item(channel, article, by_id, pictures, thumbnail, site_record(store, article))
        result.posts += 1
        for item_id, url, alt, caption in attachments:
            _attachment_item(channel, article, item_id, url, alt, caption)
            result.attachments += 1
        if missing:
            result.notes.append(message("send.wxr_missing_pictures", headline=article.headline,
                                        count=len(missing), names=", ".join(missing[:5])))
    ET.indent(rss, space="  ")
    body = ET.tostring(rss, encoding="unicode", xml_declaration=False)
    result.data = ('<?xml version="1.0" encoding="UTF-8" ?>\n'
                   "<!-- WordPress eXtended RSS 1.2 dari EditorBerita: impor lewat "
                   "Alat → Impor → WordPress -->\n" + body + "\n").encode("utf-8")
    return result


def _content(article: Article, pictures: PictureSet | None, record: PageRecord) -> str:
    """Return the post's content as a send writes it: the body, then the record under it."""
    view = article_view(article, "", pictures, record)
    body = view.body_html.strip()
    body = _MISSING_IMG.sub("", _MISSING_FIGURE.sub("", body))
    tail = render_record_html(view, credit_below=True)
    return body + "\n" + (tail + "\n" if tail else "")


def _post_item(channel: ET.Element, article: Article, by_id: dict[int, Category],
               pictures: PictureSet | None, thumbnail: int, record: PageRecord) -> None:
    item = _sub(channel, "item")
    item.text = None
    moment = article.published_at or article.created_at or utcnow()
    slug = article.slug or slugify(article.headline)
    _sub(item, "title", article.headline)
    _sub(item, "link", "")
    _sub(item, "pubDate", format_datetime(moment.astimezone(UTC)))
    _sub(item, _q("dc", "creator"), "")
    _sub(item, "guid", f"editorberita:{slug}", isPermaLink="false")
    _sub(item, "description", "")
    _sub(item, _q("content", "encoded"), _content(article, pictures, record))
    _sub(item, _q("excerpt", "encoded"), article.lead.strip())
    _wp(item, "post_id", article.id or 0)
    _wp(item, "post_date", moment.astimezone(article.zone.tzinfo).strftime(WP_TIME))
    _wp(item, "post_date_gmt", moment.astimezone(UTC).strftime(WP_TIME))
    _wp(item, "comment_status", "open")
    _wp(item, "ping_status", "closed")
    _wp(item, "post_name", slug)
    _wp(item, "status", WP_STATUS.get(article.status, "draft"))
    _wp(item, "post_parent", 0)
    _wp(item, "menu_order", 0)
    _wp(item, "post_type", "post")
    _wp(item, "post_password", "")
    _wp(item, "is_sticky", 0)
    rubric = by_id.get(article.category_id) if article.category_id is not None else None
    if rubric is not None:
        _sub(item, "category", rubric.name, domain="category",
             nicename=rubric.slug or slugify(rubric.name))
    for tag in article.tags:
        _sub(item, "category", tag, domain="post_tag", nicename=slugify(tag))
    if thumbnail:
        meta = _wp(item, "postmeta")
        meta.text = None
        _wp(meta, "meta_key", "_thumbnail_id")
        _wp(meta, "meta_value", thumbnail)


def _attachment_item(channel: ET.Element, article: Article, item_id: int, url: str, alt: str,
                     caption: str) -> None:
    item = _sub(channel, "item")
    item.text = None
    name = url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    moment = article.published_at or article.created_at or utcnow()
    _sub(item, "title", name)
    _sub(item, "link", "")
    _sub(item, "pubDate", format_datetime(moment.astimezone(UTC)))
    _sub(item, _q("dc", "creator"), "")
    _sub(item, "guid", url, isPermaLink="false")
    _sub(item, "description", "")
    _sub(item, _q("content", "encoded"), "")
    _sub(item, _q("excerpt", "encoded"), " ".join(caption.split()))
    _wp(item, "post_id", item_id)
    _wp(item, "post_date", moment.astimezone(article.zone.tzinfo).strftime(WP_TIME))
    _wp(item, "post_date_gmt", moment.astimezone(UTC).strftime(WP_TIME))
    _wp(item, "comment_status", "closed")
    _wp(item, "ping_status", "closed")
    _wp(item, "post_name", slugify(name))
    _wp(item, "status", "inherit")
    _wp(item, "post_parent", article.id or 0)
    _wp(item, "menu_order", 0)
    _wp(item, "post_type", "attachment")
    _wp(item, "post_password", "")
    _wp(item, "is_sticky", 0)
    _wp(item, "attachment_url", url)
    if alt:
        meta = _wp(item, "postmeta")
        meta.text = None
        _wp(meta, "meta_key", "_wp_attachment_image_alt")
        _wp(meta, "meta_value", alt)


def write_wxr(store: ArticleStore, articles: Iterable[Article], path: Path, *,
              site: str | None = None) -> WxrResult:
    """Write the WXR file atomically and return what went in."""
    from editorberita.core.fileio import atomic_write

    result = build_wxr(store, articles, site=site)
    atomic_write(path, result.data)
    return result


