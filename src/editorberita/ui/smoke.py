"""``--smoke-test`` and the start-up marks: the app checks itself and quits by itself.

``smoke_check`` opens the welcome article, renders its preview and quits with 0 when it shows
(the frozen build's self-test). ``StartupMarks`` prints ``STARTUP`` lines for ``make bench``
(``EDITORBERITA_STARTUP_MARKS=1``). Both share the run's result dict with ``ui.app.run``.
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
            quit_once(state)

        if window.current_article is None or not window.preview.is_stale():
            QTimer.singleShot(0, done)
        else:
            window.preview.updated.connect(lambda: QTimer.singleShot(0, done))


def smoke_check(window: object, result: dict[str, object], language: str = "en") -> None:
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
    window.preview.show_article(article, window.current_category_name(article))


def smoke_fail(result: dict[str, object], reason: str) -> None:
    """Say why the self-check failed and quit with 1."""
    print(f"smoke test failed: {reason}", file=sys.stderr)
    result["code"] = 1
    quit_once(result)


def quit_once(result: dict[str, object]) -> None:
    """Quit the event loop exactly once (a second quit would end every later loop at once)."""
    if not result.get("quit"):
        result["quit"] = 1
        QApplication.quit()
