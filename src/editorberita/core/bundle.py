"""The frozen bundle checks itself: every resource and migration it shipped is still there.

build.spec writes ``bundle-manifest.txt`` (one path a line, relative to the bundle folder) next
to the bundled files. A source install has no manifest and nothing to check. Standard library
only.
"""

from __future__ import annotations

import sys
from pathlib import Path

MANIFEST = "bundle-manifest.txt"


def bundle_root() -> Path | None:
    """Return the folder of a frozen build's files, or None when running from source."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else None


def missing_bundle_files(root: Path | None = None) -> list[str]:
    """Return the manifest's files that are missing (the manifest itself, if it is gone)."""
    root = root or bundle_root()
    if root is None:
        return []
    manifest = root / MANIFEST
    if not manifest.is_file():
        return [MANIFEST]
    names = [line.strip() for line in manifest.read_text(encoding="utf-8").splitlines()]
    return [name for name in names if name and not (root / name).is_file()]
