"""Who may read what (issue 11 defect 7, issue 17 low item): exported files follow the user's
umask like any program's files; the database, backups, log and preview cache are owner-only."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from editorberita.core import paths
from editorberita.core.backup import make_backup
from editorberita.core.domain import Article, Status
from editorberita.core.export import export_article, export_articles
from editorberita.core.pictures import picture_markdown
from editorberita.core.store import open_store

from ..photos import tiny_png

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o027, 0o002], ids=["umask022", "umask027", "umask002"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """Run the test under a given umask (restored afterwards)."""
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def test_exported_files_and_folders_follow_the_umask(umask: int, tmp_path: Path) -> None:
    assert paths.current_umask() == umask
    store = open_store(tmp_path / "berita.sqlite3")
    try:
        picture = store.add_asset(tiny_png(), "image/png", width=40, height=30)
        article = store.create_article(Article(
            headline="Banjir", body=f"Teks.\n\n{picture_markdown(picture)}\n",
            status=Status.PUBLISHED, published_at=datetime(2024, 7, 23, tzinfo=UTC)))
        out = tmp_path / "situs"
        page = export_article(store, article, out, "html")
        summary = export_articles(store, out, "md")
        assert summary.ok
    finally:
        store.close()
    files = [page, *summary.written, *(out / page.stem).iterdir()]
    assert len(files) == 3
    for path in files:
        assert mode(path) == 0o666 & ~umask, path
    for folder in (out, out / page.stem):
        assert mode(folder) == 0o777 & ~umask, folder


def test_database_backups_log_and_preview_cache_are_private(
        umask: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_ENV, str(data))
    db = paths.default_db_path()
    store = open_store(db)
    try:
        store.create_article(Article(headline="Rahasia redaksi", body="Belum terbit."))
        assert mode(db) == 0o600
        wal = db.with_name(db.name + "-wal")
        assert wal.exists() and mode(wal) == 0o600
    finally:
        store.close()
    assert mode(data) == 0o700
    backup = make_backup(db, "manual")
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    own = make_backup(db, "manual", dest=tmp_path / "salinan" / "cadangan.sqlite3")
    assert mode(own) == 0o600

    from editorberita.core.quickread import PREVIEW_FILE, save_preview
    from editorberita.core.segments import Rendering, Segment

    cache = paths.cache_dir()
    save_preview(cache, "k", Rendering("<article>", (Segment("<p>Belum terbit</p>", 0, 0),),
                                       "</article>", True))
    assert mode(cache) == 0o700 and mode(cache / PREVIEW_FILE) == 0o600


def test_log_is_private_after_rotation_too(umask: int, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from editorberita.ui.startup import setup_logging

    monkeypatch.setenv(paths.DATA_ENV, str(tmp_path / "data"))
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        setup_logging()
        (handler,) = [h for h in root.handlers if h not in before]
        logging.getLogger("editorberita.test").info("artikel Rahasia redaksi disimpan")
        assert mode(paths.log_file()) == 0o600
        handler.doRollover()  # type: ignore[attr-defined]
        logging.getLogger("editorberita.test").info("sesudah rotasi")
        assert mode(paths.log_file()) == 0o600
        assert mode(paths.log_file().with_name(paths.log_file().name + ".1")) == 0o600
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def test_an_open_user_data_folder_of_an_older_version_is_closed(
        umask: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "share" / "EditorBerita"
    old.mkdir(parents=True, mode=0o755)
    os.chmod(old, 0o755)
    monkeypatch.delenv(paths.DATA_ENV)
    monkeypatch.setattr(paths, "_user_data_dir", lambda: old)
    assert paths.data_dir() == old
    assert mode(old) == 0o700
    assert mode(old.parent) == 0o777 & ~umask  # not ours: left as it was
