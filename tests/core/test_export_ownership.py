"""Export replaces only what it wrote (issue 17 item 6) and cleans up after a killed export
(issue 17 low item): a user's own file or link in the export folder is never touched."""

from __future__ import annotations

import os
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editorberita.core.domain import Article, Status
from editorberita.core.export import STALE_TEMP_SECONDS, export_article, export_articles
from editorberita.core.pictures import picture_markdown
from editorberita.core.store import ArticleStore

from ..photos import tiny_png

STEM = "2024-07-23-banjir-samarinda"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights")


def _article(store: ArticleStore) -> Article:
    first = store.add_asset(tiny_png(rgb=(200, 10, 10)), "image/png", width=40, height=30)
    second = store.add_asset(tiny_png(rgb=(10, 200, 10)), "image/png", width=40, height=30)
    return store.create_article(Article(
        headline="Banjir Samarinda", status=Status.PUBLISHED,
        published_at=datetime(2024, 7, 23, 1, 30, tzinfo=UTC),
        body=f"Satu.\n\n{picture_markdown(first)}\n\nDua.\n\n{picture_markdown(second)}\n"))


def _sources(html: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', html)


def test_a_users_photo_and_a_link_in_the_picture_folder_are_left_alone(
        store: ArticleStore, tmp_path: Path) -> None:
    article = _article(store)
    out = tmp_path / "situs"
    folder = out / STEM
    folder.mkdir(parents=True)
    own = b"foto pribadi pengguna"
    (folder / "foto-1.png").write_bytes(own)
    outside = tmp_path / "di-luar.png"
    outside.write_bytes(b"berkas di luar folder ekspor")
    (folder / "foto-2.png").symlink_to(outside)

    page = export_article(store, article, out, "html")
    assert (folder / "foto-1.png").read_bytes() == own
    assert (folder / "foto-2.png").is_symlink()
    assert os.readlink(folder / "foto-2.png") == str(outside)
    assert outside.read_bytes() == b"berkas di luar folder ekspor"
    sources = _sources(page.read_text("utf-8"))
    assert sources == [f"{STEM}/foto-1-2.png", f"{STEM}/foto-2-2.png"]
    assert (out / sources[0]).read_bytes() == tiny_png(rgb=(200, 10, 10))
    assert (out / sources[1]).read_bytes() == tiny_png(rgb=(10, 200, 10))

    # Exporting again reuses the same files; no "-3" appears.
    again = export_article(store, article, out, "html")
    assert again == page and _sources(again.read_text("utf-8")) == sources
    assert sorted(p.name for p in folder.iterdir()) == [
        "foto-1-2.png", "foto-1.png", "foto-2-2.png", "foto-2.png"]


def test_pictures_the_export_wrote_are_replaced_when_the_article_changes(
        store: ArticleStore, tmp_path: Path) -> None:
    article = _article(store)
    out = tmp_path / "situs"
    export_article(store, article, out, "html")
    third = store.add_asset(tiny_png(rgb=(10, 10, 200)), "image/png", width=40, height=30)
    article = store.save_article(article.copy(body=f"{picture_markdown(third)}\n"))
    page = export_article(store, article, out, "html")
    assert _sources(page.read_text("utf-8")) == [f"{STEM}/foto-1.png"]
    assert (out / STEM / "foto-1.png").read_bytes() == tiny_png(rgb=(10, 10, 200))


def test_linked_picture_folder_and_linked_page_are_not_followed(
        store: ArticleStore, tmp_path: Path) -> None:
    article = _article(store)
    out = tmp_path / "situs"
    out.mkdir()
    elsewhere = tmp_path / "foto-pribadi"
    elsewhere.mkdir()
    (out / STEM).symlink_to(elsewhere, target_is_directory=True)
    (out / f"{STEM}.html").symlink_to(tmp_path / "tidak-ada.html")  # a dangling link

    page = export_article(store, article, out, "html")
    assert list(elsewhere.iterdir()) == []
    assert not (tmp_path / "tidak-ada.html").exists()
    assert (out / f"{STEM}.html").is_symlink()
    assert page.name == f"{STEM}-2.html"
    sources = _sources(page.read_text("utf-8"))
    assert all(s.startswith(f"{STEM}-2/") for s in sources), sources
    assert all((out / s).is_file() and not (out / s).is_symlink() for s in sources)

    # Only the picture folder is a link: the pictures get a folder of their own.
    other = tmp_path / "situs-lain"
    other.mkdir()
    (other / STEM).symlink_to(elsewhere, target_is_directory=True)
    page = export_article(store, article, other, "md")
    assert page.name == f"{STEM}.md" and list(elsewhere.iterdir()) == []
    assert f"]({STEM}-foto/foto-1.png" in page.read_text("utf-8")
    assert (other / f"{STEM}-foto" / "foto-2.png").read_bytes() == tiny_png(rgb=(10, 200, 10))


def test_temp_files_of_a_killed_export_are_swept(store: ArticleStore, tmp_path: Path) -> None:
    article = _article(store)
    out = tmp_path / "situs"
    export_article(store, article, out, "html")
    old = time.time() - STALE_TEMP_SECONDS - 60
    stale = [out / f".{STEM}.html.k3j9x_a1.tmp", out / STEM / ".foto-1.png.q8w7e6r5.tmp"]
    fresh = out / f".{STEM}.md.abcdefgh.tmp"  # an export running right now
    users = out / ".catatan.tmp"
    for path in (*stale, fresh, users):
        path.write_bytes(b"setengah")
    for path in (*stale, users):
        os.utime(path, (old, old))
    summary = export_articles(store, out, "html")
    assert summary.ok
    assert [p for p in stale if p.exists()] == []
    assert fresh.exists() and users.exists()
