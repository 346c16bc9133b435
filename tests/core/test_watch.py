"""``core.watch``: the window notices what another program wrote, not its own saves."""

from __future__ import annotations

from pathlib import Path

from editorberita.core.store import ArticleStore, open_store
from editorberita.core.watch import ARTICLES, RUBRICS, ChangeWatcher


def test_watcher_sees_other_programs_articles_and_rubrics(store: ArticleStore,
                                                          db_path: Path) -> None:
    mine = store.create_article(headline="Punya saya", body="Awal.")
    watcher = ChangeWatcher(db_path)
    assert watcher.poll(mine.id) == set()  # the first poll takes note
    assert watcher.poll(mine.id) == set()
    store.save_article(store.get_article(mine.id or 0).copy(body="Awal. Lagi."))
    assert watcher.poll(mine.id) == set()  # the window's own autosave of the open article

    other = open_store(db_path)  # another program (editorberita import)
    try:
        other.create_article(headline="Kiriman")
        assert watcher.poll(mine.id) == {ARTICLES}
        other.create_category("Budaya")
        assert watcher.poll(mine.id) == {RUBRICS}
        theirs = other.create_article(headline="Lain")
        other.save_article(theirs.copy(headline="Lain lagi"))
        assert ARTICLES in watcher.poll(mine.id)
    finally:
        other.close()
        watcher.close()


def test_watcher_on_a_missing_file_reports_nothing(tmp_path: Path) -> None:
    watcher = ChangeWatcher(tmp_path / "missing.sqlite3")
    assert watcher.poll() == set()
    assert not (tmp_path / "missing.sqlite3").exists()
