"""Show every article of a database in a real preview pane; one JSON line per article.

Run by tests/safety/test_hostile_corpus.py as ``python -m tests.safety.hostile_preview DB``
(offscreen, in a subprocess bounded in CPU and memory). ``gap`` is the longest the event
loop went without turning while the article rendered and showed (a frozen window).
"""

from __future__ import annotations

import itertools
import json
import sys
import time
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from editorberita.core.domain import ArticleFilter
from editorberita.core.store import open_store
from editorberita.ui.preview import PreviewPane

WAIT_MS = 120_000
REFUSED = ("tidak dapat", "could not")



def _visible(text: str) -> str:
    """Return text as a reader sees it: control and format characters (ESC, BEL, bidi
    overrides) are never shown, and runs of white space are one space."""
    kept = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf") or c in "\n\t ")
    return " ".join(kept.split())

def main(db: Path) -> int:
    """Show each article, print how it went."""
    app = QApplication.instance() or QApplication([])
    store = open_store(db)
    pane = PreviewPane()
    pane.resize(900, 700)
    pane.show()
    ticks: list[float] = []
    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()
    try:
        for summary in store.list_articles(ArticleFilter(), limit=10_000):
            article = store.get_article(summary.id)
            loop = QEventLoop()
            done: list[bool] = []
            pane.updated.connect(lambda d=done, lp=loop: (d.append(True), lp.quit()))
            QTimer.singleShot(WAIT_MS, loop.quit)
            ticks.clear()
            start = time.monotonic()
            ticks.append(start)
            pane.show_article(article)
            loop.exec()
            pane.updated.disconnect()
            app.processEvents()
            text = pane.toPlainText()
            gap = max((b - a for a, b in itertools.pairwise(ticks)), default=0.0)
            shown = (_visible(article.headline) in _visible(text)
                     or any(r in text for r in REFUSED))
            print(json.dumps({"id": article.id, "headline": article.headline[:60],
                              "updated": bool(done), "shown": shown, "chars": len(text),
                              "seconds": round(time.monotonic() - start, 3),
                              "gap": round(gap, 3)}), flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
