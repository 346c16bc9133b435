"""Composition root: QApplication, logging, translators, error dialog, store and main window.

The window is shown first, with empty panes, and the database is opened right after its first
paint: SQLAlchemy, Jinja and Markdown take longer to import than Qt itself, so they load while
the user already sees the window. Module-level imports are therefore PySide6 and light modules
only (``tests/ui/test_startup.py`` checks it). ``--smoke-test`` opens the welcome article,
renders the preview and quits by itself; ``EDITORBERITA_STARTUP_MARKS=1`` prints start-up marks
for the benchmark and quits once the last article shows in the preview.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editorberita import __version__
from editorberita.core.paths import (
    APP_NAME,
    create_private,
    default_db_path,
    log_file,
    make_private,
    portable_settings_file,
    resource,
)

if TYPE_CHECKING:  # loaded after the first paint
    from editorberita.core.store import ArticleStore
    from editorberita.ui.mainwindow import MainWindow

logger = logging.getLogger(__name__)

LANG_ENV = "EDITORBERITA_LANG"
MARKS_ENV = "EDITORBERITA_STARTUP_MARKS"
SMOKE_TIMEOUT_MS = 30_000
# Start-up opens the store once the last article's preview shows, or after this at the latest.
FIRST_PREVIEW_WAIT_MS = 1500

_translators: list[QTranslator] = []  # kept alive as long as the application


def setup_logging() -> None:
    """Log warnings to stderr and info to a rotating file in the user data folder."""
    import logging.handlers  # ~10 ms: loaded after the window's first paint

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for existing in root.handlers:  # the console (set up by cli.py) keeps to warnings
        existing.setLevel(max(existing.level, logging.WARNING))
    class PrivateLog(logging.handlers.RotatingFileHandler):
        """The log names articles and files: owner-only, after every rotation too."""

        def _open(self):  # type: ignore[no-untyped-def]
            create_private(Path(self.baseFilename))
            return super()._open()

    try:
        make_private(log_file())  # a log written by an older version
        handler = PrivateLog(log_file(), maxBytes=1_000_000, backupCount=2, encoding="utf-8")
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
    """Return the user's QSettings: native, per user; an INI in the data folder when portable."""
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, APP_NAME,
                     APP_NAME)


def open_database(db_path: Path) -> ArticleStore:
    """Open the store and add the first-run sample content to an empty database."""
    from editorberita.core.sample import ensure_first_run_content
    from editorberita.core.store import open_store

    store = open_store(db_path)
    ensure_first_run_content(store)
    return store


def run(db_path: Path | None = None, smoke_test: bool = False) -> int:
    """Show the editor window, then open the database in it; return the exit code."""
    from editorberita.ui.mainwindow import MainWindow, apply_color_scheme_preference
    from editorberita.ui.settings import Settings

    marks = _StartupMarks() if os.environ.get(MARKS_ENV) else None
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
    window = MainWindow(None, settings)
    state: dict[str, object] = {"code": 0, "store": None}
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # until the store is open: an error dialog may show
    watchdog = QTimer()
    if smoke_test or marks:
        # Quit exactly once: a second quit after exec() returned would leave Qt's "quit now"
        # flag set and make every later event loop in this process return at once.
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(lambda: _smoke_fail(state, "timeout"))
        watchdog.start(SMOKE_TIMEOUT_MS)
    if smoke_test:
        window.loaded.connect(lambda: QTimer.singleShot(
            0, lambda: _smoke_check(window, state, language)))
    if marks:
        window.first_painted.connect(lambda: marks.mark("first_paint"))
        window.preview.updated.connect(lambda: marks.previewed(window))
        window.loaded.connect(lambda: marks.when_loaded(window, state))

    def show_last_article() -> None:
        """Runs after the first paint: show the last article, read without SQLAlchemy.

        Its preview is the one saved when the window closed, if the article is unchanged, or
        else renders on the pool thread; the store opens once it shows (or at once when there
        is nothing to show), so SQLAlchemy's import does not compete with the rendering.
        """
        from editorberita.core import quickread
        from editorberita.core.paths import cache_dir

        last = settings.last_article
        found = quickread.peek_article(path, last) if last is not None and path.exists() \
            else None
        if found is None:
            open_store_in_window()
            return
        article, category_name = found
        categories = quickread.peek_categories(path)
        try:
            key = quickread.preview_key(article, category_name)
            saved = quickread.cached_preview(cache_dir(), key) if key is not None else None
        except OSError:  # no data folder to read from: the preview renders instead
            saved = None
        window.preview.updated.connect(open_once, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(FIRST_PREVIEW_WAIT_MS, open_once)  # never wait longer than this
        window.show_first(article, category_name, saved, categories)

    def open_once() -> None:
        if not state.get("opening"):
            state["opening"] = True
            window.preview.updated.disconnect(open_once)
            open_store_in_window()

    def open_store_in_window() -> None:
        """Import the heavy parts, open the store, fill the panes.

        The launcher takes the database lock (a second EditorBerita opens read-only), checks
        the file (a damaged one is not opened for writing: the newest good backup is offered)
        and starts the daily backup and revision thinning on a thread.
        """
        window.preview.warm_up()
        setup_logging()
        from editorberita.core.store import DatabaseError
        from editorberita.ui.recovery import Launcher

        launcher = Launcher(path, settings)
        state["launcher"] = launcher
        try:
            opened = launcher.open_into(window)
        except DatabaseError as exc:
            logger.error("Cannot open %s: %s", path, exc)
            if smoke_test or marks:
                print(f"editorberita: {exc}", file=sys.stderr)
            else:
                QMessageBox.critical(window, APP_NAME, str(exc))
            opened = False
        if not opened:
            state["code"] = 1
            _smoke_quit(state)
            return
        if not (smoke_test or marks):
            app.setQuitOnLastWindowClosed(quit_on_close)
        window.load()
        launcher.after_show()

    window.first_painted.connect(show_last_article, Qt.ConnectionType.QueuedConnection)
    window.show()
    from editorberita.ui.clipboard import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    code = app.exec()
    watchdog.stop()
    window.close()
    window.deleteLater()
    app.setQuitOnLastWindowClosed(quit_on_close)
    launcher = state.get("launcher")
    if launcher is not None:
        current = launcher.window  # type: ignore[attr-defined]
        if current is not None and current is not window:  # a restore opened a new window
            current.close()
        launcher.close()  # type: ignore[attr-defined]
    if state["code"]:
        return int(state["code"])  # type: ignore[call-overload]
    return 0 if (smoke_test or marks) else int(code)


def current_rss_mib() -> float:
    """Return the resident set size now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class _StartupMarks:
    """Prints ``STARTUP <name> <time.monotonic()>`` for the start-up benchmark.

    The monotonic clock is shared by all processes, so the launcher subtracts the moment it
    spawned this process and gets whole-process figures (interpreter start included).
    """

    def mark(self, name: str) -> None:
        """Print one mark at once (the benchmark reads them as they come)."""
        print(f"STARTUP {name} {time.monotonic():.6f}", flush=True)

    def __init__(self) -> None:
        self._previewed = False
        self._loaded = False

    def previewed(self, window: MainWindow) -> None:
        """Mark the first time the preview shows the last article (before or after load)."""
        if not self._previewed and window.preview.toPlainText().strip():
            self._previewed = True
            self.mark("article_and_preview")

    def when_loaded(self, window: MainWindow, state: dict[str, object]) -> None:
        """Mark that the store has filled the window; after the preview, print memory, quit."""
        self.mark("loaded")

        def done() -> None:
            import resource as rusage

            if not self._previewed:  # nothing to preview (an empty database)
                self.previewed(window)
            rss = rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss / 1024
            print(f"STARTUP maxrss_mib {rss:.1f}", flush=True)
            print(f"STARTUP rss_mib {current_rss_mib():.1f}", flush=True)
            rows, total = window.article_model.rowCount(), window.article_model.total
            print(f"STARTUP rows {rows} {total}", flush=True)
            _smoke_quit(state)

        if window.current_article is None or not window.preview.is_stale():
            QTimer.singleShot(0, done)
        else:
            window.preview.updated.connect(lambda: QTimer.singleShot(0, done))


def _smoke_check(window: object, result: dict[str, int], language: str = "en") -> None:
    """Open the welcome article, render the preview, and quit with 0 if it shows.

    Also fails when a frozen build lost a bundled file or the chosen translation is missing,
    and prints the UI's and the preview's wording so a caller can check the language.
    """
    from PySide6.QtCore import QCoreApplication

    from editorberita.core.bundle import missing_bundle_files
    from editorberita.core.domain import ArticleFilter
    from editorberita.ui.mainwindow import MainWindow

    assert isinstance(window, MainWindow)
    missing = missing_bundle_files()
    if missing:
        _smoke_fail(result, "bundle incomplete, missing: " + ", ".join(missing[:10]))
        return
    about = QCoreApplication.translate("MainWindow", "About EditorBerita")
    if language == "id" and about == "About EditorBerita":
        _smoke_fail(result, "Indonesian translation not loaded")
        return
    print(f"smoke test ui: {about}")
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

    def check() -> None:
        text = window.preview.toPlainText()
        if article.headline and article.headline in text:
            print("smoke test preview: " + " | ".join(text.splitlines()[:4]))
            print(f"smoke test ok: {article.headline!r} rendered ({len(text)} characters)")
            result["code"] = 0
            _smoke_quit(result)
        else:
            _smoke_fail(result, "preview did not show the article")

    window.preview.updated.connect(check)
    window.preview.show_article(article, window.current_category_name(article))


def _smoke_fail(result: dict[str, int], reason: str) -> None:
    print(f"smoke test failed: {reason}", file=sys.stderr)
    result["code"] = 1
    _smoke_quit(result)


def _smoke_quit(result: dict[str, int]) -> None:
    if not result.get("quit"):
        result["quit"] = 1
        QApplication.quit()
