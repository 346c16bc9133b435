"""The command line as a user runs it: exit codes, one-line messages, no Qt when headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "export"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m editorberita`` with the test's environment."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "editorberita", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=cwd)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """Return the single error line, failing on tracebacks or multi-line noise."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("editorberita: ")
    return lines[0]


@pytest.fixture
def filled_db(tmp_path: Path) -> Path:
    """Return a database with the sample articles imported through the CLI."""
    db = tmp_path / "cli.sqlite3"
    result = run("--db", db, "import", DATA / "sample")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Impor: 4 artikel baru, 0 diperbarui."
    return db


def test_export_formats_and_selections(filled_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "keluar"
    result = run("--db", filled_db, "export", "--format", "md", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Ekspor ke {out}: 4 dari 4 artikel diekspor."
    assert len(list(out.glob("*.md"))) == 4
    rubric = run("--db", filled_db, "export", "--out", tmp_path / "r", "--category",
                 "Seputar Kaltim")
    assert rubric.returncode == 0 and "1 dari 1" in rubric.stdout
    assert [p.name for p in (tmp_path / "r").iterdir()] == [
        "2024-07-23-banjir-rendam-lima-kecamatan.html"]
    status = run("--db", filled_db, "export", "--format", "fragment", "--out", tmp_path / "s",
                 "--status", "review")
    assert status.returncode == 0 and "1 dari 1" in status.stdout
    ids = run("--db", filled_db, "export", "--out", tmp_path / "i", "--id", "1", "--id", "2")
    assert ids.returncode == 0 and "2 dari 2" in ids.stdout
    default = run("--db", filled_db, "export", cwd=tmp_path / "r")
    assert default.returncode == 0 and len(list((tmp_path / "r").iterdir())) == 4


@pytest.mark.parametrize(("args", "message"), [
    (["export", "--id", "999"], "Artikel #999 tidak ditemukan."),
    (["export", "--category", "Tidak Ada"], "rubrik “Tidak Ada” tidak ditemukan"),
    (["export", "--status", "entah"], "status “entah” tidak dikenal"),
    (["export", "--id", "1", "--status", "draft"], "--id tidak bisa digabung"),
    (["import", "tidak-ada.md"], "tidak-ada.md tidak ada."),
])
def test_user_errors_exit_1_with_one_line(filled_db: Path, tmp_path: Path, args: list[str],
                                          message: str) -> None:
    result = run("--db", filled_db, *args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in one_line_error(result)


def test_export_into_a_file_fails_cleanly(filled_db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("x")
    result = run("--db", filled_db, "export", "--out", blocker / "sub")
    assert result.returncode == 1
    assert str(blocker / "sub") in one_line_error(result)


def test_import_reports_each_bad_file_and_imports_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / "baik.md").write_text("# Baik", encoding="utf-8")
    (folder / "rusak.md").write_bytes(b"\xff\xfe\x00")
    result = run("--db", tmp_path / "db.sqlite3", "import", folder)
    assert result.returncode == 1
    assert "rusak.md adalah berkas biner" in one_line_error(result)
    assert result.stdout.strip() == "Impor: 1 artikel baru, 0 diperbarui, 1 berkas gagal."


@pytest.mark.parametrize("args", [
    ["export", "--format", "pdf"], ["export", "--id", "satu"], ["import"], ["tidak-ada"]])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = run("--db", tmp_path / "db.sqlite3", *args)
    assert result.returncode == 2
    assert "penggunaan:" in result.stderr and "Traceback" not in result.stderr


def test_other_commands_still_work(filled_db: Path, tmp_path: Path) -> None:
    listing = run("--db", filled_db, "list")
    assert listing.returncode == 0 and "Banjir Rendam Lima Kecamatan" in listing.stdout
    categories = run("--db", filled_db, "categories")
    assert categories.returncode == 0
    assert "Seputar Kaltim (1)\n  Samarinda (1)\n" in categories.stdout  # as the sidebar
    assert "Ekonomi (1)" in categories.stdout
    backup = run("--db", filled_db, "backup", "--to", tmp_path / "cadangan.sqlite3")
    assert backup.returncode == 0 and (tmp_path / "cadangan.sqlite3").is_file()
    check = run("--db", filled_db, "check")
    assert (check.returncode, check.stdout.strip()) == (0, "Basis data utuh.")


def test_database_that_is_a_folder_is_a_user_error(tmp_path: Path) -> None:
    result = run("--db", tmp_path, "list")
    assert result.returncode == 1
    assert "adalah folder" in one_line_error(result)


def test_headless_commands_never_import_qt(tmp_path: Path) -> None:
    """import/export/list/categories/backup/check run without loading Qt or the window code."""
    db = tmp_path / "qt.sqlite3"
    script = f"""
import sys
from editorberita.cli import main
db = {str(db)!r}
for args in (["import", {str(DATA / "sample")!r}], ["export", "--out", {str(tmp_path / "o")!r}],
             ["export", "--format", "md", "--out", {str(tmp_path / "m")!r}], ["list"],
             ["categories"], ["backup", "--to", {str(tmp_path / "b.sqlite3")!r}], ["check"]):
    assert main(["--db", db, *args]) == 0, args
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "editorberita.ui")))
print("LOADED", loaded)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout


@pytest.mark.parametrize("argv", [
    [], ["--db", "desk.sqlite3"], ["--db=desk.sqlite3"], ["--smoke-test"],
    ["--smoke-test", "--db", "postgresql://rina@meja:5432/redaksi"],
    ["--db", "C:/Redaksi/meja berita.sqlite3", "--smoke-test"]])
def test_a_plain_window_start_reads_as_the_whole_parser_does(argv: list[str]) -> None:
    """The window's quick read of its arguments (``cli.window_arguments``, no subcommand help
    built before the first paint) gives what the whole parser gives."""
    from editorberita.cli import build_parser, window_arguments

    quick, whole = window_arguments(argv), build_parser().parse_args(argv)
    assert quick is not None and whole.command is None
    assert (quick.db, quick.smoke_test) == (whole.db, whole.smoke_test)


@pytest.mark.parametrize("argv", [
    ["list"], ["--db", "x.sqlite3", "list"], ["-h"], ["--help"], ["--version"], ["--db"],
    ["--db", "--smoke-test"], ["--d", "x.sqlite3"], ["--db", "a", "--db", "b"], ["--dbx"]])
def test_anything_else_goes_to_the_whole_parser(argv: list[str]) -> None:
    from editorberita.cli import window_arguments

    assert window_arguments(argv) is None
