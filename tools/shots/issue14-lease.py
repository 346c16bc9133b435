"""A leased article on a shared desk (issue 14): Budi's window while Rina edits the article.

Usage: ``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/shots/issue14-lease.py
OUT.png`` (needs Debian's ``postgresql``: a throw-away test server is started, as in the tests).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EDITORBERITA_LANG"] = "id"
os.environ["EDITORBERITA_DATA"] = tempfile.mkdtemp(prefix="editorberita-shot-")


def main(output: Path) -> int:
    """Start a server desk, let Rina take the sample article's lease, show Budi's window."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from tests.pgserver import PgServer, find_bin_dir

    from editorberita.core.sample import add_sample_content
    from editorberita.core.store import open_store
    from editorberita.ui.application import (
        choose_language,
        create_application,
        install_translators,
    )
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.settings import Settings

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("PostgreSQL is not installed")
        return 1
    server = PgServer(bin_dir)
    server.start()
    try:
        url = server.url(server.new_database())
        rina = open_store(url)
        rina.editor = "Rina"
        article = add_sample_content(rina)
        rina.take_lease(article.id or 0, "PC-REDAKSI-2")
        budi = open_store(url)
        budi.editor = "Budi"
        app = create_application()
        install_translators(app, choose_language())
        app.setStyle("Fusion")
        settings = Settings(QSettings(str(Path(os.environ["EDITORBERITA_DATA"]) / "s.ini"),
                                      QSettings.Format.IniFormat))
        settings.last_article = article.id
        window = MainWindow.on_store(budi, settings)
        on_screen = QGuiApplication.platformName() == "xcb"
        if on_screen:
            window.setGeometry(QGuiApplication.primaryScreen().geometry())
        else:
            window.resize(1366, 768)
        window.show()
        window.load()
        loop = QEventLoop()
        QTimer.singleShot(2500, loop.quit)
        loop.exec()
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0) if on_screen else window.grab()
        ok = image.save(str(output))
        window.close()
        budi.close()
        rina.close()
    finally:
        server.stop()
    print(f"{'saved' if ok else 'FAILED to save'} {output}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
