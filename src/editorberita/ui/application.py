"""Qt's application object and what it needs before any window: language, translators,
the error dialog for unexpected errors, and where the preferences live.

Used by the composition root (``ui.app.run``), the journeys' driver and the screenshot tool.
Imports PySide6 and light modules only: this loads before the window's first paint.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from editorberita import __version__
from editorberita.core.paths import APP_NAME, portable_settings_file, resource

logger = logging.getLogger(__name__)

LANG_ENV = "EDITORBERITA_LANG"

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


def throwaway_settings() -> QSettings:
    """Return preferences in a new temporary INI (``--smoke-test`` never touches the user's)."""
    ini = Path(tempfile.mkdtemp(prefix="editorberita-smoke-")) / "settings.ini"
    return QSettings(str(ini), QSettings.Format.IniFormat)
