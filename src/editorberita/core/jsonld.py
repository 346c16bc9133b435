"""schema.org ``NewsArticle`` structured data (JSON-LD) for the exported page.

Search engines and aggregators read a story's headline, dates, people and publisher from it.
Times carry the desk zone's offset ("2024-07-23T14:30:00+08:00"); ``dateModified`` is the
newest correction's time (else the publication time); the publisher comes from
the desk profile (``ArticleStore.desk_profile``); each correction is a ``CorrectionComment``
(schema.org's ``correction`` property). The JSON is escaped for a ``<script>`` element: no
"<", ">" or "&" survives as such, so no text of the story can close the element.
Pure Python: may import ``core.domain``, ``core.credits`` and ``core.render``'s view type.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from editorberita.core.credits import UNVERIFIED_NOTICE

if TYPE_CHECKING:
    from editorberita.core.render import ArticleView

CONTEXT = "https://schema.org"
# Every schema.org term this module writes (a test checks each one against the vocabulary).
TYPES = ("NewsArticle", "Person", "Organization", "ImageObject", "CorrectionComment",
         "WebPage")
PROPERTIES = ("headline", "alternativeHeadline", "description", "datePublished",
              "dateModified", "author", "editor", "publisher", "name", "url", "logo", "image",
              "articleSection", "inLanguage", "keywords", "correction", "text",
              "creativeWorkStatus", "mainEntityOfPage", "isBasedOn")


def _person(name: str) -> dict[str, str] | None:
    name = " ".join(name.split())
    return {"@type": "Person", "name": name} if name else None


def news_article(view: ArticleView) -> dict[str, object]:
    """Return the ``NewsArticle`` object of an article view (empty fields left out)."""
    article = view.article
    record = view.record
    data: dict[str, object] = {"@context": CONTEXT, "@type": "NewsArticle",
                               "headline": view.headline, "inLanguage": "id"}
    if view.subheadline:
        data["alternativeHeadline"] = view.subheadline
    if view.description:
        data["description"] = view.description
    if view.iso_time:
        data["datePublished"] = view.iso_time
    # Modified for the reader when a correction was made (the store's own save time changes
    # with every edit and import: the page must be the same when the story is the same).
    corrected = [c.local_time for c in record.corrections] if record is not None else []
    if corrected:
        data["dateModified"] = max(corrected).astimezone(
            article.zone.tzinfo).isoformat(timespec="seconds")
    elif view.iso_time:
        data["dateModified"] = view.iso_time
    for key, name in (("author", article.byline), ("editor", article.editor)):
        person = _person(name)
        if person:
            data[key] = person
    if view.category_name:
        data["articleSection"] = view.category_name
    if article.tags:
        data["keywords"] = ", ".join(article.tags)
    if view.image_url:
        data["image"] = {"@type": "ImageObject", "url": view.image_url}
    if article.unverified:
        data["creativeWorkStatus"] = UNVERIFIED_NOTICE
    if record is not None:
        profile = record.profile
        if profile.get("name"):
            publisher: dict[str, object] = {"@type": "Organization", "name": profile["name"]}
            if profile.get("url"):
                publisher["url"] = profile["url"]
            if profile.get("logo"):
                publisher["logo"] = {"@type": "ImageObject", "url": profile["logo"]}
            data["publisher"] = publisher
        if record.url:
            data["mainEntityOfPage"] = {"@type": "WebPage", "url": record.url}
        if record.corrections:
            data["correction"] = [
                {"@type": "CorrectionComment", "text": c.text,
                 "datePublished": c.local_time.isoformat(timespec="seconds")}
                for c in record.corrections]
        if record.reply_to is not None:
            data["isBasedOn"] = {"@type": "NewsArticle", "headline": record.reply_to.headline,
                                 "url": record.reply_to.href}
    return data


def script_json(data: object) -> str:
    """Return JSON safe inside a ``<script>`` element (no "<", ">" or "&" as such)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def news_article_script(view: ArticleView) -> str:
    """Return the JSON-LD text for the page's ``<script type="application/ld+json">``."""
    return script_json(news_article(view))
