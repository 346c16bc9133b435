"""Where an article stands with the sites: last sent where and when, changed since, waiting.

Light on purpose: the window asks this for every article it opens, so it reads the send
records and hashes the article without loading the sender (HTTP, pictures, export formats).
``send_hash`` is the one definition of "what a send carries"; ``core.send.sender`` stores it
with every send. The window words a ``SendStatus`` itself (``ui.sending``); ``status_text``
gives the same line in Indonesian, the catalogue's language, for anything outside the window.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from editorberita.core.domain import Article
from editorberita.core.pictures import pictures_for
from editorberita.core.store import sends
from editorberita.core.textid import format_time_id

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore


@dataclass(frozen=True)
class SendStatus:
    """The article's last send (if any), whether it changed since, and the sites waiting."""

    site: str | None = None
    sent_at: datetime | None = None
    changed: bool = False
    waiting: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Never sent and nothing waiting: nothing to show."""
        return self.site is None and not self.waiting


def send_hash(store: ArticleStore, article: Article) -> str:
    """Return the hash of everything a send carries (site-independent, so cheap to compare)."""
    pictures = pictures_for(store, article)
    pics = []
    if pictures is not None:
        for key, asset in sorted(pictures.assets.items()):
            pics.append([key, asset.caption, asset.credit, asset.alt_text])
    fields = [article.headline, article.subheadline, article.slug, article.body, article.lead,
              article.byline, article.initials, article.dateline, article.category_id,
              sorted(article.tags), article.published_at.isoformat() if article.published_at
              else "", article.zone.value, article.featured_asset_id, article.kind.value, pics,
              # the record a post carries (issue 16): a new ralat is a change to send
              article.editor, article.editor_initials, article.unverified, article.reply_to_id,
              [c.line() for c in store.corrections(article.id)] if article.id else []]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def send_status(store: ArticleStore, article: Article) -> SendStatus:
    """Return where ``article`` stands with the sites (an empty status for a new article)."""
    if article.id is None:
        return SendStatus()
    done = sends.sends_of(store, article.id)
    waiting = tuple(o.site for o in sends.outbox(store) if o.article_id == article.id)
    if not done:
        return SendStatus(waiting=waiting)
    last = done[0]
    return SendStatus(site=last.site, sent_at=last.sent_at,
                      changed=last.content_hash != send_hash(store, article), waiting=waiting)


def status_text(status: SendStatus, article: Article) -> str:
    """Return "Terkirim ke Situs Kaltim 14.30" (+ "diubah sejak dikirim"; waiting sites), or ""."""
    parts = []
    if status.site is not None and status.sent_at is not None:
        moment = status.sent_at.astimezone(article.zone.tzinfo)
        text = f"Terkirim ke {status.site} {format_time_id(moment, article.zone).split(' ')[0]}"
        if status.changed:
            text += ", diubah sejak dikirim"
        parts.append(text)
    for site in status.waiting:
        parts.append(f"menunggu di kotak keluar untuk {site}")
    return "; ".join(parts)


def send_status_text(store: ArticleStore, article: Article) -> str:
    """Return the Indonesian status line of ``article`` (the command line's and the logs')."""
    return status_text(send_status(store, article), article)
