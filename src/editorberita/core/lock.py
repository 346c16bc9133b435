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
import glob
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import Self


def lock_path(db_path: Path) -> Path:
    """Return the lock file that belongs to a database."""
    return Path(db_path).with_name(Path(db_path).name + ".lock")


class _FileLock:
    """A non-blocking OS lock on one file; closing the descriptor releases it."""

    def __init__(self, path: Path, mode: int = 0o644) -> None:
        self.path = Path(path)
        self._mode = mode
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Return True while this object holds the lock."""
        return self._fd is not None

    def _take(self, *, exclusive: bool) -> bool:
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, self._mode)
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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class DatabaseLock(_FileLock):
    """An exclusive lock on one database file: the open window's (or a restore's)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__(lock_path(db_path))

    def acquire(self) -> bool:
        """Take the lock if nobody has it; return whether it is now ours."""
        if not self._take(exclusive=True):
            return False
        assert self._fd is not None
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
        return True

    def holder(self) -> str:
        """Return "pid host" of whoever wrote the lock file last (for messages), or ""."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""


class RunningMarker(_FileLock):
    """A file beside the database that says "an import is running" while it is locked.

    A killed import (SIGKILL, power cut) leaves its marker behind unlocked, so the next import
    can say that one was interrupted; a finished, refused or cancelled one removes it.
    """

    def __init__(self, db_path: Path, pid: int | None = None) -> None:
        name = Path(db_path).name
        super().__init__(Path(db_path).with_name(f"{name}.import-{pid or os.getpid()}"))

    def __enter__(self) -> Self:
        with contextlib.suppress(OSError):  # a note for the next import, never a reason to fail
            self._take(exclusive=True)
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def interrupted_imports(db_path: Path) -> list[datetime]:
    """Return the start times of imports into ``db_path`` that died before they finished.

    A running import holds the lock on its marker; a marker anyone can lock belongs to an
    import that died. It is removed, so each is reported once.
    """
    db_path = Path(db_path)
    found = []
    for path in sorted(db_path.parent.glob(f"{glob.escape(db_path.name)}.import-*")):
        marker = _FileLock(path)
        try:
            started = datetime.fromtimestamp(path.stat().st_mtime)  # taking it rewrites it
            if not marker._take(exclusive=True):
                continue  # still running, beside the caller
        except OSError:
            continue
        finally:
            marker.release()
        with contextlib.suppress(OSError):
            path.unlink()
        found.append(started)
    return found


class WritersLock(_FileLock):
    """The writers' lock: shared by every writing process, exclusive for a restore.

    Non-blocking: ``share()`` and ``exclusive()`` return whether the lock is now held.
    """

    def __init__(self, db_path: Path) -> None:
        super().__init__(Path(db_path).with_name(Path(db_path).name + ".writers"), 0o600)

    def share(self) -> bool:
        """Join the writers unless a restore holds the lock."""
        return self._take(exclusive=False)

    def exclusive(self) -> bool:
        """Take the lock alone (a restore): only while no other process writes."""
        return self._take(exclusive=True)


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
