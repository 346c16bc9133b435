"""Noticing what other programs write to the database (ui/watching.py)."""

from __future__ import annotations

from editorberita.ui.viewkey import ViewKey


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
