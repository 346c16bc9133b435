"""Who has the database open for writing: an OS file lock next to the database.

One EditorBerita (window or ``restore`` command) holds ``<db>.lock``; a second one finds it
taken and opens the database read-only instead of risking two writers. The operating system
drops the lock when the holder dies, even on SIGKILL or a power cut, so a crash never leaves
a stale lock behind. May import the standard library only.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from pathlib import Path


def lock_path(db_path: Path) -> Path:
    """Return the lock file that belongs to a database."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class DatabaseLock:
    """An exclusive, non-blocking lock on one database file."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Return True while this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody has it; return whether it is now ours."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """Return "pid host" of whoever wrote the lock file last (for messages), or ""."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        """Give the lock back (closing the descriptor releases it)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
