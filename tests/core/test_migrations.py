"""Alembic migrations: empty database to head, schema equals the models, backups before upgrades."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from editorberita.core.records import Base
from editorberita.core.store import MIGRATIONS_DIR, SCHEMA_HEAD, create_db_engine, open_store
from editorberita.core.store.dialect import alembic_include_object
from editorberita.core.store.dialect_sqlite import FTS_TABLE


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    assert ScriptDirectory.from_config(_config()).get_heads() == [SCHEMA_HEAD]


def test_empty_database_upgrades_to_head_and_matches_models(db_path: Path) -> None:
    open_store(db_path).close()
    engine = create_db_engine(db_path)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": alembic_include_object})
        assert context.get_current_revision() == SCHEMA_HEAD
        assert compare_metadata(context, Base.metadata) == []
        tables = {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        triggers = {row[0] for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='trigger'")}
    engine.dispose()
    assert FTS_TABLE in tables
    assert {"articles_fts_insert", "articles_fts_update", "articles_fts_delete"} <= triggers


def test_downgrade_and_upgrade_round_trip(db_path: Path) -> None:
    from alembic import command

    open_store(db_path).close()
    engine = create_db_engine(db_path)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    con = sqlite3.connect(db_path)
    left = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert left <= {"alembic_version"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()
    store = open_store(db_path)
    try:
        assert store.create_article(headline="Setelah migrasi").id == 1
    finally:
        store.close()


def test_outdated_database_is_backed_up_then_upgraded(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database at an older revision is copied to backups/ before the upgrade runs."""
    from editorberita.core.store import opening

    store = open_store(db_path)
    store.create_article(headline="Naskah lama")
    store.close()
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts)
    after = f"{int(SCHEMA_HEAD) + 1:04d}"
    (scripts / "versions" / f"{after}_test.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n"
        f"revision = '{after}'\ndown_revision = '{SCHEMA_HEAD}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "def upgrade():\n    op.add_column('tags', sa.Column('colour', sa.String(7)))\n"
        "def downgrade():\n    op.drop_column('tags', 'colour')\n", encoding="utf-8")
    monkeypatch.setattr(opening, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(opening, "SCHEMA_HEAD", after)
    upgraded = open_store(db_path)
    upgraded.close()
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == after
        columns = {row[1] for row in con.execute("PRAGMA table_info(tags)")}
    assert "colour" in columns
    backups = list((db_path.parent / "backups").glob(f"*before-{after}*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("SELECT headline FROM articles").fetchone()[0] == "Naskah lama"
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD


def test_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    """Issue 17 item 14: refused by its stamp before anything is copied (1 GB per attempt)."""
    from editorberita.core.domain import SchemaTooNewError

    open_store(db_path).close()
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    for _attempt in range(3):
        with pytest.raises(SchemaTooNewError, match="lebih baru"):
            open_store(db_path)
        with pytest.raises(SchemaTooNewError, match="lebih baru"):
            open_store(db_path, read_only=True)
    # the refused file is untouched and nothing was copied into backups/
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    assert not list((db_path.parent / "backups").glob("*.sqlite3"))


def test_a_missing_script_in_the_chain_is_a_clear_error(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle that lost an older revision (the head is there) must not fail inside Alembic."""
    from editorberita.core.store import DatabaseError, opening

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "0001_initial.py").unlink()
    monkeypatch.setattr(opening, "MIGRATIONS_DIR", scripts)
    with pytest.raises(DatabaseError, match="Skrip migrasi"):
        open_store(db_path)
