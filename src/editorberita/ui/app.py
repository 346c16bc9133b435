"""Composition root of the window (placeholder until the editor window lands)."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db_path: Path | None = None, smoke_test: bool = False) -> int:
    """Open the editor window on the database."""
    print("Jendela penyunting belum tersedia; gunakan perintah: editorberita --help",
          file=sys.stderr)
    return 1
