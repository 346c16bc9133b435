"""Preparing a picture for the database: decode, orient, scale, clean and re-encode (Pillow).

One implementation for the window (insert, paste, drop) and the headless import: the header
checks of ``core.picturecheck`` come first (bytes, type by magic number, pixel count, end markers),
then the whole picture is decoded (a file cut short is refused, see ``_sequential_payload``),
the EXIF orientation is applied, the picture is scaled down to the desk's longest side
(a JPEG is scaled while decoding, by DCT scaling) and re-encoded with pixels and colour profile
only: JPEG at quality 85, PNG when it has transparency. EXIF (GPS position, camera model and
serial, owner name), XMP, IPTC and comments are gone. Pillow is imported on first use.
Pillow is the only third-party import; never Qt.
"""

from __future__ import annotations

import io
import logging
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editorberita.core.messages import message, reason_of
from editorberita.core.picturecheck import (
    DEFAULT_LONGEST_SIDE,
    PictureError,
    check_byte_count,
    check_dimensions,
    check_mime,
    image_size,
    is_complete,
    truncated_message,
)

if TYPE_CHECKING:
    from PIL import Image

logger = logging.getLogger(__name__)

JPEG_QUALITY = 85
PNG_COMPRESSION = 6
_PIL_FORMAT = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# Zero bytes after the scan data: room for the decoder's bit look-ahead, far too few to pass
# for the missing part of a cut file (see ``_sequential_payload``).
_LOOKAHEAD_PADDING = b"\x00" * 16


@dataclass(frozen=True)
class PreparedPicture:
    """A picture ready to store: re-encoded bytes, their type and the pixel size."""

    data: bytes
    mime: str
    width: int
    height: int


def target_size(width: int, height: int, longest: int) -> tuple[int, int]:
    """Return (width, height) scaled so the longest side is at most ``longest`` (0: as is)."""
    side = max(width, height)
    if longest <= 0 or side <= longest:
        return width, height
    factor = longest / side
    return max(1, round(width * factor)), max(1, round(height * factor))


def _sequential_payload(data: bytes) -> bytes | None:
    """Return a baseline JPEG up to its scan's end, padded, without the end marker; else None.

    A file cut short and given an end marker (``FF D9``) by a careless copy tool decodes
    "fine": libjpeg fills the missing blocks with grey and only warns. Without the end marker
    and with a few zero bytes of padding, a complete scan still decodes to its last row while
    a cut one runs out of data and Pillow refuses it as truncated. Progressive and multi-scan
    files must reach their end marker before any row comes out, so they get None (decoded as
    they are; their header checks still apply).
    """
    pos, scans, sequential = 2, 0, False
    while pos + 2 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xD9:
            return data[:pos] + _LOOKAHEAD_PADDING if scans == 1 and sequential else None
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if pos + 4 > len(data):
            return None
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if marker in (0xC0, 0xC1):
            sequential = True
        pos += 2 + length
        if marker == 0xDA:
            scans += 1
            pos = _skip_entropy(data, pos)  # an FF in scan data is stuffing or a restart
            if pos < 0:
                return None
    return None


# JPEG segments a clean picture may carry: JFIF (APP0), ICC profile (APP2), Adobe colour
# transform (APP14) and the frame, table and scan headers; never EXIF/XMP (APP1), IPTC (APP13),
# comments (COM) or other application data.
_CLEAN_JPEG_APPS = {0xE0: (b"JFIF\x00", b"JFXX\x00"), 0xE2: (b"ICC_PROFILE\x00",),
                    0xEE: (b"Adobe",)}
# PNG chunks a clean picture may carry: pixels, palette, transparency and colour description.
_CLEAN_PNG_CHUNKS = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM",
                               b"sRGB", b"iCCP", b"sBIT", b"bKGD", b"pHYs"})


def is_clean(data: bytes, mime: str) -> bool:
    """Return True for a JPEG or PNG with nothing but pixels and a colour profile.

    Such a file (one this program prepared and exported, say) is stored byte for byte: a
    second JPEG encoding would only lose quality and change the picture's hash.
    """
    if mime == "image/png":
        pos = 8
        while pos + 8 <= len(data):
            length = struct.unpack(">I", data[pos:pos + 4])[0]
            kind = data[pos + 4:pos + 8]
            if kind not in _CLEAN_PNG_CHUNKS:
                return False
            pos += 12 + length
            if kind == b"IEND":
                return pos == len(data)
        return False
    if mime != "image/jpeg":
        return False
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return False
        marker = data[pos + 1]
        if marker == 0xDA:
            end = _sequential_end(data, pos)
            return end is not None and data[end:] == b"\xff\xd9"
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        body = data[pos + 4:pos + 2 + length]
        if marker == 0xFE or (0xE0 <= marker <= 0xEF and not body.startswith(
                _CLEAN_JPEG_APPS.get(marker, ()))):
            return False
        pos += 2 + length
    return False


def _sequential_end(data: bytes, pos: int) -> int | None:
    """Return the offset of the end marker after the scans that start at ``pos``."""
    size = len(data)
    while pos + 2 <= size:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xD9:
            return pos
        if marker == 0xFF:
            pos += 1
            continue
        if pos + 4 > size:
            return None
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        pos += 2 + length
        if marker == 0xDA:
            pos = _skip_entropy(data, pos)
            if pos < 0:
                return None
    return None


def _skip_entropy(data: bytes, pos: int) -> int:
    """Return the offset of the marker that ends entropy-coded data at ``pos`` (-1: none)."""
    size = len(data)
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= size:
            return -1
        follower = data[pos + 1]
        if follower == 0x00 or 0xD0 <= follower <= 0xD7:
            pos += 2
            continue
        return pos


def _decode(data: bytes, mime: str, name: str, longest_side: int) -> Image.Image:
    """Decode the picture fully, scaled while decoding when it is a JPEG; refuse damage."""
    from PIL import Image, UnidentifiedImageError

    payload = _sequential_payload(data) if mime == "image/jpeg" else None
    try:
        image = Image.open(io.BytesIO(payload or data), formats=[_PIL_FORMAT[mime]])
        check_dimensions(image.width, image.height, name)
        if mime == "image/jpeg" and longest_side > 0:
            wanted = target_size(image.width, image.height, longest_side)
            if wanted != image.size:
                # DCT scaling: the decoder gives at least the size asked for, much faster.
                image.draft(image.mode if image.mode in ("L", "RGB") else None, wanted)
        image.load()
    except PictureError:
        raise
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, struct.error,
            Image.DecompressionBombError) as exc:
        logger.info("Decoding %s failed: %s", name, exc)
        raise PictureError(truncated_message(name)) from exc
    return image


def _orientation(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block costs the orientation, not the picture
        logger.info("Unreadable EXIF block ignored")
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _orient(image: Image.Image, orientation: int) -> Image.Image:
    """Turn the pixels as the camera's EXIF orientation says (1: nothing to do)."""
    from PIL import Image

    steps = {
        2: [Image.Transpose.FLIP_LEFT_RIGHT],
        3: [Image.Transpose.ROTATE_180],
        4: [Image.Transpose.FLIP_TOP_BOTTOM],
        5: [Image.Transpose.TRANSPOSE],
        6: [Image.Transpose.ROTATE_270],
        7: [Image.Transpose.TRANSVERSE],
        8: [Image.Transpose.ROTATE_90],
    }.get(orientation, [])
    for step in steps:
        image = image.transpose(step)
    return image


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        return image.getextrema()[-1][0] < 255  # type: ignore[index]  # a multi-band image: tuple per band
    return "transparency" in image.info


def prepare_picture(data: bytes, *, name: str = "Gambar",
                    longest_side: int = DEFAULT_LONGEST_SIDE,
                    keep_original: bool = False) -> PreparedPicture:
    """Check, decode, orient, scale and re-encode a JPEG, PNG or WebP; raise PictureError.

    Nothing is decoded before the byte count, the type and the header's pixel count pass;
    ``keep_original`` keeps the pixel size (the picture is still re-encoded and cleaned).
    """
    check_byte_count(len(data), name)
    mime = check_mime(data[:16], name)
    size = image_size(data)
    if size is None or not is_complete(data, mime):
        raise PictureError(truncated_message(name))
    check_dimensions(*size, name)
    longest = 0 if keep_original else longest_side
    image = _decode(data, mime, name, longest)
    if image.size == size == target_size(*size, longest) and is_clean(data, mime):
        return PreparedPicture(data, mime, *size)
    try:
        return _encode(image, longest)
    except (OSError, ValueError) as exc:
        logger.info("Re-encoding %s failed: %s", name, exc)
        raise PictureError(message("picture.not_reencoded", name=name,
                                   reason=reason_of(exc))) from exc


def _encode(image: Image.Image, longest: int) -> PreparedPicture:
    """Return the pixels and colour profile only: PNG with transparency, else JPEG q85."""
    from PIL import Image

    profile = image.info.get("icc_profile") or None
    orientation = _orientation(image)
    alpha = _has_alpha(image)
    if alpha:
        if image.mode not in ("RGBA", "LA"):
            image = image.convert("RGBA")
    elif image.mode.startswith(("I", "F")):  # 16-bit grey: scaled down, not clipped to white
        image = image.convert("I").point(lambda value: value / 256).convert("L")
    elif image.mode not in ("RGB", "L"):
        if image.mode == "CMYK":
            profile = None  # a CMYK profile does not describe the RGB pixels made here
        image = image.convert("RGB")
    wanted = target_size(image.width, image.height, longest)
    if wanted != image.size:
        image = image.resize(wanted, Image.Resampling.LANCZOS, reducing_gap=3.0)
    image = _orient(image, orientation)
    image.info.clear()  # Pillow writes a decoded comment, EXIF or XMP back unless told not to
    out = io.BytesIO()
    extra = {"icc_profile": profile} if profile else {}
    if alpha:
        image.save(out, "PNG", compress_level=PNG_COMPRESSION, **extra)
        mime = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True,
                   **extra)
        mime = "image/jpeg"
    return PreparedPicture(out.getvalue(), mime, image.width, image.height)
