"""The frozen build, built once per test session (and reused while its inputs are unchanged).

The build goes to ``build/test-dist/`` (not ``dist/``), keyed by a hash of everything that goes
into it: sources, resources, the spec, the freeze rules, the Python and the installed packages.
CI starts clean, so CI always builds once.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "test-dist"
EXE_NAME = "EditorBerita.exe" if sys.platform == "win32" else "EditorBerita"


def load_tool(name: str) -> ModuleType:
    """Import ``tools/<name>.py`` (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"tools_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _inputs() -> Iterator[Path]:
    yield ROOT / "build.spec"
    yield ROOT / "tools" / "freeze.py"
    for folder in (ROOT / "src" / "editorberita", ROOT / "resources"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                yield path


def source_hash() -> str:
    """Return a hash of every input of the build."""
    digest = hashlib.sha256(sys.version.encode())
    for dist in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        digest.update(f"{dist.metadata['Name']}=={dist.version};".encode())
    for path in _inputs():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _compile_translations() -> None:
    """Compile the .ts to .qm as `make translations` does, if a .qm is missing or older."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (ROOT / "resources" / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(tool if tool.exists() else "pyside6-lrelease"), "-silent",
                            str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def frozen_dir() -> Path:
    """Return the folder of a PyInstaller build of the current sources (built if needed)."""
    _compile_translations()
    wanted = source_hash()
    app = CACHE / "dist" / "EditorBerita"
    stamp = CACHE / "hash"
    if stamp.is_file() and stamp.read_text() == wanted and (app / EXE_NAME).is_file():
        return app
    shutil.rmtree(CACHE, ignore_errors=True)
    CACHE.mkdir(parents=True)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(CACHE / "dist"), "--workpath", str(CACHE / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]
    stamp.write_text(wanted)
    return app


@pytest.fixture
def frozen_copy(frozen_dir: Path, tmp_path: Path) -> Path:
    """Return a private copy of the build (hard links: cheap) that a test may change."""
    copy = tmp_path / "EditorBerita"

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(frozen_dir, copy, symlinks=True, copy_function=link)
    return copy


def run_frozen(app: Path, *args: str | Path, env: dict[str, str] | None = None,
               cwd: Path | None = None, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    """Run the frozen executable headless and return its result."""
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
            **(env or {})}
    full = {k: v for k, v in full.items() if v != ""}
    return subprocess.run([str(app / EXE_NAME), *map(str, args)], capture_output=True,
                          text=True, env=full, cwd=cwd, timeout=timeout)
