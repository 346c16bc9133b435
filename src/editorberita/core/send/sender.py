"""Turn an article into a WordPress post, and remember it: send, update, never duplicate.

The post's content is the body the exports write (``core.render``: sanitised, dateline and
initials placed, pictures as figures with caption and credit), with every picture's address
the site's copy of it; the featured picture goes to ``featured_media`` (a theme shows it), the
summary to ``excerpt``, the rubric and tags to the site's terms by slug, the article's moment
to ``date_gmt``. Pictures go to the media library once per content (recorded per site).

Never twice: the post id is stored after the first send and every later send updates that
post; before creating, the site is asked for a post of ours with the same slug, so a send
killed between "created" and "recorded" is adopted by the next one, not repeated. Pictures
are named ``<slug>-<sha8>`` and adopted the same way.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import UTC
from typing import TYPE_CHECKING, Any

from editorberita.core import revisions
from editorberita.core.domain import Article, Asset, Category, NotFoundError, utcnow
from editorberita.core.export import category_paths
from editorberita.core.imaging import prepare_picture
from editorberita.core.messages import Message, message
from editorberita.core.picturecheck import DEFAULT_LONGEST_SIDE
from editorberita.core.pictures import (
    EXT_BY_MIME,
    PictureSet,
    asset_key,
    effective_alt,
    pictures_for,
)
from editorberita.core.send.sites import SiteProfile, password_for, site_label
from editorberita.core.send.status import send_hash
from editorberita.core.send.wordpress import SendError, WordPressClient
from editorberita.core.store import sends
from editorberita.core.textid import slugify

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)

STATUSES = ("draft", "pending", "publish")
DEFAULT_STATUS = "draft"
WEB_LONGEST_SIDE = DEFAULT_LONGEST_SIDE  # what a news page shows; the store may keep more
_ANY_STATUS = "publish,future,draft,pending,private"


@dataclass
class SendResult:
    """What one send did, for the status line and the command line."""

    article_id: int
    post_id: int
    link: str
    status: str
    created: bool
    uploaded: int = 0
    reused: int = 0
    warnings: list[Message] = field(default_factory=list)  # worded by each side
    picture_seconds: float = 0.0
    http_seconds: float = 0.0


def post_token(article: Article) -> str:
    """Return the mark a post carries of the article it is (same on every desk PC's copy).

    Written as an HTML comment at the end of the content (WordPress keeps comments for every
    role): adoption after a crash takes only a post with this mark, never another desk's
    story that happens to share the slug.
    """
    made = article.created_at.isoformat() if article.created_at else ""
    # Not the slug: it follows the headline until locked, and the mark must not change.
    digest = hashlib.sha256(f"{article.id}|{made}".encode()).hexdigest()
    return f"editorberita-{digest[:20]}"


def _media_meta(asset: Asset) -> tuple[str, str, str]:
    alt = effective_alt(asset)
    caption = " ".join(asset.caption.split())
    digest = hashlib.sha256(json.dumps([alt, caption, asset.credit]).encode()).hexdigest()
    return alt, caption, digest


class Sender:
    """Sends articles of one store to one site (the user and its terms asked once)."""

    def __init__(self, store: ArticleStore, profile: SiteProfile,
                 client: WordPressClient | None = None, *, allow_create_terms: bool = True,
                 ) -> None:
        self.store = store
        self.profile = profile
        self.client = client or WordPressClient(profile, password_for(profile))
        self.allow_create_terms = allow_create_terms
        self._user: dict[str, Any] | None = None
        self._terms: dict[str, dict[str, dict[str, Any]]] = {}
        self._http = 0.0
        self.site = profile.name

    # ------------------------------------------------------------------ helpers

    def _call(self, method: str, route: str, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return self.client.request(method, route, **kwargs).data
        finally:
            self._http += time.perf_counter() - began

    @property
    def user(self) -> dict[str, Any]:
        if self._user is None:
            began = time.perf_counter()
            self._user = self.client.me()
            self._http += time.perf_counter() - began
        return self._user

    def _terms_of(self, taxonomy: str) -> dict[str, dict[str, Any]]:
        """Return the site's terms by slug (all pages: a site may have hundreds of rubrics)."""
        if taxonomy not in self._terms:
            began = time.perf_counter()
            items = self.client.get_all(f"/wp/v2/{taxonomy}", {"context": "view",
                                                               "hide_empty": "false"})
            self._http += time.perf_counter() - began
            self._terms[taxonomy] = {str(t.get("slug")): t for t in items}
        return self._terms[taxonomy]

    def _term(self, taxonomy: str, name: str, slug: str, parent: int = 0) -> int | None:
        terms = self._terms_of(taxonomy)
        found = terms.get(slug)
        if found is not None:
            return int(found["id"])
        if not self.allow_create_terms or not self.client.can(self.user, "manage_categories"):
            return None
        body: dict[str, Any] = {"name": name, "slug": slug}
        if taxonomy == "categories" and parent:
            body["parent"] = parent
        try:
            made = self._call("POST", f"/wp/v2/{taxonomy}", json_body=body)
        except SendError as exc:
            if exc.code == "term_exists":  # made meanwhile by someone else: use theirs
                data = self.client.request("GET", f"/wp/v2/{taxonomy}",
                                           query={"slug": slug}).data or []
                if data:
                    terms[slug] = data[0]
                    return int(data[0]["id"])
            if exc.status == 403:
                return None
            raise
        terms[slug] = made
        return int(made["id"])

    def categories_for(self, article: Article) -> list[int]:
        """Return the site's category for the article's rubric (made with its parents)."""
        if article.category_id is None:
            return []
        categories = self.store.list_categories()
        by_id = {c.id: c for c in categories}
        path = category_paths(categories).get(article.category_id, [])
        chain: list[Category] = []
        current = by_id.get(article.category_id)
        while current is not None and len(chain) < 20:
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        parent = 0
        for rubric in reversed(chain):
            term = self._term("categories", rubric.name, rubric.slug or slugify(rubric.name),
                              parent)
            if term is None:
                raise SendError(message("send.missing_category", path=" / ".join(path),
                                        site=site_label(self.site), slug=rubric.slug,
                                        user=self.profile.user),
                                status=403, code="missing_category")
            parent = term
        return [parent]

    def tags_for(self, article: Article, warnings: list[Message]) -> list[int]:
        ids = []
        missing = []
        for name in article.tags:
            term = self._term("tags", name, slugify(name))
            if term is None:
                missing.append(name)
            else:
                ids.append(term)
        if missing:
            warnings.append(message("send.tags_missing", tags=", ".join(missing),
                                    site=site_label(self.site)))
        return ids

    # ------------------------------------------------------------------ pictures

    def upload(self, article: Article, asset: Asset, result: SendResult) -> sends.MediaInfo:
        """Return the site's copy of a picture: known, adopted, or uploaded now."""
        site = self.profile.name
        alt, caption, meta = _media_meta(asset)
        known = sends.media_of(self.store, site, asset.sha256)
        if known is not None:
            if known.meta_hash == meta:
                result.reused += 1
                return known
            try:  # only the words changed: no new upload
                self._call("POST", f"/wp/v2/media/{known.media_id}",
                           json_body={"alt_text": alt, "caption": caption})
                info = sends.MediaInfo(known.media_id, known.url, meta)
                sends.record_media(self.store, site, asset.sha256, info)
                result.reused += 1
                return info
            except SendError as exc:
                if exc.status != 404:
                    raise  # else deleted on the site: upload again
        name = f"{(article.slug or 'foto')[:60]}-{asset.sha256[:8]}"
        adopted = self._call("GET", "/wp/v2/media",
                             query={"slug": name, "author": self.user.get("id", 0),
                                    "context": "edit"})
        if isinstance(adopted, list) and adopted:
            item = adopted[0]
        else:
            began = time.perf_counter()
            prepared = prepare_picture(self.store.asset_data(asset.id), name=f"Gambar {name}",
                                       longest_side=WEB_LONGEST_SIDE)
            result.picture_seconds += time.perf_counter() - began
            ext = EXT_BY_MIME.get(prepared.mime, "jpg")
            item = self._call("POST", "/wp/v2/media", body=prepared.data,
                              query={"alt_text": alt, "caption": caption, "title": name},
                              headers={"Content-Type": prepared.mime,
                                       "Content-Disposition":
                                       f'attachment; filename="{name}.{ext}"'})
            result.uploaded += 1
        if not isinstance(item, dict) or not item.get("id"):
            raise SendError(message("send.no_media_id", site=site_label(self.site, True)),
                            transient=True)
        if item.get("alt_text", alt) != alt:
            self._call("POST", f"/wp/v2/media/{item['id']}",
                       json_body={"alt_text": alt, "caption": caption})
        info = sends.MediaInfo(int(item["id"]), str(item.get("source_url", "")), meta)
        sends.record_media(self.store, site, asset.sha256, info)
        return info

    # ------------------------------------------------------------------ the post

    def content(self, article: Article, pictures: PictureSet | None) -> str:
        """Return the post's content: the export's sanitised body (no headline, no featured)
        and the record under it as the exports print it (core.newsroom): the credit line,
        the verification notice, right-of-reply links and corrections. "Baca juga" links and
        reply links point at the posts of stories already sent (never at desk files)."""
        from editorberita.core.newsroom import site_record
        from editorberita.core.render import article_view, render_record_html

        view = article_view(article, "", pictures, site_record(self.store, article))
        parts = []
        if view.label:
            parts.append(f'<p class="label">{html.escape(view.label)}</p>')
        if view.subheadline:
            parts.append(f'<p class="subjudul">{html.escape(view.subheadline)}</p>')
        parts.append(view.body_html.strip())
        tail = render_record_html(view, credit_below=True)
        if tail:
            parts.append(tail)
        parts.append(f"<!-- {post_token(article)} -->")
        return "\n".join(parts) + "\n"

    def _find_ours(self, article: Article, slug: str) -> dict[str, Any] | None:
        """Return the post a send that died before recording left (by slug, then by mark)."""
        token = post_token(article)
        base = {"status": _ANY_STATUS, "context": "edit", "author": self.user.get("id", 0)}
        for query in ({"slug": slug}, {"search": token}):
            found = self._call("GET", "/wp/v2/posts", query={**base, **query})
            for post in found if isinstance(found, list) else []:
                content = post.get("content", {})
                raw = content.get("raw", "") if isinstance(content, dict) else ""
                if token in raw:
                    return post
        return None

    def send(self, article_id: int, status: str | None = None) -> SendResult:
        """Send (or update) one article; raise SendError saying why it could not."""
        self._http = 0.0
        article = self.store.get_article(article_id)
        wanted = status or DEFAULT_STATUS
        warnings: list[Message] = []
        if wanted not in STATUSES:
            raise SendError(message("send.unknown_status", status=wanted,
                                    choices=", ".join(STATUSES)))
        if wanted == "publish" and not self.client.can(self.user, "publish_posts"):
            wanted = "pending"
            warnings.append(message("send.pending_instead", user=self.profile.user,
                                    name=self.profile.name))
        slug = article.slug or slugify(article.headline)
        result = SendResult(article_id, 0, "", wanted, False, warnings=warnings)
        # Terms first: a refusal there must not leave uploaded pictures behind.
        categories = self.categories_for(article)
        tags = self.tags_for(article, warnings)
        pictures = pictures_for(self.store, article)
        featured = 0
        if pictures is not None and pictures.assets and not self.client.can(self.user,
                                                                            "upload_files"):
            raise SendError(message("send.cannot_upload", user=self.profile.user,
                                    site=site_label(self.site)),
                            status=403, code="cannot_upload")
        if pictures is not None:
            for key, asset in list(pictures.assets.items()):
                info = self.upload(article, asset, result)
                pictures.sources[key] = info.url
                if pictures.featured is not None and asset_key(pictures.featured) == key:
                    featured = info.media_id
        payload: dict[str, Any] = {
            "title": article.headline,
            "content": self.content(article, pictures),
            "excerpt": article.lead.strip(),
            "slug": slug,
            "status": wanted,
            "categories": categories,
            "tags": tags,
            "featured_media": featured,
        }
        if article.published_at is not None:
            payload["date_gmt"] = article.published_at.astimezone(UTC).strftime(
                "%Y-%m-%dT%H:%M:%S")
        known = sends.send_of(self.store, article_id, self.profile.name)
        post = None
        if known is not None:
            try:
                post = self._call("POST", f"/wp/v2/posts/{known.post_id}", json_body=payload)
            except SendError as exc:
                if exc.status not in (404, 410):
                    raise
                warnings.append(message("send.post_gone", post=str(known.post_id),
                                        name=self.profile.name))
        if post is None:
            ours = self._find_ours(article, slug)
            if ours is not None:
                post = self._call("POST", f"/wp/v2/posts/{ours['id']}", json_body=payload)
            else:
                post = self._call("POST", "/wp/v2/posts", json_body=payload)
                result.created = True
        result.post_id = int(post["id"])
        result.link = str(post.get("link", ""))
        result.status = str(post.get("status", wanted))
        result.http_seconds = self._http
        sends.record_send(self.store, sends.SendInfo(
            article_id, self.profile.name, result.post_id, result.link, result.status,
            send_hash(self.store, article), utcnow()))
        # The text that went out, as an export keeps it: the ralat check compares with it.
        self.store.add_revision(article_id, revisions.SEND, snapshot=article)
        return result


def sender_for(store: ArticleStore, profile: SiteProfile) -> Sender:
    """Return a sender for a profile (the password from the environment or the keyring)."""
    return Sender(store, profile)


__all__ = [
    "STATUSES",
    "NotFoundError",
    "SendResult",
    "Sender",
    "send_hash",
    "sender_for",
]
