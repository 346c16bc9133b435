"""Moving around the window (ui/navigation.py): the find bar in the full window."""

from __future__ import annotations

TEXT = "Banjir di Samarinda. banjir lagi; Banjirnya surut. Tahun 2023 dan 2024."


def test_findreplace_nothing_is_cut_at_1366_with_the_preview_open(qtbot, window, store,  # type: ignore[no-untyped-def]
                                                                   indonesian) -> None:
    """Every field, button and option keeps its full size in the editor column (issue 12)."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

    from editorberita.core.domain import Article

    window.resize(1366, 768)
    window.action("toggle_preview").setChecked(True)
    article = store.create_article(Article(headline="Banjir", body=TEXT))
    window.article_model.reload()
    window.open_article(article.id)
    window.action("replace").trigger()
    QApplication.processEvents()
    find_bar = window.navigation.find_bar
    assert window.preview.isVisible()
    for widget in find_bar.findChildren(QAbstractButton):
        if widget.isVisible():
            assert widget.width() >= widget.sizeHint().width(), widget.text()
    for edit in find_bar.findChildren(QLineEdit):
        if edit.isVisible():
            assert edit.width() >= 150
    assert find_bar.case_check.text() == "Cocokkan huruf besar/kecil"
