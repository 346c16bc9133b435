"""Who has the database open for writing: an OS file lock next to the database.

One EditorBerita window (or a ``restore``) holds ``<db>.lock``; a second window finds it taken
and opens the database read-only instead of risking two editors on one open article.
Writing commands (import, export) work beside the window — SQLite serialises their writes and
the window's change watcher shows what they add — so they share ``<db>.writers`` instead; a
restore takes that one exclusively, so it never replaces the file under any writer. The
operating system drops both locks when the holder dies, even on SIGKILL or a power cut, so a
crash never leaves a stale lock behind. May import the standard library only.
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

    @classmethod
    def at(cls, path: Path) -> DatabaseLock:
        """Return a lock on ``path`` itself: a marker that says "running" while held (an
        import's), and that anyone can take once its holder has died."""
        lock = cls.__new__(cls)
        lock.path = Path(path)
        lock._fd = None
        return lock

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


class WritersLock:
    """The writers' lock: shared by every writing process, exclusive for a restore.

    Non-blocking: ``share()`` and ``exclusive()`` return whether the lock is now held.
    """

    def __init__(self, db_path: Path) -> None:
        self.path = Path(db_path).with_name(Path(db_path).name + ".writers")
        self._fd: int | None = None

    def share(self) -> bool:
        """Join the writers unless a restore holds the lock."""
        return self._take(exclusive=False)

    def exclusive(self) -> bool:
        """Take the lock alone (a restore): only while no other process writes."""
        return self._take(exclusive=True)

    def _take(self, *, exclusive: bool) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            (_lock if exclusive else _lock_shared)(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock back."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._fd)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> WritersLock:
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

    def _lock_shared(fd: int) -> None:
        # msvcrt has no shared mode: a writer only checks that no restore is running. There a
        # restore is kept from a running import by the window's lock alone (known limit).
        _lock(fd)
        _unlock(fd)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_shared(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
