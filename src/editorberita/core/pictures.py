"""Pictures in articles: stable references, figures and export.

A picture lives in the database as an asset (one row per content hash). The body refers to it
as ``![alt](asset:<first 12 hex of its SHA-256>)``: the hash names the picture's bytes, so the
reference means the same in every database the article moves to. Caption (*keterangan foto*),
credit and alt text belong to the asset and are shown as ``figure``/``figcaption``.

Header checks before decoding are ``core.picturecheck``'s; decoding, cleaning and re-encoding
are ``core.imaging``'s. This module only handles references, figures and export.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

from editorberita.core.domain import Article, Asset, EditorBeritaError
from editorberita.core.picturecheck import EXT_BY_MIME

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

KEY_LENGTH = 12


# ![alt](target "title"): the target has no spaces (we write none), the title is optional.
# The alt text stops at an unescaped "[" too (we escape it): "![![![..." is then linear.
_MD_IMAGE = re.compile(r'!\[(?P<alt>(?:[^\[\]\\\n]|\\.)*)\]\((?P<src>[^)\s]+)'
                       r'(?:\s+"(?P<title>(?:[^"\\\n]|\\.)*)")?\)')
_ASSET_REF = re.compile(rf"asset:([0-9a-f]{{{KEY_LENGTH},64}})\b")
_LONE_IMG = re.compile(r'<p>\s*(<img\s[^>]*>)\s*</p>')
_IMG = re.compile(r"<img\s[^>]*>")
_ATTR = re.compile(r'([a-z-]+)="([^"]*)"')


# ------------------------------------------------------------------ references


def asset_key(asset: Asset | str) -> str:
    """Return the stable key of a picture: the first 12 hex digits of its SHA-256."""
    digest = asset if isinstance(asset, str) else asset.sha256
    return digest[:KEY_LENGTH]


def asset_url(asset: Asset | str) -> str:
    """Return ``asset:<key>``, the address the body uses for a stored picture."""
    return f"asset:{asset_key(asset)}"


def key_of_url(url: str) -> str | None:
    """Return the key in an ``asset:<key>`` address, or None for any other address."""
    match = _ASSET_REF.fullmatch(url.strip())
    return match.group(1)[:KEY_LENGTH] if match else None


def _escape_alt(text: str, entities: bool = False) -> str:
    text = " ".join(text.split())
    if entities:  # "<b>" in an alt text would be raw HTML to CommonMark renderers
        text = html.escape(text, quote=False)
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def title_text(text: str) -> str:
    """Return a caption as an image title: one line, straight double quotes curled.

    Hugo hands a title to its templates without resolving backslash escapes, so a title
    never needs one.
    """
    text = " ".join(text.split())
    parts = text.split('"')
    return "".join(part + ("\u201c" if i % 2 == 0 else "\u201d")
                   for i, part in enumerate(parts[:-1])) + parts[-1]


def _escape_title(text: str) -> str:
    return title_text(text).replace("\\", "\\\\")


def _unescape(text: str | None) -> str:
    return re.sub(r"\\(.)", r"\1", text or "")


def picture_markdown(asset: Asset, alt: str | None = None) -> str:
    """Return the Markdown that shows a stored picture: ``![alt](asset:<key>)``."""
    return f"![{_escape_alt(asset.alt_text if alt is None else alt)}]({asset_url(asset)})"


@dataclass(frozen=True)
class ImageRef:
    """One ``![alt](src "title")`` in a Markdown body."""

    start: int
    end: int
    alt: str
    src: str
    title: str

    @property
    def key(self) -> str | None:
        """Return the picture key if the target is ``asset:<key>``."""
        return key_of_url(self.src)


def image_refs(body: str) -> list[ImageRef]:
    """Return every Markdown image in the body, in order."""
    return [ImageRef(m.start(), m.end(), _unescape(m.group("alt")), m.group("src"),
                     _unescape(m.group("title"))) for m in _MD_IMAGE.finditer(body)]


def referenced_keys(body: str) -> list[str]:
    """Return the keys of the stored pictures a body shows, in order, each once."""
    if "asset:" not in body:
        return []
    keys: dict[str, None] = {}
    for ref in image_refs(body):
        if ref.key:
            keys.setdefault(ref.key)
    return list(keys)


def replace_refs(body: str, change: Callable[[ImageRef], str | None]) -> str:
    """Return the body with each image replaced by ``change(ref)`` (None keeps it)."""
    out: list[str] = []
    last = 0
    for ref in image_refs(body):
        new = change(ref)
        if new is not None:
            out.append(body[last:ref.start])
            out.append(new)
            last = ref.end
    out.append(body[last:])
    return "".join(out)


def image_markdown(alt: str, src: str, title: str = "", *, entities: bool = False) -> str:
    """Return ``![alt](src "title")`` with the parts escaped (``entities`` for other tools)."""
    tail = f' "{_escape_title(title)}"' if title.strip() else ""
    return f"![{_escape_alt(alt, entities)}]({src}{tail})"


# -------------------------------------------------------------------- figures


def effective_alt(asset: Asset, written: str = "") -> str:
    """Return the alt text shown: the picture's own, else what the body wrote."""
    return " ".join((asset.alt_text or written).split())


def caption_html(asset: Asset) -> str:
    """Return the inside of a ``figcaption`` (caption, then credit), or "" if both are empty."""
    parts = []
    if asset.caption.strip():
        parts.append(f'<span class="keterangan">{html.escape(" ".join(asset.caption.split()))}'
                     "</span>")
    if asset.credit.strip():
        parts.append(f'<span class="kredit">{html.escape(" ".join(asset.credit.split()))}'
                     "</span>")
    return " ".join(parts)


@dataclass
class PictureSet:
    """The stored pictures one article shows, and the address each gets in one output.

    ``sources`` maps a key to the ``src`` written (a relative file path in exports); keys
    without an entry keep ``asset:<key>``, which the preview resolves from the database.
    """

    assets: dict[str, Asset] = field(default_factory=dict)
    featured: Asset | None = None
    sources: dict[str, str] = field(default_factory=dict)

    def src(self, asset: Asset) -> str:
        """Return the address of a picture in this output."""
        return self.sources.get(asset_key(asset), asset_url(asset))

    def url(self, asset: Asset) -> str:
        """Return the address percent-encoded for an HTML attribute (not yet HTML-escaped).

        A ``data:`` address is already safe, and percent-encoding its "," or ";" breaks it.
        """
        src = self.src(asset)
        return src if src.startswith("data:") else quote(src, safe="/:%#?=&")

    def signature(self) -> tuple[object, ...]:
        """Return what the featured picture's markup depends on (a cache key)."""
        featured = self.featured
        if featured is None:
            return ()
        return (featured.sha256, featured.caption, featured.credit, featured.alt_text,
                self.src(featured))

    def figure(self, asset: Asset, alt: str = "", title: str = "",
               css_class: str = "foto") -> str:
        """Return a ``figure`` with the picture and its caption and credit."""
        title_attr = f' title="{html.escape(title)}"' if title else ""
        caption = caption_html(asset)
        img = (f'<img src="{html.escape(self.url(asset))}" '
               f'alt="{html.escape(effective_alt(asset, alt))}"{title_attr}>')
        caption = f"<figcaption>{caption}</figcaption>" if caption else ""
        return f'<figure class="{css_class}">{img}{caption}</figure>'

    def link_picture(self) -> Asset | None:
        """Return the picture for link previews (og:image): the featured one, else the first."""
        if self.featured is not None:
            return self.featured
        return next(iter(self.assets.values()), None)

    def featured_html(self) -> str:
        """Return the featured picture's figure, or ""."""
        if self.featured is None:
            return ""
        return self.figure(self.featured, css_class="foto foto-utama")

    def apply(self, body_html: str) -> str:
        """Turn pictures standing alone in a paragraph into figures; fix every picture's src.

        Works on sanitised HTML (attributes double-quoted), so it needs no parser.
        """
        if "asset:" not in body_html:
            return body_html

        def lone(match: re.Match[str]) -> str:
            attrs = dict(_ATTR.findall(match.group(1)))
            asset = self.assets.get(key_of_url(html.unescape(attrs.get("src", ""))) or "")
            if asset is None:
                return match.group()
            return self.figure(asset, html.unescape(attrs.get("alt", "")),
                               html.unescape(attrs.get("title", "")))

        def inline(match: re.Match[str]) -> str:
            attrs = dict(_ATTR.findall(match.group()))
            asset = self.assets.get(key_of_url(html.unescape(attrs.get("src", ""))) or "")
            if asset is None:
                return match.group()
            alt = effective_alt(asset, html.unescape(attrs.get("alt", "")))
            return (f'<img src="{html.escape(self.url(asset))}" '
                    f'alt="{html.escape(alt)}">')

        return _IMG.sub(inline, _LONE_IMG.sub(lone, body_html))


def pictures_for(store: ArticleStore, article: Article,
                 sources: Mapping[str, str] | None = None) -> PictureSet | None:
    """Return the stored pictures an article shows (None when it shows none)."""
    keys = referenced_keys(article.body)
    if not keys and article.featured_asset_id is None:
        return None
    found = store.find_assets(keys) if keys else {}
    assets = {key: found[key] for key in keys if key in found}  # in the body's order
    featured = None
    if article.featured_asset_id is not None:
        try:
            featured = store.get_asset(article.featured_asset_id)
        except EditorBeritaError:
            featured = None
    if featured is not None:
        assets.setdefault(asset_key(featured), featured)
    return PictureSet(assets=assets, featured=featured, sources=dict(sources or {}))


def article_pictures(store: ArticleStore, article: Article) -> list[Asset]:
    """Return the pictures of an article: the featured one first, then the body's in order."""
    pictures = pictures_for(store, article)
    if pictures is None:
        return []
    found: dict[str, Asset] = {}
    if pictures.featured is not None:
        found[asset_key(pictures.featured)] = pictures.featured
    for key in referenced_keys(article.body):
        if key in pictures.assets:
            found.setdefault(key, pictures.assets[key])
    return list(found.values())


def pictures_missing_alt(article: Article, store: ArticleStore) -> list[Asset]:
    """Return the article's pictures that have no alt text (the export checks require one)."""
    written: dict[str, str] = {}
    for ref in image_refs(article.body):
        if ref.key and ref.alt.strip():
            written.setdefault(ref.key, ref.alt)
    return [asset for asset in article_pictures(store, article)
            if not effective_alt(asset, written.get(asset_key(asset), ""))]


def missing_alt_message(missing: Sequence[Asset]) -> str:
    """Return the Indonesian warning for pictures without alt text."""
    names = ", ".join(a.caption.strip()[:40] or f"#{a.id}" for a in missing[:5])
    return (f"{len(missing)} gambar belum punya teks alternatif ({names}). Pembaca layar dan "
            "mesin pencari membutuhkannya; isi di panel gambar.")


def where_used(store: ArticleStore) -> dict[int, list[tuple[int, str]]]:
    """Return, per asset id, the live articles (id, headline) that show the picture."""
    by_key = {asset_key(a): a.id for a in store.list_assets()}
    used: dict[int, list[tuple[int, str]]] = {}
    for article_id, headline, body, featured_id in store.articles_with_pictures():
        ids = {by_key[k] for k in referenced_keys(body) if k in by_key}
        if featured_id is not None:
            ids.add(featured_id)
        for asset_id in ids:
            used.setdefault(asset_id, []).append((article_id, headline))
    return used


# ------------------------------------------------------------- export, import


@dataclass(frozen=True)
class PictureFile:
    """A picture to write next to an exported article."""

    asset: Asset
    relative: str  # "2024-03-01-slug/foto-1.jpg", with "/" on every system


def picture_files(pictures: PictureSet, folder_name: str) -> list[PictureFile]:
    """Name the files of an article's pictures: ``<folder>/foto-<n>.<ext>``, featured first."""
    ordered: dict[str, Asset] = {}
    if pictures.featured is not None:
        ordered[asset_key(pictures.featured)] = pictures.featured
    ordered.update(pictures.assets)
    return [PictureFile(asset, f"{folder_name}/foto-{n}.{EXT_BY_MIME.get(asset.mime, 'jpg')}")
            for n, asset in enumerate(ordered.values(), start=1)]


def export_body(body: str, pictures: PictureSet) -> str:
    """Return the Markdown body with stored pictures pointing at their exported files.

    The alt text and the caption (as the image title) are written out, so the Markdown reads
    well on its own; the front matter's ``pictures`` list keeps the rest.
    """
    def change(ref: ImageRef) -> str | None:
        asset = pictures.assets.get(ref.key or "")
        if asset is None:
            return None
        return image_markdown(effective_alt(asset, ref.alt), quote(pictures.src(asset), safe="/"),
                              ref.title or asset.caption, entities=True)

    return replace_refs(body, change)


def front_matter_pictures(files: Iterable[PictureFile],
                          pictures: PictureSet) -> dict[str, object]:
    """Return the front matter fields naming the featured image and describing every picture."""
    entries = []
    for item in files:
        entry: dict[str, object] = {"file": item.relative, "sha256": item.asset.sha256}
        for name, value in (("caption", item.asset.caption), ("credit", item.asset.credit),
                            ("alt", item.asset.alt_text)):
            if value:
                entry[name] = value
        entries.append(entry)
    data: dict[str, object] = {}
    if pictures.featured is not None:
        data["image"] = pictures.src(pictures.featured)
    if entries:
        data["pictures"] = entries
    return data
