"""Shared fixtures: a real SQLite file in a temporary folder, the offscreen Qt platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EDITORBERITA_LANG", "id")

from collections.abc import Iterator
from pathlib import Path

import pytest

from editorberita.core.store import ArticleStore, open_store


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data folder and database."""
    monkeypatch.setenv("EDITORBERITA_DATA", str(tmp_path / "userdata"))
    monkeypatch.delenv("EDITORBERITA_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return the path of a database file in the test's own folder."""
    return tmp_path / "berita.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[ArticleStore]:
    """Return a migrated store on a real file; closed after the test."""
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real WordPress on 127.0.0.1 for the whole session (tests/wpsite.py), torn down after.

    Skipped with the missing binaries named when Debian's wordpress/mariadb-server/php-cli
    are not installed (``.ci/run`` installs them).
    """
    from tests import wpsite

    gone = wpsite.missing()
    if gone:
        pytest.skip("WordPress sungguhan tidak tersedia: " + ", ".join(gone) + " belum terpasang")
    site = wpsite.start_site(tmp_path_factory.mktemp("wordpress"))
    yield site
    site.close()
# ------------------------------------------------------------ a PostgreSQL desk server
# One server per test session (tests/pgserver.py), started on first use; each test that asks
# gets a database of its own, copied from a template migrated once.

@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """Return the running test PostgreSQL server; skip when PostgreSQL is not installed."""
    from tests.pgserver import running_server

    with running_server() as server:
        yield server


@pytest.fixture
def black_hole() -> Iterator[object]:
    """A server on 127.0.0.1 that accepts and never answers (``tests.pgserver.BlackHole``)."""
    from tests.pgserver import BlackHole

    hole = BlackHole()
    yield hole
    hole.close()


@pytest.fixture
def own_server() -> Iterator[object]:
    """A server of the test's own, which it may stop and start again."""
    from tests.pgserver import running_server

    with running_server() as server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory: pytest.TempPathFactory) -> str:  # type: ignore[no-untyped-def]
    """Return the name of a database migrated to the head, the template of every test's."""
    name = pg_server.new_database()
    os.environ.setdefault("EDITORBERITA_DATA", str(tmp_path_factory.mktemp("pgdata")))
    open_store(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_url(pg_server, pg_template: str) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Return the URL (with password) of a fresh, migrated server desk for this test."""
    name = pg_server.new_database(template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def any_store(request: pytest.FixtureRequest, db_path: Path) -> Iterator[ArticleStore]:
    """A migrated store on each engine: a desk file, then a server desk.

    A test module runs on both by defining ``store`` as this fixture.
    """
    location: Path | str = db_path
    if request.param == "postgresql":
        location = request.getfixturevalue("pg_url")
    s = open_store(location)
    yield s
    s.close()
