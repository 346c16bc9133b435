"""Send benchmark (issue 15): 50 articles with one 12-megapixel photo each to the loopback
WordPress of tests/wpsite.py. Reports articles per minute and the share of the time spent in
picture processing (decode, scale to 1600 px, clean, re-encode) against HTTP (REST calls,
uploads, WordPress making its thumbnail sizes). No asserts on time: figures go in the notes.
"""

from __future__ import annotations

import io
import time
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageDraw

from editorberita.core.domain import Zone
from editorberita.core.imaging import prepare_picture
from editorberita.core.pictures import picture_markdown
from editorberita.core.send.sender import Sender
from editorberita.core.send.wordpress import WordPressClient
from editorberita.core.store import open_store

from ..core.send.helpers import local_profile
from .bench_core import report

ARTICLES = 50
SIZE = (4000, 3000)


def _camera_jpeg(seed: int) -> bytes:
    """A 12 MP JPEG as hard to decode as a photo: noise under shapes, quality 90."""
    image = Image.effect_noise(SIZE, 40 + seed % 20).convert("RGB")
    draw = ImageDraw.Draw(image)
    for n in range(40):
        x, y = (seed * 131 + n * 977) % SIZE[0], (seed * 71 + n * 613) % SIZE[1]
        draw.ellipse([x, y, x + 400, y + 300], fill=((seed * 37 + n * 11) % 255, 120, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def test_send_50_articles_with_a_12_megapixel_photo(wordpress, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "berita.sqlite3")
    rubric = store.find_or_create_category_path("Seputar Kaltim")
    ids = []
    for n in range(ARTICLES):
        kept = prepare_picture(_camera_jpeg(n), keep_original=True)  # stored at 12 MP
        asset = store.add_asset(kept.data, kept.mime, width=kept.width, height=kept.height,
                                caption=f"Foto {n}", alt_text=f"Suasana banjir {n}")
        ids.append(store.create_article(
            headline=f"Banjir di Kelurahan {n}", body=f"Isi berita {n}.\n\n"
            f"{picture_markdown(asset)}\n\nPenutup.", lead="Ringkasan.", dateline="SAMARINDA",
            initials="(rd)", category_id=rubric.id if rubric else None, tags=["banjir"],
            published_at=datetime(2026, 11, 30, 14, 30, tzinfo=Zone.WITA.tzinfo),
            featured_asset_id=asset.id).id)
    client = WordPressClient(local_profile(wordpress.url), wordpress.passwords["redaksi"])
    sender = Sender(store, client.profile, client)
    sender.user  # noqa: B018 - the one-off "who am I" call stays out of the figures
    picture = http = 0.0
    began = time.perf_counter()
    for article_id in ids:
        result = sender.send(article_id)
        picture += result.picture_seconds
        http += result.http_seconds
    total = time.perf_counter() - began
    store.close()
    report("send: articles per minute (12 MP photo each)", ARTICLES / total * 60, "/min", "-")
    report("send: mean seconds per article", total / ARTICLES, "s", "-")
    report("send: share in picture processing", 100 * picture / total, "%", "-")
    report("send: share in HTTP (REST + upload)", 100 * http / total, "%", "-")
    report("send: WordPress fixture start", wordpress.startup_seconds, "s", "-")
