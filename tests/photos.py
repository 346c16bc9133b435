"""Test pictures made at test time with Qt (no binary files in git).

``scene`` paints a pleasant landscape (sky, sun, hills, river, houses) with gradients; with
``detail`` it adds thousands of grass strokes so a JPEG of it is as hard to decode as a
camera photo. ``exif_jpeg`` adds an EXIF block with an orientation and a GPS position.
"""

from __future__ import annotations

import random
import struct
import zlib

from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)


def scene(width: int = 1200, height: int = 800, *, detail: bool = False,
          alpha: bool = False, seed: int = 7) -> QImage:
    """Return a painted landscape; ``alpha`` leaves a transparent margin."""
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    image.fill(QColor(0, 0, 0, 0) if alpha else QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = float(width), float(height)
    inset = 0.08 * w if alpha else 0.0
    p.setClipRect(QRectF(inset, inset, w - 2 * inset, h - 2 * inset))
    sky = QLinearGradient(0, 0, 0, h * 0.65)
    sky.setColorAt(0, QColor("#2c6fb7"))
    sky.setColorAt(0.6, QColor("#8cc2ec"))
    sky.setColorAt(1, QColor("#f7d9a8"))
    p.fillRect(QRectF(0, 0, w, h), sky)
    sun = QRadialGradient(QPointF(w * 0.74, h * 0.28), h * 0.22)
    sun.setColorAt(0, QColor("#fff6c9"))
    sun.setColorAt(0.35, QColor("#ffd76a"))
    sun.setColorAt(1, QColor(255, 215, 106, 0))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(sun))
    p.drawEllipse(QPointF(w * 0.74, h * 0.28), h * 0.22, h * 0.22)
    for top, colors in ((0.48, ("#4f8f4a", "#2f6b35")), (0.58, ("#6aa84f", "#3d7a3a")),
                        (0.70, ("#7dbb55", "#4c8c3f"))):
        path = QPainterPath(QPointF(0, h))
        path.lineTo(0, h * top)
        steps = 8
        for i in range(1, steps + 1):
            x = w * i / steps
            y = h * top + (h * 0.05) * (1 if i % 2 else -1) * (0.6 + 0.4 * ((i * 37) % 5) / 4)
            path.quadTo(QPointF(x - w / steps / 2, y - h * 0.04), QPointF(x, y))
        path.lineTo(w, h)
        gradient = QLinearGradient(0, h * top, 0, h)
        gradient.setColorAt(0, QColor(colors[0]))
        gradient.setColorAt(1, QColor(colors[1]))
        p.setBrush(QBrush(gradient))
        p.drawPath(path)
    river = QPainterPath(QPointF(w * 0.45, h))
    river.cubicTo(QPointF(w * 0.5, h * 0.85), QPointF(w * 0.3, h * 0.78),
                  QPointF(w * 0.42, h * 0.66))
    river.cubicTo(QPointF(w * 0.36, h * 0.78), QPointF(w * 0.62, h * 0.88),
                  QPointF(w * 0.62, h))
    water = QLinearGradient(0, h * 0.66, 0, h)
    water.setColorAt(0, QColor("#9fd3f2"))
    water.setColorAt(1, QColor("#3b8fc7"))
    p.setBrush(QBrush(water))
    p.drawPath(river)
    for i, (x, color) in enumerate(((0.12, "#e8e1d5"), (0.2, "#f2c14e"), (0.68, "#e07a5f"),
                                    (0.78, "#f4f1de"))):
        bx, by, bw, bh = w * x, h * (0.66 + 0.02 * (i % 2)), w * 0.06, h * 0.07
        p.setBrush(QColor(color))
        p.drawRect(QRectF(bx, by, bw, bh))
        roof = QPainterPath(QPointF(bx - bw * 0.1, by))
        roof.lineTo(bx + bw / 2, by - bh * 0.6)
        roof.lineTo(bx + bw * 1.1, by)
        roof.closeSubpath()
        p.setBrush(QColor("#8d3b2f"))
        p.drawPath(roof)
    if detail:
        rng = random.Random(seed)
        for _ in range(max(2000, width * height // 300)):
            x, y = rng.random() * w, h * (0.5 + 0.5 * rng.random())
            shade = rng.randint(60, 160)
            p.setPen(QPen(QColor(shade // 3, shade, shade // 4), max(1.0, w / 2000)))
            p.drawLine(QPointF(x, y), QPointF(x + rng.uniform(-3, 3) * w / 1000,
                                               y - rng.uniform(2, 9) * h / 1000))
    p.end()
    return image


def encode(image: QImage, fmt: str = "JPEG", quality: int = 90) -> bytes:
    """Return the image encoded in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    return bytes(buffer.data().data())


def exif_block(orientation: int = 6) -> bytes:
    """Return an APP1 EXIF segment with an orientation and a GPS position (south latitude)."""
    ifd0_offset, entries0 = 8, 2
    gps_offset = ifd0_offset + 2 + entries0 * 12 + 4
    ifd0 = struct.pack(">H", entries0)
    ifd0 += struct.pack(">HHI", 0x0112, 3, 1) + struct.pack(">HH", orientation, 0)
    ifd0 += struct.pack(">HHII", 0x8825, 4, 1, gps_offset) + struct.pack(">I", 0)
    entries1 = 2
    latitude_offset = gps_offset + 2 + entries1 * 12 + 4
    gps = struct.pack(">H", entries1)
    gps += struct.pack(">HHI", 0x0001, 2, 2) + b"S\x00\x00\x00"
    gps += struct.pack(">HHII", 0x0002, 5, 3, latitude_offset) + struct.pack(">I", 0)
    latitude = struct.pack(">IIIIII", 0, 1, 30, 1, 1234, 100)
    payload = b"Exif\x00\x00" + b"MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + gps + latitude
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def exif_jpeg(image: QImage, orientation: int = 6) -> bytes:
    """Return a JPEG of the image carrying EXIF orientation and GPS tags."""
    data = encode(image)
    return data[:2] + exif_block(orientation) + data[2:]


def huge_png(width: int = 20_000, height: int = 20_000) -> bytes:
    """Return a valid 1-bit PNG of width × height pixels: tiny on disk, 1.6 GB decoded."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    parts = [packer.compress(row * 1000) for _ in range(height // 1000)]
    parts.append(packer.compress(row * (height % 1000)))
    parts.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts))
            + chunk(b"IEND", b""))


def tiny_png(width: int = 40, height: int = 30, rgb: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """Return a small RGB PNG made without Qt (for core tests)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


# What a reporter's camera writes besides the pixels (checked gone after import and insert).
CAMERA_SECRETS = (b"Exif", b"Canon EOS R6", b"SN-0281-7734", b"Rina Wartawati",
                  b"Catatan narasumber", b"xmp-rahasia")


def camera_photo(width: int = 4000, height: int = 3000, *, orientation: int = 6,
                 progressive: bool = False) -> bytes:
    """Return a camera-like JPEG made with Pillow: EXIF (make, model, serial, owner, GPS,
    orientation), an XMP packet, a comment and an sRGB colour profile.

    The stored picture is landscape; orientation 6 says "turn 90° clockwise to view".
    """
    import io

    from PIL import Image, ImageCms

    size = (width, height)
    pixels = Image.merge("RGB", (Image.linear_gradient("L").resize(size),
                                 Image.radial_gradient("L").resize(size),
                                 Image.effect_noise(size, 48)))
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "Canon EOS R6"  # Model
    exif[0x0112] = orientation
    exif[0x013B] = "Rina Wartawati"  # Artist
    details = exif.get_ifd(0x8769)  # Exif IFD
    details[0xA431] = "SN-0281-7734"  # BodySerialNumber
    details[0xA430] = "Rina Wartawati"  # CameraOwnerName
    gps = exif.get_ifd(0x8825)
    gps[1] = "S"
    gps[2] = (0.0, 30.0, 12.34)
    gps[3] = "E"
    gps[4] = (117.0, 8.0, 56.7)
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/'
           b'02/22-rdf-syntax-ns#"><rdf:Description>xmp-rahasia</rdf:Description></rdf:RDF>'
           b"</x:xmpmeta>")
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=92, exif=exif, icc_profile=profile, xmp=xmp,
                comment=b"Catatan narasumber: jangan sebut nama", progressive=progressive)
    return out.getvalue()
