"""The window's remaining flows: dragging rows onto a rubric, each conflict choice with two
stores on one file, "Open in browser", Tab from headline to body, scroll sync both ways, the
two-line article list, long stories opening without blocking, and the light start-up imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from editorberita.core.domain import Article, ArticleFilter
from editorberita.core.exportformat import render_export
from editorberita.core.store import open_store
from editorberita.ui.articlelist import ArticleItemDelegate
from editorberita.ui.conflictdialog import ConflictDialog
from editorberita.ui.itemroles import ARTICLE_MIME
from editorberita.ui.session import StoreNotOpenError
from editorberita.ui.viewkey import ViewKey

from .conftest import make_window

pytestmark = pytest.mark.usefixtures("indonesian")


def _long_body(paragraphs: int = 200) -> str:
    return "\n\n".join(f"Paragraf {i} tentang banjir di Samarinda yang meluas ke kota. " * 5
                       for i in range(paragraphs))


def _open(qtbot, window, article_id: int) -> None:  # type: ignore[no-untyped-def]
    """Open an article and wait until the preview (rendered in the pool thread) shows it."""
    with qtbot.waitSignal(window.preview.updated, timeout=5000):
        window.open_article(article_id)


# ------------------------------------------------------------------ drag and drop


def test_dragging_selected_rows_onto_a_rubric_moves_them(qtbot, store, settings) -> None:
    """The list view's own drag data, dropped on the sidebar view as a drop event would."""
    rubric = store.create_category("Olahraga")
    first = store.create_article(Article(headline="Gol menit akhir"))
    second = store.create_article(Article(headline="Juara bertahan"))
    window = make_window(qtbot, store, settings)
    view, sidebar = window.article_list.view, window.sidebar
    # The views are set up for dragging rows out and dropping them on a rubric.
    assert view.dragEnabled()
    assert view.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    assert sidebar.acceptDrops() and sidebar.showDropIndicator()
    assert sidebar.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop

    view.selectAll()
    mime = view.model().mimeData(view.selectionModel().selectedIndexes())
    assert ARTICLE_MIME in mime.formats()
    target = window.sidebar_model.index_for_key(ViewKey.of_rubric(rubric.id))
    sidebar.scrollTo(target)
    point = QPointF(sidebar.visualRect(target).center())
    move = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), move, mime, buttons, keys)
    QApplication.sendEvent(sidebar.viewport(), enter)
    assert enter.isAccepted()
    over = QDragMoveEvent(point.toPoint(), move, mime, buttons, keys)
    QApplication.sendEvent(sidebar.viewport(), over)
    assert over.isAccepted()
    assert sidebar.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.OnItem
    QApplication.sendEvent(sidebar.viewport(), QDropEvent(point, move, mime, buttons, keys))

    qtbot.waitUntil(lambda: {store.get_article(a.id).category_id for a in (first, second)}
                    == {rubric.id}, timeout=3000)
    target = window.sidebar_model.index_for_key(ViewKey.of_rubric(rubric.id))
    assert target.siblingAtColumn(1).data() == "2"


def test_articles_cannot_be_dropped_on_a_view(qtbot, store, settings) -> None:
    article = store.create_article(Article(headline="Tetap di tempat"))
    window = make_window(qtbot, store, settings)
    mime = window.article_model.mimeData([window.article_model.index(0, 0)])
    trash = window.sidebar_model.index_for_key(ViewKey.of_view("trash"))
    assert not window.sidebar_model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1,
                                                    trash)
    assert not window.sidebar_model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, trash)
    assert store.get_article(article.id).deleted_at is None


# ------------------------------------------------------------------ conflicts


@pytest.fixture
def conflict(qtbot, store, settings, db_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A window with unsaved edits to an article that another store on the same file saved.

    Returns (window, article id, the other store, choose) where ``choose(button_name)`` makes
    the real dialog's button of that name be clicked when it shows.
    """
    article = store.create_article(Article(headline="Rebutan", body="awal"))
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, article.id)
    other = open_store(db_path)
    other.save_article(other.get_article(article.id).copy(body="dari komputer lain"))
    window.editor.setFocus()
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " versi saya")
    shown: list[ConflictDialog] = []

    def choose(button: str) -> None:
        def exec_(dialog: ConflictDialog) -> int:
            shown.append(dialog)
            getattr(dialog, button).click()  # the real button, as the editor clicks it
            return int(dialog.result())

        monkeypatch.setattr(ConflictDialog, "exec", exec_)

    yield window, article.id, other, choose, shown
    other.close()


def test_conflict_keep_mine_saves_a_new_revision(conflict) -> None:  # type: ignore[no-untyped-def]
    window, article_id, other, choose, shown = conflict
    choose("keep_button")
    assert window.save_now()
    assert len(shown) == 1
    stored = other.get_article(article_id)
    assert stored.body == "awal versi saya"
    assert any(r.reason.startswith("conflict") for r in other.list_revisions(article_id))
    assert window.current_article.version == stored.version
    assert not window.is_dirty


def test_conflict_take_theirs_shows_the_stored_text(qtbot, conflict) -> None:  # type: ignore[no-untyped-def]
    window, article_id, other, choose, shown = conflict
    choose("theirs_button")
    assert window.save_now()
    assert other.get_article(article_id).body == "dari komputer lain"
    assert window.editor.markdown() == "dari komputer lain"
    qtbot.waitUntil(lambda: "dari komputer lain" in window.preview.toPlainText(), timeout=3000)
    assert not window.is_dirty
    # Typing on now saves over theirs without another conflict.
    qtbot.keyClicks(window.editor, "!")
    assert window.save_now()
    assert len(shown) == 1


def test_conflict_save_mine_as_a_copy_keeps_both(conflict) -> None:  # type: ignore[no-untyped-def]
    window, article_id, other, choose, _shown = conflict
    choose("copy_button")
    assert window.save_now()
    assert other.get_article(article_id).body == "dari komputer lain"
    copy = window.current_article
    assert copy.id != article_id
    assert other.get_article(copy.id).body == "awal versi saya"
    assert copy.headline.startswith("Rebutan") and copy.headline != "Rebutan"
    assert window.article_list.current_id() == copy.id


# ------------------------------------------------------------------ open in browser


def test_open_in_browser_exports_the_page_and_hands_it_over(qtbot, store, settings,
                                                            monkeypatch) -> None:
    rubric = store.create_category("Politik")
    article = store.create_article(Article(headline="Pilkada damai", body="Isi **tebal**.",
                                           category_id=rubric.id))
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, article.id)
    qtbot.keyClicks(window.editor, " Tambahan.")
    opened: list[QUrl] = []
    # A browser that starts: openUrl says True (False is "no browser", which the window tells).
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    window.action("open_browser").trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    page = Path(opened[0].toLocalFile())
    assert page.exists() and page.suffix == ".html"
    expected = render_export(window.session.compose(), "html", ["Politik"])
    assert page.read_text(encoding="utf-8") == expected
    assert "<strong>tebal</strong>" in expected and "Tambahan." in expected


# ------------------------------------------------------------------ keyboard


def test_enter_moves_from_headline_to_body(qtbot, store, settings) -> None:
    """Enter is the fast path to the body (Tab goes on to the sub-headline, issue 12)."""
    window = make_window(qtbot, store, settings)
    window.activateWindow()
    window.action("new_article").trigger()
    headline = window.metadata.headline_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is headline, timeout=3000)
    qtbot.keyClicks(headline, "Banjir rob")
    qtbot.keyClick(headline, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.editor
    qtbot.keyClicks(window.editor, "Air naik.")
    assert window.session.compose().headline == "Banjir rob"
    assert window.session.compose().body == "Air naik."


# ------------------------------------------------------------------ scroll sync


def test_scroll_sync_editor_to_preview_and_back(qtbot, store, settings) -> None:
    article = store.create_article(Article(headline="Panjang", body=_long_body()))
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, article.id)
    editor, preview = window.editor, window.preview
    line = 2 * 40  # source line of "Paragraf 40" (paragraphs are two lines apart)
    assert editor.document().findBlockByNumber(line).text().startswith("Paragraf 40 ")

    # Scrolling the editor (not moving its cursor) brings the paragraph to the preview's top.
    first = editor.document().findBlockByNumber(line).firstLineNumber()  # bar counts lines
    qtbot.waitUntil(lambda: editor.verticalScrollBar().maximum() > first, timeout=3000)
    editor.verticalScrollBar().setValue(first)
    assert editor.first_visible_line() == line
    assert preview.verticalScrollBar().value() > 0
    assert preview.source_line_at_top() == line
    assert "Paragraf 40 " in preview.cursorForPosition(QPoint(2, 2)).block().text()

    # Scrolling the preview brings the same paragraph to the editor's top.
    top = preview.verticalScrollBar().value()
    preview.verticalScrollBar().setValue(top // 2)
    shown = preview.source_line_at_top()
    assert 0 < shown < line
    assert editor.first_visible_line() == shown
    assert editor.document().findBlockByNumber(shown).text().startswith(
        preview.cursorForPosition(QPoint(2, 2)).block().text()[:12])


def test_cursor_move_brings_its_paragraph_into_the_preview(qtbot, store, settings) -> None:
    article = store.create_article(Article(headline="Panjang", body=_long_body()))
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, article.id)
    preview = window.preview
    cursor = window.editor.textCursor()
    cursor.setPosition(window.editor.document().findBlockByNumber(2 * 70).position())
    window.editor.setTextCursor(cursor)
    bar = preview.verticalScrollBar()
    visible = range(bar.value(), bar.value() + preview.viewport().height())
    block = preview.cursorForPosition(QPoint(2, preview.viewport().height() // 2)).block()
    assert bar.value() > 0 and len(visible) > 0
    assert any(f"Paragraf {n} " in block.text() for n in range(60, 80))


# ------------------------------------------------------------------ list, long stories


def test_article_list_rows_show_headline_over_status_rubric_date(qtbot, store, settings) -> None:
    rubric = store.create_category("Seputar Kaltim")
    store.create_article(Article(headline="Selamat Datang di EditorBerita, Meja Redaksi",
                                 category_id=rubric.id))
    window = make_window(qtbot, store, settings)
    index = window.article_model.index(0, 0)
    date = window.article_model.index(0, window.article_model.DATE).data()
    assert ArticleItemDelegate.detail_text(index) == f"Draf · Seputar Kaltim · {date}"
    view = window.article_list.view
    height = view.sizeHintForRow(0)
    assert height >= 2 * view.fontMetrics().height()  # two lines
    image = view.viewport().grab()
    assert not image.isNull()


def test_sort_choice_sorts_the_list(qtbot, store, settings) -> None:
    for headline in ("Banjir", "Apel pagi", "Cuaca"):
        store.create_article(Article(headline=headline))
    window = make_window(qtbot, store, settings)
    model, combo = window.article_model, window.article_list.sort_combo
    combo.setCurrentIndex(2)  # A–Z
    assert [model.summary(r).headline for r in range(3)] == ["Apel pagi", "Banjir", "Cuaca"]
    combo.setCurrentIndex(0)  # newest first, as the store sorts
    newest = store.list_articles(ArticleFilter(), limit=3, sort="published", descending=True)
    assert [model.summary(r).id for r in range(3)] == [s.id for s in newest]


def test_opening_a_long_story_returns_before_its_preview_is_rendered(qtbot, store,
                                                                     settings) -> None:
    """The text shows at once; the preview is rendered in the pool thread and then built."""
    short = store.create_article(Article(headline="Pendek", body="Satu paragraf."))
    long = store.create_article(Article(headline="Panjang", body=_long_body(600)))
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, short.id)
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        window.open_article(long.id)
        assert window.editor.markdown().startswith("Paragraf 0 ")
        assert window.preview.is_stale()  # not rendered yet: the open did not wait for it
    assert "Paragraf 599 " in window.preview.toPlainText()
    assert window.preview.source_line_at_top() == 0


# ------------------------------------------------------------------ start-up


def test_window_modules_import_no_heavy_library() -> None:
    """The window paints before SQLAlchemy, Alembic, Markdown, Jinja or Babel load."""
    code = ("import sys, editorberita.cli, editorberita.ui.app, editorberita.ui.mainwindow\n"
            "heavy = ('sqlalchemy', 'alembic', 'markdown', 'jinja2', 'babel', 'nh3', 'yaml',"
            " 'typing_extensions', 'editorberita.core.store', 'editorberita.core.render',"
            " 'PIL', 'editorberita.core.imaging')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_building_the_window_makes_no_qstyle_type_and_loads_no_socket(tmp_path: Path) -> None:
    """PySide6 makes a Qt class's Python type (with every enum of it) on first use; QStyle's
    costs ~20 ms, so nothing built before the first paint may touch it (the date field's
    calendar icon did), nor import ``socket`` (~8 ms; the lease's machine name did): issue 13,
    start-up "not worse than before"."""
    code = ("import sys\nfrom PySide6 import QtWidgets\nfrom PySide6.QtCore import QSettings\n"
            "from editorberita.ui.application import create_application\n"
            "from editorberita.ui.mainwindow import MainWindow\n"
            "from editorberita.ui.prompts import Prompts\n"
            "from editorberita.ui.settings import Settings\n"
            "app = create_application()\n"
            "settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
            "window = MainWindow(settings, Prompts())\n"
            "print('QStyle' in QtWidgets.__dict__, 'socket' in sys.modules)")
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "s.ini")], env=env,
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False False"


def test_a_desk_file_start_loads_no_server_or_sending_code(tmp_path: Path) -> None:
    """A whole start on a desk file, its last article open, loads neither the PostgreSQL
    dialect (~130 ms) nor the sender (HTTP, YAML, export formats): they cost a SQLite desk
    time and memory at every start (issue 13: start-up "not worse than before")."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "EDITORBERITA_DB"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "EDITORBERITA_STARTUP_MARKS": "1",
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "EDITORBERITA_DATA": str(tmp_path / "data"), "EDITORBERITA_LANG": "id"})
    unwanted = ("sqlalchemy.dialects.postgresql", "psycopg", "http.client", "yaml",
                "editorberita.core.send.sender", "editorberita.core.export",
                "editorberita.core.store.dialect_postgresql", "keyring")
    code = ("import sys\nfrom editorberita.cli import main\n"
            f"main(['--db', {str(tmp_path / 'start.sqlite3')!r}])\n"
            f"print('LOADED', sorted(m for m in {unwanted!r} if m in sys.modules))")
    for _ in range(2):  # the second start opens the last article (and its send status)
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert "STARTUP loaded" in done.stdout
    assert "LOADED []" in done.stdout, done.stdout


# ------------------------------------------------------------------ start-up: last article first

def _first_window(qtbot, db_path: Path, settings, article_id: int):  # type: ignore[no-untyped-def]
    """Build the window without a store and show the last article as start-up does."""
    from editorberita.core.quickread import peek_article
    from editorberita.ui.mainwindow import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    found = peek_article(db_path, article_id)
    assert found is not None
    with qtbot.waitSignal(window.preview.updated, timeout=10_000):
        window.show_first(*found)
    return window


def test_last_article_shows_before_the_store_opens_and_is_adopted(qtbot, db_path: Path,
                                                                  settings) -> None:
    store = open_store(db_path)
    rubric = store.create_category("Seputar Kaltim")
    article = store.create_article(headline="Jalan Rusak di Sempaja", category_id=rubric.id,
                                   body="Warga **mengeluh** sejak Senin.", dateline="Samarinda")
    store.close()
    settings.last_article = article.id
    window = _first_window(qtbot, db_path, settings, article.id or 0)
    assert not window.session.is_open
    with pytest.raises(StoreNotOpenError):  # never None where it is used: it says why
        _ = window.store
    assert "Jalan Rusak di Sempaja" in window.preview.toPlainText()
    assert "SAMARINDA" in window.preview.toPlainText()  # the same rendering as the export
    assert "Seputar Kaltim" in window.preview.toPlainText()
    assert window.editor.isReadOnly()  # nothing typed is lost: the body waits for the store
    assert window.editor.toPlainText() == "Warga **mengeluh** sejak Senin."
    window.metadata.headline_edit.setText("Jalan Rusak di Sempaja Dikeluhkan")  # typed early
    assert window.save_now()  # no store yet: nothing to do, nothing dropped

    store = open_store(db_path)
    try:
        window.attach_store(store)
        window.load()
        assert window.current_article is not None
        assert window.current_article.id == article.id
        assert not window.editor.isReadOnly()
        assert window.metadata.headline_edit.text() == "Jalan Rusak di Sempaja Dikeluhkan"
        assert window.is_dirty
        assert window.save_now()
        assert store.get_article(article.id or 0).headline == "Jalan Rusak di Sempaja Dikeluhkan"
    finally:
        window.close()
        store.close()


def test_store_version_wins_when_the_file_changed_after_the_first_read(qtbot, db_path: Path,
                                                                       settings) -> None:
    store = open_store(db_path)
    article = store.create_article(headline="Versi Lama", body="Teks lama.")
    store.close()
    settings.last_article = article.id
    window = _first_window(qtbot, db_path, settings, article.id or 0)
    store = open_store(db_path)
    try:
        newer = store.save_article(store.get_article(article.id or 0).copy(body="Teks baru."))
        window.attach_store(store)
        with qtbot.waitSignal(window.preview.updated, timeout=10_000):
            window.load()
        assert window.editor.toPlainText() == "Teks baru."
        assert window.current_article == newer
        assert not window.is_dirty
        assert "Teks baru." in window.preview.toPlainText()
    finally:
        window.close()
        store.close()


def test_start_up_shows_the_last_article_before_the_store_loads(tmp_path: Path) -> None:
    """The real start-up, twice: the second one previews the last article before ``loaded``."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "EDITORBERITA_DB"}
    env.update({"QT_QPA_PLATFORM": "offscreen", "EDITORBERITA_STARTUP_MARKS": "1",
                "XDG_CONFIG_HOME": str(tmp_path / "config"),
                "EDITORBERITA_DATA": str(tmp_path / "data"), "EDITORBERITA_LANG": "id"})
    args = [sys.executable, "-m", "editorberita", "--db", str(tmp_path / "start.sqlite3")]
    marks = []
    for _ in range(2):
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        marks.append({p[1]: float(p[2]) for p in (line.split() for line in
                      done.stdout.splitlines()) if len(p) >= 3 and p[0] == "STARTUP"})
    first, second = marks
    assert first["first_paint"] < first["loaded"] < first["article_and_preview"]
    assert second["first_paint"] < second["article_and_preview"] < second["loaded"]


def test_closing_saves_the_preview_the_next_start_shows_unrendered(qtbot, db_path: Path,
                                                                   settings) -> None:
    from editorberita.core import quickread
    from editorberita.core.paths import cache_dir

    store = open_store(db_path)
    try:
        article = store.create_article(headline="Pasar Segiri Ramai", dateline="Samarinda",
                                       body="Pedagang \"senang\".\n\n- satu\n- dua",
                                       initials="rw")
        window = make_window(qtbot, store, settings)
        _open(qtbot, window, article.id or 0)
        shown_html = window.preview.toHtml()
        window.close()
    finally:
        store.close()
    found = quickread.peek_article(db_path, article.id or 0)
    assert found is not None
    key = quickread.preview_key(*found)
    assert key is not None
    saved = quickread.cached_preview(cache_dir(), key)
    assert saved is not None
    from editorberita.core.incremental import BlockRenderer

    assert saved.html == BlockRenderer().render(found[0], found[1]).html  # what a render makes
    from editorberita.ui.mainwindow import MainWindow

    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.preview.updated, timeout=5000):
        again.show_first(found[0], found[1], saved)
    assert again.preview.toHtml() == shown_html
    assert "SAMARINDA" in again.preview.toPlainText()
    # Changed since: the key misses, the next start renders.
    store = open_store(db_path)
    try:
        store.save_article(store.get_article(article.id or 0).copy(body="Berubah."))
    finally:
        store.close()
    changed = quickread.peek_article(db_path, article.id or 0)
    assert changed is not None
    assert quickread.cached_preview(cache_dir(), quickread.preview_key(*changed) or "") is None


def test_no_data_folder_costs_the_saved_preview_only(qtbot, store, settings, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder that cannot be created: closing still works, nothing is kept."""
    from editorberita.core import quickread

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("EDITORBERITA_DATA", str(blocker))
    article = store.create_article(headline="Tanpa folder data", body="Isi.")
    window = make_window(qtbot, store, settings)
    _open(qtbot, window, article.id or 0)
    window.close()  # must not raise
    assert blocker.read_text() == "a file where the data folder should be"
    assert not list(tmp_path.glob(f"**/{quickread.PREVIEW_FILE}"))


def test_start_up_form_keeps_the_rubric_before_and_after_the_store_opens(
        qtbot, db_path: Path, settings) -> None:
    """Issue 11 (defect 1): the form was filled before the rubric list existed, showed
    "Uncategorised", and the first keystroke saved the article without its rubric."""
    from editorberita.core.quickread import peek_article, peek_categories
    from editorberita.ui.mainwindow import MainWindow

    store = open_store(db_path)
    parent = store.create_category("Seputar Kaltim")
    rubric = store.create_category("Samarinda", parent.id)
    article = store.create_article(headline="Jalan Rusak", category_id=rubric.id, body="Isi.")
    store.close()
    for categories in (peek_categories(db_path), None):  # with the rubrics read, and without
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        found = peek_article(db_path, article.id or 0)
        assert found is not None
        with qtbot.waitSignal(window.preview.updated, timeout=10_000):
            window.show_first(*found, None, categories)
        assert window.metadata.apply_to(found[0]).category_id == rubric.id
        if categories is not None:
            assert window.metadata.rubric_combo.currentText() == "Seputar Kaltim / Samarinda"
        window.metadata.byline_edit.setText("Rina")  # typed before the store opens
        store = open_store(db_path)
        try:
            window.attach_store(store)
            window.load()
            assert window.metadata.rubric_combo.currentText() == "Seputar Kaltim / Samarinda"
            assert window.save_now()
            assert store.get_article(article.id or 0).category_id == rubric.id
            assert store.get_article(article.id or 0).byline == "Rina"
        finally:
            window.close()
            store.close()


def test_nothing_reaches_the_store_before_it_is_open(qtbot, db_path: Path, settings) -> None:
    """Issue 11: start-up paths reached a store that was None (error dialogs, frozen preview).
    Before the store opens, store actions are disabled and store requests are ignored."""
    from editorberita.ui.mainwindow import STORE_FREE_ACTIONS, MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    waiting = [name for name, action in window.action_collection.items()
               if name not in STORE_FREE_ACTIONS and not name.startswith(("scheme_", "language_"))]
    assert "new_article" in waiting and "picture_library" in waiting
    assert [n for n in waiting if window.action(n).isEnabled()] == []
    window.sidebar.new_rubric_requested.emit(None)  # e.g. the sidebar's context menu
    window.sidebar_model.category_move_requested.emit(1, None)
    window.picture_panel.featured_chosen.emit(3)
    window.new_articles.new_article()
    qtbot.wait(50)  # queued requests run
    assert window.preview.loadResource(2, QUrl("asset:abc")) is not None  # a placeholder
    store = open_store(db_path)
    try:
        window.attach_store(store)
        window.load()
        for name in ("new_article", "new_rubric", "picture_library", "backups", "preferences",
                     "check_article"):
            assert window.action(name).isEnabled(), name
    finally:
        window.close()
        store.close()
