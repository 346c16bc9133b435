"""An article's revision history in the window (ui/history.py): diff and an undoable restore."""

from __future__ import annotations

from editorberita.core.store import ArticleStore
from editorberita.ui.history import HistoryDialog

from .test_safety_ui import shoot


def test_history_dialog_diff_and_undoable_restore(qtbot, window, store: ArticleStore,  # type: ignore[no-untyped-def]
                                                  indonesian) -> None:
    article = store.create_article(headline="Banjir", body="Banjir melanda Samarinda kemarin.")
    store.add_revision(article.id or 0, "manual", manual=True)
    article = store.save_article(article.copy(body="Banjir besar melanda Samarinda pagi ini."),
                                 revision_reason="autosave")
    window.article_model.reload()
    window.open_article(article.id)
    dialog = HistoryDialog(store, window.current_article, window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(1)  # the older, manual revision
    assert "kemarin" in dialog.diff_view.toPlainText()
    assert "3" in dialog.summary.text() and "ditambahkan" in dialog.summary.text()
    assert "Ctrl+S" in dialog.list.item(1).text()
    dialog.show()
    shoot(dialog, "history")
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.body.endswith("kemarin.")
    reasons = [r.reason for r in store.list_revisions(article.id or 0)]
    assert reasons[:2] == ["restore", "before-restore"]
