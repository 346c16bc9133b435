"""``--smoke-test`` and the start-up marks: the app checks itself and quits by itself.

``SelfCheck`` is what the composition root attaches to the window for either: a watchdog
that fails the run if it hangs, and the result dict (``code``, ``quit``) the start-up shares.
``smoke_check`` opens the welcome article, renders its preview and quits with 0 when it shows
(the frozen build's self-test). ``StartupMarks`` prints ``STARTUP`` lines for ``make bench``
(``EDITORBERITA_STARTUP_MARKS=1``).
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from editorberita.ui.mainwindow import MainWindow

SMOKE_TIMEOUT_MS = 30_000


class SelfCheck:
    """The run's self-checks (``--smoke-test``, the start-up marks) and their result."""

    def __init__(self, *, smoke_test: bool, marks: bool) -> None:
        self.smoke_test = smoke_test
        self.marks = StartupMarks() if marks else None
        self.state: dict[str, int] = {"code": 0}  # shared with ui.startup
        self._watchdog = QTimer()

    @property
    def active(self) -> bool:
        """Return True when the run checks itself (errors go to stderr, no dialog)."""
        return self.smoke_test or self.marks is not None

    def watch(self, window: MainWindow, language: str) -> None:
        """Check the start-up of ``window``; quit by itself when done, or after a timeout."""
        state, marks = self.state, self.marks
        if self.active:
            # Quit exactly once: a second quit after exec() returned would leave Qt's "quit
            # now" flag set and make every later event loop in this process return at once.
            self._watchdog.setSingleShot(True)
            self._watchdog.timeout.connect(lambda: smoke_fail(state, "timeout"))
            self._watchdog.start(SMOKE_TIMEOUT_MS)
        if self.smoke_test:
            window.loaded.connect(lambda: QTimer.singleShot(
                0, lambda: smoke_check(window, state, language)))
        if marks is not None:
            window.first_painted.connect(lambda: marks.mark("first_paint"))
            window.preview.updated.connect(lambda: marks.previewed(window))
            window.loaded.connect(lambda: marks.when_loaded(window, state))

    def stop(self) -> None:
        """The event loop has returned: no timeout any more."""
        self._watchdog.stop()

    def exit_code(self, code: int) -> int:
        """Return the process's exit code: a failed check's, else 0 (or the loop's)."""
        if self.state["code"]:
            return self.state["code"]
        return 0 if self.active else code


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


class StartupMarks:
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

    def when_loaded(self, window: MainWindow, state: dict[str, int]) -> None:
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
            quit_once(state)

        if window.current_article is None or not window.preview.is_stale():
            QTimer.singleShot(0, done)
        else:
            window.preview.updated.connect(lambda: QTimer.singleShot(0, done))


def smoke_check(window: object, result: dict[str, int], language: str = "en") -> None:
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
        smoke_fail(result, "bundle incomplete, missing: " + ", ".join(missing[:10]))
        return
    unbundled = missing_modules()
    if unbundled:
        smoke_fail(result, "modules missing from the bundle: " + ", ".join(unbundled))
        return
    about = QCoreApplication.translate("MainWindow", "About EditorBerita")
    if language == "id" and about == "About EditorBerita":
        smoke_fail(result, "Indonesian translation not loaded")
        return
    print(f"smoke test ui: {about}")
    summaries = window.store.list_articles(ArticleFilter(), limit=50, sort="published",
                                           descending=False)
    welcome = next((s for s in summaries if "EditorBerita" in s.headline),
                   summaries[0] if summaries else None)
    if welcome is None:
        smoke_fail(result, "no article to open")
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
            quit_once(result)
        else:
            smoke_fail(result, "preview did not show the article")

    window.preview.updated.connect(check)
    window.preview.show_article(article, window.session.category_name(article))


# What a frozen build must carry beyond what the window imports at start-up: sending to a site
# (HTTPS), a shared desk on a server (psycopg and its libpq), passwords in the OS keyring.
LATE_MODULES = ("ssl", "editorberita.core.send.wordpress", "editorberita.core.send.sender",
                "psycopg", "editorberita.core.store.dialect_postgresql", "keyring")


def missing_modules() -> list[str]:
    """Return the late-imported modules this build cannot import (a frozen build lost them)."""
    import importlib

    missing = []
    for name in LATE_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing.append(f"{name} ({exc})")
    return missing


def smoke_fail(result: dict[str, int], reason: str) -> None:
    """Say why the self-check failed and quit with 1."""
    print(f"smoke test failed: {reason}", file=sys.stderr)
    result["code"] = 1
    quit_once(result)


def quit_once(result: dict[str, int]) -> None:
    """Quit the event loop exactly once (a second quit would end every later loop at once)."""
    if not result.get("quit"):
        result["quit"] = 1
        QApplication.quit()
