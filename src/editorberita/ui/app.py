"""Composition root: QApplication, logging, translators, error dialog, prompts and main window.

``run`` reads top to bottom: settings, language, the window (painted first, with empty
panes), then ``ui.startup.Startup`` opens the database right after the first paint: SQLAlchemy,
Jinja and Markdown take longer to import than Qt itself, so they load while the user already
sees the window. Module-level imports are therefore PySide6 and light modules only
(``tests/ui/test_window_flows.py`` checks it). ``--smoke-test`` and the start-up marks for the
benchmark (``EDITORBERITA_STARTUP_MARKS=1``) live in ``ui.smoke``.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from editorberita import __version__
from editorberita.core.paths import (
    APP_NAME,
    default_db_path,
    portable_settings_file,
    resource,
)

if TYPE_CHECKING:  # loaded after the first paint
    pass

logger = logging.getLogger(__name__)

LANG_ENV = "EDITORBERITA_LANG"
MARKS_ENV = "EDITORBERITA_STARTUP_MARKS"

_translators: list[QTranslator] = []  # kept alive as long as the application


def choose_language(preference: str = "") -> str:
    """Return "en" or "id": EDITORBERITA_LANG wins, then the preference, Indonesian default."""
    value = (os.environ.get(LANG_ENV) or preference or "id").strip().lower()
    return "en" if value.startswith("en") else "id"


def install_translators(app: QApplication, language: str,
                        qm_dir: Path | None = None) -> list[QTranslator]:
    """Install Qt's own (qtbase) and our translations for ``language``; return them."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir) or qt.load(f"qt_{language}", qt_dir):
        app.installTranslator(qt)
        _translators.append(qt)
    else:
        logger.info("No Qt translation for %s in %s", language, qt_dir)
    ours = QTranslator(app)
    folder = qm_dir or resource("i18n")
    if ours.load(f"editorberita_{language}", str(folder)):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        logger.warning("Translation editorberita_%s.qm not found in %s (run make)",
                       language, folder)
    return list(_translators)


def install_excepthook(parent_finder: type[QApplication] = QApplication) -> None:
    """Show unexpected errors in a dialog instead of dying silently (and log them)."""

    def hook(kind: type[BaseException], value: BaseException,
             tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        logger.error("Unexpected error:\n%s", details)
        if kind is KeyboardInterrupt:
            QApplication.quit()
            return
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        from editorberita.ui.errordialog import ErrorDialog

        parent: QWidget | None = QApplication.activeWindow()
        ErrorDialog(str(value) or kind.__name__, details, parent).exec()

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (reusing one that exists, as tests do)."""
    existing = QApplication.instance()
    app = (existing if isinstance(existing, QApplication)
           else QApplication(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("editorberita")
    return app


def default_settings() -> QSettings:
    """Return the user's QSettings: native, per user; an INI in the data folder when portable."""
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME,
                     APP_NAME)


def run(db_path: Path | None = None, smoke_test: bool = False) -> int:
    """Show the editor window, then open the database in it; return the exit code."""
    from editorberita.ui.mainwindow import MainWindow, apply_color_scheme_preference
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.settings import Settings
    from editorberita.ui.smoke import SMOKE_TIMEOUT_MS, StartupMarks, smoke_check, smoke_fail
    from editorberita.ui.startup import Startup

    marks = StartupMarks() if os.environ.get(MARKS_ENV) else None
    app = create_application()
    if smoke_test:  # never touch the user's own preferences
        import tempfile

        ini = Path(tempfile.mkdtemp(prefix="editorberita-smoke-")) / "settings.ini"
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    else:
        settings = Settings(default_settings())
    language = choose_language(settings.language)
    install_translators(app, language)
    apply_color_scheme_preference(str(settings.get("ui/color_scheme")))
    if not smoke_test:
        install_excepthook()
    path = Path(db_path) if db_path else default_db_path()
    prompts = Prompts()  # every question and file chooser of the app goes through it
    window = MainWindow(None, settings, prompts=prompts)
    state: dict[str, object] = {"code": 0, "store": None}
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # until the store is open: an error dialog may show
    watchdog = QTimer()
    if smoke_test or marks:
        # Quit exactly once: a second quit after exec() returned would leave Qt's "quit now"
        # flag set and make every later event loop in this process return at once.
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(lambda: smoke_fail(state, "timeout"))
        watchdog.start(SMOKE_TIMEOUT_MS)
    if smoke_test:
        window.loaded.connect(lambda: QTimer.singleShot(
            0, lambda: smoke_check(window, state, language)))
    if marks:
        window.first_painted.connect(lambda: marks.mark("first_paint"))
        window.preview.updated.connect(lambda: marks.previewed(window))
        window.loaded.connect(lambda: marks.when_loaded(window, state))

    startup = Startup(app, window, settings, path, prompts, state,
                      quiet=bool(smoke_test or marks), quit_on_close=quit_on_close)
    window.first_painted.connect(startup.show_last_article, Qt.ConnectionType.QueuedConnection)
    window.show()
    from editorberita.ui.clipboard import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    code = app.exec()
    watchdog.stop()
    window.close()
    window.deleteLater()
    app.setQuitOnLastWindowClosed(quit_on_close)
    startup.close()
    if state["code"]:
        return int(state["code"])  # type: ignore[call-overload]  # the result dict holds an int here
    return 0 if (smoke_test or marks) else int(code)
