"""One picture preparation for window and import (issue 11 defect 8, issue 17 item 5 and the
truncated-JPEG low item): camera photos come in upright, at the desk's size, without EXIF,
GPS, camera serial, owner name, XMP or comments, with their colour profile."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from editorberita.core.export import export_article
from editorberita.core.imaging import is_clean, prepare_picture
from editorberita.core.importer import import_paths
from editorberita.core.picturecheck import PictureError
from editorberita.core.pictures import asset_key
from editorberita.core.store import ArticleStore, open_store

from ..photos import CAMERA_SECRETS, camera_photo, tiny_png


def _profile(data: bytes) -> bytes | None:
    return Image.open(io.BytesIO(data)).info.get("icc_profile")


def _reporter_folder(tmp_path: Path) -> Path:
    """A reporter's folder: a Markdown story and two camera photos, one with a title."""
    folder = tmp_path / "kiriman"
    (folder / "foto").mkdir(parents=True)
    (folder / "foto" / "banjir.jpg").write_bytes(camera_photo(4000, 3000, orientation=6))
    (folder / "foto" / "warga.jpg").write_bytes(camera_photo(3000, 2000, orientation=1,
                                                             progressive=True))
    (folder / "banjir.md").write_text(
        "---\ntitle: Banjir Rendam Samarinda\nstatus: published\ndate: 2024-07-23T09:30:00+08:00\n"
        "---\n\nAir setinggi lutut.\n\n"
        '![Jalan tergenang](foto/banjir.jpg "Banjir di Jalan Pahlawan, Senin (22/7).")\n\n'
        "![Warga mengungsi](foto/warga.jpg)\n", encoding="utf-8")
    return folder


def test_import_cleans_scales_and_turns_camera_photos(store: ArticleStore,
                                                      tmp_path: Path) -> None:
    folder = _reporter_folder(tmp_path)
    original = (folder / "foto" / "banjir.jpg").read_bytes()
    assert all(secret in original for secret in CAMERA_SECRETS)
    summary = import_paths(store, [folder])
    assert summary.ok, summary.failures
    (article,) = summary.created
    keys = re.findall(r"asset:([0-9a-f]{12})", article.body)
    found = store.find_assets(keys)
    flood, people = (found[key] for key in keys)
    assert (flood.width, flood.height) == (1200, 1600)  # upright, longest side 1600
    assert (people.width, people.height) == (1600, 1067)
    for asset, name in ((flood, "banjir.jpg"), (people, "warga.jpg")):
        data = store.asset_data(asset.id)
        assert [s for s in CAMERA_SECRETS if s in data] == []
        assert asset.mime == "image/jpeg" and len(data) < 1_000_000
        # The colour profile stays.
        assert _profile(data) == _profile((folder / "foto" / name).read_bytes()) is not None
        assert Image.open(io.BytesIO(data)).size == (asset.width, asset.height)
    # The image title is the caption when no caption was given, and leaves the body.
    assert flood.caption == "Banjir di Jalan Pahlawan, Senin (22/7)."
    assert f"![Jalan tergenang](asset:{asset_key(flood)})" in article.body
    assert people.caption == ""

    # What the site gets: the cleaned files, and the first picture as og:image.
    page = export_article(store, article, tmp_path / "situs", "html")
    files = sorted((page.parent / page.stem).iterdir())
    assert [f.name for f in files] == ["foto-1.jpg", "foto-2.jpg"]
    for file in files:
        assert [s for s in CAMERA_SECRETS if s in file.read_bytes()] == []
    html = page.read_text("utf-8")
    assert f'<meta property="og:image" content="{page.stem}/foto-1.jpg">' in html
    assert '<meta property="og:image:alt" content="Jalan tergenang">' not in html  # no alt set


def test_cli_import_takes_the_desk_size(tmp_path: Path) -> None:
    folder = _reporter_folder(tmp_path)
    db = tmp_path / "cli.sqlite3"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db), "import",
                             "--longest-side", "1024", str(folder)],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    store = open_store(db)
    try:
        sizes = sorted((a.width, a.height) for a in store.list_assets())
        assert sizes == [(768, 1024), (1024, 683)]
        for asset in store.list_assets():
            assert b"Exif" not in store.asset_data(asset.id)
    finally:
        store.close()
    bad = subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db), "import",
                          "--longest-side", "besar", str(folder)],
                         capture_output=True, text=True, timeout=120, env=env)
    assert bad.returncode == 2 and "harus bilangan bulat" in bad.stderr


def test_cut_jpeg_with_an_end_marker_is_refused(store: ArticleStore, tmp_path: Path) -> None:
    whole = camera_photo(1200, 800, orientation=1)
    for share in (0.3, 0.7, 0.97):
        cut = whole[: int(len(whole) * share)] + b"\xff\xd9"
        with pytest.raises(PictureError, match="rusak atau terpotong"):
            prepare_picture(cut, name="Berkas potong.jpg")
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "potong.jpg").write_bytes(whole[: len(whole) // 2] + b"\xff\xd9")
    (folder / "berita.md").write_text("# Uji\n\n![a](potong.jpg)\n", encoding="utf-8")
    summary = import_paths(store, [folder])
    assert len(summary.created) == 1 and store.list_assets() == []
    assert "potong.jpg rusak atau terpotong" in summary.failures[0][1]
    # Whole pictures still pass, whatever their kind.
    assert prepare_picture(whole).width == 1200
    upright = prepare_picture(camera_photo(900, 600, progressive=True))
    assert (upright.width, upright.height) == (600, 900)


def test_clean_pictures_are_kept_byte_for_byte_and_others_cleaned() -> None:
    prepared = prepare_picture(camera_photo(1000, 700, orientation=1))
    assert is_clean(prepared.data, "image/jpeg")
    assert prepare_picture(prepared.data).data == prepared.data
    assert prepare_picture(tiny_png()).data == tiny_png()
    assert not is_clean(camera_photo(100, 80), "image/jpeg")
    # A PNG with text chunks (a screenshot tool's author, a comment) loses them.
    image = Image.new("RGBA", (60, 40), (10, 20, 30, 128))
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Rina Wartawati")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    assert not is_clean(out.getvalue(), "image/png")
    again = prepare_picture(out.getvalue())
    assert again.mime == "image/png" and b"Rina Wartawati" not in again.data


def test_sixteen_bit_grey_is_scaled_down_not_clipped_to_white() -> None:
    grey = io.BytesIO()
    Image.new("I;16", (2000, 1000), 40000).save(grey, "PNG")
    prepared = prepare_picture(grey.getvalue())
    shown = Image.open(io.BytesIO(prepared.data))
    assert (prepared.width, prepared.height) == (1600, 800)
    assert abs(shown.convert("L").getpixel((10, 10)) - 156) <= 2  # 40000 / 65535 of white
