"""The prompts seam: every question and file chooser of the UI goes through ``ui.prompts``."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import editorberita.ui
from editorberita.ui.prompts import Prompts

UI = Path(editorberita.ui.__file__).parent
TESTS = Path(__file__).parent.parent
STATIC_DIALOG = re.compile(r"\b(QMessageBox\.(question|warning|information|critical)|"
                           r"QFileDialog\.get\w+|QInputDialog\.get\w+)\s*\(")


def test_only_the_prompts_module_calls_qt_standard_dialogs() -> None:
    """A dialog called anywhere else could not be scripted by tests (or swapped later)."""
    offenders = [f"{path.name}:{n}" for path in sorted(UI.glob("*.py")) if path.name != "prompts.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if STATIC_DIALOG.search(line)]
    assert offenders == []


def test_no_test_patches_a_qt_dialog_static() -> None:
    patch = re.compile(r"setattr\(\s*Q(MessageBox|FileDialog|InputDialog)\b")
    offenders = [str(path.relative_to(TESTS)) for path in sorted(TESTS.rglob("*.py"))
                 if patch.search(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_choose_returns_the_key_of_the_button_clicked(qtbot: QtBot) -> None:
    """The real prompts: named choices and Cancel; the default button is the named one."""
    seen: list[str] = []

    def click(label: str) -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.defaultButton().text())
        next(b for b in box.buttons() if b.text() == label).click()

    prompts = Prompts()
    QTimer.singleShot(0, lambda: click("Show"))
    assert prompts.choose(None, "Check", "Two problems", [("go", "Go"), ("show", "Show")],
                          default="go") == "show"
    QTimer.singleShot(0, lambda: click("Cancel"))
    assert prompts.choose(None, "Check", "Two problems", [("go", "Go")], default="go") == "cancel"
    assert seen == ["Go", "Go"]
