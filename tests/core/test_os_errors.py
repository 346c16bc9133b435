"""Operating-system errors reach the user in Indonesian (issue 17 low item): one
``explain_os_error`` for export, import, pictures, backups and the command line."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editorberita.core.backup import BackupError, make_backup
from editorberita.core.fileio import explain_os_error
from editorberita.core.importer import import_paths
from editorberita.core.store import ArticleStore

ENGLISH = ("No space", "Permission denied", "Read-only", "too long", "Errno", "No such file",
           "Too many levels")


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "disk penuh"), (errno.EACCES, "tidak ada izin"),
    (errno.EROFS, "hanya-baca"), (errno.ENAMETOOLONG, "terlalu panjang"),
    (errno.EDQUOT, "kuota disk habis"), (errno.EIO, "galat baca-tulis"),
    (errno.ELOOP, "tautan simbolik"), (errno.EMFILE, "terlalu banyak berkas terbuka"),
    (errno.ENOENT, "tidak ada"),
])
def test_common_errors_are_named_in_indonesian(code: int, words: str) -> None:
    message = explain_os_error(Path("/ekspor/berita.html"), OSError(code, os.strerror(code)))
    assert message.startswith("Berkas /ekspor/berita.html tidak dapat ditulis: ")
    assert words in message
    assert not any(english in message for english in ENGLISH), message


def test_an_unknown_error_keeps_its_code_after_indonesian_words() -> None:
    message = explain_os_error(Path("x"), OSError(errno.EPROTO, os.strerror(errno.EPROTO)))
    assert "galat sistem EPROTO" in message


def test_real_errors_of_import_and_backup_are_indonesian(store: ArticleStore, db_path: Path,
                                                         tmp_path: Path) -> None:
    folder = tmp_path / "kiriman"
    folder.mkdir()
    (folder / "a.jpg").symlink_to(folder / "b.jpg")
    (folder / "b.jpg").symlink_to(folder / "a.jpg")  # a loop: ELOOP on reading
    (folder / "berita.md").write_text("# Uji\n\n![a](a.jpg)\n", encoding="utf-8")
    summary = import_paths(store, [folder])
    reasons = " | ".join(why for _, why in summary.failures)
    assert len(summary.created) == 1 and reasons
    assert not any(english in reasons for english in ENGLISH), reasons

    with pytest.raises(BackupError) as caught:
        make_backup(db_path, dest=tmp_path / ("x" * 300) / "cadangan.sqlite3")
    assert "terlalu panjang" in str(caught.value)
    assert not any(english in str(caught.value) for english in ENGLISH)


def test_cli_prints_os_errors_in_indonesian(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run([sys.executable, "-m", "editorberita", "--db",
                             str(tmp_path / ("d" * 300) / "berita.sqlite3"), "list"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not any(english in result.stderr for english in ENGLISH), result.stderr
