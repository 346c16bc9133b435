"""Grab the real main window at 1366×768 on a fresh first-run database; save it as a PNG.

Usage: ``python tools/screenshot.py OUT.png [--lang en|id] [--more] [--dark] [--photo]``.
``--photo`` opens an article with a featured photo and an inline picture, captions and
credits filled in (``resources/screenshots/photo-preview.png``). ``--check`` opens an article
with typical desk mistakes and the check panel (F7) listing them
(``resources/screenshots/check-panel-id.png``).
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
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    """Build the window, let it settle, grab it and write the PNG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="id", choices=["id", "en"])
    parser.add_argument("--more", action="store_true", help="open the “more fields” section")
    parser.add_argument("--dark", action="store_true", help="dark look")
    parser.add_argument("--photo", action="store_true",
                        help="an article with a featured photo, caption and credit")
    parser.add_argument("--check", action="store_true",
                        help="an article with mistakes, the check panel open (F7)")
    parser.add_argument("--exec", dest="script", type=Path,
                        help="a Python file run after loading, with window, store and app "
                             "at hand (to stage a scene: open a dialog, a menu, a field)")
    args = parser.parse_args(argv)
    os.environ["EDITORBERITA_LANG"] = args.lang

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QGuiApplication

    from editorberita.ui.appearance import apply_color_scheme_preference
    from editorberita.ui.application import (
        choose_language,
        create_application,
        install_translators,
    )
    from editorberita.ui.mainwindow import MainWindow
    from editorberita.ui.recovery import open_database
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
    if args.photo:
        settings.last_article = _photo_article(store)
    if args.check:
        settings.last_article = _check_article(store)
    window = MainWindow.on_store(store, settings)
    on_screen = QGuiApplication.platformName() == "xcb"
    if on_screen:  # no window manager under Xvfb: the window is the whole screen
        window.setGeometry(QGuiApplication.primaryScreen().geometry())
    else:
        window.resize(*SIZE)
    window.show()
    window.load()
    if args.photo:
        window.splitter.setSizes([150, 250, 470, 496])
        window.picture_panel.select_asset(window.current_article.featured_asset_id or 0)
    if args.check:
        window.spelling.spell.wait_until_ready()
        QTimer.singleShot(300, window.checking.run_check)
    loop = QEventLoop()
    window.preview.updated.connect(lambda: QTimer.singleShot(800, loop.quit))
    QTimer.singleShot(10_000, loop.quit)  # never hang
    if args.script:
        exec(args.script.read_text(encoding="utf-8"),  # our own staging file
             {"window": window, "store": store, "app": app})
        QTimer.singleShot(1500, loop.quit)
    loop.exec()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    ok = _capture(window, args.output, on_screen)
    window.close()
    store.close()
    print(f"{'saved' if ok else 'FAILED to save'} {args.output}")
    return 0 if ok else 1


def _photo_article(store) -> int:  # type: ignore[no-untyped-def]
    """Store two painted photos and an article showing them; return the article's id."""
    from datetime import datetime, timedelta, timezone

    from tests.photos import encode, scene

    from editorberita.core.domain import Article, Status
    from editorberita.core.imaging import prepare_picture
    from editorberita.core.pictures import picture_markdown

    def add(width: int, height: int, seed: int, caption: str, credit: str, alt: str) -> object:
        prepared = prepare_picture(encode(scene(width, height, detail=True, seed=seed)))
        asset = store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                                height=prepared.height)
        return store.update_asset(asset.id, caption=caption, credit=credit, alt_text=alt)

    featured = add(2400, 1600, 3, "Lanskap perbukitan di Kecamatan Sungai Pinang, Samarinda, "
                   "Selasa (23/7/2024).", "Foto: Diskominfo Kaltim",
                   "Perbukitan hijau dan sungai di bawah langit cerah")
    inline = add(1600, 1000, 11, "Warga memanfaatkan sungai untuk mencuci dan mandi.",
                 "Foto: Humas Pemkot Samarinda", "Sungai kecil di antara rumah warga")
    rubric = store.find_category("Seputar Kaltim", any_parent=True) or store.create_category(
        "Seputar Kaltim")
    body = ("Pemerintah Kota Samarinda menyiapkan kawasan perbukitan Sungai Pinang sebagai "
            "ruang terbuka hijau baru bagi warga.\n\n"
            f"{picture_markdown(inline)}\n\n"
            "Kepala dinas mengatakan penataan dimulai tahun depan dan melibatkan warga "
            "setempat sejak tahap perencanaan.")
    article = store.create_article(Article(
        headline="Perbukitan Sungai Pinang Jadi Ruang Hijau Baru", category_id=rubric.id,
        status=Status.READY, byline="Rina Wulandari", initials="rw", dateline="Samarinda",
        body=body, featured_asset_id=featured.id,  # type: ignore[attr-defined]
        lead="Kawasan seluas 12 hektare itu akan dibuka untuk umum pada 2025.",
        published_at=datetime(2024, 7, 23, 9, 30, tzinfo=timezone(timedelta(hours=8)))))
    return article.id or 0


def _check_article(store) -> int:  # type: ignore[no-untyped-def]
    """Store an article with the mistakes a desk editor meets; return its id."""
    from editorberita.core.domain import Article

    rubric = store.find_category("Samarinda", any_parent=True)
    body = ("Air Sungai Mahakam mulai naik sejak Senin malam dan mencapai puncaknya pada "
            "selasa  pagi. Warga membayar Rp 50.000 untuk sewa perahu menuju posko "
            "pengungsian.\n\n"
            "\"Kami sudah mengungsi ke masjid sejak subuh, kata Rahmat, warga setempat. Ia "
            "berharap pemerintah segera menyalurkan bantuan logistik karena persediaan "
            "makanan menipis.\n\n"
            "Pemerintah Kota Samarinda menyiapkan anggaran darurat. Masyarakat diminta "
            "bersabar karena kebijkan ini membutuhkan waktu untuk dijalankan, ujar Kepala "
            "BPBD.\n\n## Bantuan mulai mengalir\n\n"
            "Relawan dari berbagai organisasi mendirikan dapur umum di halaman kantor "
            "kelurahan. [Tulis isi berita di sini]")
    article = store.create_article(Article(
        headline="Banjir Rob Genangi Tepian Mahakam, Pemerintahh Siapkan Bantuan",
        subheadline="Pemerintahh kota siapkan anggaran darurat",
        category_id=rubric.id if rubric else None, byline="Rina Wahyuni",
        dateline="Samarinda", body=body))
    return article.id or 0


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
