"""Start-up health of the database: is it sound, who else has it open, what maintenance is due.

The window's start-up (``ui.recovery``) and the command line ask this module; it never
shows anything. May import ``core.backup``, ``core.lock``, ``core.revisions``, ``core.sqlite``,
``core.store`` and ``core.domain``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from editorberita.core import backup
from editorberita.core import sqlite as sq
from editorberita.core.domain import DatabaseError, EditorBeritaError
from editorberita.core.fileio import os_error_message
from editorberita.core.messages import Message, message
from editorberita.core.revisions import thin_revisions
from editorberita.core.store import ArticleStore

logger = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
# ``quick_check`` reads every page: ~60 ms for a 30 MB desk database, but 3.5 s (warm cache)
# to 25 s (cold) for the 1 GB, 100,000-article benchmark file. Up to this size start-up checks
# before the window opens; a bigger file is checked once a day in the background (the daily
# backup copy is verified, which reads every page of the database too).
SYNC_CHECK_LIMIT = 64 * 1024 * 1024


def header_problem(db_path: Path) -> Message | None:
    """Return why the file is not an SQLite database (cheap: reads 100 bytes), or None."""
    try:
        if not db_path.exists() or db_path.stat().st_size == 0:
            return None
        with open(db_path, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        return os_error_message(db_path, exc, "read")
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        return message("db.not_sqlite", path=str(db_path))
    return None


def startup_problems(db_path: Path, *,
                     sync_limit: int = SYNC_CHECK_LIMIT) -> list[Message | str] | None:
    """Return the integrity findings at start-up; None when the file is too big to check now.

    An empty list means sound. A finding is core's message (the window words it) or a line of
    SQLite's own report (technical, shown as it is). Always checks the header; runs
    ``quick_check`` only for files up to ``sync_limit`` bytes (see SYNC_CHECK_LIMIT).
    """
    problem = header_problem(db_path)
    if problem:
        return [problem]
    if not db_path.exists():
        return []
    if db_path.stat().st_size > sync_limit:
        return None
    return [*sq.integrity_problems(db_path, quick=True)]


@dataclass
class MaintenanceReport:
    """What the start-up maintenance did (run on a thread after the window is shown)."""

    backup: Path | None = None
    thinned: int = 0
    problems: list[Message | str] = field(default_factory=list)
    #: Why the backup was not made (a typed message when core has one: ``ui.messages.explain``).
    error: EditorBeritaError | None = None


def run_maintenance(store: ArticleStore, now: datetime | None = None, *,
                    check: bool = False) -> MaintenanceReport:
    """Thin old automatic revisions and make the daily backup if it is due.

    ``check`` verifies the fresh backup copy (the deferred integrity check of a big file); a
    damaged database is reported in ``problems`` and good older backups are kept.
    """
    report = MaintenanceReport()
    if store.read_only:
        return report
    try:
        report.thinned = thin_revisions(store, now)
    except Exception as exc:  # thinning is housekeeping: it must never stop the editor
        logger.warning("Thinning revisions failed: %s", exc)
    try:
        report.backup = backup.daily_backup_if_due(store.db_path, now, verify=check)
    except backup.DamagedDatabaseError as exc:
        report.problems = exc.problems
        report.error = exc
    except (backup.BackupError, DatabaseError) as exc:  # locked, disk full: say so, go on
        report.error = exc
    return report
