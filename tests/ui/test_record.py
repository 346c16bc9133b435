"""The newsroom's record in the window (ui/record.py): credits, verification flag, right of
reply, corrections and the "Baca juga" story picker, on a real window and store."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import Article, Status
from editorberita.core.store import ArticleStore
from editorberita.ui.checkpanel import ProblemRole
from tests.ui.conftest import make_window

MOMENT = datetime(2024, 7, 23, 6, 30, tzinfo=timezone.utc)


def _open(qtbot, store: ArticleStore, settings, **fields):  # type: ignore[no-untyped-def]
    article = store.create_article(Article(headline="Banjir Samarinda", body="Isi berita.",
                                           byline="Rina Wati", initials="rw",
                                           status=Status.PUBLISHED, published_at=MOMENT,
                                           **fields))
    window = make_window(qtbot, store, settings)
    window.resize(1366, 768)
    window.open_article(article.id)
    window.metadata.set_more_fields_visible(True)
    QApplication.processEvents()
    return window, article


def test_credits_and_verification_flag_are_saved(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window, article = _open(qtbot, store, settings)
    fields = window.metadata.record_fields
    qtbot.keyClicks(fields.editor_edit, "Ahmad")
    qtbot.keyClicks(fields.editor_initials_edit, "ed")
    fields.unverified_check.click()
    assert window.is_dirty
    assert window.save_now()
    saved = store.get_article(article.id)
    assert (saved.editor, saved.editor_initials, saved.unverified) == ("Ahmad", "ed", True)
    preview = window.session.compose()
    assert preview is not None and preview.editor == "Ahmad"


def test_a_correction_added_in_the_window_is_stored_and_listed(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window, article = _open(qtbot, store, settings, editor="Ahmad")
    box = window.metadata.record_fields.corrections
    assert not box.list.isVisibleTo(window)
    qtbot.keyClicks(box.text_edit, "Jumlah korban yang benar 12 orang.")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    (stored,) = store.corrections(article.id)
    assert (stored.text, stored.author) == ("Jumlah korban yang benar 12 orang.", "Ahmad")
    assert box.list.count() == 1 and box.list.item(0).text().startswith("Ralat (")
    assert box.text_edit.text() == ""
    # A published story becomes "Ralat" in the form, saved like any edit.
    assert window.metadata.status_combo.currentData() == Status.CORRECTED.value
    assert window.save_now()
    assert store.get_article(article.id).status == Status.CORRECTED


def test_an_empty_correction_is_refused_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, store, settings, english) -> None:
    from tests.ui.scripted import ScriptedPrompts

    prompts = ScriptedPrompts()
    article = store.create_article(Article(headline="Banjir", body="Isi berita."))
    window = make_window(qtbot, store, settings, prompts)
    window.open_article(article.id)
    window.record.add_correction("   ")
    assert prompts["shown"] == [("warning", (
        "Correction", "The correction cannot be empty: write what was wrong and what is "
                      "right."))]
    assert store.corrections(article.id) == []


def _accept_picker(query: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "story_picker"
        dialog.query_edit.setText(query)
        dialog.accept()
    QTimer.singleShot(50, answer)


def test_related_story_picker_inserts_a_read_also_link(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    old = store.create_article(Article(headline="Banjir Pertama di Sempaja", body="Isi lama.",
                                       status=Status.PUBLISHED, published_at=MOMENT))
    window, article = _open(qtbot, store, settings)
    _accept_picker("Sempaja")
    window.record.insert_related_action.trigger()
    assert f"**Baca juga:** [Banjir Pertama di Sempaja](artikel:{old.id})" in \
        window.editor.markdown()
    _accept_picker("Sempaja")
    window.metadata.record_fields.reply_choose.click()
    assert window.metadata.record_fields.reply_label.text().endswith(
        "“Banjir Pertama di Sempaja”")
    assert window.save_now()
    assert store.get_article(article.id).reply_to_id == old.id


def test_screenshot_of_the_record_fields(qtbot, store, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, article = _open(qtbot, store, settings, editor="Ahmad", editor_initials="ed",
                            unverified=True)
    store.add_correction(article.id, "Nama camat yang benar Budi Santoso.", "Ahmad")
    window.record.refresh()
    QApplication.processEvents()
    folder = Path(os.environ.get("RECORD_SCREENSHOTS", tmp_path))
    assert window.grab().save(str(folder / "record-fields-1366x768.png"))
    assert window.metadata.record_fields.isVisibleTo(window)


def test_check_panel_names_a_change_after_export_without_correction(  # type: ignore[no-untyped-def]
        qtbot, store, settings, tmp_path: Path) -> None:
    from editorberita.core.export import export_article

    window, article = _open(qtbot, store, settings)
    export_article(store, store.get_article(article.id), tmp_path, "html")
    qtbot.keyClicks(window.editor, " Korban bertambah.")
    codes = [p.code for p in window.checking.problems_of(window.session.compose(), spelling=False)]
    assert "unexplained_change" in codes
    box = window.metadata.record_fields.corrections
    qtbot.keyClicks(box.text_edit, "Jumlah korban diperbarui.")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    codes = [p.code for p in window.checking.problems_of(window.session.compose(), spelling=False)]
    assert "unexplained_change" not in codes


def test_correction_missing_jumps_to_the_status_box(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    window, _article = _open(qtbot, store, settings)
    status = window.metadata.status_combo
    status.setCurrentIndex(status.findData(Status.CORRECTED.value))
    problems = window.checking.run_check()
    (missing,) = [p for p in problems if p.code == "correction_missing"]
    assert missing.field == "status"
    window.editor.setFocus()
    window.checking.go_to_problem(missing)
    assert window.focusWidget() is status
    row = next(i for i in range(window.checking.panel.list.count())
               if window.checking.panel.list.item(i).data(ProblemRole) == missing)
    assert window.checking.panel.list.item(row).text().startswith("Status:")


def test_the_rule_link_of_an_eyd_problem_opens_the_rule(qtbot, store, settings,  # type: ignore[no-untyped-def]
                                                        monkeypatch) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QStyleOptionViewItem

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    window, _article = _open(qtbot, store, settings)
    window.editor.setPlainText("Isi berita. Tapi warga menolak pindah.")
    panel = window.checking.panel
    jumps: list[object] = []
    panel.problem_activated.connect(jumps.append)
    problems = window.checking.run_check()
    QApplication.processEvents()
    (tapi,) = [p for p in problems if p.code == "eyd_tapi"]
    if os.environ.get("RECORD_SCREENSHOTS"):
        window.resize(1366, 768)
        QApplication.processEvents()
        window.grab().save(str(Path(os.environ["RECORD_SCREENSHOTS"]) / "check-rule-link.png"))
    assert tapi.url.startswith("https://")
    view = panel.list
    row = next(i for i in range(view.count()) if view.item(i).data(ProblemRole) == tapi)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    option.rect, option.font, option.widget = rect, view.font(), view
    option.palette = view.palette()
    spot = next(QPoint(x, y) for y in range(rect.top(), rect.bottom(), 2)
                for x in range(rect.left(), rect.right(), 2)
                if panel.delegate.anchor_at(option, index, QPointF(x, y)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert [u.toString() for u in opened] == [tapi.url]  # type: ignore[attr-defined]
    assert jumps == []  # the click opened the rule; it did not jump to the text
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(40, 8))
    assert jumps == [tapi]
