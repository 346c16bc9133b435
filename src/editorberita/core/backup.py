"""Backups of the database: a daily copy on start-up, rotation, manual backups and restores.

Copies go through SQLite's online backup API (``core.sqlite.backup_database``), so they are
consistent even while the editor is writing. Every copy can be verified: a damaged database
never passes for a good backup. May import ``core.sqlite``, ``core.paths`` and ``core.domain``
(and ``core.store``'s schema check, inside ``check_backup``).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from editorberita.core import sqlite as sq
from editorberita.core.domain import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    EditorBeritaError,
    utcnow,
)
from editorberita.core.fileio import fsync_directory, os_error_message, replacing
from editorberita.core.lock import WritersLock
from editorberita.core.messages import Message, message, reason_of
from editorberita.core.paths import backups_dir, make_private

logger = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KINDS = ("daily", "manual", "migration", "restore", "damaged")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z]+)\.sqlite3$")
# Copies made by ``storage.migrate`` before a schema change: "<stem>-before-0002-<stamp>".
_MIGRATION_NAME = re.compile(r"^(?P<stem>.+)-before-[0-9a-z]+-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


class BackupError(EditorBeritaError):
    """A backup could not be made or restored."""


__all__ = ["BackupError", "DamagedDatabaseError"]  # the typed error of core.domain


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
            kind = match["kind"] if match else "migration"
            match = match or _MIGRATION_NAME.match(path.name)
            if not match or match["stem"] != db_path.stem:
                continue
            created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(
                tzinfo=utcnow().tzinfo)
            found.append(BackupFile(path=path, created=created, kind=kind))
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(db_path: Path, kind: str = "manual", dest: Path | None = None,
                now: datetime | None = None, *, verify: bool = False) -> Path:
    """Copy the database now; raise BackupError (or a typed DatabaseError) when that fails.

    With ``verify`` the copy is checked (``quick_check``): a damaged copy is kept in the
    backups folder as kind "damaged" and DamagedDatabaseError is raised, so it never passes
    for a good backup. A destination that is the database itself is refused.
    """
    now = now or utcnow()
    target = Path(dest or backup_name(db_path, kind, now))
    if not db_path.is_file():
        raise BackupError(message("backup.no_database", path=str(db_path)))
    if _same_file(db_path, target):
        raise BackupError(message("backup.target_is_database", path=str(target)))
    try:
        sq.backup_database(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        typed = sq.typed_error(exc, db_path)
        if isinstance(typed, DamagedDatabaseError):
            kept = _keep_damaged(db_path, now) if verify else None
            raise DamagedDatabaseError(_damaged(db_path, typed.problems[0], kept),
                                       problems=typed.problems) from exc
        if isinstance(typed, DatabaseLockedError):
            raise typed from exc
        if isinstance(typed, DiskFullError) or isinstance(sq.typed_error(exc, target),
                                                          DiskFullError):
            raise DiskFullError(message("backup.disk_full", path=str(target))) from exc
        if isinstance(exc, OSError):
            raise BackupError(message("backup.not_made",
                                      reason=os_error_message(target, exc))) from exc
        raise BackupError(message("backup.not_made_at", path=str(target),
                                  reason=reason_of(exc))) from exc
    if verify:
        problems = sq.integrity_problems(target, quick=True)
        if problems:
            damaged = backup_name(db_path, "damaged", now)
            target.replace(damaged)
            raise DamagedDatabaseError(_damaged(db_path, problems[0], damaged),
                                       problems=problems)
    logger.info("Backed up %s to %s", db_path, target)
    return target


def _damaged(db_path: Path, problem: Message | str, kept: Path | None) -> Message:
    if kept is None:
        return message("db.damaged_no_backup", path=str(db_path), problem=problem)
    return message("db.damaged_no_backup_kept", path=str(db_path), problem=problem,
                   kept=str(kept))


def _keep_damaged(db_path: Path, now: datetime) -> Path | None:
    """Copy a file too damaged for the online backup as it is, for whoever repairs it."""
    damaged = backup_name(db_path, "damaged", now)
    try:
        damaged.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_path, damaged)
        make_private(damaged)
    except OSError as exc:
        logger.warning("Could not keep a copy of damaged %s: %s", db_path, exc)
        return None
    return damaged


def _same_file(db_path: Path, target: Path) -> bool:
    try:
        if target.exists():
            return os.path.samefile(db_path, target)
        return target.resolve() == db_path.resolve()
    except OSError:
        return False


def daily_backup_if_due(db_path: Path, now: datetime | None = None, *,
                        verify: bool = False) -> Path | None:
    """Back up at most once a day (called at start-up), then thin old daily backups.

    With ``verify`` the fresh copy is checked (``quick_check``) before old copies are rotated
    away: a damaged copy is renamed "damaged", never counted as a daily backup, and
    DamagedDatabaseError is raised, so a damaged database never pushes out good backups.
    """
    now = now or utcnow()
    if not db_path.exists():
        return None
    daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    if daily and now - daily[0].created < timedelta(hours=20):
        return None
    path = make_backup(db_path, "daily", now=now, verify=verify)
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
    """Raise unless ``path`` is a sound EditorBerita database this version can open.

    BackupError for a missing, damaged or foreign file; SchemaTooNewError for a backup made by
    a newer EditorBerita (restoring it would leave a database this version cannot open).
    """
    from editorberita.core.store import refuse_unknown_schema  # SQLAlchemy: only here

    if not path.is_file():
        raise BackupError(message("backup.file_missing", path=str(path)))
    problems = sq.integrity_problems(path)
    if problems:
        raise BackupError(message("backup.file_damaged", path=str(path), problem=problems[0]))
    try:
        version = sq.schema_version(path)
    except sqlite3.DatabaseError as exc:
        raise BackupError(message("backup.not_ours", path=str(path))) from exc
    if version is None:
        raise BackupError(message("backup.not_ours", path=str(path)))
    refuse_unknown_schema(path, version)


def restore_backup(db_path: Path, backup: Path) -> Path:
    """Replace the database with a backup; the current database is backed up first.

    Every store on ``db_path`` must be closed (the caller holds the database lock). The backup
    is copied next to the database, then moved over it in one rename, with the old ``-wal``
    and ``-shm`` removed so that no stale log is ever replayed onto the restored file.
    Returns the safety copy of the old database (a raw file copy when it is too damaged for
    SQLite to read).
    """
    check_backup(backup)
    writers = WritersLock(db_path)
    if not writers.exclusive():
        raise BackupError(message("backup.busy", path=str(db_path)))
    try:
        return _replace_with(db_path, backup)
    finally:
        writers.release()


def _replace_with(db_path: Path, backup: Path) -> Path:
    """Do the restore's replacement; the caller holds the writers' lock."""
    safety = _safety_copy(db_path) if db_path.exists() else backup
    try:
        with replacing(db_path, private=True) as tmp:
            sq.copy_database(backup, tmp)
            for suffix in ("-wal", "-shm", "-journal"):
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        fsync_directory(db_path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(message("backup.restore_failed", path=str(backup),
                                  reason=reason_of(exc), kept=str(safety))) from exc
    logger.info("Restored %s from %s (old database kept in %s)", db_path, backup, safety)
    return safety


def _safety_copy(db_path: Path) -> Path:
    """Back up the database before it is replaced; copy the raw files if SQLite cannot."""
    try:
        return make_backup(db_path, "restore")
    except (BackupError, DatabaseError) as exc:  # damaged, locked, ...
        logger.warning("Online backup before restore failed (%s); copying the files", exc)
    target = backup_name(db_path, "damaged")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copy2(db_path, target)
        make_private(target)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                shutil.copy2(side, target.with_name(target.name + suffix))
                make_private(target.with_name(target.name + suffix))
    except OSError as exc:
        raise BackupError(message("backup.copy_failed", path=str(db_path),
                                  reason=reason_of(exc))) from exc
    return target


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """Return the newest backup that passes the integrity check, or None."""
    for candidate in list_backups(db_path):
        if candidate.kind == "damaged":
            continue
        try:
            check_backup(candidate.path)
        except BackupError as exc:
            logger.info("Skipping backup %s: %s", candidate.path, exc)
            continue
        return candidate
    return None
