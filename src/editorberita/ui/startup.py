"""The first-paint sequence in one object: peek, saved preview, open the store, load.

After the window's first paint, ``show_last_article`` reads the last article without
SQLAlchemy (``core.quickread``) and shows it with the preview saved when the window closed, if
the article is unchanged; the store opens once that preview shows, or after
``FIRST_PREVIEW_WAIT_MS`` at the latest, or at once when there is nothing to show. Opening goes
through the launcher (``ui.recovery``: lock, damaged file, read-only), which attaches the store
to the window at once; then the window loads. A server desk opens on a worker
(``ui.deskconnect``): the painted window says it is connecting and stays usable until the
launcher's ``opened`` comes. The preview is saved at close by the window's
``ArticleSession``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editorberita.core.paths import APP_NAME, create_private, log_file, make_private
from editorberita.ui.messages import explain
from editorberita.ui.smoke import quit_once

if TYPE_CHECKING:
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.recovery import Launcher
    from editorberita.ui.settings import Settings

logger = logging.getLogger(__name__)

# Start-up opens the store once the last article's preview shows, or after this at the latest.
FIRST_PREVIEW_WAIT_MS = 1500


class Startup:
    """Opens the store into a painted window; owns the launcher afterwards."""

    def __init__(self, app: QApplication, window: MainWindow, settings: Settings,
                 path: Path | str, prompts: Prompts, state: dict[str, int], *,
                 quiet: bool) -> None:
        self.app = app
        self.window = window
        self.settings = settings
        self.path = path  # a desk file, or a server desk's URL (no quick read: paint, open)
        self.prompts = prompts
        self.state = state  # the run's result: "code", "quit" (shared with ui.smoke)
        self.quiet = quiet  # smoke test or start-up marks: errors go to stderr, no dialog
        self.quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # until the store is open: an error dialog may show
        self.launcher: Launcher | None = None
        self._switching: Launcher | None = None  # the desk being switched to, while it opens
        self._opening = False
        window.first_painted.connect(self.show_last_article, Qt.ConnectionType.QueuedConnection)

    def show_last_article(self) -> None:
        """Runs after the first paint: show the last article, read without SQLAlchemy.

        Its preview is the one saved when the window closed, if the article is unchanged, or
        else renders on the pool thread; the store opens once it shows (or at once when there
        is nothing to show), so SQLAlchemy's import does not compete with the rendering.
        """
        from editorberita.core import quickread
        from editorberita.core.paths import cache_dir
        from editorberita.ui.desks import adopt_desk

        adopt_desk(self.settings, self.path)  # the last article is this desk's, or none
        last = self.settings.last_article
        path = self.path
        found = (quickread.peek_article(path, last)
                 if last is not None and isinstance(path, Path) and path.exists() else None)
        if found is None:
            self.open_store()
            return
        article, category_name = found
        assert isinstance(path, Path)  # found: a desk file was read
        categories = quickread.peek_categories(path)
        try:
            key = quickread.preview_key(article, category_name)
            saved = quickread.cached_preview(cache_dir(), key) if key is not None else None
        except OSError:  # no data folder to read from: the preview renders instead
            saved = None
        self.window.preview.updated.connect(self._open_once, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(FIRST_PREVIEW_WAIT_MS, self._open_once)  # never wait longer
        self.window.show_first(article, category_name, saved, categories)

    def _open_once(self) -> None:
        if not self._opening:
            self._opening = True
            self.window.preview.updated.disconnect(self._open_once)
            self.open_store()

    def open_store(self) -> None:
        """Import the heavy parts, open the store, fill the panes.

        The launcher takes the database lock (a second EditorBerita opens read-only), checks
        the file (a damaged one is not opened for writing: the newest good backup is offered)
        and starts the daily backup and revision thinning on a thread.
        """

        window = self.window
        window.preview.warm_up()
        setup_logging()
        from editorberita.ui.recovery import Launcher

        launcher = self.launcher = Launcher(self.path, self.settings, prompts=self.prompts)
        launcher.interactive = not self.quiet
        launcher.opened.connect(self._on_opened)  # at once for a file; a server: when open
        launcher.open_into(window)  # a server desk opens on a worker: the window paints on

    def _on_opened(self, outcome: object) -> None:
        """The desk opened (fill the window) or did not (say why, quit)."""
        from editorberita.core.domain import DatabaseError

        launcher, window = self.launcher, self.window
        assert launcher is not None
        launcher.opened.disconnect(self._on_opened)
        if isinstance(outcome, DatabaseError):
            logger.error("Cannot open %s: %s", self.path, outcome)
            if self.quiet:
                print(f"editorberita: {outcome}", file=sys.stderr)
            else:
                self.prompts.error(window, APP_NAME, explain(outcome))
            outcome = False
        if not outcome:
            self.state["code"] = 1
            quit_once(self.state)
            return
        if not self.quiet:
            self.app.setQuitOnLastWindowClosed(self.quit_on_close)
        self._adopt(launcher)
        window.load()
        launcher.after_show()

    def _adopt(self, launcher: Launcher) -> None:
        """Follow the desk the launcher opened (the local one, if chosen instead)."""
        from editorberita.ui.desks import adopt_desk

        self.path = launcher.location
        adopt_desk(self.settings, self.path)
        launcher.switch_requested.connect(self.switch_desk)

    def switch_desk(self, location: object) -> None:
        """Open another desk (``ui.desks``) in a fresh window; the old one closes after saving.

        The old desk stays open until the new one is: an editor who gives up on a server that
        cannot be reached ("Quit" in its dialog) keeps working where they were.
        """
        from editorberita.ui.mainwindow import MainWindow
        from editorberita.ui.recovery import Launcher

        old = self.launcher.window if self.launcher else None
        if old is not None and not old.save_now():
            return  # the conflict or error was shown; nothing is left behind unsaved
        if self._switching is not None:  # the newest choice wins: File → Local desk while
            self._switching.cancel_open()  # a server does not answer is the way back
        launcher = self._switching = Launcher(
            location if isinstance(location, str) else Path(str(location)), self.settings,
            prompts=self.prompts)
        window = MainWindow(self.settings, self.prompts)
        launcher.opened.connect(lambda outcome: self._on_switched(launcher, window, outcome))
        launcher.open_into(window, shown_on=old)  # the old window says "Connecting…"

    def _on_switched(self, launcher: Launcher, window: MainWindow, outcome: object) -> None:
        """The desk switched to opened: show its window, close the old one; else keep it."""
        from editorberita.core.domain import DatabaseError

        if self._switching is launcher:
            self._switching = None
        old_launcher, old = self.launcher, self.launcher.window if self.launcher else None
        if isinstance(outcome, DatabaseError):  # a damaged or foreign local desk file...
            self.prompts.error(old, APP_NAME, str(outcome))
            outcome = False
        if not outcome:
            launcher.close()
            window.deleteLater()
            return
        window.show()
        if old is not None:
            old.close()  # saves its window state and last article (of the old desk)
            QTimer.singleShot(0, old.deleteLater)  # after what its close queued (spelling)
        if old_launcher is not None:
            old_launcher.close()
        self.launcher, self.window = launcher, window
        self._adopt(launcher)
        window.load()
        launcher.after_show()

    def close(self) -> None:
        """After the event loop: close the windows, then the launcher (store and lock).

        A window that never got its store (a server desk that did not open) only hides: its
        close would record "no article open" over the desk's last article."""
        if self.window.session.is_open:
            self.window.close()
        else:
            self.window.hide()
        self.window.deleteLater()
        self.app.setQuitOnLastWindowClosed(self.quit_on_close)
        if self._switching is not None:
            self._switching.close()  # abandons the desk being opened
        launcher = self.launcher
        if launcher is None:
            return
        current = launcher.window
        if current is not None and current is not self.window:  # a restore opened a new one
            current.close()
        launcher.close()


def setup_logging() -> None:
    """Log warnings to stderr and info to a rotating file in the user data folder."""
    import logging.handlers  # ~10 ms: loaded after the window's first paint
    from io import TextIOWrapper

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for existing in root.handlers:  # the console (set up by cli.py) keeps to warnings
        existing.setLevel(max(existing.level, logging.WARNING))
    class PrivateLog(logging.handlers.RotatingFileHandler):
        """The log names articles and files: owner-only, after every rotation too."""

        def _open(self) -> TextIOWrapper:
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
