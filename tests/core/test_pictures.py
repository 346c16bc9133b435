"""Pictures in core: references, header checks, figures, export with a picture folder, import."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from editorberita.core.domain import Article, Status
from editorberita.core.export import export_article
from editorberita.core.importer import import_paths
from editorberita.core.picturecheck import (
    MAX_PICTURE_BYTES,
    PictureError,
    image_size,
    is_complete,
    read_picture_file,
    sniff_mime,
)
from editorberita.core.pictures import (
    PictureSet,
    asset_key,
    picture_markdown,
    pictures_for,
    pictures_missing_alt,
    referenced_keys,
    where_used,
)
from editorberita.core.render import render_article_fragment
from editorberita.core.store import ArticleStore, open_store

from ..photos import huge_png, tiny_png

MOMENT = datetime(2024, 7, 23, 1, 30, tzinfo=UTC)


def _asset(store: ArticleStore, rgb: tuple[int, int, int] = (200, 80, 40), **meta: str):  # type: ignore[no-untyped-def]
    data = tiny_png(rgb=rgb)
    asset = store.add_asset(data, "image/png", width=40, height=30)
    return store.update_asset(asset.id, **meta) if meta else asset


def _photo_article(store: ArticleStore) -> tuple[Article, object, object]:
    featured = _asset(store, (10, 120, 200), caption="Banjir di Jalan Pahlawan, Senin (22/7).",
                      credit="Foto: Diskominfo Kaltim", alt_text="Jalan tergenang air")
    inline = _asset(store, (30, 160, 60), caption="Warga mengungsi", credit="Foto: BPBD",
                    alt_text="Warga membawa barang")
    body = (f"Paragraf pertama.\n\n{picture_markdown(inline)}\n\nParagraf kedua dengan "
            f"gambar kecil ![ikon]({'asset:' + asset_key(featured)}) di tengah.")
    article = store.create_article(Article(
        headline="Banjir Samarinda", body=body, featured_asset_id=featured.id,
        status=Status.PUBLISHED, published_at=MOMENT, dateline="Samarinda"))
    return article, featured, inline


def test_reference_is_the_hash_prefix_and_survives_another_database(store, tmp_path) -> None:
    asset = _asset(store, alt_text="Peta [banjir]")
    text = picture_markdown(asset)
    assert text == rf"![Peta \[banjir\]](asset:{asset.sha256[:12]})"
    assert referenced_keys(f"a {text} b {text}") == [asset.sha256[:12]]
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        again = other.add_asset(tiny_png(), "image/png")
        assert other.find_assets([asset_key(asset)])[asset_key(asset)].id == again.id
        assert other.find_assets(["ffffffffffff", "zz"]) == {}
    finally:
        other.close()


def test_headers_give_type_size_and_completeness() -> None:
    png = tiny_png(40, 30)
    assert sniff_mime(png[:16]) == "image/png" and image_size(png) == (40, 30)
    assert is_complete(png, "image/png") and not is_complete(png[:-20], "image/png")
    assert image_size(huge_png()) == (20_000, 20_000)
    assert sniff_mime(b"GIF89a......") is None


def test_bad_files_are_refused_before_reading_or_decoding(tmp_path: Path) -> None:
    big = tmp_path / "besar.jpg"
    with big.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(100 * 1024 * 1024)
    fake = tmp_path / "palsu.jpg"
    fake.write_text("Ini bukan foto, hanya teks.", encoding="utf-8")
    bomb = tmp_path / "raksasa.png"
    bomb.write_bytes(huge_png())
    cut = tmp_path / "terpotong.png"
    cut.write_bytes(tiny_png()[:-30])
    messages = {}
    for path in (big, fake, bomb, cut):
        with pytest.raises(PictureError) as caught:
            read_picture_file(path)
        messages[path.name] = str(caught.value)
    assert "terlalu besar (100,0 MB)" in messages["besar.jpg"]
    assert f"{MAX_PICTURE_BYTES // 1048576} MB" in messages["besar.jpg"]
    assert "bukan gambar JPEG, PNG atau WebP" in messages["palsu.jpg"]
    assert "20.000 × 20.000 piksel" in messages["raksasa.png"]
    assert "rusak atau terpotong" in messages["terpotong.png"]
    good = tmp_path / "baik.png"
    good.write_bytes(tiny_png())
    assert read_picture_file(good) == tiny_png()


def test_figures_carry_caption_and_credit_and_alt(store: ArticleStore) -> None:
    article, _featured, inline = _photo_article(store)
    html = render_article_fragment(article, "", pictures_for(store, article))
    figure = re.search(r'<div class="isi">.*?(<figure class="foto">.*?</figure>)', html, re.S)
    assert figure is not None
    assert f'src="asset:{asset_key(inline)}"' in figure.group(1)
    assert 'alt="Warga membawa barang"' in figure.group(1)
    assert ('<figcaption><span class="keterangan">Warga mengungsi</span> '
            '<span class="kredit">Foto: BPBD</span></figcaption>') in figure.group(1)
    top = html.index('<figure class="foto foto-utama">')
    assert top < html.index('<div class="isi">')
    assert "Foto: Diskominfo Kaltim" in html[top:html.index('<div class="isi">')]
    # An inline picture stays inside its paragraph, with the stored alt text.
    assert re.search(r"<p>Paragraf kedua.*<img [^>]*alt=\"Jalan tergenang air\"[^>]*>.*</p>",
                     html)
    # Without the store, the body still renders: plain pictures, no captions.
    assert "<figcaption>" not in render_article_fragment(article)


def test_missing_alt_text_is_reported(store: ArticleStore) -> None:
    named = _asset(store, alt_text="Ada teks")
    bare = _asset(store, (1, 2, 3))
    article = store.create_article(Article(
        headline="x", body=f"{picture_markdown(named)}\n\n{picture_markdown(bare)}\n\n"
                           f"![ditulis di teks](asset:{asset_key(named)})"))
    assert [a.id for a in pictures_missing_alt(article, store)] == [bare.id]
    fixed = store.save_article(article.copy(body=article.body.replace(
        f"![](asset:{asset_key(bare)})", f"![Tulisan](asset:{asset_key(bare)})")))
    assert pictures_missing_alt(fixed, store) == []


def _img_sources(html: str) -> list[str]:
    return re.findall(r'<img [^>]*src="([^"]+)"', html)


def test_export_writes_pictures_next_to_the_article_and_import_reads_them_back(
        store: ArticleStore, tmp_path: Path) -> None:
    article, featured, inline = _photo_article(store)
    out = tmp_path / "ekspor"
    page = export_article(store, article, out, "html")
    markdown = export_article(store, article, out, "md")
    assert page.name == "2024-07-23-banjir-samarinda.html"
    folder = out / "2024-07-23-banjir-samarinda"
    assert sorted(p.name for p in folder.iterdir()) == ["foto-1.png", "foto-2.png"]
    html = page.read_text("utf-8")
    sources = _img_sources(html)
    assert len(sources) == 3
    for src in sources:
        assert (page.parent / src).is_file(), src
    assert ('<meta property="og:image" content="2024-07-23-banjir-samarinda/foto-1.png">'
            in html)
    assert (folder / "foto-1.png").read_bytes() == store.asset_data(featured.id)
    text = markdown.read_text("utf-8")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["image"] == "2024-07-23-banjir-samarinda/foto-1.png"
    assert meta["pictures"][1] == {
        "file": "2024-07-23-banjir-samarinda/foto-2.png", "sha256": inline.sha256,
        "caption": "Warga mengungsi", "credit": "Foto: BPBD", "alt": "Warga membawa barang"}
    assert ('![Warga membawa barang](2024-07-23-banjir-samarinda/foto-2.png "Warga mengungsi")'
            in text)
    assert "asset:" not in text

    other = open_store(tmp_path / "lain.sqlite3")
    try:
        summary = import_paths(other, [out])
        assert summary.ok, summary.failures
        (imported,) = summary.created
        assert imported.body == article.body.replace("![ikon]", "![Jalan tergenang air]")
        shown = {a.sha256: a for a in other.list_assets()}
        assert set(shown) == {featured.sha256, inline.sha256}
        for original in (featured, inline):
            copy = shown[original.sha256]
            assert (copy.caption, copy.credit, copy.alt_text, copy.width, copy.height) == (
                original.caption, original.credit, original.alt_text, 40, 30)
        assert imported.featured_asset_id == shown[featured.sha256].id
        again = export_article(other, imported, tmp_path / "lagi", "md")
        assert again.read_text("utf-8") == text
        assert (tmp_path / "lagi" / "2024-07-23-banjir-samarinda" / "foto-2.png").read_bytes() \
            == store.asset_data(inline.id)
        # Importing the same folder again updates the article and adds no picture twice.
        assert import_paths(other, [out]).ok and len(other.list_assets()) == 2
    finally:
        other.close()


def test_import_refuses_bad_pictures_but_keeps_the_article(store: ArticleStore,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    (folder / "foto").mkdir(parents=True)
    (folder / "foto" / "palsu.jpg").write_text("bukan gambar", encoding="utf-8")
    (folder / "foto" / "baik.png").write_bytes(tiny_png())
    (tmp_path / "rahasia.png").write_bytes(tiny_png(rgb=(9, 9, 9)))
    (folder / "berita.md").write_text(
        "---\ntitle: Uji\nimage: foto/tidak-ada.jpg\n---\n\n![a](foto/palsu.jpg)\n\n"
        "![b](foto/baik.png)\n\n![c](../rahasia.png)\n\n![d](https://contoh.id/x.jpg)\n",
        encoding="utf-8")
    summary = import_paths(store, [folder])
    assert len(summary.created) == 1
    reasons = " | ".join(why for _, why in summary.failures)
    assert "bukan gambar JPEG, PNG atau WebP" in reasons
    assert "tidak-ada.jpg tidak ditemukan" in reasons
    body = summary.created[0].body
    assert "![a](foto/palsu.jpg)" in body and "![c](../rahasia.png)" in body
    assert f"![b](asset:{store.list_assets()[0].sha256[:12]})" in body
    assert "https://contoh.id/x.jpg" in body
    assert len(store.list_assets()) == 1  # the file outside the folder was never read


def test_where_used_lists_live_articles(store: ArticleStore) -> None:
    article, featured, inline = _photo_article(store)
    other = store.create_article(Article(headline="Lain", featured_asset_id=inline.id))
    unused = _asset(store, (5, 5, 5))
    used = where_used(store)
    assert sorted(used[inline.id]) == sorted([(article.id, "Banjir Samarinda"),
                                              (other.id, "Lain")])
    assert used[featured.id] == [(article.id, "Banjir Samarinda")]
    assert unused.id not in used
    store.trash_articles([other.id])
    assert where_used(store)[inline.id] == [(article.id, "Banjir Samarinda")]


def test_picture_set_leaves_unknown_pictures_alone() -> None:
    html = '<p><img src="asset:0123456789ab" alt=""></p>'
    assert PictureSet().apply(html) == html


def test_database_grows_by_the_picture_only_once(store: ArticleStore, db_path: Path) -> None:
    data = tiny_png(400, 300)
    first = store.add_asset(data, "image/png")
    size = os.path.getsize(db_path)
    for _ in range(5):
        assert store.add_asset(data, "image/png").id == first.id
    assert len(store.list_assets()) == 1
    assert os.path.getsize(db_path) <= size + 4096


def test_quotes_and_markup_in_captions_survive_the_round_trip(store: ArticleStore,
                                                             tmp_path: Path) -> None:
    asset = _asset(store, caption='Kata "banjir" [rob] & <pasang>', credit="Foto: A & B",
                   alt_text="Sungai <naik> [deras] & cepat")
    article = store.create_article(Article(headline="Kutip", body=picture_markdown(asset),
                                           published_at=MOMENT))
    first = export_article(store, article, tmp_path / "a", "md").read_text("utf-8")
    assert "“banjir”" in first and "&lt;naik&gt;" in first
    other = open_store(tmp_path / "b.sqlite3")
    try:
        (imported,) = import_paths(other, [tmp_path / "a"]).created
        (copy,) = other.list_assets()
        assert (copy.caption, copy.credit, copy.alt_text) == (
            asset.caption, asset.credit, asset.alt_text)
        assert imported.body == rf"![Sungai <naik> \[deras\] & cepat](asset:{asset_key(asset)})"
        assert export_article(other, imported, tmp_path / "c", "md").read_text("utf-8") == first
    finally:
        other.close()
