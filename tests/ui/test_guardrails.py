"""Guard rails around the article list (issue 12): menu, Delete with undo, Trash, status."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editorberita.core.domain import Article, Status
from editorberita.ui.prompts import Prompts
from editorberita.ui.viewkey import ViewKey


def _three(window, store):  # type: ignore[no-untyped-def]
    """Three articles, newest first in the list: C, B, A; return their ids A, B, C."""
    rubric = store.create_category("Samarinda")
    base = datetime(2024, 7, 23, 8, 0, tzinfo=UTC)
    ids = [store.create_article(Article(headline=name, body=f"Isi {name}.",
                                        category_id=rubric.id,
                                        published_at=base + timedelta(hours=n))).id
           for n, name in enumerate("ABC")]
    window.load()
    return ids, rubric.id


def _texts(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_article_list_has_a_context_menu(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    (_a, b, _c), _rubric_id = _three(window, store)
    window.article_list.select_article(b)
    menu = window.guard_rails.build_context_menu()
    texts = _texts(menu)
    for name in ("export_selected", "copy_html", "trash_articles", "history"):
        assert window.action(name).text() in texts
    assert window.guard_rails.open_action.text() in texts
    move = menu.findChild(type(menu), "move_to_rubric_menu")
    assert move is not None and "Samarinda" in _texts(move)
    other = store.create_category("Balikpapan")
    window.load()
    window.article_list.select_article(b)
    window.guard_rails.move_selected(other.id)
    assert store.get_article(b).category_id == other.id


def test_delete_opens_the_next_article_and_offers_undo(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    (a, b, _c), rubric_id = _three(window, store)
    window.sidebar.select_key(ViewKey.of_rubric(rubric_id))
    window.open_article(b)
    window.article_list.select_article(b)
    window.action("trash_articles").trigger()
    assert store.get_article(b).deleted_at is not None
    assert window.current_article.id == a  # the one that took B's place, not nothing
    assert window.article_list.selected_ids() == [a]
    button = window.guard_rails.undo_button
    assert button.isVisible() and button.text() == button.tr("Undo")
    button.click()
    assert store.get_article(b).deleted_at is None
    assert store.get_article(b).category_id == rubric_id
    assert window.current_article.id == b
    assert not button.isVisible()


def test_the_undo_goes_away_after_a_few_seconds(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    (_a, _b, c), _ = _three(window, store)
    window.guard_rails._undo_timer.setInterval(50)
    window.article_list.select_article(c)
    window.action("trash_articles").trigger()
    assert window.guard_rails.undo_button.isVisible()
    qtbot.waitUntil(lambda: not window.guard_rails.undo_button.isVisible(), timeout=2000)


def test_a_trashed_article_opens_read_only_under_a_restore_banner(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    (a, b, _c), _rubric_id = _three(window, store)
    store.trash_articles([b])
    window.sidebar.select_key(ViewKey.of_view("trash"))
    window.article_list.select_article(b)
    assert window.current_article.id == b
    assert window.editor.isReadOnly() and not window.metadata.isEnabled()
    banner = window.guard_rails.banner
    assert banner is not None and banner.isVisible()
    window.guard_rails.restore_current()
    assert store.get_article(b).deleted_at is None
    assert not window.editor.isReadOnly() and window.metadata.isEnabled()
    assert window.guard_rails.banner is None
    window.open_article(a)
    assert not window.editor.isReadOnly()


def test_cancel_is_the_default_on_empty_trash_and_on_export_with_problems(
        qtbot, window, store, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (a, b, _c), _ = _three(window, store)
    store.trash_articles([a])
    answers["choice"] = "cancel"
    window.action("empty_trash").trigger()
    assert answers["defaults"][-1] == "cancel"
    assert store.get_article(a).deleted_at is not None  # nothing deleted
    window.open_article(b)
    answers["save"] = str(tmp_path / "b.html")
    window.action("export_html").trigger()  # no byline, no dateline: problems
    assert answers["defaults"][-1] == "cancel"


def test_the_real_question_box_defaults_to_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.standardButton(box.defaultButton()).name)
        box.reject()

    QTimer.singleShot(0, look)
    answer = Prompts().choose(None, "Kosongkan Sampah", "Hapus?", [("empty", "Kosongkan")],
                              default="cancel")
    assert answer == "cancel" and seen == ["Cancel"]


def test_an_empty_article_is_not_marked_ready(qtbot, window, store, answers) -> None:  # type: ignore[no-untyped-def]
    window.load()
    window.new_articles.new_article()
    combo = window.metadata.status_combo
    for status in (Status.READY, Status.PUBLISHED):
        combo.setCurrentIndex(combo.findData(status.value))
        combo.activated.emit(combo.currentIndex())  # as a user's choice
        assert Status(combo.currentData()) is Status.DRAFT
        kind, (_title, text) = answers["shown"][-1]
        assert kind == "warning"
        assert "headline" in text and "body" in text
    window.metadata.headline_edit.setText("Banjir rob")
    window.editor.set_markdown("Air naik.")
    combo.setCurrentIndex(combo.findData(Status.READY.value))
    combo.activated.emit(combo.currentIndex())
    assert Status(combo.currentData()) is Status.READY
    assert window.save_now()
    assert store.get_article(window.current_article.id).status is Status.READY


def test_the_rubric_drop_down_follows_the_sidebar_order(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    for name in ("Samarinda", "Balikpapan", "Bontang"):  # the desk's order, not A-Z
        store.create_category(name)
    window.load()
    combo = window.metadata.rubric_combo
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert names == ["Samarinda", "Balikpapan", "Bontang"]


def test_a_right_click_selects_the_row_under_it_and_asks_for_the_menu(qtbot, window, store) -> None:  # type: ignore[no-untyped-def]
    (a, b, _c), _ = _three(window, store)
    window.article_list.select_article(a)
    view = window.article_list.view
    row = window.article_model.row_of(b)
    point = view.visualRect(window.article_model.index(row, 0)).center()
    with qtbot.waitSignal(window.article_list.context_menu_requested, timeout=1000):
        view.customContextMenuRequested.emit(point)
    assert window.article_list.selected_ids() == [b]
    for menu in QApplication.topLevelWidgets():
        if menu.objectName() == "article_context_menu":
            menu.close()
