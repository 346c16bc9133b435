"""The SQLite file under a desk: pragmas, backups, integrity, the stem SQL functions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from editorberita.core.sqlite import (
    backup_database,
    integrity_problems,
    register_functions,
    schema_version,
    stem_query,
)
from editorberita.core.store import (
    ArticleStore,
    open_store,
)


def test_store_sets_durability_pragmas(store: ArticleStore) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_backup_copies_a_consistent_database(store: ArticleStore, tmp_path: Path) -> None:
    store.create_article(headline="Dicadangkan")
    dest = store.backup_to(tmp_path / "copy" / "cadangan.sqlite3")
    copy = open_store(dest)
    try:
        assert [s.headline for s in copy.list_articles()] == ["Dicadangkan"]
        assert copy.integrity_problems() == []
    finally:
        copy.close()


def test_backup_database_copies_a_live_file_whole(store: ArticleStore, tmp_path: Path) -> None:
    store.create_article(headline="Salinan")
    dest = tmp_path / "salinan" / "desk.sqlite3"
    backup_database(store.db_path, dest)
    assert integrity_problems(dest) == []
    assert schema_version(dest) == schema_version(store.db_path) is not None


def test_integrity_problems_names_a_damaged_file(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert integrity_problems(broken) != []


def test_the_stem_functions_give_roots_and_keep_prefixes_and_phrases() -> None:
    con = sqlite3.connect(":memory:")
    register_functions(con)
    stems = con.execute("SELECT eb_stems('Warga mengungsi')").fetchone()[0]
    assert "ungsi" in stems.split()
    assert con.execute("""SELECT eb_stem_query('"mengungsi"')""").fetchone()[0] == '"ungsi"'
    assert stem_query('"pengung"*') == '"pengung"*'
    assert stem_query('"posko pengungsian"') == '""'  # a phrase stays exact: no root match
    assert stem_query(None) == '""'
