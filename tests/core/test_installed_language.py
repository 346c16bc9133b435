"""An installed EditorBerita speaks Indonesian without ``make`` (issue 11 defect 9).

The compiled translation ``resources/i18n/editorberita_id.qm`` is committed beside its
``.ts``: ``pip install .``, ``pip install -e .``, a wheel, an sdist and the frozen build all
ship it without a Qt tool in the build environment. ``tools/translate_id.py`` refreshes it with
the ``.ts``; the first test fails when the two drift apart.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "editorberita_id.ts"
QM = TS.with_suffix(".qm")


def test_committed_qm_carries_every_translation_of_the_ts() -> None:
    from PySide6.QtCore import QTranslator

    assert QM.is_file(), "run `make translations` (or tools/translate_id.py) and commit the .qm"
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            wanted = forms[0] if forms else (translation.text or "")
            got = translator.translate(name, source, comment, 1 if forms else -1)
            if got != wanted:
                stale.append(f"{name}: {source[:60]!r}")
    assert stale == [], ("the .qm is older than the .ts: run `make translations` or "
                         f"tools/translate_id.py and commit it ({len(stale)} differ)")


def _clean_checkout(target: Path) -> Path:
    """Copy the files git tracks (what a fresh clone has, with today's changes) to ``target``."""
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    for name in filter(None, names):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _smoke(venv: Path, tmp_path: Path, label: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDITORBERITA_")}
    env.update(QT_QPA_PLATFORM="offscreen", EDITORBERITA_DATA=str(tmp_path / f"data-{label}"),
               PYTHONIOENCODING="utf-8")
    result = subprocess.run([str(venv / "bin" / "editorberita"), "--smoke-test"],
                            capture_output=True, text=True, timeout=180, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, f"{label}: {result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX venv layout")
def test_wheel_and_editable_install_without_make_start_in_indonesian(tmp_path: Path) -> None:
    source = _clean_checkout(tmp_path / "klon")
    assert not any(source.rglob("*.pyc"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path / "wheel"), str(source)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = (tmp_path / "wheel").glob("editorberita-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
           "--disable-pip-version-check"]
    installed = subprocess.run([*pip, str(wheel)], capture_output=True, text=True, timeout=900)
    assert installed.returncode == 0, installed.stderr
    out = _smoke(venv, tmp_path, "wheel")
    assert "smoke test ui: Tentang EditorBerita" in out, out

    # The same checkout installed editable, still without make.
    editable = subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(source)],
                              capture_output=True, text=True, timeout=300)
    if editable.returncode != 0 and "setuptools" in editable.stderr:
        subprocess.run([*pip, "setuptools>=77", "wheel"], check=True, timeout=300)
        editable = subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e",
                                   str(source)], capture_output=True, text=True, timeout=300)
    assert editable.returncode == 0, editable.stderr
    out = _smoke(venv, tmp_path, "editable")
    assert "smoke test ui: Tentang EditorBerita" in out, out
