"""Backups of the database: a daily copy on start-up, rotation, manual backups and restores.

Copies go through SQLite's online backup API (``core.sqlite.backup_database``), so they are
consistent even while the editor is writing. May import ``core.sqlite``, ``core.paths`` and
``core.domain``.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from editorberita.core import sqlite as sq
from editorberita.core.domain import EditorBeritaError, utcnow
from editorberita.core.paths import backups_dir

logger = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KINDS = ("daily", "manual", "migration", "restore")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)\.sqlite3$")


class BackupError(EditorBeritaError):
    """A backup could not be made or restored."""


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backups folder."""

    path: Path
    created: datetime  # UTC, from the file name
    kind: str


def backup_name(db_path: Path, kind: str, now: datetime | None = None) -> Path:
    """Return the path a new backup of ``kind`` gets in the backups folder."""
    now = now or utcnow()
    return backups_dir(db_path) / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{kind}.sqlite3"


def list_backups(db_path: Path) -> list[BackupFile]:
    """Return the backups of this database, newest first."""
    folder = backups_dir(db_path)
    found = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite3"):
            match = _NAME.match(path.name)
            if not match or match["stem"] != db_path.stem:
                continue
            created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(
                tzinfo=utcnow().tzinfo)
            found.append(BackupFile(path=path, created=created, kind=match["kind"]))
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(db_path: Path, kind: str = "manual", dest: Path | None = None,
                now: datetime | None = None) -> Path:
    """Copy the database now; raise BackupError with a plain message when that fails."""
    target = dest or backup_name(db_path, kind, now)
    try:
        sq.backup_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(f"Cadangan {target} gagal dibuat: {exc}") from exc
    logger.info("Backed up %s to %s", db_path, target)
    return target


def daily_backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """Back up at most once a day (called at start-up), then thin old daily backups."""
    now = now or utcnow()
    if not db_path.exists():
        return None
    daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    if daily and now - daily[0].created < timedelta(hours=20):
        return None
    path = make_backup(db_path, "daily", now=now)
    rotate(db_path)
    return path


def rotate(db_path: Path) -> list[Path]:
    """Keep the last 7 daily backups and the newest one of each of the last 4 weeks."""
    daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    keep = {b.path for b in daily[:KEEP_DAILY]}
    weeks: list[tuple[int, int]] = []
    for b in daily:
        week = b.created.isocalendar()[:2]
        if week not in weeks:
            weeks.append(week)
            if len(weeks) <= KEEP_WEEKLY:
                keep.add(b.path)
    removed = []
    for b in daily:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def check_backup(path: Path) -> None:
    """Raise BackupError unless ``path`` is a sound EditorBerita database."""
    if not path.is_file():
        raise BackupError(f"Berkas cadangan {path} tidak ditemukan.")
    problems = sq.integrity_problems(path)
    if problems:
        raise BackupError(f"Berkas cadangan {path} rusak: {problems[0]}")
    try:
        version = sq.schema_version(path)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Berkas {path} bukan basis data EditorBerita.") from exc
    if version is None:
        raise BackupError(f"Berkas {path} bukan basis data EditorBerita.")


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the database with a backup; the current database is backed up first.

    Every store on ``db_path`` must be closed. Returns the safety copy of the old database.
    """
    check_backup(backup)
    safety = make_backup(db_path, "restore") if db_path.exists() else backup
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(db_path, timeout=sq.BUSY_TIMEOUT_MS / 1000)
            try:
                source.backup(target)
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise BackupError(f"Pemulihan dari {backup} gagal: {exc}. Basis data lama aman di "
                          f"{safety}.") from exc
    return safety
