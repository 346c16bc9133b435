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

from editorberita.core.domain import Article
from editorberita.core.paths import resource
from editorberita.ui.settings import Settings
from tests.ui.scripted import ScriptedPrompts


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
    from editorberita.ui.application import install_translators

    install_translators(qapp, "id", _compiled_translations)
    yield
    install_translators(qapp, "en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The interface in English, as with EDITORBERITA_LANG=en."""
    from editorberita.ui.application import install_translators

    install_translators(qapp, "en")
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


def make_window(qtbot, store, settings, prompts=None):  # type: ignore[no-untyped-def]
    """Build, show and load a real main window; registered with qtbot for cleanup."""
    from editorberita.ui.mainwindow import MainWindow

    window = MainWindow.on_store(store, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.load()
    return window


def spell_ready(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's spell checker has its dictionary and underlines."""
    assert window.spelling.spell.wait_until_ready()
    qtbot.waitUntil(lambda: window.editor.highlighter.has_spell_function(), timeout=5000)


def underlined(block) -> list[str]:  # type: ignore[no-untyped-def]
    """Return the words of a text block that carry the spelling underline."""
    from PySide6.QtGui import QTextCharFormat

    text = block.text()
    return [text[r.start:r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


@pytest.fixture
def window(qtbot, store, settings, prompts) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """Return a loaded main window on the temporary store, asking its scripted prompts."""
    yield make_window(qtbot, store, settings, prompts)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    """Return the scripted prompts the ``window`` fixture is built with."""
    return ScriptedPrompts()


@pytest.fixture
def answers(prompts: ScriptedPrompts) -> ScriptedPrompts:
    """Return the window's scripted prompts: tests put answers in and read what was asked."""
    return prompts


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_exit() -> Iterator[None]:
    """Give Python-made clipboard data back to Qt, as the app does on quit (see ui/clipboard)."""
    yield
    from editorberita.ui.clipboard import release_clipboard

    release_clipboard()


@pytest.fixture
def article_window(qtbot, store, settings, prompts):  # type: ignore[no-untyped-def]
    store.create_article(Article(headline="Banjir rob", body="Paragraf pertama."))
    window = make_window(qtbot, store, settings, prompts)
    assert window.current_article is not None
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    return window


def open_like_start_up(launcher, timeout_s: float = 30):  # type: ignore[no-untyped-def]
    """Open ``launcher``'s database as ui/startup.py does: an empty window, then the store
    into it (``Launcher.open_into``; a server desk on a worker while the event loop runs);
    return the window to show, or None when it quits. A DatabaseError it told is raised."""
    import time

    from PySide6.QtTest import QTest

    from editorberita.ui.mainwindow import MainWindow

    window = MainWindow(launcher.settings, launcher.prompts)
    outcome: list[object] = []
    launcher.opened.connect(outcome.append)
    launcher.open_into(window)
    deadline = time.monotonic() + timeout_s
    while not outcome and time.monotonic() < deadline:
        QTest.qWait(10)
    launcher.opened.disconnect(outcome.append)
    assert outcome, "the desk did not open in time"
    if isinstance(outcome[0], BaseException):
        window.deleteLater()
        raise outcome[0]
    if outcome[0]:
        return launcher.window
    window.deleteLater()
    return None


class OpenStore:
    """A store already open, as the article list reads it from the window's session."""

    is_open = True

    def __init__(self, store) -> None:  # type: ignore[no-untyped-def]
        self.store = store
