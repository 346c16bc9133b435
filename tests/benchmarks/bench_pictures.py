"""Picture benchmark: inserting a 12-megapixel camera JPEG, and database growth per picture.

Target (issue 7): a 12 MP JPEG is checked, decoded, oriented, scaled to 1600 px, re-encoded
and stored in <= 500 ms on this machine. No asserts on time: the figures go in the notes.
Issue 11 chose Pillow (``core.imaging``) for the window and the import because it was no
slower than Qt's decoder: ``test_pillow_against_qt`` keeps that comparison side by side.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QImageWriter

from editorberita.core.imaging import prepare_picture
from editorberita.core.store import open_store
from editorberita.ui.images import read_source_file

from ..photos import exif_jpeg, scene
from .bench_core import report

PHOTOS = 8


def _camera_files(tmp_path: Path, count: int, orientation: int = 1) -> list[Path]:
    files = []
    for seed in range(count):
        path = tmp_path / f"kamera-{seed}.jpg"
        path.write_bytes(exif_jpeg(scene(4000, 3000, detail=True, seed=seed),
                                   orientation=orientation))
        files.append(path)
    return files


def test_insert_12_megapixel_jpeg(qapp: QGuiApplication, tmp_path: Path) -> None:
    """Time file → stored asset for distinct 12 MP photos; report the database growth."""
    files = _camera_files(tmp_path, PHOTOS + 1)
    megabytes = statistics.mean(p.stat().st_size for p in files) / 2**20
    report("12 MP camera JPEG, mean file size", megabytes, "MiB", "-")
    db = tmp_path / "berita.sqlite3"
    store = open_store(db)
    try:
        def insert(path: Path) -> int:
            prepared = prepare_picture(read_source_file(path))
            return store.add_asset(prepared.data, prepared.mime, width=prepared.width,
                                   height=prepared.height).size

        insert(files[0])  # warm-up: plugin loading, first transaction
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        before = db.stat().st_size
        times, sizes = [], []
        for path in files[1:]:
            t0 = time.perf_counter()
            sizes.append(insert(path))
            times.append((time.perf_counter() - t0) * 1000)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        growth = (db.stat().st_size - before) / len(sizes) / 1024
        report("insert 12 MP JPEG (check, decode, scale, encode, store)",
               statistics.median(times), "ms", "<= 500 ms")
        report("insert 12 MP JPEG, slowest", max(times), "ms", "-")
        report("stored picture size (1600 px JPEG q85)", statistics.mean(sizes) / 1024, "KiB",
               "-")
        report("database growth per picture", growth, "KiB", "-")
    finally:
        store.close()


def _qt_prepare(data: bytes, longest: int = 1600) -> bytes:
    """The window's Qt path before issue 11: DCT-scaled decode, smooth scale, q85 encode."""
    array = QByteArray(data)  # kept alive: the buffer does not own it
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"jpeg")
    reader.setAutoTransform(True)
    size = reader.size()
    factor = longest / max(size.width(), size.height())
    reader.setScaledSize(QSize(round(size.width() * factor), round(size.height() * factor)))
    image = reader.read()
    if max(image.width(), image.height()) > longest:
        image = image.scaled(longest, longest, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(out, b"jpeg")
    writer.setQuality(85)
    writer.setOptimizedWrite(True)
    writer.setProgressiveScanWrite(True)
    assert writer.write(image)
    return bytes(out.data().data())


def test_pillow_against_qt(qapp: QGuiApplication, tmp_path: Path) -> None:
    """Decode, orient, scale and encode the same 12 MP photos with both; report the medians."""
    photos = [p.read_bytes() for p in _camera_files(tmp_path, 6, orientation=6)]
    ways = {"Pillow (core.imaging)": lambda d: prepare_picture(d).data, "Qt (before)": _qt_prepare}
    times: dict[str, list[float]] = {name: [] for name in ways}
    for prepare in ways.values():
        prepare(photos[0])  # warm-up
    for _round in range(2):  # interleaved, so the machine's load falls on both alike
        for data in photos[1:]:
            for name, prepare in ways.items():
                t0 = time.perf_counter()
                prepare(data)
                times[name].append((time.perf_counter() - t0) * 1000)
    for name, values in times.items():
        report(f"prepare 12 MP JPEG, {name}", statistics.median(values), "ms", "-")
