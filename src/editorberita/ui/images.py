"""Preparing pictures for the database with Qt's own image classes (no widgets needed).

A photo from a camera or the clipboard is checked before it is decoded (bytes on disk, type
by magic number, pixel count from the header via ``QImageReader.size()``, an allocation limit),
then decoded with its EXIF orientation applied, scaled down to the longest side the desk chose
and re-encoded: JPEG at quality 85, PNG when it has transparency. Re-encoding writes pixels
only, so EXIF (GPS position, camera serial) and comments are gone. May import ``core.pictures``
and PySide6 (QtCore, QtGui).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

from editorberita.core.pictures import (
    DEFAULT_LONGEST_SIDE,
    PictureError,
    check_byte_count,
    check_dimensions,
    check_mime,
    is_complete,
    read_bounded,
    truncated_message,
)

logger = logging.getLogger(__name__)

JPEG_QUALITY = 85
# Decoding memory Qt may allocate for one picture, in MiB (50 MP × 4 bytes, with room).
ALLOCATION_LIMIT_MB = 256
_QT_FORMAT = {"image/jpeg": b"jpeg", "image/png": b"png", "image/webp": b"webp"}


@dataclass(frozen=True)
class PreparedPicture:
    """A picture ready to store: re-encoded bytes, their type and the pixel size."""

    data: bytes
    mime: str
    width: int
    height: int


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
    return read_bounded(path)


def image_to_png(image: QImage) -> bytes:
    """Return a QImage (e.g. from the clipboard) as PNG bytes, losslessly."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", 0)  # fast deflate; the picture is re-encoded afterwards
    return bytes(buffer.data().data())


def _target_size(size: QSize, longest: int) -> QSize:
    """Return ``size`` scaled so its longest side is at most ``longest``."""
    side = max(size.width(), size.height())
    if longest <= 0 or side <= longest:
        return size
    factor = longest / side
    return QSize(max(1, round(size.width() * factor)), max(1, round(size.height() * factor)))


def prepare_picture(data: bytes, *, name: str = "Gambar",
                    longest_side: int = DEFAULT_LONGEST_SIDE,
                    keep_original: bool = False) -> PreparedPicture:
    """Check, decode, orient, scale and re-encode a JPEG, PNG or WebP; raise PictureError.

    Nothing is decoded before the byte count, the type and the header's pixel count pass;
    ``keep_original`` keeps the pixel size (the picture is still re-encoded and cleaned).
    """
    check_byte_count(len(data), name)
    mime = check_mime(data[:16], name)
    if not is_complete(data, mime):
        raise PictureError(truncated_message(name))
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, _QT_FORMAT[mime])
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # EXIF orientation
    if not reader.canRead():
        raise PictureError(truncated_message(name))
    stored = reader.size()  # from the header, before decoding
    if not stored.isValid():
        raise PictureError(truncated_message(name))
    check_dimensions(stored.width(), stored.height(), name)
    target = stored if keep_original else _target_size(stored, longest_side)
    if target != stored and mime == "image/jpeg":
        # The JPEG decoder scales while decoding (DCT scaling): a 12 MP photo decodes in a
        # fraction of the time. The size is that of the stored, not yet rotated, picture.
        reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        logger.info("Decoding %s failed: %s", name, reader.errorString())
        raise PictureError(truncated_message(name))
    longest = max(image.width(), image.height())
    if not keep_original and longest_side > 0 and longest > longest_side:
        image = image.scaled(_target_size(image.size(), longest_side),
                             Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return encode_picture(image)


def encode_picture(image: QImage) -> PreparedPicture:
    """Encode pixels only: PNG if the picture has transparency, else JPEG at quality 85."""
    if image.textKeys():
        # Comments and text chunks would be written back; a bare copy of the pixels has none.
        image = QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                       image.format()).copy()
    alpha = image.hasAlphaChannel()
    if alpha:
        fmt, mime = b"png", "image/png"
    else:
        fmt, mime = b"jpeg", "image/jpeg"
        if image.format() not in (QImage.Format.Format_RGB32, QImage.Format.Format_RGB888,
                                  QImage.Format.Format_Grayscale8):
            image = image.convertToFormat(QImage.Format.Format_RGB32)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, fmt)
    if not alpha:
        writer.setQuality(JPEG_QUALITY)
        writer.setOptimizedWrite(True)
        writer.setProgressiveScanWrite(True)
    else:
        writer.setCompression(6)
    if not writer.write(image):
        raise PictureError(f"Gambar tidak dapat disimpan ulang: {writer.errorString()}.")
    return PreparedPicture(bytes(buffer.data().data()), mime, image.width(), image.height())


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
