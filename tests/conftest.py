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
