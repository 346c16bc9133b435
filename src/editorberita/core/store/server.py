"""Opening a shared desk on a PostgreSQL server: the URL, typed errors, migration, checks.

``--db postgresql://user@host:port/dbname`` (or ``EDITORBERITA_DB``) names a server desk;
the password comes from the URL, ``PGPASSWORD`` or ``~/.pgpass`` and is never written to
settings by this module. Every server error that names a state the editor can act on (server
unreachable, wrong password, missing database, no rights, disk full, locked) becomes one of the
typed errors of ``core.domain`` here, decided by psycopg's SQLSTATE, for every caller.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    MissingServerDatabaseError,
    NoRightsError,
    ReadOnlyDatabaseError,
    SchemaTooNewError,
    ServerLoginError,
    ServerUnreachableError,
)

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine

    from editorberita.core.store.facade import ArticleStore

logger = logging.getLogger(__name__)

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
CONNECT_TIMEOUT_S = 5
# Held while one process migrates a server desk: a second one waits, then finds it done.
MIGRATION_LOCK_KEY = 0x45424D  # "EBM"


def is_server_url(location: object) -> bool:
    """Return whether ``location`` (a --db value) names a desk on a PostgreSQL server."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def engine_url(url: str) -> URL:
    """Return the SQLAlchemy URL (psycopg 3 driver) of a server desk URL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(drivername="postgresql+psycopg")


def display_url(url: str) -> str:
    """Return the desk URL as shown to editors: scheme ``postgresql``, never the password."""
    parsed = engine_url(url).set(drivername="postgresql", password=None)
    return parsed.render_as_string(hide_password=True)


def stand_in_path(url: str) -> Path:
    """Return the local file path that stands for a server desk on this PC: where its
    backups (portable SQLite snapshots) and notes are kept. The file itself is never made."""
    from editorberita.core.paths import data_dir

    parsed = engine_url(url)
    name = f"{parsed.host or 'localhost'}-{parsed.port or 5432}-{parsed.database or ''}"
    return data_dir() / "meja-server" / (re.sub(r"[^\w.-]", "_", name) + ".sqlite3")


# SQLSTATE classes and codes (PostgreSQL, Appendix A).
_LOGIN = ("28P01", "28000")
_MISSING_DB = ("3D000",)
_NO_RIGHTS = ("42501",)
_GONE = ("57P01", "57P02", "57P03")
_LOCKED = ("40P01", "55P03", "40001")
_READ_ONLY = ("25006",)
_DISK_FULL = ("53100",)


def typed_error(exc: BaseException, location: str) -> DatabaseError | None:
    """Name what a server error means for the editor, or None when it names nothing.

    Works on psycopg errors and SQLAlchemy's wrappers of them (``.orig``). Decided by the
    SQLSTATE; an error without one is the client failing to reach or log in to the server.
    """
    if isinstance(exc, DatabaseError):
        return exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, psycopg.Error):
        return None
    where = display_url(location) if is_server_url(location) else location
    state = orig.sqlstate or ""
    back = " Kembali ke meja lokal dengan membuka tanpa --db."
    if state in _LOGIN or (not state and isinstance(orig, psycopg.OperationalError)
                           and "password" in str(orig)):  # libpq's own "no password supplied"
        return ServerLoginError(f"Server meja {where} menolak nama pengguna atau kata sandinya. "
                                "Periksa keduanya (kata sandi: PGPASSWORD atau ~/.pgpass)." + back)
    if state in _MISSING_DB:
        return MissingServerDatabaseError(
            f"Server meja untuk {where} tidak punya basis data itu. Periksa namanya, atau minta "
            "pengelola server membuatnya (createdb)." + back)
    if state in _NO_RIGHTS:
        return NoRightsError(f"Pengguna {where} tidak punya hak membaca atau mengubah meja "
                             "itu. Minta pengelola server memberi hak (GRANT)." + back)
    if state in _DISK_FULL:
        return DiskFullError(f"Disk server meja {where} penuh; tidak ada yang hilang. Minta "
                             "pengelola server mengosongkan ruang, lalu ulangi.")
    if state in _LOCKED:
        return DatabaseLockedError(f"Meja {where} sedang sibuk (terkunci penyunting lain). "
                                   "Tidak ada yang rusak; coba lagi sebentar lagi.")
    if state in _READ_ONLY:
        return ReadOnlyDatabaseError(f"Meja {where} hanya bisa dibaca saat ini; tidak ada yang "
                                     "diubah.")
    if state in _GONE or state.startswith("08") or (
            not state and isinstance(orig, psycopg.OperationalError)):
        return ServerUnreachableError(
            f"Server meja {where} tidak bisa dihubungi (server mati, alamat atau port salah, "
            "atau jaringan putus). Tidak ada yang hilang." + back)
    return None


def create_server_engine(url: str) -> Engine:
    """Return an engine on the server desk with typed errors and a bounded connect time."""
    from sqlalchemy import create_engine, event

    engine = create_engine(engine_url(url), future=True, pool_pre_ping=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                         "application_name": "EditorBerita"})

    @event.listens_for(engine, "handle_error")
    def _raise_typed(context) -> None:  # type: ignore[no-untyped-def]
        typed = typed_error(context.original_exception, url)
        if typed is not None:
            raise typed from context.original_exception

    return engine


def schema_version(engine: Engine) -> str | None:
    """Return the Alembic revision of a server desk, or None for an empty database."""
    from sqlalchemy import text

    with engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass('alembic_version')")).scalar() is None:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _foreign_tables(engine: Engine) -> list[str]:
    from sqlalchemy import inspect

    return [t for t in inspect(engine).get_table_names() if t != "alembic_version"]


def migrate_server(engine: Engine, url: str) -> None:
    """Bring a server desk to ``SCHEMA_HEAD``; one process at a time (an advisory lock)."""
    from sqlalchemy import text

    from editorberita.core.domain import ForeignDatabaseError
    from editorberita.core.store.opening import SCHEMA_HEAD, migrate, schema_is_known

    current = schema_version(engine)
    if current == SCHEMA_HEAD:
        return
    where = display_url(url)
    if current is not None and not schema_is_known(current):
        raise SchemaTooNewError(f"Meja {where} dibuat oleh EditorBerita yang lebih baru (skema "
                                f"{current}); perbarui aplikasi untuk membukanya. Meja itu "
                                "tidak diubah.")
    if current is None and _foreign_tables(engine):
        raise ForeignDatabaseError(f"Basis data {where} milik program lain, bukan meja "
                                   "EditorBerita; tidak diubah. Pilih basis data kosong atau "
                                   "meja EditorBerita.")
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
    password, missing database, no rights, schema too new).
    """
    from sqlalchemy import text

    from editorberita.core.store.dialect_postgresql import POSTGRESQL
    from editorberita.core.store.facade import ArticleStore

    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if run_migrations and not read_only:
            migrate_server(engine, url)
    except Exception as exc:
        engine.dispose()
        typed = typed_error(exc, url)
        if typed is not None and typed is not exc:
            raise typed from exc
        raise
    return ArticleStore(engine, stand_in_path(url), read_only=read_only, dialect=POSTGRESQL,
                        url=display_url(url))


def consistency_problems(engine: Engine) -> list[str]:
    """Return what is inconsistent in a server desk (empty when sound): schema stamp, rubric
    tree, values only another program writes, pictures whose bytes do not match their hash."""
    from sqlalchemy import text

    from editorberita.core.domain import Status, Zone
    from editorberita.core.store.opening import SCHEMA_HEAD

    problems: list[str] = []
    version = schema_version(engine)
    if version != SCHEMA_HEAD:
        problems.append(f"skema {version or 'kosong'}, bukan {SCHEMA_HEAD}")
    statuses = tuple(s.value for s in Status)
    zones = tuple(z.value for z in Zone)
    checks = {
        "artikel dengan status tidak sah": (
            "SELECT count(*) FROM articles WHERE NOT (status = ANY(:statuses))"),
        "artikel dengan zona waktu tidak sah": (
            "SELECT count(*) FROM articles WHERE NOT (zone = ANY(:zones))"),
        "artikel di rubrik yang tidak ada": (
            "SELECT count(*) FROM articles a WHERE a.category_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM categories c WHERE c.id = a.category_id)"),
        "gambar yang isinya tidak cocok dengan sidiknya": (
            "SELECT count(*) FROM assets WHERE encode(sha256(data), 'hex') != sha256"),
        "artikel tanpa indeks pencarian": (
            "SELECT count(*) FROM articles WHERE search_vector IS NULL"),
        "rubrik yang melingkar": (
            "WITH RECURSIVE up(id, parent_id, depth) AS ("
            " SELECT id, parent_id, 1 FROM categories UNION ALL"
            " SELECT up.id, c.parent_id, up.depth + 1 FROM up JOIN categories c"
            " ON c.id = up.parent_id WHERE up.depth < 100)"
            " SELECT count(DISTINCT id) FROM up WHERE depth >= 100"),
    }
    if version is None:
        return problems
    with engine.connect() as connection:
        for label, sql in checks.items():
            found = connection.execute(text(sql), {"statuses": list(statuses),
                                                   "zones": list(zones)}).scalar() or 0
            if found:
                problems.append(f"{found} {label}")
    return problems
