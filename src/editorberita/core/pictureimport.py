"""The pictures a Markdown file brings along when it is imported, stored as the window would.

Kept apart from ``core.pictures`` and ``core.picturecheck`` (light) because it needs the image
processing of ``core.imaging`` (Pillow), which it loads only when a file is imported.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from editorberita.core.domain import Asset
from editorberita.core.picturecheck import (
    DEFAULT_LONGEST_SIDE,
    PICTURE_SUFFIXES,
    PictureError,
    read_picture_bytes,
)
from editorberita.core.pictures import ImageRef, asset_url, image_markdown, replace_refs, title_text

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore


@dataclass
class ImportedPictures:
    """What importing a file's pictures gave: the body and featured id to store, and refusals."""

    body: str
    featured_asset_id: int | None
    failures: list[tuple[Path, str]] = field(default_factory=list)


def _local_file(base: Path, src: str) -> Path | None:
    """Return the file a relative address names inside ``base``, or None (remote, outside)."""
    src = unquote(src.split("#", 1)[0].split("?", 1)[0])
    if not src or ":" in src.split("/", 1)[0] or src.startswith(("/", "\\")):
        return None
    try:
        candidate = (base / src).resolve()
    except (OSError, RuntimeError):  # a link loop: unreadable, reported as not found
        return base / src
    try:
        candidate.relative_to(base.resolve())
    except ValueError:
        return None  # "../" out of the article's folder: never read
    return candidate if candidate.suffix.lower() in PICTURE_SUFFIXES else None


def _link_out(base: Path, src: str) -> Path | None:
    """Return the link a relative address names when it leads out of ``base``, else None."""
    src = unquote(src.split("#", 1)[0].split("?", 1)[0])
    if not src or ":" in src.split("/", 1)[0] or src.startswith(("/", "\\")):
        return None
    if ".." in Path(src).parts:
        return None
    current = base
    for part in Path(src).parts:  # the file or any folder on the way may be the link
        current = current / part
        try:
            if current.is_symlink():
                return base / src
        except OSError:
            return None
    return None


def import_pictures(store: ArticleStore, source: Path, body: str,
                    meta: Mapping[str, object], *,
                    longest_side: int = DEFAULT_LONGEST_SIDE) -> ImportedPictures:
    """Store the pictures a Markdown file shows from its folder and point the body at them.

    Every file gets what inserting it in the window gives (``core.imaging``): checked,
    turned upright, scaled to ``longest_side`` and stripped of EXIF, GPS and comments; a
    clean picture of the right size (an export's) is stored byte for byte. Captions,
    credits and alt texts come from the front matter's ``pictures`` list, else an image
    title (``![alt](foto.jpg "caption")``) becomes the caption. A refused picture keeps its
    file reference in the body and is reported; the article itself is still imported.
    """
    from editorberita.core.imaging import prepare_picture

    base = source.parent
    described: dict[Path, dict[str, str]] = {}
    raw = meta.get("pictures")
    for entry in raw if isinstance(raw, list) else []:
        if isinstance(entry, dict) and entry.get("file"):
            path = _local_file(base, str(entry["file"]))
            if path is not None:  # only what the entry gives: never erase a description
                described[path] = {k: str(entry[k]) for k in ("caption", "credit", "alt")
                                   if entry.get(k) not in (None, "")}
    stored: dict[Path, Asset | None] = {}
    result = ImportedPictures(body=body, featured_asset_id=None)

    def store_file(path: Path) -> Asset | None:
        if path in stored:
            return stored[path]
        asset = None
        try:
            prepared = prepare_picture(read_picture_bytes(path), name=f"Berkas {path.name}",
                                       longest_side=longest_side)
        except PictureError as exc:
            result.failures.append((path, str(exc)))
        else:
            asset = store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                                    height=prepared.height)
            info = described.get(path)
            if info:
                asset = store.update_asset(asset.id, caption=info.get("caption"),
                                           credit=info.get("credit"), alt_text=info.get("alt"))
        stored[path] = asset
        return asset

    def change(ref: ImageRef) -> str | None:
        path = _local_file(base, ref.src)
        if path is None:
            outside = _link_out(base, ref.src)
            if outside is not None:
                result.failures.append((outside, f"Gambar {ref.src} dilewati: tautan ke luar "
                                                 f"folder {source.parent} tidak diikuti."))
            return None
        asset = store_file(path) if path.is_file() else None
        if asset is None:
            if not path.is_file():
                result.failures.append((path, f"Gambar {ref.src} tidak ditemukan di samping "
                                              f"{source.name}."))
            return None
        # The export wrote the caption as the title: drop it again, keep a title of its own.
        # A title where no caption was given is the reporter's caption.
        title = html.unescape(ref.title)
        if title.strip() and not asset.caption.strip():
            asset = stored[path] = store.update_asset(asset.id, caption=" ".join(title.split()))
        title = "" if title_text(title) == title_text(asset.caption) else title
        return image_markdown(html.unescape(ref.alt), asset_url(asset), title)

    result.body = replace_refs(body, change)
    featured = meta.get("image") or meta.get("featured_image")
    if isinstance(featured, str) and featured.strip():
        path = _local_file(base, featured.strip())
        outside = _link_out(base, featured.strip()) if path is None else None
        if outside is not None:
            result.failures.append((outside, f"Foto utama {featured} dilewati: tautan ke luar "
                                             f"folder {source.parent} tidak diikuti."))
        if path is not None and path.is_file():
            asset = store_file(path)
            result.featured_asset_id = asset.id if asset else None
        elif path is not None:
            result.failures.append((path, f"Foto utama {featured} tidak ditemukan di samping "
                                          f"{source.name}."))
    return result
