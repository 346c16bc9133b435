"""Where things are found: resources in a checkout and in a built wheel, the database path."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from editorberita.core import paths

ROOT = Path(__file__).resolve().parents[2]


def test_resources_found_from_source_checkout() -> None:
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("templates", "article.html.j2").is_file()


def test_database_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_ENV, str(tmp_path / "data"))
    assert paths.default_db_path() == tmp_path / "data" / "editorberita.sqlite3"
    assert (tmp_path / "data").is_dir()
    monkeypatch.setenv(paths.DB_ENV, str(tmp_path / "env.sqlite3"))
    assert paths.default_db_path() == tmp_path / "env.sqlite3"


def test_user_data_folder_comes_from_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_data_dir

    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    monkeypatch.setattr(paths, "_user_data_dir",
                        lambda: Path(user_data_dir(paths.APP_NAME, appauthor=False)))
    expected = Path(user_data_dir(paths.APP_NAME, appauthor=False)) / "editorberita.sqlite3"
    assert paths.default_db_path() == expected


def test_portable_data_folder_next_to_frozen_executable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = tmp_path / "EditorBerita" / "EditorBerita"
    exe.parent.mkdir()
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.portable_data_dir() is None
    (exe.parent / "data").mkdir()
    assert paths.portable_data_dir() == exe.parent / "data"
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    assert paths.default_db_path() == exe.parent / "data" / "editorberita.sqlite3"


@pytest.mark.slow
def test_wheel_carries_resources_and_migrations(tmp_path: Path) -> None:
    """An installed wheel must find templates, styles and Alembic scripts inside the package."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("editorberita-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "editorberita/resources/templates/article.html.j2" in names
    assert "editorberita/resources/css/article.css" in names
    assert "editorberita/core/migrations/env.py" in names
    assert "editorberita/core/migrations/versions/0001_initial.py" in names
    assert not any(n.startswith("editorberita/resources/screenshots") for n in names)
