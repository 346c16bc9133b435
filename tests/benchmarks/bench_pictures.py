"""Picture benchmark: inserting a 12-megapixel camera JPEG, and database growth per picture.

Target (issue 7): a 12 MP JPEG is checked, decoded, oriented, scaled to 1600 px, re-encoded
and stored in <= 500 ms on this machine. No asserts on time: the figures go in the notes.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from editorberita.core.storage import open_store
from editorberita.ui.images import prepare_picture, read_source_file

from ..photos import exif_jpeg, scene
from .bench_core import report

PHOTOS = 8


def test_insert_12_megapixel_jpeg(qapp: QGuiApplication, tmp_path: Path) -> None:
    """Time file → stored asset for distinct 12 MP photos; report the database growth."""
    files = []
    for seed in range(PHOTOS + 1):
        path = tmp_path / f"kamera-{seed}.jpg"
        path.write_bytes(exif_jpeg(scene(4000, 3000, detail=True, seed=seed), orientation=1))
        files.append(path)
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
