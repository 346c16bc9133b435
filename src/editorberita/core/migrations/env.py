"""Alembic environment: runs on the connection that ``storage.migrate`` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from editorberita.core.records import Base
from editorberita.core.store.dialect import alembic_include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # developer use: ``alembic -x db=path upgrade head``
        url = f"sqlite:///{context.get_x_argument(as_dictionary=True).get('db', 'dev.sqlite3')}"
        with create_engine(url).connect() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, include_object=alembic_include_object)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
