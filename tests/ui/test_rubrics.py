"""Rubric depth and name rules in the window, and a window that still starts on a database an
old import filled with a 500-level rubric tree (issue 17, item 4)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from editorberita.core.domain import MAX_RUBRIC_DEPTH, MAX_RUBRIC_NAME, Article
from editorberita.core.paths import backups_dir
from editorberita.core.store import open_store
from editorberita.ui.viewkey import ViewKey

from .conftest import make_window

pytestmark = pytest.mark.usefixtures("indonesian")


def deep_tree(db: Path, levels: int) -> int:
    """Write a rubric chain ``levels`` deep straight into the file (as an old import left it);
    return the deepest rubric's id."""
    open_store(db).close()
    parent = None
    with sqlite3.connect(db) as connection:
        for n in range(levels):
            parent = connection.execute(
                "INSERT INTO categories (name, slug, parent_id, position) VALUES (?, ?, ?, 0)",
                (f"r{n}", f"r{n}", parent)).lastrowid
    assert parent is not None
    return int(parent)


def test_window_starts_and_saves_on_a_500_level_rubric_tree(qtbot, settings, tmp_path) -> None:
    db = tmp_path / "dalam.sqlite3"
    deepest = deep_tree(db, 500)
    store = open_store(db)
    try:
        article = store.create_article(Article(headline="Dalam", body="isi",
                                               category_id=deepest))
        window = make_window(qtbot, store, settings)
        assert window.sidebar.select_key(ViewKey.of_rubric(deepest))
        assert window.sidebar_model.category_depth(deepest) == 500
        top = window.sidebar_model.index_for_key(ViewKey.of_rubric(deepest - 499))
        assert top.siblingAtColumn(1).data() == "1"  # the count adds up through 500 levels
        changes: list[object] = []
        window.sidebar_model.dataChanged.connect(changes.append)
        with qtbot.waitSignal(window.sidebar_model.layoutChanged):  # one re-measure, not 500
            window.sidebar_model.refresh_counts()
        assert changes == []
        window.open_article(article.id)
        window.editor.setFocus()
        window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(window.editor, " lagi")
        assert window.save_now(manual=True)
        saved = store.get_article(article.id)
        assert (saved.body, saved.category_id) == ("isi lagi", deepest)
        window.close()
    finally:
        store.close()


def test_start_up_on_a_deep_rubric_tree_makes_the_daily_backup(tmp_path: Path) -> None:
    """The real program (smoke test) starts, shows the window and makes its daily backup."""
    db = tmp_path / "dalam.sqlite3"
    deepest = deep_tree(db, 600)
    store = open_store(db)
    store.create_article(Article(headline="Dalam", body="isi", category_id=deepest))
    store.close()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db", str(db),
                             "--smoke-test"], capture_output=True, text=True, timeout=180,
                            env=env)
    assert "RecursionError" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr[-2000:]
    assert any("daily" in p.name for p in backups_dir(db).glob("*.sqlite3"))


def test_rubric_dialogs_apply_the_core_rules(qtbot, window, answers) -> None:
    store = window.store
    parent = None
    for n in range(MAX_RUBRIC_DEPTH):
        parent = store.create_category(f"r{n}", parent.id if parent else None)
    assert parent is not None
    window.rubrics.reload()
    answers["text"] = "terlalu dalam"
    window.rubrics.new_rubric(parent.id)
    assert store.find_category("terlalu dalam", any_parent=True) is None
    assert "10 tingkat" in str(answers["shown"][-1])
    answers["text"] = "x" * (MAX_RUBRIC_NAME + 1)
    window.rubrics.new_rubric(None)
    assert "120 karakter" in str(answers["shown"][-1])
    window.rubrics.rename(parent.id)
    assert store.get_category(parent.id).name == f"r{MAX_RUBRIC_DEPTH - 1}"
    assert len(answers["shown"]) == 3
    answers["text"] = "Baru"
    window.rubrics.new_rubric(None)
    assert store.find_category("Baru") is not None


def test_a_rubric_move_the_store_refuses_is_explained_in_english(  # type: ignore[no-untyped-def]
        window, store, answers, english) -> None:
    parent = None
    for level in range(MAX_RUBRIC_DEPTH):
        parent = store.create_category(f"Tingkat {level + 1}", parent.id if parent else None)
    branch = store.create_category("Cabang")
    store.create_category("Ranting", branch.id)
    window.rubrics.reload()
    window.rubrics.move(branch.id, parent.id)
    kind, (title, text) = answers["shown"][-1]
    assert (kind, title) == ("warning", "The rubric was not moved")
    assert text.startswith("Rubrics go at most 10 levels deep"), text
