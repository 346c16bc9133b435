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

from editorberita.core.desklocation import (  # light: the window decides before SQLAlchemy
    SCHEMES,  # noqa: F401 - part of this module's interface
    desk_location,  # noqa: F401
    is_server_url,
)
from editorberita.core.domain import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    MissingServerDatabaseError,
    NoRightsError,
    ReadOnlyDatabaseError,
    ServerLoginError,
    ServerUnreachableError,
)
from editorberita.core.messages import message

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine


logger = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5


def engine_url(url: str) -> URL:
    """Return the SQLAlchemy URL (psycopg 3 driver) of a server desk URL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(drivername="postgresql+psycopg")


def display_url(url: str) -> str:
    """Return the desk URL as shown to editors: scheme ``postgresql``, never the password."""
    from sqlalchemy import URL

    parsed = engine_url(url)
    shown = URL.create("postgresql", username=parsed.username, host=parsed.host,
                       port=parsed.port, database=parsed.database, query=parsed.query)
    return shown.render_as_string(hide_password=True)


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


# A refused connection carries no SQLSTATE: libpq hands psycopg only the server's FATAL
# line (or its own). These are the fixed texts of PostgreSQL and libpq for the states the
# editor can act on; anything else that fails to connect is "unreachable".
_CONNECT_TEXTS = (
    (re.compile(r"password authentication failed|no password supplied|"
                r"authentication failed for user|role \S+ does not exist"), "28P01"),
    (re.compile(r"database \S+ does not exist"), "3D000"),
    (re.compile(r"permission denied for database|not permitted to log in"), "42501"),
)


def _connect_state(message: str) -> str:
    for pattern, state in _CONNECT_TEXTS:
        if pattern.search(message):
            return state
    return "08001"  # sqlclient_unable_to_establish_sqlconnection


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
    if not state and isinstance(orig, psycopg.OperationalError):
        state = _connect_state(str(orig))
    for states, kind, code in ((_LOGIN, ServerLoginError, "server.login"),
                               (_MISSING_DB, MissingServerDatabaseError, "server.no_database"),
                               (_NO_RIGHTS, NoRightsError, "server.no_rights"),
                               (_DISK_FULL, DiskFullError, "server.disk_full"),
                               (_LOCKED, DatabaseLockedError, "server.locked"),
                               (_READ_ONLY, ReadOnlyDatabaseError, "server.read_only")):
        if state in states:
            return kind(message(code, where=where))
    if state in _GONE or state.startswith("08"):
        return ServerUnreachableError(message("server.unreachable", where=where))
    return None


def create_server_engine(url: str) -> Engine:
    """Return an engine on the server desk with typed errors and a bounded connect time."""
    from sqlalchemy import create_engine, event

    engine = create_engine(engine_url(url), future=True, pool_pre_ping=True,
                           connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                                         "application_name": "EditorBerita"})

    @event.listens_for(engine, "handle_error")
    def _raise_typed(context) -> None:  # type: ignore[no-untyped-def]  # SQLAlchemy's ExceptionContext
        if context.is_pre_ping:  # a dead pooled connection: the pool reconnects by itself
            return
        typed = typed_error(context.original_exception, url)
        if typed is not None:
            raise typed from context.original_exception

    return engine


def check_connection(url: str) -> None:
    """Try the server desk at ``url`` ("test connection"): return quietly, or raise the typed
    error that says what is wrong (unreachable, login refused, missing database, no rights)."""
    from sqlalchemy import text

    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT has_database_privilege(current_database(), "
                                    "'CONNECT')"))
            if not connection.execute(text("SELECT has_schema_privilege('public', 'USAGE')")
                                      ).scalar():
                raise NoRightsError(message("server.no_rights", where=display_url(url)))
    except DatabaseError:
        raise
    except Exception as exc:
        typed = typed_error(exc, url)
        if typed is None:
            raise
        raise typed from exc
    finally:
        engine.dispose()
