"""Pictures into the open article through the window's actions (ui/pictureactions.py):
file dialog, drop and paste."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QTextCursor,
)

from ..photos import scene
from .test_picturepanel import _drop, _keys, _photo_file, _preview_shows

pytestmark = pytest.mark.usefixtures("indonesian")


def test_insert_by_file_dialog_scales_stores_and_previews(qtbot, article_window, answers,
                                                           tmp_path) -> None:
    window = article_window
    answers["open"] = str(_photo_file(tmp_path))
    window.action("insert_picture").trigger()
    (key,) = _keys(window)
    asset = window.store.find_assets([key])[key]
    assert (asset.width, asset.height, asset.mime) == (1600, 1067, "image/jpeg")
    assert window.editor.markdown() == f"Paragraf pertama.\n\n![](asset:{key})"
    _preview_shows(qtbot, window, key)
    assert window.picture_panel.isVisible()
    assert window.picture_panel.current_asset().id == asset.id
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=3000)
    assert f"asset:{key}" in window.store.get_article(window.current_article.id).body


def test_drop_of_files_and_of_image_data_inserts_at_the_drop(qtbot, article_window,
                                                             tmp_path) -> None:
    window = article_window
    window.editor.set_markdown("Satu.\n\nDua.")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_photo_file(tmp_path, "a.png", 800, 600, 1))),
                  QUrl.fromLocalFile(str(_photo_file(tmp_path, "b.jpg", 900, 600, 2)))])
    at_first = QTextCursor(window.editor.document().firstBlock())
    at_first.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    _drop(window, mime, window.editor.cursorRect(at_first).center() + QPoint(2, 0))
    keys = _keys(window)
    assert len(keys) == 2
    text = window.editor.markdown()
    assert text.startswith("Satu.\n\n![](asset:") and text.endswith("\n\nDua.")
    image_drop = QMimeData()
    image_drop.setImageData(scene(640, 480, seed=5))
    at_end = QTextCursor(window.editor.document().lastBlock())
    at_end.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    _drop(window, image_drop, window.editor.cursorRect(at_end).center() + QPoint(2, 0))
    assert len(_keys(window)) == 3
    for key in _keys(window):
        _preview_shows(qtbot, window, key)
    assert len(window.picture_panel.pictures()) == 3


def test_paste_from_clipboard_inserts_the_picture(qtbot, article_window) -> None:
    window = article_window
    QGuiApplication.clipboard().setImage(scene(500, 300, alpha=True, seed=3))
    window.editor.paste()
    (key,) = _keys(window)
    asset = window.store.find_assets([key])[key]
    assert asset.mime == "image/png" and (asset.width, asset.height) == (500, 300)
    _preview_shows(qtbot, window, key)
    QGuiApplication.clipboard().setText("teks biasa")
    window.editor.paste()
    assert window.editor.markdown().endswith("teks biasa")
