"""What an exported file is called and what it holds: names, front matter, the rendered text.

The page and fragment rendering and the Markdown with YAML front matter of one article, the
portable file names, and Copy HTML's inlined variant. ``core.export`` writes these files in
batches and records them; ``core.send`` reuses the rubric paths and the front matter. May
import ``core.domain``, ``core.newsroom``, ``core.pictures``, ``core.render``,
``core.templates``, ``core.textid`` and PyYAML; never Qt.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from editorberita.core import render
from editorberita.core.domain import Article, Category, EditorBeritaError, utcnow
from editorberita.core.mdsanitize import sanitize_markdown
from editorberita.core.messages import message
from editorberita.core.newsroom import (
    PageRecord,
    front_matter_fields,
    gather,
    markdown_tail,
    prepared,
)
from editorberita.core.pictures import (
    PictureFile,
    PictureSet,
    asset_key,
    export_body,
    front_matter_pictures,
    picture_files,
    pictures_for,
)
from editorberita.core.render import render_article_fragment, render_article_page
from editorberita.core.templates import label_for
from editorberita.core.textid import slugify

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

FORMATS: dict[str, str] = {"html": "html", "fragment": "fragment.html", "md": "md"}
FORMAT_LABELS = {"html": "halaman HTML", "fragment": "potongan HTML", "md": "Markdown"}
# Statuses that a static site should build (core.render); everything else is a draft.
LIVE_STATUSES = render.LIVE_STATUSES

# 255 is the per-name limit of ext4/APFS (bytes) and NTFS (UTF-16 units); staying far below
# it leaves room for Windows' 260-character path limit and for a "-2" suffix.
FILENAME_MAX = 120
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]}
    | {f"LPT{n}" for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]})
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


class ExportError(EditorBeritaError):
    """An export cannot go on: a ``core.messages`` code naming the file or format and why."""



def unknown_format(fmt: str) -> ExportError:
    """Return the refusal of a format that is not one of ``FORMATS``."""
    return ExportError(message("export.unknown_format", fmt=fmt, choices=", ".join(FORMATS)))


# ------------------------------------------------------------------ file names


def portable_filename(stem: str, ext: str, max_length: int = FILENAME_MAX) -> str:
    """Return ``stem.ext`` made safe on Windows, macOS and Linux.

    Forbidden and control characters become "-", trailing dots and spaces go, Windows
    device names (CON, COM1...) get a "_", and the UTF-8 length stays within ``max_length``.
    """
    ext = _FORBIDDEN.sub("", ext).strip(". ")
    stem = unicodedata.normalize("NFC", stem)
    stem = _FORBIDDEN.sub("-", stem)
    stem = " ".join(stem.split()).strip(" .")
    if not stem:
        stem = "artikel"
    budget = max_length - (len(ext.encode()) + 1 if ext else 0)
    encoded = stem.encode("utf-8")
    if len(encoded) > budget:
        stem = encoded[:budget].decode("utf-8", "ignore").rstrip(" .") or "artikel"
    if stem.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED:
        stem = "_" + stem
        if len(stem.encode()) > budget:
            stem = stem.encode()[:budget].decode("utf-8", "ignore").rstrip(" .")
    return f"{stem}.{ext}" if ext else stem


def article_date(article: Article) -> datetime:
    """Return the moment that dates the article, in its own zone (for names and front matter)."""
    moment = article.published_at or article.created_at or utcnow()
    return moment.astimezone(article.zone.tzinfo)


def export_filename(article: Article, fmt: str) -> str:
    """Return ``YYYY-MM-DD-slug.ext``, dated in the article's zone."""
    slug = article.slug or slugify(article.headline)
    return portable_filename(f"{article_date(article):%Y-%m-%d}-{slug}", FORMATS[fmt])


# --------------------------------------------------------------------- content


def category_paths(categories: Iterable[Category]) -> dict[int, list[str]]:
    """Return each rubric's names from the top: {id: ["Seputar Kaltim", "Samarinda"]}."""
    by_id = {c.id: c for c in categories}
    paths: dict[int, list[str]] = {}
    for category in by_id.values():
        names: list[str] = []
        seen: set[int] = set()
        current: Category | None = category
        while current is not None and current.id not in seen:
            seen.add(current.id)
            names.append(current.name)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        paths[category.id] = names[::-1]
    return paths


def front_matter(article: Article, category_path: Sequence[str] = ()) -> dict[str, object]:
    """Return the YAML front matter fields (never the editor's note).

    ``category`` is "Parent/Child"; a list of names when a name itself holds a "/".
    """
    data: dict[str, object] = {
        "title": article.headline,
        "subtitle": article.subheadline,
        "slug": article.slug or slugify(article.headline),
        "date": article_date(article).isoformat(timespec="seconds"),
        "zone": article.zone.value,
        "category": ("/".join(category_path) if not any("/" in n for n in category_path)
                     else list(category_path)),
        "tags": list(article.tags),
        "author": article.byline,
        "initials": article.initials,
        "dateline": article.dateline,
        "summary": article.lead,
        "status": article.status.value,
        "draft": article.status not in LIVE_STATUSES,
        "seo_title": article.seo_title,
        "seo_description": article.seo_description,
        "kind": article.kind.value if article.kind != "news" else "",
        "label": label_for(article),
    }
    keep = {"title", "slug", "date", "zone", "status", "draft"}
    return {k: v for k, v in data.items() if k in keep or v}


def to_markdown(article: Article, category_path: Sequence[str] = (),
                pictures: PictureSet | None = None,
                files: Sequence[PictureFile] = (), record: PageRecord | None = None) -> str:
    """Return the article as Markdown with YAML front matter, the body as written.

    Stored pictures point at their exported ``files``; the front matter names the featured
    image (``image``) and keeps every caption, credit and alt text (``pictures``).
    """
    fields = {**front_matter(article, category_path), **front_matter_fields(article, record)}
    # What the HTML exports would drop goes here too; "Baca juga" links get addresses.
    body = sanitize_markdown(prepared(article, record).body)
    if pictures is not None:
        fields.update(front_matter_pictures(files, pictures))
        body = export_body(body, pictures)
    import yaml  # here, not at the top: the window names export files at every article opened

    meta = yaml.safe_dump(fields, allow_unicode=True,
                          sort_keys=False, default_flow_style=False, width=1_000_000)
    body = body.replace("\r\n", "\n").rstrip("\n")
    tail = markdown_tail(article, record)  # verification notice, reply links, corrections
    body = f"{body}\n\n{tail}".strip("\n") if tail else body
    label = label_for(article)
    if label:  # visible in the page too, whatever the site's theme does with front matter
        body = f"**{label}**\n\n{body}".rstrip("\n")
    return f"---\n{meta}---\n\n{body}\n" if body else f"---\n{meta}---\n"


def render_export(article: Article, fmt: str, category_path: Sequence[str] = (),
                  pictures: PictureSet | None = None,
                  files: Sequence[PictureFile] = (), record: PageRecord | None = None) -> str:
    """Return the text of one export format for an article (pictures at their file paths)."""
    name = category_path[-1] if category_path else ""
    if fmt == "html":
        return render_article_page(article, name, pictures, record)
    if fmt == "fragment":
        return render_article_fragment(article, name, pictures, record)
    if fmt == "md":
        return to_markdown(article, category_path, pictures, files, record)
    raise unknown_format(fmt)


def data_url(mime: str, data: bytes) -> str:
    """Return a picture as a ``data:`` address, which a pasted CMS editor shows (and uploads)."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def render_inline(store: ArticleStore, article: Article, fmt: str = "fragment",
                  category_path: Sequence[str] = ()) -> tuple[str, int]:
    """Return an HTML export with its pictures inlined, and how many pictures it holds.

    The markup is the one ``Exporter`` writes for ``fmt``, figure, caption, credit and alt
    included; only each picture's address is its bytes as a ``data:`` URL instead of a file
    next to it, so Copy HTML pastes into a CMS editor whole (and a preview page stands alone).
    """
    pictures = pictures_for(store, article)
    files: list[PictureFile] = []
    if pictures is not None:
        files = picture_files(pictures, "")  # the featured picture and the body's, each once
        pictures.sources = {asset_key(f.asset): data_url(f.asset.mime,
                                                         store.asset_data(f.asset.id))
                            for f in files}
    record = gather(store, article, fmt, None, export_filename)
    return render_export(article, fmt, category_path, pictures, files, record), len(files)
