"""Pictures in the real window: file dialog, drop, clipboard, panel, library, preview, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QImage,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article
from editorberita.core.imaging import prepare_picture
from editorberita.core.pictures import asset_key, referenced_keys
from editorberita.ui.picturelibrary import PictureLibraryDialog

from ..photos import encode, exif_jpeg, huge_png, scene
from .conftest import make_window

pytestmark = pytest.mark.usefixtures("indonesian")


def _photo_file(tmp_path: Path, name: str = "foto.jpg", width: int = 3000,
                height: int = 2000, seed: int = 7) -> Path:
    path = tmp_path / name
    path.write_bytes(encode(scene(width, height, seed=seed)))
    return path


def _keys(window) -> list[str]:  # type: ignore[no-untyped-def]
    return referenced_keys(window.editor.markdown())


def _drop(window, mime: QMimeData, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    """Drag data over the editor and drop it at ``point``, as a drag from a file manager."""
    viewport = window.editor.viewport()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(point, *args))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), *args))


def _preview_shows(qtbot, window, key: str) -> None:  # type: ignore[no-untyped-def]
    """Wait until the preview holds the picture and the resource resolves to an image."""
    qtbot.waitUntil(lambda: f"asset:{key}" in window.preview.toHtml(), timeout=5000)
    window.preview.grab()  # layout and paint: the document asks for its images
    resource = window.preview.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(f"asset:{key}"))
    assert isinstance(resource, QImage) and not resource.isNull()


def test_exif_orientation_applied_location_removed_original_size_on_request(
        qtbot, article_window, answers, tmp_path) -> None:
    window = article_window
    photo = tmp_path / "kamera.jpg"
    photo.write_bytes(exif_jpeg(scene(2400, 1200, seed=4), orientation=6))
    answers["open"] = str(photo)
    window.action("insert_picture").trigger()
    (key,) = _keys(window)
    asset = window.store.find_assets([key])[key]
    data = window.store.asset_data(asset.id)
    assert (asset.width, asset.height) == (800, 1600)  # turned upright, longest side 1600
    assert b"Exif" not in data and b"MM\x00\x2a" not in data
    window.action("keep_original_size").setChecked(True)
    photo.write_bytes(exif_jpeg(scene(2400, 1200, seed=5), orientation=6))
    window.action("insert_picture").trigger()
    big = window.store.find_assets([_keys(window)[1]])[_keys(window)[1]]
    assert (big.width, big.height) == (1200, 2400)
    assert window.settings.get("pictures/keep_original") is True


@pytest.mark.parametrize("case", ["truncated", "huge", "fake", "100mb"])
def test_bad_pictures_are_refused_with_a_message(qtbot, article_window, answers, tmp_path,
                                                 case) -> None:
    window = article_window
    path = tmp_path / {"truncated": "potong.jpg", "huge": "raksasa.png", "fake": "palsu.jpg",
                       "100mb": "besar.jpg"}[case]
    if case == "truncated":
        data = encode(scene(1200, 800, detail=True))
        path.write_bytes(data[: len(data) * 2 // 3])
    elif case == "huge":
        path.write_bytes(huge_png())
    elif case == "fake":
        path.write_text("<html>bukan foto</html>", encoding="utf-8")
    else:
        with path.open("wb") as handle:
            handle.write(encode(scene(64, 64)))
            handle.truncate(100 * 1024 * 1024)
    before = window.editor.markdown()
    answers["open"] = str(path)
    window.action("insert_picture").trigger()
    (kind, (title, message)) = answers["shown"][-1]
    assert kind == "warning" and title == "Gambar tidak ditambahkan"
    expected = {"truncated": "rusak atau terpotong", "huge": "20.000 × 20.000 piksel",
                "fake": "bukan gambar JPEG, PNG atau WebP", "100mb": "terlalu besar (100,0 MB)"}
    assert expected[case] in message and path.name in message
    assert window.store.list_assets() == []
    assert window.editor.markdown() == before
    # The same bytes dropped or pasted are refused the same way.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.editor.insertFromMimeData(mime)
    assert expected[case] in answers["shown"][-1][1][1]
    assert window.store.list_assets() == []


def test_panel_edits_caption_credit_alt_and_featured(qtbot, article_window, answers,
                                                     tmp_path) -> None:
    window = article_window
    answers["open"] = str(_photo_file(tmp_path))
    window.action("insert_picture").trigger()
    (key,) = _keys(window)
    panel = window.picture_panel
    qtbot.keyClicks(panel.caption_edit, "Banjir rob di Jalan Yos Sudarso")
    qtbot.keyClicks(panel.credit_edit, "Foto: Diskominfo Kaltim")
    qtbot.keyClicks(panel.alt_edit, "Jalan tergenang air laut")
    panel.commit()
    asset = window.store.find_assets([key])[key]
    assert (asset.caption, asset.credit, asset.alt_text) == (
        "Banjir rob di Jalan Yos Sudarso", "Foto: Diskominfo Kaltim", "Jalan tergenang air laut")
    qtbot.waitUntil(lambda: "Foto: Diskominfo Kaltim" in window.preview.toPlainText(),
                    timeout=5000)
    assert "Banjir rob di Jalan Yos Sudarso" in window.preview.toPlainText()
    panel.featured_check.setChecked(True)
    window.save_now()
    assert window.store.get_article(window.current_article.id).featured_asset_id == asset.id
    qtbot.waitUntil(lambda: window.preview.toPlainText().count("Foto: Diskominfo Kaltim") == 2,
                    timeout=5000)
    panel.featured_check.setChecked(False)
    window.save_now()
    assert window.store.get_article(window.current_article.id).featured_asset_id is None


def test_library_lists_pictures_with_use_and_reuses_one(qtbot, store, settings, answers,
                                                        tmp_path, monkeypatch) -> None:
    prepared = prepare_picture(encode(scene(1000, 700)))
    asset = store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                            height=prepared.height)
    asset = store.update_asset(asset.id, caption="Tugu Pesut", credit="Foto: Humas")
    first = store.create_article(Article(headline="Tugu baru",
                                         body=f"![](asset:{asset_key(asset)})"))
    second = store.create_article(Article(headline="Artikel kedua", body="Teks."))
    window = make_window(qtbot, store, settings, answers)
    window.open_article(second.id)
    seen: dict[str, object] = {}

    def choose(dialog: PictureLibraryDialog) -> int:
        seen["items"] = dialog.list.count()
        seen["details"] = dialog.details.text()
        dialog.select_asset(asset.id)
        dialog.featured_button.click()
        return PictureLibraryDialog.DialogCode.Accepted

    monkeypatch.setattr(PictureLibraryDialog, "exec", choose)
    window.action("picture_library").trigger()
    assert seen["items"] == 1
    assert "Tugu Pesut" in str(seen["details"]) and "Tugu baru" in str(seen["details"])
    window.save_now()
    assert store.get_article(second.id).featured_asset_id == asset.id
    window.pictures.use_library_picture(asset.id, "insert")
    window.save_now()
    assert f"asset:{asset_key(asset)}" in store.get_article(second.id).body
    assert first.id is not None


def test_export_warns_about_missing_alt_text(qtbot, article_window, answers, tmp_path) -> None:
    window = article_window
    answers["open"] = str(_photo_file(tmp_path))
    window.action("insert_picture").trigger()
    answers["question"] = False
    answers["folder"] = str(tmp_path / "keluar")
    window.action("export_html").trigger()
    assert "teks alternatif" in str(answers["asked"][-1][1])
    assert not (tmp_path / "keluar").exists()
    assert window.picture_panel.alt_edit.hasFocus() or QApplication.focusWidget() is None
    qtbot.keyClicks(window.picture_panel.alt_edit, "Sungai dan perbukitan")
    window.picture_panel.commit()
    asked = len(answers["asked"])
    window.action("export_html").trigger()
    assert len(answers["asked"]) == asked
    (page,) = (tmp_path / "keluar").glob("*.html")
    assert 'alt="Sungai dan perbukitan"' in page.read_text("utf-8")


def test_window_insert_and_headless_import_store_the_same_clean_picture(
        qtbot, article_window, answers, tmp_path) -> None:
    """One preparation (core.imaging) for both ways in: the same photo gives the same bytes."""
    from editorberita.core.importer import import_paths
    from editorberita.core.store import open_store

    from ..photos import CAMERA_SECRETS, camera_photo

    folder = tmp_path / "kiriman"
    folder.mkdir()
    photo = folder / "kamera.jpg"
    photo.write_bytes(camera_photo(3200, 2400, orientation=6))
    (folder / "berita.md").write_text("# Banjir\n\n![Banjir](kamera.jpg)\n", encoding="utf-8")
    answers["open"] = str(photo)
    article_window.action("insert_picture").trigger()
    (key,) = _keys(article_window)
    inserted = article_window.store.find_assets([key])[key]
    data = article_window.store.asset_data(inserted.id)
    assert (inserted.width, inserted.height) == (1200, 1600)
    assert [s for s in CAMERA_SECRETS if s in data] == []
    other = open_store(tmp_path / "lain.sqlite3")
    try:
        assert import_paths(other, [folder]).ok
        (imported,) = other.list_assets()
        assert imported.sha256 == inserted.sha256
    finally:
        other.close()


