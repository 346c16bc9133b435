"""Atomic writes and bounded reads: the old file or the new one, never half; big files refused
before they are read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editorberita.core.domain import EditorBeritaError
from editorberita.core.fileio import (
    FileTooLargeError,
    FileWriteError,
    atomic_write,
    read_bounded,
    replacing,
)


def leftovers(folder: Path) -> list[str]:
    """Return temp files left in a folder."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    target.write_text("lama")
    atomic_write(target, b"baru")
    assert target.read_bytes() == b"baru"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("case", ["directory", "not-a-folder", "too-long", "missing-folder"])
def test_atomic_write_failure_is_clear_and_leaves_nothing(tmp_path: Path, case: str) -> None:
    """The old file survives, no temp file is left, and the message names the file."""
    folder = tmp_path / "out"
    folder.mkdir()
    if case == "directory":
        target = folder / "2024-07-23-a.html"
        target.mkdir()
        reason = "folder"
    elif case == "not-a-folder":
        (tmp_path / "berkas").write_text("x")
        target = tmp_path / "berkas" / "a.html"
        reason = "bukan folder"
    elif case == "too-long":
        target = folder / ("a" * 300 + ".html")
        reason = "terlalu panjang"
    else:
        target = tmp_path / "tidak-ada" / "a.html"
        reason = "tidak ada"
    with pytest.raises(FileWriteError) as info:
        atomic_write(target, b"isi")
    assert isinstance(info.value, EditorBeritaError)
    assert str(target) in str(info.value)
    assert reason in str(info.value)
    assert leftovers(folder) == []


def test_atomic_write_full_disk_removes_temp_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk (ENOSPC while writing) leaves neither a half file nor a temp file."""
    import errno

    target = tmp_path / "a.md"
    target.write_text("utuh")
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(FileWriteError, match="disk penuh"):
        atomic_write(target, b"x" * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_text() == "utuh"
    assert leftovers(tmp_path) == []


def test_private_replace_is_owner_only_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "kopi.sqlite3"
    target.write_bytes(b"lama")
    with pytest.raises(RuntimeError), replacing(target, private=True) as tmp:
        tmp.write_bytes(b"setengah")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopi.sqlite3"]
    atomic_write(target, b"baru", private=True)
    assert target.read_bytes() == b"baru"
    assert target.stat().st_mode & 0o777 == 0o600


def test_read_bounded_refuses_before_reading(tmp_path: Path) -> None:
    small = tmp_path / "kecil.txt"
    small.write_bytes(b"12345")
    assert read_bounded(small, 5) == b"12345"
    with pytest.raises(FileTooLargeError) as caught:
        read_bounded(small, 4)
    assert (caught.value.size, caught.value.limit) == (5, 4)
    with pytest.raises(OSError):
        read_bounded(tmp_path / "tidak-ada.txt", 5)
