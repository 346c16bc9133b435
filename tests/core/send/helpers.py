"""Articles with pictures for the send tests (pictures drawn with Pillow, no files in git)."""

from __future__ import annotations

import io
from datetime import datetime

from PIL import Image, ImageDraw

from editorberita.core.domain import Article, Zone
from editorberita.core.imaging import prepare_picture
from editorberita.core.pictures import picture_markdown
from editorberita.core.send.sites import SiteProfile
from editorberita.core.store import ArticleStore


def photo(seed: int, size: tuple[int, int] = (900, 600)) -> bytes:
    """Return a JPEG that differs per seed (a gradient and a few boxes)."""
    image = Image.new("RGB", size, (20 + seed * 37 % 200, 90, 160))
    draw = ImageDraw.Draw(image)
    for n in range(6):
        x = (seed * 97 + n * 131) % size[0]
        draw.rectangle([x, n * 60, x + 120, n * 60 + 80], fill=(200, (seed * 13 + n) % 255, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def add_photo(store: ArticleStore, seed: int, *, alt: str, caption: str = "",
              size: tuple[int, int] = (900, 600)):  # type: ignore[no-untyped-def]
    prepared = prepare_picture(photo(seed, size))
    return store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                           height=prepared.height, caption=caption, credit="Foto: Desk",
                           alt_text=alt)


def story(store: ArticleStore, *, slug: str, seed: int = 1, rubric: str = "Seputar Kaltim",
          tags: tuple[str, ...] = ("banjir", "Samarinda"), pictures: bool = True) -> Article:
    """Return a stored article with a featured photo, an inline photo, rubric and tags."""
    category = store.find_or_create_category_path(rubric) if rubric else None
    featured = add_photo(store, seed, alt="Warga mengungsi dengan perahu", caption="Pengungsi")
    inline = add_photo(store, seed + 1000, alt="Air setinggi lutut di Jalan Pahlawan",
                       caption="Jalan Pahlawan")
    shown = f"{picture_markdown(inline)}\n\n" if pictures else ""
    body = ("Hujan deras sejak Senin malam membuat Sungai Karang Mumus meluap.\n\n"
            f"{shown}"
            "Warga di tiga kelurahan mengungsi ke masjid terdekat.")
    return store.create_article(
        headline="Banjir Rendam Tiga Kelurahan di Samarinda", slug=slug, body=body,
        lead="Ratusan rumah terendam banjir setinggi lutut.", dateline="SAMARINDA",
        initials="(ant/rd)", category_id=category.id if category else None, tags=list(tags),
        published_at=datetime(2026, 11, 30, 14, 30, tzinfo=Zone.WITA.tzinfo), zone=Zone.WITA,
        featured_asset_id=featured.id if pictures else None)


def local_profile(url: str, user: str = "redaksi", name: str = "Situs Kaltim") -> SiteProfile:
    return SiteProfile(name=name, url=url, user=user, local=True)
