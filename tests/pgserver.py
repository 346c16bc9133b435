"""A real PostgreSQL server for the tests, started in a private temporary folder.

Debian's ``postgresql`` package (``.ci/run`` installs it) run from /usr/lib/postgresql/*/bin:
``initdb`` refuses root, so as root the server runs as the package's ``postgres`` user (or
``nobody``). It listens on 127.0.0.1 on a free port and on a socket in its own folder; fsync is
off (a test server, thrown away). Each test gets its own database, copied from a migrated
template (``CREATE DATABASE ... TEMPLATE``: a few ms instead of a migration).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "editorberita"
PASSWORD = "rahasia-uji"  # the test server's only secret, on loopback


def find_bin_dir() -> Path | None:
    """Return the folder of initdb/pg_ctl/postgres, or None when PostgreSQL is not installed."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.insert(0, str(Path(os.path.realpath(found)).parent))
    for folder in candidates:
        if all((Path(folder) / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One throw-away PostgreSQL cluster: start, databases, URLs, stop."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="eb-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = None if os.geteuid() != 0 else self._unprivileged_user()
        self.startup_seconds = 0.0
        self._names = itertools.count(1)

    @staticmethod
    def _unprivileged_user() -> str:
        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
                return name
            except KeyError:
                continue
        raise RuntimeError("no unprivileged user to run PostgreSQL as")

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120,
                              check=True, cwd=self.folder)

    def start(self) -> None:
        started = time.monotonic()
        pwfile = self.folder / "pw"
        pwfile.write_text(PASSWORD + "\n")
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={pwfile}",
                  "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-l",
                  str(self.folder / "server.log"), "-o",
                  f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off -c full_page_writes=off "
                  "-c max_connections=200", "start")
        self.startup_seconds = time.monotonic() - started

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def kill_for_test(self) -> None:
        """Stop the server at once (a test of the server going away)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def restart_for_test(self) -> None:
        """Start the stopped server again on the same port and data."""
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-l",
                  str(self.folder / "server.log"), "-o",
                  f"-k {self.folder} -p {self.port} -c listen_addresses=127.0.0.1 "
                  "-c fsync=off", "start")

    def url(self, database: str, *, user: str = SUPERUSER, password: str | None = PASSWORD,
            port: int | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{port or self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE...)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        name = f"meja_{os.getpid()}_{next(self._names)}"
        self.sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a private server for a test and stop it after; skip when PostgreSQL is missing."""
    import pytest

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql; "
                    ".ci/run installs it)")
    server = PgServer(bin_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class BlackHole:
    """A "desk server" on 127.0.0.1 that accepts connections and never answers: PostgreSQL's
    client waits there for its whole connect timeout, as for a server that hangs or a
    firewall that swallows packets. ``hang_up`` closes what it accepted (the client then
    fails at once)."""

    def __init__(self) -> None:
        import threading

        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = int(self._listener.getsockname()[1])
        self._held: list[socket.socket] = []
        threading.Thread(target=self._accept, name="black-hole", daemon=True).start()

    def url(self, database: str = "redaksi") -> str:
        """Return a desk URL on the black hole (with a password: nothing is ever asked)."""
        return f"postgresql://{SUPERUSER}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:  # closed
                return
            self._held.append(connection)

    def hang_up(self) -> None:
        """Close the connections accepted so far."""
        while self._held:
            self._held.pop().close()

    def close(self) -> None:
        """Stop accepting and hang up."""
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        self.hang_up()
