"""Grab the real main window at 1366×768 on a fresh first-run database; save it as a PNG.

Usage: ``python tools/screenshot.py OUT.png [--lang en|id] [--more] [--dark]``. Runs offscreen
unless QT_QPA_PLATFORM says otherwise; never touches the user's database or preferences.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> int:
    """Build the window, let it settle, grab it and write the PNG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    parser.add_argument("--more", action="store_true", help="open the “more fields” section")
    parser.add_argument("--dark", action="store_true", help="dark look")
    args = parser.parse_args(argv)
    os.environ["EDITORBERITA_LANG"] = args.lang

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QGuiApplication

    from editorberita.ui.app import (
        choose_language,
        create_application,
        install_translators,
        open_database,
    )
    from editorberita.ui.mainwindow import MainWindow, apply_color_scheme_preference
    from editorberita.ui.settings import Settings

    work = Path(tempfile.mkdtemp(prefix="editorberita-shot-"))
    os.environ["EDITORBERITA_DATA"] = str(work / "data")
    app = create_application()
    install_translators(app, choose_language())
    if args.dark:
        apply_color_scheme_preference("dark")
    app.setStyle("Fusion")
    if args.dark and QGuiApplication.styleHints().colorScheme() != Qt.ColorScheme.Dark:
        from PySide6.QtGui import QColor, QPalette

        palette = QPalette()
        for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"),
                            (QPalette.ColorRole.WindowText, "#e6e6e6"),
                            (QPalette.ColorRole.Base, "#1f1f1f"),
                            (QPalette.ColorRole.AlternateBase, "#262626"),
                            (QPalette.ColorRole.Text, "#e6e6e6"),
                            (QPalette.ColorRole.Button, "#333333"),
                            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
                            (QPalette.ColorRole.Highlight, "#2f6fb0"),
                            (QPalette.ColorRole.PlaceholderText, "#8c8c8c")):
            palette.setColor(role, QColor(color))
        app.setPalette(palette)
    store = open_database(work / "berita.sqlite3")
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("ui/more_fields", args.more)
    window = MainWindow(store, settings)
    window.resize(1366, 768)
    window.show()
    window.load()
    loop = QEventLoop()
    QTimer.singleShot(800, loop.quit)
    loop.exec()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(args.output))
    window.close()
    store.close()
    print(f"{'saved' if ok else 'FAILED to save'} {args.output}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
