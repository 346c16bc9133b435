"""Grab the real main window at 1366×768 on a fresh first-run database; save it as a PNG.

Usage: ``python tools/screenshot.py OUT.png [--lang en|id] [--more] [--dark]``.
``make screenshot`` runs it under Xvfb (``xvfb-run -a -s "-screen 0 1366x768x24"``, the xcb
platform): the window fills the virtual 1366×768 screen and the screen itself is captured with
ImageMagick's ``import -window root`` (or ``QScreen.grabWindow`` without ImageMagick). Without an
X display it falls back to the offscreen platform and ``QWidget.grab()``. Never touches the
user's database or preferences.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1366, 768)
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
    on_screen = QGuiApplication.platformName() == "xcb"
    if on_screen:  # no window manager under Xvfb: the window is the whole screen
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
    else:
        window.resize(*SIZE)
    window.show()
    window.load()
    loop = QEventLoop()
    window.preview.updated.connect(lambda: QTimer.singleShot(800, loop.quit))
    QTimer.singleShot(10_000, loop.quit)  # never hang
    loop.exec()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    ok = _capture(window, args.output, on_screen)
    window.close()
    store.close()
    print(f"{'saved' if ok else 'FAILED to save'} {args.output}")
    return 0 if ok else 1


def _capture(window: object, output: Path, on_screen: bool) -> bool:
    """Save the screen (under X) or the window's own rendering (offscreen) as a PNG."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    if not on_screen:
        return window.grab().save(str(output))
    tool = shutil.which("import")
    if tool:
        done = subprocess.run([tool, "-window", "root", str(output)], check=False)
        if done.returncode == 0:
            return True
    return QGuiApplication.primaryScreen().grabWindow(0).save(str(output))


if __name__ == "__main__":
    sys.exit(main())
