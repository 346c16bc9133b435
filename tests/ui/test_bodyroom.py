"""The body keeps a third of the window whatever is open around it (ui/bodyroom.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .test_picturepanel import _keys, _photo_file

pytestmark = pytest.mark.usefixtures("indonesian")


def test_caption_is_multi_line_and_the_body_keeps_a_third_of_the_window(
        qtbot, article_window, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue 12: a two-line caption shows whole; "More fields" + pictures leave the body room."""
    window = article_window
    window.resize(1366, 768)
    answers["open"] = str(_photo_file(tmp_path))
    window.action("insert_picture").trigger()
    window.metadata.set_more_fields_visible(True)
    QApplication.processEvents()
    panel = window.picture_panel
    assert panel.isVisible() and window.metadata.more_box.isVisible()
    caption = panel.caption_edit
    assert caption.height() >= 2 * caption.fontMetrics().lineSpacing()
    qtbot.keyClicks(caption, "Warga melintasi banjir rob di Jalan Yos Sudarso, Samarinda, "
                             "Senin (22/7/2024) siang, saat air laut pasang.")
    panel.commit()
    (key,) = _keys(window)
    assert window.store.find_assets([key])[key].caption.startswith("Warga melintasi")
    assert window.editor.height() >= window.height() // 3
