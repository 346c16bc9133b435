"""What the frozen build relies on in core: portable paths, the bundle manifest, the licence
list and the refusal to open a database without migration scripts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editorberita.core import paths
from editorberita.core.bundle import MANIFEST, missing_bundle_files
from editorberita.core.licenses import bundled_components, dictionary_components
from editorberita.core.store import DatabaseError, open_store


@pytest.fixture
def frozen_next_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a frozen executable in ``tmp_path/app``; return that folder."""
    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "EditorBerita"))
    monkeypatch.delenv(paths.DATA_ENV, raising=False)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    return app


def test_portable_mode_needs_a_data_folder_next_to_the_executable(
        frozen_next_to: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(paths, "_user_data_dir", lambda: tmp_path / "user")
    assert paths.portable_data_dir() is None
    assert paths.portable_settings_file() is None
    assert paths.data_dir() == tmp_path / "user"
    (frozen_next_to / "data").mkdir()
    assert paths.data_dir() == frozen_next_to / "data"
    assert paths.default_db_path() == frozen_next_to / "data" / "editorberita.sqlite3"
    assert paths.portable_settings_file() == frozen_next_to / "data" / "settings.ini"
    assert paths.log_file() == frozen_next_to / "data" / "editorberita.log"
    assert paths.backups_dir(paths.default_db_path()) == frozen_next_to / "data" / "backups"


def test_source_install_is_never_portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / "data").mkdir()
    assert paths.portable_data_dir() is None


def test_manifest_lists_missing_files(tmp_path: Path) -> None:
    assert missing_bundle_files() == []  # a source install has nothing to check
    assert missing_bundle_files(tmp_path) == [MANIFEST]
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "a.css").write_text("p{}", encoding="utf-8")
    (tmp_path / MANIFEST).write_text("resources/a.css\nresources/b.qm\n", encoding="utf-8")
    assert missing_bundle_files(tmp_path) == ["resources/b.qm"]


def test_licences_cover_qt_pyside_python_and_every_runtime_dependency() -> None:
    from tests.frozen.conftest import load_tool

    collect = load_tool("collect_licenses")
    components = {c.name: c for c in bundled_components()}
    for name in ("Qt", "Python", "PySide6_Essentials", "shiboken6"):
        assert name in components
    runtime = {d.metadata["Name"] for d in collect.runtime_distributions()}
    assert {"SQLAlchemy", "alembic", "Markdown", "nh3", "Jinja2", "MarkupSafe", "babel",
            "platformdirs", "PyYAML", "typing_extensions", "Mako"} <= runtime
    assert sorted(runtime - set(components)) == [], "run `make licenses`"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in components["Qt"].text()
    assert "Version 3" in components["PySide6_Essentials"].text()
    assert "PYTHON SOFTWARE FOUNDATION" in components["Python"].text()
    for component in components.values():
        assert len(component.text()) > 200, component.name


def test_dictionary_licences_are_found_by_name(tmp_path: Path) -> None:
    licenses = tmp_path / "licenses"
    licenses.mkdir()
    (licenses / "Qt.txt").write_text("GNU LESSER GENERAL PUBLIC LICENSE", encoding="utf-8")
    dictionaries = tmp_path / "dictionaries"
    assert dictionary_components(dictionaries, licenses) == []
    (dictionaries / "id_ID").mkdir(parents=True)
    (dictionaries / "id_ID" / "id_ID.dic").write_text("1\nkata\n", encoding="utf-8")
    found = dictionary_components(dictionaries, licenses)
    assert [(c.name, c.license) for c in found] == [("Kamus id_ID", "LGPL-3.0")]
    assert "LESSER" in found[0].text()  # no licence file: the LGPL text
    (dictionaries / "id_ID" / "LICENSE.txt").write_text("Kamus LGPL", encoding="utf-8")
    assert dictionary_components(dictionaries, licenses)[0].text() == "Kamus LGPL"
    index = json.loads((paths.resource("licenses", "index.json")).read_text(encoding="utf-8"))
    assert all(paths.resource("licenses", e["file"]).is_file() for e in index)


def test_missing_migration_scripts_refuse_clearly_and_leave_the_database(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from editorberita.core.store import opening

    monkeypatch.setattr(opening, "MIGRATIONS_DIR", tmp_path / "nowhere")
    with pytest.raises(DatabaseError, match="Skrip migrasi basis data tidak ditemukan"):
        open_store(db_path)
    assert not (db_path.parent / "backups").exists()
