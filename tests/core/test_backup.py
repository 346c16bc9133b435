"""Backups: daily on start-up, rotation (7 daily, 4 weekly), restore after a safety copy."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from editorberita.core import backup
from editorberita.core.store import ArticleStore, open_store


def test_daily_backup_happens_once_a_day(store: ArticleStore) -> None:
    store.create_article(headline="Pagi")
    now = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    first = backup.daily_backup_if_due(store.db_path, now)
    assert first is not None and first.is_file()
    assert backup.daily_backup_if_due(store.db_path, now + timedelta(hours=3)) is None
    assert backup.daily_backup_if_due(store.db_path, now + timedelta(days=1)) is not None
    copy = open_store(first)
    try:
        assert [s.headline for s in copy.list_articles()] == ["Pagi"]
    finally:
        copy.close()


def test_rotation_keeps_seven_daily_and_four_weekly(store: ArticleStore) -> None:
    start = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
    for day in range(60):
        backup.daily_backup_if_due(store.db_path, start + timedelta(days=day))
    kept = backup.list_backups(store.db_path)
    dates = sorted(b.created.date() for b in kept)
    newest = (start + timedelta(days=59)).date()
    assert all(newest - timedelta(days=d) in dates for d in range(7))
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4  # the last 7 days span 2 weeks; older weekly copies fill up to 4
    assert len(kept) <= 7 + 4


def test_manual_backups_are_never_rotated(store: ArticleStore) -> None:
    manual = backup.make_backup(store.db_path, "manual")
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for day in range(30):
        backup.daily_backup_if_due(store.db_path, start + timedelta(days=day))
    assert manual.exists()


def test_restore_backs_up_current_database_first(db_path: Path) -> None:
    store = open_store(db_path)
    store.create_article(headline="Versi lama")
    store.close()
    saved = backup.make_backup(db_path, "manual")
    store = open_store(db_path)
    store.create_article(headline="Ditulis setelah cadangan")
    store.close()
    safety = backup.restore_backup(db_path, saved)
    store = open_store(db_path)
    try:
        assert [s.headline for s in store.list_articles()] == ["Versi lama"]
    finally:
        store.close()
    safe = open_store(safety)
    try:
        assert {s.headline for s in safe.list_articles()} == {"Versi lama",
                                                             "Ditulis setelah cadangan"}
    finally:
        safe.close()


def test_restore_refuses_a_damaged_or_foreign_file(store: ArticleStore, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(backup.BackupError):
        backup.restore_backup(store.db_path, junk)
    with pytest.raises(backup.BackupError, match="tidak ditemukan"):
        backup.restore_backup(store.db_path, tmp_path / "missing.sqlite3")
    store.create_article(headline="Tetap utuh")
    assert store.count_articles() == 1
