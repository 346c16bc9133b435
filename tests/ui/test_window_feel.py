"""Issue 12, the rest of the window: desk words, honest messages, dark mode, one clock."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editorberita.ui.metadata import MetadataPanel
from editorberita.ui.viewkey import ViewKey

JARGON = ("Slug", "Kunci", "Dateline", "Judul SEO")


def test_the_form_speaks_desk_words_with_tooltips(qtbot, indonesian) -> None:  # type: ignore[no-untyped-def]
    form = MetadataPanel({})
    qtbot.addWidget(form)
    form.set_more_fields_visible(True)
    texts = [label.text() for label in form.more_box.findChildren(QLabel)]
    texts.append(form.slug_lock.text())
    for word in JARGON:
        assert not any(word in text for text in texts), (word, texts)
    by_text = {label.text(): label for label in form.more_box.findChildren(QLabel)}
    for label in ("Alamat web", "Tempat berita", "Judul di mesin pencari"):
        assert by_text[label].toolTip(), label
    assert "SAMARINDA" in form.dateline_edit.toolTip()


def test_closing_the_window_ends_the_spell_checker_at_once(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    """No "QProcess: Destroyed while process is still running" at exit: the child ends with
    the close itself, before anything can delete the window."""
    from tests.ui.conftest import make_window

    window = make_window(qtbot, store, settings)
    assert window.spelling.spell.wait_until_ready()
    assert window.spelling.spell.worker_pid() is not None
    window.close()
    assert window.spelling.spell.worker_pid() is None


def test_open_in_browser_without_a_browser_says_so(qtbot, window, store, answers) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform has no browser to start, like a PC without one."""
    from editorberita.core.domain import Article

    article = store.create_article(Article(headline="Banjir", body="Isi."))
    window.load()
    window.open_article(article.id)
    window.action("open_browser").trigger()
    kind, (_title, text) = answers["shown"][-1]
    assert kind == "warning" and "pratinjau.html" in text


def test_dark_where_the_platform_ignores_the_scheme_and_radio_choices(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Offscreen, like plain X11, ignores ``setColorScheme``: the app paints dark itself."""
    from PySide6.QtGui import QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication

    from editorberita.ui.appearance import is_dark

    actions = [window.action(f"scheme_{k}") for k in ("system", "light", "dark")]
    group = actions[0].actionGroup()
    assert group is not None and group.isExclusive()
    assert all(action.actionGroup() is group for action in actions)
    try:
        window.action("scheme_dark").trigger()
        QApplication.processEvents()
        if QGuiApplication.styleHints().colorScheme().name == "Dark":
            return  # this platform honours the scheme itself
        window_color = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_color.lightness() < 128
        assert is_dark() and window.editor.palette().color(
            QPalette.ColorRole.Base).lightness() < 128
        assert [a.isChecked() for a in actions] == [False, False, True]
        window.action("scheme_light").trigger()
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128
        assert not is_dark()
    finally:
        window.action("scheme_system").trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() >= 128


def test_saved_at_reads_the_desk_clock(qtbot, window, store, settings) -> None:  # type: ignore[no-untyped-def]
    """One clock: "Tersimpan HH.MM" in the desk's zone, as the articles' times are."""
    import os
    import time as clock

    from editorberita.core.domain import Article, Zone

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"  # a PC clock far from any Indonesian zone
    clock.tzset()
    try:
        settings.set("article/default_zone", "WIT")
        article = store.create_article(Article(headline="Banjir", body="Isi."))
        window.load()
        window.open_article(article.id)
        stored = store.get_article(article.id)
        desk = stored.updated_at.astimezone(Zone.WIT.tzinfo)
        assert f"{desk:%H}.{desk:%M}" in window.status_line.saved_label.text().replace(":", ".")
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        clock.tzset()


def _count(window, key: str) -> int:  # type: ignore[no-untyped-def]
    from editorberita.ui.itemroles import CountRole

    return int(window.sidebar_model.index_for_key(ViewKey.parse(key)).data(CountRole) or 0)


def test_sidebar_counts_catch_up_after_a_command_line_import(qtbot, window, store,  # type: ignore[no-untyped-def]
                                                            tmp_path) -> None:
    """The CLI (a real process) imports into the database the window has open: the counts
    and the list follow by themselves (core.watch, polled by the window)."""
    from tests.test_cli import run
    from tests.test_cli_import import write_folder

    window.load()
    before = _count(window, "view:all")
    folder = write_folder(tmp_path / "kiriman", 3, prefix="kiriman", tags=True)
    assert run("--db", store.db_path, "import", folder).returncode == 0
    qtbot.waitUntil(lambda: _count(window, "view:all") == before + 3, timeout=5000)
    assert window.article_model.total == before + 3
    # An export by the CLI: "Changed since export" empties by itself.
    window.open_article(window.article_model.article_id(0))
    assert run("--db", store.db_path, "export", "--format", "md", "--out",
               tmp_path / "keluar1").returncode == 0
    window.metadata.byline_edit.setText("Rina")
    assert window.save_now()
    qtbot.waitUntil(lambda: _count(window, "view:changed") == 1, timeout=5000)
    assert run("--db", store.db_path, "export", "--format", "md", "--out",
               tmp_path / "keluar2").returncode == 0
    qtbot.waitUntil(lambda: _count(window, "view:changed") == 0, timeout=5000)
