"""UI fixtures: a temp-INI Settings, a real MainWindow on the temporary store, translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from editorberita.core.paths import resource
from editorberita.ui.settings import Settings


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture(scope="session")
def _compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile the .ts afresh once per run; return the folder holding the .qm."""
    folder = tmp_path_factory.mktemp("i18n")
    tool = _lrelease()
    if tool is not None:
        subprocess.run([tool, "-silent", str(resource("i18n", "editorberita_id.ts")),
                        "-qm", str(folder / "editorberita_id.qm")], check=True)
    return folder


@pytest.fixture
def indonesian(qapp: QApplication, _compiled_translations: Path) -> Iterator[None]:
    """Install the Indonesian translation for one test, as an Indonesian user sees the UI."""
    from editorberita.ui.app import install_translators

    install_translators(qapp, "id", _compiled_translations)
    yield
    install_translators(qapp, "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Return preferences backed by an INI file of the test's own."""
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def editor(qtbot):  # type: ignore[no-untyped-def]
    """Return a shown Markdown editor, 700×400, on its own."""
    from editorberita.ui.editor import MarkdownEditor

    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    return widget


def make_window(qtbot, store, settings):  # type: ignore[no-untyped-def]
    """Build, show and load a real main window; registered with qtbot for cleanup."""
    from editorberita.ui.mainwindow import MainWindow

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def spell_ready(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's spell checker has its dictionary and underlines."""
    assert window.desk.spell.wait_until_ready()
    qtbot.waitUntil(lambda: window.editor.highlighter.has_spell_function(), timeout=5000)


def underlined(block) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the words of a text block that carry the spelling underline."""
    from PySide6.QtGui import QTextCharFormat

    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


@pytest.fixture
def window(qtbot, store, settings) -> Iterator[object]:
    """Return a loaded main window on the temporary store."""
    yield make_window(qtbot, store, settings)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Patch the static dialogs; tests put the answers they want in the returned dict."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    preset: dict[str, object] = {"text": ("", False), "item": None, "folder": "", "open": "",
                                 "question": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: preset["text"]))
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (preset["item"], preset["item"] is not None)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: preset["folder"]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (preset["open"], "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: preset.setdefault("asked", []).append(a[1:]) or preset["question"]))
    from editorberita.ui.desk import DeskTools

    def check_answer(desk: DeskTools, box: QMessageBox, go: object, show: object) -> str:
        preset.setdefault("export_warnings", []).append(box.text())
        return str(preset.get("export_check", "go"))

    monkeypatch.setattr(DeskTools, "ask", check_answer)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, _n=name, **k: preset.setdefault("shown", []).append((_n, a[1:]))
            or QMessageBox.StandardButton.Ok))
    return preset


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_exit() -> Iterator[None]:
    """Give Python-made clipboard data back to Qt, as the app does on quit (see ui/clipboard)."""
    yield
    from editorberita.ui.clipboard import release_clipboard

    release_clipboard()

