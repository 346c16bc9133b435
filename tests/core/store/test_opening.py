"""Opening a desk: migrations to the head, refusing what is not ours or too new."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from editorberita.core.domain import (
    SchemaTooNewError,
)
from editorberita.core.records import Base
from editorberita.core.store import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    DatabaseError,
    open_store,
)
from editorberita.core.store.dialect import alembic_include_object


def test_open_store_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "bukan.sqlite3"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseError, match="rusak"):
        open_store(bogus)


def test_server_migrations_reach_head_and_match_the_models(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.new_database()
    try:
        store = open_store(pg_server.url(name))
        try:
            with store.engine.connect() as connection:
                context = MigrationContext.configure(
                    connection, opts={"include_object": alembic_include_object})
                assert context.get_current_revision() == SCHEMA_HEAD
                assert compare_metadata(context, Base.metadata) == []
            columns = {c["name"] for c in inspect(store.engine).get_columns("articles")}
            assert "search_vector" in columns
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            with store.engine.begin() as connection:  # down to nothing and up again
                config.attributes["connection"] = connection
                command.downgrade(config, "base")
            assert set(inspect(store.engine).get_table_names()) <= {"alembic_version"}
            with store.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            store.create_article(headline="Setelah migrasi ulang")
            assert [a.headline for a in store.search("migrasi")] == ["Setelah migrasi ulang"]
        finally:
            store.close()
    finally:
        pg_server.drop_database(name)


def test_server_desk_of_a_newer_version_is_refused(pg_url: str) -> None:
    store = open_store(pg_url)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
    store.close()
    with pytest.raises(SchemaTooNewError, match="lebih baru"):
        open_store(pg_url)


def test_two_editors_opening_a_new_server_desk_at_once_migrate_it_once(pg_server) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    name = pg_server.new_database()
    try:
        with ThreadPoolExecutor(3) as pool:
            stores = list(pool.map(lambda _i: open_store(pg_server.url(name)), range(3)))
        for store in stores:
            assert store.count_articles() == 0
            store.close()
    finally:
        pg_server.drop_database(name)
