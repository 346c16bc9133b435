"""Pictures dropped, pasted or shown in the window: sources from Qt's mime data, thumbnails.

Checking, orienting, scaling and cleaning a picture before it is stored is
``core.imaging.prepare_picture``, the same for the window and the headless import (measured
no slower than Qt's decoder: ``tests/benchmarks/bench_pictures.py``). May import
``core.picturecheck`` and PySide6 (QtCore, QtGui).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from editorberita.core.picturecheck import read_picture_bytes

# Decoding memory Qt may allocate for one thumbnail, in MiB (50 MP × 4 bytes, with room).
ALLOCATION_LIMIT_MB = 256


# Suffixes taken as "a picture was dropped": ours, and others refused with a clear message.
DROPPED_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff",
                              ".heic", ".heif", ".avif", ".jfif"})
_CLIPBOARD_TYPES = ("image/png", "image/jpeg", "image/webp")


@dataclass(frozen=True)
class PictureSource:
    """A picture to insert: a file (read only after its size is checked) or bytes in memory."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def read(self) -> bytes:
        """Return the bytes, refusing a file too big before reading it."""
        if self.path is not None:
            return read_source_file(self.path)
        return self.data or b""


def _picture_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in files if p.suffix.lower() in DROPPED_SUFFIXES]


def _image_wins(mime: QMimeData) -> bool:
    """Return True if pasted data is a picture rather than text that comes with a rendering.

    Office programs add a picture of copied text; a browser's "copy image" adds an ``img``.
    """
    if not (mime.hasImage() or any(mime.hasFormat(f) for f in _CLIPBOARD_TYPES)):
        return False
    if mime.hasHtml() and "<img" in mime.html().lower():
        return True
    return not (mime.hasText() and mime.text().strip())


def has_pictures(mime: QMimeData) -> bool:
    """Return True if dropped or pasted data holds pictures (cheap: nothing is decoded)."""
    return bool(_picture_files(mime)) or _image_wins(mime)


def picture_sources(mime: QMimeData) -> list[PictureSource]:
    """Return the pictures in dropped or pasted data: local picture files, else image data."""
    found = [PictureSource(f"Berkas {p.name}", path=p) for p in _picture_files(mime)]
    if found:
        return found
    if not _image_wins(mime):
        return []
    for fmt in _CLIPBOARD_TYPES:
        if mime.hasFormat(fmt):
            data = bytes(mime.data(fmt).data())
            if data:
                return [PictureSource("Gambar dari papan klip", data=data)]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [PictureSource("Gambar dari papan klip", data=image_to_png(image))]
    return []


def read_source_file(path: Path) -> bytes:
    """Return a picture file's bytes, refusing a file too big before reading any of it."""
    return read_picture_bytes(path)


def image_to_png(image: QImage) -> bytes:
    """Return a QImage (e.g. from the clipboard) as PNG bytes, losslessly."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Fast deflate; the picture is re-encoded afterwards.
    image.save(buffer, "PNG", 0)  # type: ignore[call-overload]  # stub says bytes; runtime wants str
    return bytes(buffer.data().data())


def _target_size(size: QSize, longest: int) -> QSize:
    """Return ``size`` scaled so its longest side is at most ``longest``."""
    side = max(size.width(), size.height())
    if longest <= 0 or side <= longest:
        return size
    factor = longest / side
    return QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)))


def thumbnail(data: bytes, side: int) -> QImage:
    """Return a small version of a stored picture (scaled while decoding when possible)."""
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(_target_size(size, side))
    image = reader.read()
    if image.isNull():
        return image
    if max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image
