"""Composition root: QApplication, logging, translators, error dialog, store and main window.

The window is shown first and filled right after its first paint, so the user sees it at once.
``--smoke-test`` opens the welcome article, renders the preview and quits by itself.
May import everything.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editorberita import __version__
from editorberita.core.paths import APP_NAME, data_dir, default_db_path, resource
from editorberita.core.sample import ensure_first_run_content
from editorberita.core.storage import ArticleStore, DatabaseError, open_store

logger = logging.getLogger(__name__)

LANG_ENV = "EDITORBERITA_LANG"
SMOKE_TIMEOUT_MS = 30_000

_translators: list[QTranslator] = []  # kept alive as long as the application


def setup_logging() -> None:
    """Log warnings to stderr and info to a rotating file in the user data folder."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for existing in root.handlers:  # the console (set up by cli.py) keeps to warnings
        existing.setLevel(max(existing.level, logging.WARNING))
    try:
        handler = logging.handlers.RotatingFileHandler(
            data_dir() / "editorberita.log", maxBytes=1_000_000, backupCount=2,
            encoding="utf-8")
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:  # a read-only data folder must not stop the editor
        print(f"editorberita: log file unavailable: {exc}", file=sys.stderr)


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
        from editorberita.ui.dialogs import ErrorDialog

        parent: QWidget | None = QApplication.activeWindow()
        ErrorDialog(str(value) or kind.__name__, details, parent).exec()

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    """Return the QApplication (reusing one that exists, as tests do)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("editorberita")
    return app  # type: ignore[return-value]


def default_settings() -> QSettings:
    """Return the user's QSettings (native format, per user)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME,
                     APP_NAME)


def open_database(db_path: Path) -> ArticleStore:
    """Open the store and add the first-run sample content to an empty database."""
    store = open_store(db_path)
    ensure_first_run_content(store)
    return store


def run(db_path: Path | None = None, smoke_test: bool = False) -> int:
    """Open the editor window on the database; return the exit code."""
    from editorberita.ui.mainwindow import MainWindow, apply_color_scheme_preference
    from editorberita.ui.settings import Settings

    setup_logging()
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
    from editorberita.ui.recovery import Launcher

    launcher = Launcher(path, settings)
    try:
        opened = launcher.start()
    except DatabaseError as exc:
        logger.error("Cannot open %s: %s", path, exc)
        launcher.close()
        if smoke_test:
            print(f"editorberita: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if opened is None:
        launcher.close()
        return 1
    window: MainWindow = opened
    window.show()
    result = {"code": 0}
    watchdog = QTimer()
    quit_on_close = app.quitOnLastWindowClosed()
    if smoke_test:
        # Quit exactly once: a second quit after exec() returned would leave Qt's "quit now"
        # flag set and make every later event loop in this process return at once.
        app.setQuitOnLastWindowClosed(False)
        window.loaded.connect(lambda: QTimer.singleShot(0, lambda: _smoke_check(window, result)))
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(lambda: _smoke_fail(result, "timeout"))
        watchdog.start(SMOKE_TIMEOUT_MS)
    QTimer.singleShot(0, window.load)
    QTimer.singleShot(0, launcher.after_show)
    from editorberita.ui.clipboard import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    code = app.exec()
    watchdog.stop()
    window = launcher.window or window
    window.close()
    window.deleteLater()
    app.setQuitOnLastWindowClosed(quit_on_close)
    launcher.close()
    return result["code"] if smoke_test else int(code)


def _smoke_check(window: object, result: dict[str, int]) -> None:
    """Open the welcome article, render the preview, and quit with 0 if it shows."""
    from editorberita.core.storage import ArticleFilter
    from editorberita.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    summaries = window.store.list_articles(ArticleFilter(), limit=50, sort="published",
                                           descending=False)
    welcome = next((s for s in summaries if "EditorBerita" in s.headline),
                   summaries[0] if summaries else None)
    if welcome is None:
        _smoke_fail(result, "no article to open")
        return
    window.open_article(welcome.id)
    article = window.current_article
    assert article is not None
    window.preview.show_article(article, window.current_category_name(article))
    text = window.preview.toPlainText()
    if article.headline and article.headline in text:
        print(f"smoke test ok: {article.headline!r} rendered ({len(text)} characters)")
        result["code"] = 0
        _smoke_quit(result)
    else:
        _smoke_fail(result, "preview did not show the article")


def _smoke_fail(result: dict[str, int], reason: str) -> None:
    print(f"smoke test failed: {reason}", file=sys.stderr)
    result["code"] = 1
    _smoke_quit(result)


def _smoke_quit(result: dict[str, int]) -> None:
    if not result.get("quit"):
        result["quit"] = 1
        QApplication.quit()
