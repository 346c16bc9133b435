"""The PyInstaller build as a desk editor gets it: run headless, portable, and damaged.

Builds the bundle once per session (conftest.py) and runs the real executable: the command
line, a window on the offscreen platform that must show the welcome article in Indonesian, a
portable copy with a ``data`` folder, and copies with a file deleted, which must fail loudly.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from editorberita import __version__

from .conftest import ROOT, load_tool, run_frozen

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

SAMPLE = ROOT / "tests" / "data" / "export" / "sample"
INDONESIAN_DATE = re.compile(
    r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} (Januari|Februari|Maret|April|Mei|"
    r"Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}")


def smoke(app: Path, tmp_path: Path, **env: str) -> tuple[int, str]:
    """Start the window with --smoke-test on a fresh database; return (exit code, output)."""
    result = run_frozen(app, "--db", tmp_path / "smoke.sqlite3", "--smoke-test",
                        env={"EDITORBERITA_DATA": str(tmp_path / "data"), **env})
    return result.returncode, result.stdout + result.stderr


def test_version(frozen_dir: Path) -> None:
    result = run_frozen(frozen_dir, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"EditorBerita {__version__}"


def test_import_list_export_on_a_temporary_database(frozen_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "frozen.sqlite3"
    env = {"EDITORBERITA_DATA": str(tmp_path / "data")}
    imported = run_frozen(frozen_dir, "--db", db, "import", SAMPLE, env=env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "Impor: 4 artikel baru, 0 diperbarui."
    listed = run_frozen(frozen_dir, "--db", db, "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) == 4
    for fmt, suffix in (("html", ".html"), ("md", ".md")):
        out = tmp_path / f"out-{fmt}"
        exported = run_frozen(frozen_dir, "--db", db, "export", "--format", fmt, "--out", out,
                              env=env)
        assert exported.returncode == 0, exported.stderr
        files = sorted(out.rglob(f"*{suffix}"))
        assert len(files) == 4, exported.stdout
        if fmt == "html":  # templates and CSS made it into the bundle
            page = files[0].read_text(encoding="utf-8")
            assert "<!DOCTYPE html>" in page or "<!doctype html>" in page.lower()
            assert "<style" in page or "stylesheet" in page


def test_window_shows_the_welcome_article_in_indonesian(frozen_dir: Path,
                                                         tmp_path: Path) -> None:
    code, output = smoke(frozen_dir, tmp_path, EDITORBERITA_LANG="")
    assert code == 0, output
    assert "smoke test ok: 'Selamat Datang di EditorBerita" in output
    assert "smoke test ui: Tentang EditorBerita" in output  # our .qm was loaded
    preview = next(line for line in output.splitlines() if line.startswith("smoke test preview"))
    assert INDONESIAN_DATE.search(preview), preview  # babel's Indonesian data is there
    log = (tmp_path / "data" / "editorberita.log")
    assert log.is_file() and log.stat().st_size > 0


def test_migration_runs_frozen_on_an_empty_database(frozen_dir: Path, tmp_path: Path) -> None:
    result = run_frozen(frozen_dir, "--db", tmp_path / "empty.sqlite3", "categories",
                        env={"EDITORBERITA_DATA": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "empty.sqlite3").stat().st_size > 0


def test_portable_mode_keeps_everything_in_the_data_folder(frozen_copy: Path,
                                                           tmp_path: Path) -> None:
    data = frozen_copy / "data"
    data.mkdir()
    home = tmp_path / "home"  # if portable mode failed, files would land here instead
    env = {"EDITORBERITA_DATA": "", "EDITORBERITA_DB": "", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "share"), "XDG_CONFIG_HOME": str(home / "config"),
           "APPDATA": str(home / "appdata"), "LOCALAPPDATA": str(home / "localappdata")}
    info = run_frozen(frozen_copy, "info", env=env, cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert "Mode portabel: ya" in info.stdout
    assert f"Pengaturan:    {data / 'settings.ini'}" in info.stdout
    imported = run_frozen(frozen_copy, "import", SAMPLE, env=env, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    backup = run_frozen(frozen_copy, "backup", env=env, cwd=tmp_path)
    assert backup.returncode == 0, backup.stderr
    window = run_frozen(frozen_copy, "--smoke-test", env=env, cwd=tmp_path)
    assert window.returncode == 0, window.stdout + window.stderr
    assert (data / "editorberita.sqlite3").stat().st_size > 0
    assert list((data / "backups").glob("*.sqlite3"))
    assert (data / "editorberita.log").is_file()
    assert not home.exists() or not any(p.is_file() for p in home.rglob("*"))


def test_missing_migrations_fail_with_a_clear_message(frozen_copy: Path, tmp_path: Path) -> None:
    shutil.rmtree(frozen_copy / "_internal" / "editorberita" / "core" / "migrations")
    result = run_frozen(frozen_copy, "--db", tmp_path / "new.sqlite3", "list",
                        env={"EDITORBERITA_DATA": str(tmp_path / "data")})
    assert result.returncode == 1
    assert "Skrip migrasi basis data tidak ditemukan" in result.stderr
    assert "Traceback" not in result.stderr


def _bundled_resources(frozen_dir: Path) -> list[str]:
    base = frozen_dir / "_internal"
    return sorted(str(p.relative_to(base)).replace("\\", "/")
                  for p in (base / "resources").rglob("*") if p.is_file())


@pytest.mark.parametrize("kind", ["translation", "template", "stylesheet", "icon", "dictionary",
                                  "migration"])
def test_a_missing_bundled_file_fails_the_smoke_test(frozen_copy: Path, tmp_path: Path,
                                                     kind: str) -> None:
    patterns = {"translation": "resources/i18n/", "template": "resources/templates/",
                "stylesheet": "resources/css/", "icon": "resources/icons/",
                "dictionary": "resources/dictionaries/", "migration": None}
    if kind == "migration":
        victim = "editorberita/core/migrations/versions/0001_initial.py"
    else:
        found = [n for n in _bundled_resources(frozen_copy) if n.startswith(patterns[kind])]
        if not found:
            if (ROOT / patterns[kind]).is_dir():
                pytest.fail(f"{patterns[kind]} exists in the sources but not in the bundle")
            pytest.skip(f"no {patterns[kind]} in this checkout yet")
        victim = found[0]
    (frozen_copy / "_internal" / victim).unlink()
    code, output = smoke(frozen_copy, tmp_path)
    assert code != 0, output
    assert victim in output or "Skrip migrasi" in output, output


def test_bundle_ships_every_resource_and_nothing_unwanted(frozen_dir: Path) -> None:
    freeze = load_tool("freeze")
    source = sorted(f"resources/{p.relative_to(ROOT / 'resources').as_posix()}"
                    for p in (ROOT / "resources").rglob("*")
                    if p.is_file() and freeze.data_wanted(
                        f"resources/{p.relative_to(ROOT / 'resources').as_posix()}"))
    bundled = _bundled_resources(frozen_dir)
    assert [n for n in source if n not in bundled] == []
    assert "resources/screenshots" not in " ".join(bundled)
    internal = frozen_dir / "_internal"
    plugins = sorted(p.relative_to(internal).as_posix()
                     for p in internal.rglob("*") if "plugins" in p.parts and p.is_file())
    assert plugins and all(freeze.qt_plugin_wanted(p) for p in plugins), plugins
    assert not [p for p in plugins if "/platformthemes/" in p or "qsvg" in p]
    locales = [p.name for p in (internal / "babel" / "locale-data").glob("*.dat")]
    assert "id.dat" in locales and "root.dat" in locales and len(locales) < 10
    assert not list(internal.rglob("libQt6Network*")) and not list(internal.rglob("Qt6Network*"))


def test_every_shipped_binary_finds_its_qt_libraries(frozen_dir: Path) -> None:
    """Pruning must not drop a Qt library that something still links to."""
    if sys.platform != "linux":
        pytest.skip("checked on Linux, where CI builds")
    from PyInstaller.depend.bindepend import get_imports

    internal = frozen_dir / "_internal"
    names = {p.name for p in internal.rglob("*")}
    missing = []
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        for name, _full in get_imports(str(path)):
            if name.startswith(("libQt6", "libicu", "libpyside6", "libshiboken6", "libpython")) \
                    and name not in names:
                missing.append(f"{path.name} needs {name}")
    assert missing == []
