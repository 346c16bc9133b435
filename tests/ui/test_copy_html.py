"""Copy HTML ("Salin HTML") puts on the clipboard exactly the fragment export, pictures inside.

A real window on a real store; the picture is a real JPEG made at test time. What lands on the
clipboard must equal the fragment file the export writes, with each picture file's address
replaced by the picture's bytes as a ``data:`` URL (what a CMS editor accepts when pasted).
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from editorberita.core.domain import Article
from editorberita.core.export import export_article
from editorberita.core.imaging import prepare_picture
from editorberita.core.pictures import asset_key
from editorberita.core.store import ArticleStore

from ..photos import encode, scene
from .conftest import make_window


def picture_article(store: ArticleStore) -> Article:
    """Store an article with a featured photo and one in the body, both fully described."""
    rubric = store.create_category("Samarinda")
    assets = []
    for seed, (caption, credit, alt) in enumerate([
            ("Banjir di Jalan Pahlawan", "Foto: Rina Wati", "Jalan tergenang air"),
            ("Posko pengungsian", "Foto: Humas BPBD", "Warga di tenda posko")]):
        prepared = prepare_picture(encode(scene(900 + 50 * seed, 600, seed=seed + 3)))
        asset = store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                                height=prepared.height)
        assets.append(store.update_asset(asset.id, caption=caption, credit=credit,
                                         alt_text=alt))
    return store.create_article(Article(
        headline="Banjir Rendam Tiga Kelurahan", category_id=rubric.id, dateline="Samarinda",
        initials="rw", featured_asset_id=assets[0].id,
        body=(f"Hujan deras sejak Senin malam.\n\n![](asset:{asset_key(assets[1])})\n\n"
              "Warga mengungsi.")))


def inline_pictures(fragment: str, folder: Path) -> str:
    """Return an exported fragment with each picture file replaced by its data: URL."""
    def inline(match: re.Match[str]) -> str:
        path = folder / match.group(1)
        mime = "image/png" if path.suffix == ".png" else "image/jpeg"
        return f'src="data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"'

    return re.sub(r'src="([^":]+)"', inline, fragment)


def test_copy_html_equals_the_fragment_export_with_pictures(qtbot, store, settings,
                                                            tmp_path: Path) -> None:
    article = picture_article(store)
    window = make_window(qtbot, store, settings)
    window.open_article(article.id)
    window.action("copy_html").trigger()
    copied = QGuiApplication.clipboard().mimeData().html()

    exported = export_article(store, store.get_article(article.id), tmp_path, "fragment")
    expected = inline_pictures(exported.read_text(encoding="utf-8"), tmp_path)
    assert copied == expected
    assert copied.count('src="data:image/') == 2 and "asset:" not in copied
    assert copied.count("<figure") == 2 and copied.count("<figcaption>") == 2
    for words in ("Banjir di Jalan Pahlawan", "Foto: Humas BPBD", 'alt="Warga di tenda posko"'):
        assert words in copied
    assert "2" in window.statusBar().currentMessage()
