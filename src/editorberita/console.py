"""Console output for the windowed Windows build.

The frozen Windows executable is a GUI program (no console window flashes up when a desk
editor double-clicks it), so Windows gives it no stdout: ``EditorBerita.exe list`` or
``--version`` would print nowhere. Started from cmd.exe or PowerShell, it attaches to that
console instead; started from Explorer there is none, and output goes to a null device so a
stray print never crashes the editor. Elsewhere this does nothing. Standard library only.
"""

from __future__ import annotations

import os
import sys
from typing import Any, TextIO

ATTACH_PARENT_PROCESS = -1


def attach_parent_console(kernel32: Any = None, platform: str = sys.platform) -> bool:
    """Give a windowed Windows process the caller's console; return True if attached."""
    if platform != "win32":
        return False
    attached = False
    if sys.stdout is None or sys.stderr is None:
        if kernel32 is None:
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # windll exists on Windows only
        if kernel32.AttachConsole(ATTACH_PARENT_PROCESS):
            attached = True
            if sys.stdout is None:
                sys.stdout = _open("CONOUT$")
            if sys.stderr is None:
                sys.stderr = _open("CONOUT$")
    if sys.stdout is None:
        sys.stdout = _open(os.devnull)
    if sys.stderr is None:
        sys.stderr = _open(os.devnull)
    return attached


def _open(path: str) -> TextIO:
    return open(path, "w", encoding="utf-8", errors="replace", buffering=1)
