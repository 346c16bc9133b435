"""Keyboard through the form: Tab in visual order, Enter to the body, focus always visible."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from editorberita.core.domain import Article


def _open_article(window, store) -> None:  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir di Samarinda", body="Isi."))
    window.article_model.reload()
    window.open_article(article.id)
    window.metadata.set_more_fields_visible(True)
    window.activateWindow()
    QApplication.processEvents()


def _top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_tab_walks_the_fields_in_visual_order_and_on_to_the_body(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    _open_article(window, store)
    form = window.metadata
    form.headline_edit.setFocus()
    visited = [form.headline_edit]
    for _ in range(40):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        visited.append(now)
        if now is window.editor:
            break
    assert visited[1] is form.subheadline_edit  # the sub-headline is never skipped
    assert visited[-1] is window.editor
    fields = visited[:-1]
    for before, after in itertools.pairwise(fields):
        a, b = _top_left(before), _top_left(after)
        same_row = abs(a.y() - b.y()) <= 8
        assert (same_row and b.x() > a.x()) or b.y() > a.y() + 8, (
            f"{before.objectName() or type(before).__name__} → "
            f"{after.objectName() or type(after).__name__} goes back")
    # Shift+Tab walks the same way back.
    for before, after in itertools.pairwise(visited):
        after.setFocus()
        qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is before


def test_enter_in_the_headline_or_sub_headline_goes_to_the_body(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    _open_article(window, store)
    for field in (window.metadata.headline_edit, window.metadata.subheadline_edit):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is window.editor
