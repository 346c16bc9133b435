"""Opening the database: create, refuse what is not ours or too new, migrate, read-only.

Alembic is imported only when a migration is really due (after a backup of the file);
every failure is one of the typed ``DatabaseError`` subclasses of ``core.domain``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import QueuePool

from editorberita.core import sqlite as sq
from editorberita.core.domain import (
    DatabaseError,
    ForeignDatabaseError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    utcnow,
)
from editorberita.core.messages import Message, message
from editorberita.core.paths import backups_dir, create_private
from editorberita.core.store import server
from editorberita.core.store.dialect_sqlite import refresh_stems
from editorberita.core.store.facade import ArticleStore
from editorberita.core.store.moving import snapshot_to_file

logger = logging.getLogger(__name__)

# The newest migration shipped with this version. Comparing it with the database's stamp is
# cheap, so Alembic (about 0.5 s to import) loads only when a migration is really due.
SCHEMA_HEAD = "0007"
MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"



def migrate(engine: Engine, db_path: Path | None) -> None:
    """Bring the schema to ``SCHEMA_HEAD``, backing up a non-empty database first.

    A database of a newer version or of another program is refused before anything is
    copied or changed.
    """
    current = sq.schema_version(db_path) if db_path else None
    if current == SCHEMA_HEAD:
        return
    _require_migration_scripts()
    if db_path is not None:
        refuse_unknown_schema(db_path, current)
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        heads = ScriptDirectory.from_config(config).get_heads()
        known = _known_revisions(config)
    except Exception as exc:  # a script of the chain is missing or broken
        raise DatabaseError(message("db.no_migrations", folder=str(MIGRATIONS_DIR))) from exc
    if current is not None and current not in known:
        raise SchemaTooNewError(_too_new(db_path, current))
    if heads != [SCHEMA_HEAD]:
        raise RuntimeError(f"SCHEMA_HEAD {SCHEMA_HEAD} does not match migrations {heads}")
    if current is not None and db_path is not None:
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        target = backups_dir(db_path) / f"{db_path.stem}-before-{SCHEMA_HEAD}-{stamp}.sqlite3"
        sq.backup_database(db_path, target)
        logger.info("Backed up %s to %s before migrating", db_path, target)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_is_known(version: str) -> bool:
    """Return whether this version of EditorBerita ships the migration ``version``.

    Read from the script names (``versions/0002_desk_words.py``), so Alembic is not loaded.
    """
    return bool(re.fullmatch(r"[0-9A-Za-z]+", version)) and any(
        (MIGRATIONS_DIR / "versions").glob(f"{version}_*.py"))


def refuse_unknown_schema(db_path: Path, version: str | None) -> None:
    """Refuse a newer stamp (SchemaTooNewError) or another program's file (tables but no
    stamp: ForeignDatabaseError); cheap, and done before the file is copied or changed."""
    if version is not None:
        if not schema_is_known(version):
            raise SchemaTooNewError(_too_new(db_path, version))
        return
    if db_path.is_file() and db_path.stat().st_size > 0 and sq.user_tables(db_path):
        raise ForeignDatabaseError(message("db.foreign", path=str(db_path)))


def _too_new(db_path: Path | None, version: str) -> Message:
    return message("db.too_new", path=str(db_path), version=version)


def _require_migration_scripts() -> None:
    """Refuse clearly (and before touching the file) when the migration scripts are missing.

    A frozen build that forgot to bundle them would otherwise fail deep inside Alembic.
    """
    versions = MIGRATIONS_DIR / "versions"
    if (MIGRATIONS_DIR / "env.py").is_file() and any(versions.glob(f"{SCHEMA_HEAD}_*.py")):
        return
    raise DatabaseError(message("db.no_migrations", folder=str(MIGRATIONS_DIR)))


def _known_revisions(config: object) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(config)  # type: ignore[arg-type]  # an alembic Config, imported lazily
    return {rev.revision for rev in script.walk_revisions()}


def create_db_engine(db_path: Path, *, read_only: bool = False) -> Engine:
    """Return an engine on the SQLite file with the project's pragmas and typed errors.

    A read-only engine connects through ``sq.connect_read_only`` (also on a read-only or full
    disk). Every SQLite error that names the file's state (damaged, locked, read-only, disk
    full) is raised as the typed error of ``core.domain``, from any store method.
    """
    if read_only:
        engine = create_engine("sqlite://", creator=lambda: sq.connect_read_only(db_path),
                               poolclass=QueuePool, future=True)
    else:
        engine = create_engine(sq.database_url(db_path), future=True)
    sq.install_pragmas(engine, read_only=read_only)

    @event.listens_for(engine, "handle_error")
    def _raise_typed(context) -> None:  # type: ignore[no-untyped-def]  # an ExceptionContext from the event
        typed = sq.typed_error(context.original_exception, db_path)
        if typed is not None:
            raise typed from context.original_exception

    return engine


def open_store(db_path: Path | str, *, run_migrations: bool = True,
               read_only: bool = False) -> ArticleStore:
    """Open (creating if needed) and migrate the database at ``db_path``.

    ``read_only`` opens an existing file with SQLite's ``mode=ro`` and ``query_only``: no
    migration, no WAL switch, no write of any kind (a second window, a backup preview, a
    read-only disk). A ``postgresql://`` URL opens a server desk (``store.server``).
    Raises the typed DatabaseError subclasses of ``core.domain``.
    """
    if server.is_server_url(db_path):
        return open_server_store(str(db_path), run_migrations=run_migrations,
                                        read_only=read_only)
    db_path = Path(db_path)
    if db_path.exists() and db_path.is_dir():
        raise DatabaseError(message("db.is_folder", path=str(db_path)))
    if read_only:
        return _open_read_only(db_path)
    if not sq.writable(db_path):
        raise ReadOnlyDatabaseError(message("db.read_only", path=str(db_path)))
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        if run_migrations:
            refuse_unknown_schema(db_path, sq.schema_version(db_path))
        create_private(db_path)  # unpublished work: owner-only, and so are its -wal and -shm
    except (OSError, sqlite3.Error) as exc:
        raise _typed(db_path, exc) from exc
    engine = create_db_engine(db_path)
    try:
        if run_migrations:
            migrate(engine, db_path)
            with engine.begin() as connection:  # the search's roots follow a new dictionary
                raw = connection.connection.driver_connection
                assert raw is not None  # a live DBAPI connection inside the transaction
                if refresh_stems(raw):
                    logger.info("Rebuilt the search's root index of %s", db_path)
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError:
        engine.dispose()
        raise
    except (OSError, sqlite3.Error, OperationalError, IntegrityError) as exc:
        engine.dispose()
        raise _typed(db_path, exc) from exc
    return ArticleStore(engine, db_path)


def _typed(db_path: Path, exc: BaseException) -> DatabaseError:
    """Return the typed error for ``exc``, or a plain DatabaseError naming the file."""
    return sq.typed_error(exc, db_path) or DatabaseError(message(
        "db.not_opened", path=str(db_path), reason=str(getattr(exc, "orig", None) or exc)))


def _open_read_only(db_path: Path) -> ArticleStore:
    if not db_path.is_file():
        raise DatabaseError(message("db.not_found", path=str(db_path)))
    try:
        version = sq.schema_version(db_path)
    except sqlite3.Error as exc:
        raise _typed(db_path, exc) from exc
    if version != SCHEMA_HEAD:
        refuse_unknown_schema(db_path, version)
        raise DatabaseError(
            message("db.old_schema_read_only", path=str(db_path), version=version,
                    head=SCHEMA_HEAD) if version
            else message("db.no_schema_read_only", path=str(db_path), head=SCHEMA_HEAD))
    engine = create_db_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    except DatabaseError:
        engine.dispose()
        raise
    except (sqlite3.Error, OperationalError) as exc:
        engine.dispose()
        raise _typed(db_path, exc) from exc
    return ArticleStore(engine, db_path, read_only=True)


def database_trouble(db_path: Path, exc: BaseException) -> str | None:
    """Return a sentence when ``exc`` means the database itself cannot take writes now
    (locked by another program, disk full, read-only, damaged), or None for other errors.

    A batch (an import) stops on these instead of failing every following file the same way.
    Decided by the typed errors of ``core.sqlite.typed_error`` (and ``server.typed_error`` for
    a server desk: unreachable, refused, no rights), never by message words.
    """
    typed = sq.typed_error(exc, db_path) or server.typed_error(exc, str(db_path))
    return None if typed is None else str(typed)


# Held while one process migrates a server desk: a second one waits, then finds it done.
MIGRATION_LOCK_KEY = 0x45424D  # "EBM"


def _foreign_tables(engine: Engine) -> list[str]:
    return [t for t in inspect(engine).get_table_names() if t != "alembic_version"]


def migrate_server(engine: Engine, url: str) -> None:
    """Bring a server desk to ``SCHEMA_HEAD``; one process at a time (an advisory lock)."""
    from editorberita.core.store.dialect_postgresql import schema_version

    current = schema_version(engine)
    if current == SCHEMA_HEAD:
        return
    where = server.display_url(url)
    if current is not None and not schema_is_known(current):
        raise SchemaTooNewError(message("desk.too_new", where=where, version=current))
    if current is None and _foreign_tables(engine):
        raise ForeignDatabaseError(message("desk.foreign", where=where))
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        lock.commit()
        try:
            migrate(engine, None)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
            lock.commit()


def open_server_store(url: str, *, run_migrations: bool = True,
                      read_only: bool = False) -> ArticleStore:
    """Open (creating the tables of an empty database) and migrate the server desk at ``url``.

    Raises the typed DatabaseError subclasses of ``core.domain`` (unreachable server, wrong
    password, missing database, no rights, schema too new). The PostgreSQL dialect (and
    SQLAlchemy's, ~130 ms to import) loads here, never on a desk file's start-up.
    """
    from editorberita.core.store.dialect_postgresql import POSTGRESQL

    engine = server.create_server_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if run_migrations and not read_only:
            migrate_server(engine, url)
    except Exception as exc:
        engine.dispose()
        typed = server.typed_error(exc, url)
        if typed is not None and typed is not exc:
            raise typed from exc
        raise
    return ArticleStore(engine, server.stand_in_path(url), read_only=read_only,
                        dialect=POSTGRESQL, url=server.display_url(url),
                        snapshot=lambda store, dest: snapshot_to_file(store, dest, open_store))
