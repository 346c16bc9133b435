"""Where a desk is: a file on this PC or a server desk URL, and the parts of such a URL.

Light on purpose (standard library only): the command line's ``--db`` and the window's start-up
decide which desk to open before SQLAlchemy is imported (the window paints first). The server
side itself (engines, typed errors, checks) is ``core.store.server``, which re-exports these.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DEFAULT_PORT = 5432
# libpq's sslmode values, weakest first; "prefer" is libpq's own default.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def is_server_url(location: object) -> bool:
    """Return whether ``location`` (a --db value) names a desk on a PostgreSQL server."""
    return isinstance(location, str) and location.lower().startswith(SCHEMES)


def local_desk_path() -> Path:
    """Return this PC's own desk file: ``EDITORBERITA_DB`` when it names a file, else the
    default file in the user data folder (where "Meja lokal" goes back to)."""
    from editorberita.core.paths import DB_ENV, data_dir

    chosen = os.environ.get(DB_ENV)
    if chosen and not is_server_url(chosen):
        return Path(chosen)
    return data_dir() / "editorberita.sqlite3"


def desk_location(db: object = None) -> Path | str:
    """Return the desk a command or the window opens: ``db`` (``--db``), else
    ``EDITORBERITA_DB``, else the default file; a server URL stays a string."""
    from editorberita.core.paths import DB_ENV, default_db_path

    chosen = db or os.environ.get(DB_ENV)
    if is_server_url(chosen):
        return str(chosen)
    return Path(str(chosen)) if chosen else default_db_path()


@dataclass(frozen=True)
class DeskAddress:
    """The parts of a server desk's address, as the connect dialog shows them (no password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    @classmethod
    def parse(cls, url: str) -> DeskAddress:
        """Return the address of ``url`` (its password, if any, is left out)."""
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:  # a port that is not a number: the default, the dialog shows it
            port = DEFAULT_PORT
        return cls(host=parts.hostname or "localhost", database=unquote(parts.path.lstrip("/")),
                   user=unquote(parts.username or ""), port=port,
                   sslmode=query.get("sslmode", "prefer"))

    @staticmethod
    def password_in(url: str) -> str:
        """Return the password written in ``url`` ("" when there is none)."""
        return unquote(urlsplit(url).password or "")

    def url(self, password: str = "") -> str:
        """Return the desk URL; with ``password`` only to connect, never to keep."""
        user = quote(self.user, safe="")
        secret = f":{quote(password, safe='')}" if password else ""
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        query = f"?{urlencode({'sslmode': self.sslmode})}" if self.sslmode != "prefer" else ""
        at = f"{user}{secret}@" if user else ""
        return f"postgresql://{at}{host}:{self.port}/{quote(self.database, safe='')}{query}"

    @property
    def key(self) -> str:
        """Return the address without password or TLS mode: the keyring account, the recent
        desks' identity."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        """Return the short name shown in the title bar: ``database @ host``."""
        return f"{self.database} @ {self.host}"
