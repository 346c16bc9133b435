"""Checks of a picture file before anything decodes it: size, type by magic number, pixel count,
completeness, all read from the header.

Light and pure Python, so the headless import refuses bad files as the window does; decoding
and cleaning come after, in ``core.imaging``. A refusal is a ``PictureError``.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import FileTooLargeError, os_error_message, read_bounded
from editorberita.core.messages import Message, message
from editorberita.core.textid import format_megabytes_id

if TYPE_CHECKING:
    pass


# A file larger than this is refused before it is read (a 12-megapixel JPEG is 3-8 MB).
MAX_PICTURE_BYTES = 30 * 1024 * 1024
# Pixels and side refused before decoding: 50 MP decodes to 200 MB, already a lot.
MAX_PIXELS = 50_000_000
MAX_SIDE = 16_384
DEFAULT_LONGEST_SIDE = 1600


MIME_BY_EXT = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
               "webp": "image/webp"}
EXT_BY_MIME = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
PICTURE_SUFFIXES = tuple(f".{ext}" for ext in MIME_BY_EXT)


class PictureError(EditorBeritaError):
    """A picture was refused; ``message`` says why (``core.messages``)."""


# --------------------------------------------------------------- file headers


def sniff_mime(head: bytes) -> str | None:
    """Return the picture type from the first bytes (magic numbers), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _jpeg_scan_start(data: bytes) -> tuple[int, tuple[int, int] | None]:
    """Return the offset after the first SOS header and the frame size seen before it."""
    pos = 2
    size = None
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return -1, size
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC) and pos + 9 <= len(data):
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            size = (width, height)
        if marker == 0xDA:
            return pos + 2 + length, size
        pos += 2 + length
    return -1, size


def image_size(data: bytes) -> tuple[int, int] | None:
    """Return (width, height) from a JPEG, PNG or WebP header without decoding, or None."""
    mime = sniff_mime(data[:12])
    try:
        if mime == "image/png" and data[12:16] == b"IHDR":
            width, height = struct.unpack(">II", data[16:24])
            return width, height
        if mime == "image/jpeg":
            return _jpeg_scan_start(data)[1]
        if mime == "image/webp":
            chunk = data[12:16]
            if chunk == b"VP8 ":
                width, height = struct.unpack("<HH", data[26:30])
                return width & 0x3FFF, height & 0x3FFF
            if chunk == b"VP8L":
                bits = struct.unpack("<I", data[21:25])[0]
                return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
            if chunk == b"VP8X":
                width = int.from_bytes(data[24:27], "little") + 1
                height = int.from_bytes(data[27:30], "little") + 1
                return width, height
    except struct.error:
        return None
    return None


def is_complete(data: bytes, mime: str) -> bool:
    """Return False for a file cut short (a JPEG without its end marker, PNG without IEND)."""
    if mime == "image/jpeg":
        start, _ = _jpeg_scan_start(data)
        # Entropy-coded data never holds FF D9 (an FF there is stuffed), so this is the end.
        return start > 0 and data.find(b"\xff\xd9", start) >= 0
    if mime == "image/png":
        return data.rfind(b"IEND") > 8
    if mime == "image/webp":
        return len(data) >= 8 + struct.unpack("<I", data[4:8])[0]
    return False


def check_byte_count(size: int, name: str) -> None:
    """Refuse a picture by its byte count, before reading it all."""
    if size > MAX_PICTURE_BYTES:
        raise PictureError(message("picture.too_many_bytes", name=name,
                                   size=format_megabytes_id(size),
                                   limit=MAX_PICTURE_BYTES // 1048576))
    if size == 0:
        raise PictureError(message("picture.empty", name=name))


def check_mime(head: bytes, name: str) -> str:
    """Return the picture type by magic number, or refuse a file that only claims to be one."""
    mime = sniff_mime(head)
    if mime is None:
        raise PictureError(message("picture.unknown_type", name=name))
    return mime


def check_dimensions(width: int, height: int, name: str) -> None:
    """Refuse a picture whose header promises too many pixels to decode safely."""
    if width <= 0 or height <= 0:
        raise PictureError(message("picture.no_size", name=name))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise PictureError(message("picture.too_many_pixels", name=name, width=width,
                                   height=height, megapixels=MAX_PIXELS // 1_000_000,
                                   side=MAX_SIDE))


def truncated_message(name: str) -> Message:
    """Return the message for a picture that is damaged or cut short."""
    return message("picture.truncated", name=name)


def read_picture_bytes(path: Path) -> bytes:
    """Return a picture file's bytes, refusing a file too big before reading any of it."""
    name = f"Berkas {path.name}"
    try:
        data = read_bounded(path, MAX_PICTURE_BYTES)
    except FileTooLargeError as exc:
        check_byte_count(exc.size, name)  # raises: the size is over the limit
        raise
    except OSError as exc:
        raise PictureError(os_error_message(path, exc, "read")) from exc
    check_byte_count(len(data), name)
    return data


def read_picture_file(path: Path) -> bytes:
    """Return a picture file's bytes, refusing big, foreign and damaged files by header.

    The size is checked before reading, the type by magic number, the pixel count from the
    header and the completeness from the end markers, all without decoding.
    """
    name = f"Berkas {path.name}"
    data = read_picture_bytes(path)
    mime = check_mime(data[:16], name)
    size = image_size(data)
    if size is None:
        raise PictureError(truncated_message(name))
    check_dimensions(*size, name)
    if not is_complete(data, mime):
        raise PictureError(truncated_message(name))
    return data
