"""Files on disk, done one way everywhere: atomic replaces, bounded reads, OS errors in words.

Every file the program writes whole (exports, word lists, backups, the restored database,
the saved preview) goes through ``replacing``: readers see the old file or the new one,
never half, and a failure leaves no temp file. Every file read from the user's disk is read
with ``read_bounded`` (size checked before reading), and every ``OSError`` shown to the user
is put in words by ``explain_os_error``. Standard library only (the start-up read uses it).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from editorberita.core.domain import EditorBeritaError
from editorberita.core.messages import Message, message
from editorberita.core.paths import create_private, public_file_mode


class FileWriteError(EditorBeritaError):
    """A file could not be written; its message (``os.file``) names it and says why."""


class FileTooLargeError(ValueError):
    """A file is bigger than the caller allows; the caller words the refusal."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path}: {size} bytes, limit {limit}")
        self.path, self.size, self.limit = path, size, limit


# errno → the code of its reason in core.messages (read and write differ only for EACCES).
_REASONS = {
    errno.EACCES: "os.EACCES", errno.EPERM: "os.EPERM", errno.EROFS: "os.EROFS",
    errno.ENOSPC: "os.ENOSPC", errno.EDQUOT: "os.EDQUOT", errno.ENAMETOOLONG: "os.ENAMETOOLONG",
    errno.ENOENT: "os.ENOENT", errno.ENOTDIR: "os.ENOTDIR", errno.EISDIR: "os.EISDIR",
    errno.EFBIG: "os.EFBIG", errno.ETXTBSY: "os.EBUSY", errno.EBUSY: "os.EBUSY",
    errno.EIO: "os.EIO", errno.ELOOP: "os.ELOOP", errno.EEXIST: "os.EEXIST",
    errno.EINVAL: "os.EINVAL", errno.EMFILE: "os.EMFILE", errno.ENFILE: "os.EMFILE",
    errno.ENOTEMPTY: "os.ENOTEMPTY", errno.EXDEV: "os.EXDEV", errno.ETIMEDOUT: "os.ETIMEDOUT",
    errno.ESTALE: "os.ESTALE", errno.ENODEV: "os.ENODEV", errno.ENXIO: "os.ENODEV",
}
# What callers have long passed (Indonesian participles) → the action's code.
_ACTIONS = {"dibaca": "read", "dibuka": "open", "ditulis": "write", "dibuat": "create",
            "dipakai": "use"}


def os_error_message(path: Path, exc: OSError, action: str = "write") -> Message:
    """Return the typed message naming the file and the reason it failed.

    ``action`` is "read", "open", "write", "create" or "use". The one place that turns an
    operating-system error into the user's words (export, import, pictures, backups, the
    command line); an unknown error keeps its code.
    """
    doing = message(f"os.action.{action}")
    # Windows: 32 = sharing violation, 33 = lock violation (another program has it open).
    if getattr(exc, "winerror", None) in (32, 33):
        return message("os.file_in_use", path=str(path), action=doing)
    code = exc.errno or 0
    reason_code = _REASONS.get(code)
    if reason_code == "os.EACCES" and action in ("read", "open"):
        reason_code = "os.EACCES.read"
    if reason_code is not None:
        reason = message(reason_code)
    else:
        name = errno.errorcode.get(code, str(code)) if code else type(exc).__name__
        reason = message("os.other", name=name,
                         detail=f" ({exc.strerror})" if exc.strerror else "")
    return message("os.file", path=str(path), action=doing, reason=reason)


def explain_os_error(path: Path, exc: OSError, action: str = "ditulis") -> str:
    """Return ``os_error_message`` as one Indonesian sentence (``action`` as "dibaca"...)."""
    return os_error_message(path, exc, _ACTIONS.get(action, action)).text()


def fsync_directory(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a closed file's data to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def replacing(path: Path, *, private: bool = False, fsync: bool = True) -> Iterator[Path]:
    """Yield a temp file beside ``path`` to fill; then flush it and rename it over ``path``.

    The temp file lives in the same folder (``os.replace`` is atomic only within one file
    system) and is removed on any failure, which propagates unchanged (``OSError`` and all).
    A private file (unpublished work: owner-only) has one writer at a time, so its temp file
    has a fixed name (``<name>.part``) that the next write reuses; a public file (exports:
    the umask's mode, like any program's new file) may have writers in parallel, so its
    temp name is random (``.<name>.<8 random>.tmp``, what ``remove_stale_temp_files`` of
    ``core.export`` looks for).
    """
    path = Path(path)
    tmp: Path | None = None
    try:
        if private:
            tmp = path.with_name(path.name + ".part")
            tmp.unlink(missing_ok=True)
            create_private(tmp)
        else:
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.",
                                        suffix=".tmp")
            tmp = Path(name)
            try:
                if hasattr(os, "fchmod"):  # mkstemp makes 0600 files
                    os.fchmod(fd, public_file_mode())
            finally:
                os.close(fd)
        yield tmp
        if fsync:
            fsync_file(tmp)
        os.replace(tmp, path)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def atomic_write(path: Path, data: bytes, *, fsync: bool = True, private: bool = False) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    A failure raises ``FileWriteError`` naming the file and the reason.
    """
    path = Path(path)
    try:
        with replacing(path, private=private, fsync=False) as tmp, open(tmp, "wb") as handle:
            handle.write(data)
            if fsync:  # on the open handle: one open less than ``replacing``'s own
                handle.flush()
                os.fsync(handle.fileno())
    except OSError as exc:
        raise FileWriteError(os_error_message(path, exc)) from exc


def read_bounded(path: Path, limit: int) -> bytes:
    """Return a file's bytes, refusing a file bigger than ``limit`` before reading any of it.

    Raises ``FileTooLargeError`` (also for a file that grew while being read) or ``OSError``;
    the caller words both, since what is too big depends on what the file is for.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > limit:
        raise FileTooLargeError(path, size, limit)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(path, len(data), limit)
    return data
