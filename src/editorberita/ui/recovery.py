"""Opening the database safely: lock, damage, backup preview, restore, start-up maintenance.

The start-up (``ui.startup.Startup``) asks a ``Launcher`` to open the database into the painted
window, which gets its store at once (``MainWindow.attach_store``). The launcher takes
the database lock (a second EditorBerita opens read-only), checks the file (a damaged one is
not opened for writing: the newest good backup is offered, read-only first), and after the
window is shown runs the daily backup and revision thinning on a thread, so the first paint
never waits for them. What went wrong is told by the typed errors of ``core.domain``, never
by the words of a message: a file locked by another program is offered "Try again" (it is
not damaged), a read-only or full disk opens the window read-only. Restoring a backup closes
the store and opens a new window on the restored file (``MainWindow.on_store``). A server desk
opens on a worker (``ui.deskconnect``): the window stays painted and usable while the server is
reached, and gets the store only once it is fully open.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from editorberita.core import backup, health
from editorberita.core.desklocation import DeskAddress, is_server_url, local_desk_path
from editorberita.core.domain import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyDatabaseError,
)
from editorberita.core.lock import DatabaseLock
from editorberita.core.messages import Message
from editorberita.core.store import ArticleStore, open_store, server
from editorberita.ui.damageddialog import DamagedDialog
from editorberita.ui.deskconnect import DeskAttempt, Outcome
from editorberita.ui.formatting import format_moment
from editorberita.ui.lockeddialog import LockedDialog
from editorberita.ui.mainwindow import MainWindow
from editorberita.ui.messages import explain
from editorberita.ui.prompts import Prompts
from editorberita.ui.readonly import show_banner
from editorberita.ui.settings import Settings

logger = logging.getLogger(__name__)


class _NoLock:
    """A server desk's stand-in for the file lock: the server keeps editors apart (leases)."""

    def acquire(self) -> bool:
        return True

    def release(self) -> None:
        return None

    def holder(self) -> str:
        return ""


class Launcher(QObject):
    """Owns the lock, the store and the window of one desk: a file, or a server desk."""

    maintenance_done = Signal(object)  # health.MaintenanceReport, from the worker thread
    #: The window asked for another desk (``ui.desks``): a server URL or the local file.
    switch_requested = Signal(object)
    #: ``open_into``'s outcome: True (open), False (the editor chose to quit, or closed the
    #: window while connecting) or the DatabaseError to tell (a desk file that cannot be
    #: opened; a server desk when not interactive). At once for a desk file, later for a
    #: server desk.
    opened = Signal(object)

    def __init__(self, db_path: Path | str, settings: Settings, parent: QObject | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts if prompts is not None else Prompts()
        self.server_url: str | None = None  # a server desk (no password), or None for a file
        self.interactive = True  # False (smoke test): a desk that won't open is raised, not asked
        self.lock: DatabaseLock | _NoLock
        self._use_desk(db_path)
        self.store: ArticleStore | None = None
        self.window: MainWindow | None = None
        self.mode = "closed"  # "edit", "read-only" (locked), "preview" (a backup)
        self._deferred_check = False
        self._worker: threading.Thread | None = None
        self._connecting: DeskAttempt | None = None
        self._shown_on: MainWindow | None = None  # the window that says "Connecting…"
        self.maintenance_done.connect(self._on_maintenance_done)

    # ------------------------------------------------------------ opening

    @property
    def location(self) -> Path | str:
        """Return the desk opened: the server URL (no password) or the file's path."""
        return self.server_url if self.server_url is not None else self.db_path

    def _use_desk(self, location: Path | str) -> None:
        if is_server_url(location):
            self.server_url = str(location)
            self.db_path = server.stand_in_path(self.server_url)  # its backups' place
            self.lock = _NoLock()
        else:
            self.server_url = None
            self.db_path = Path(location)
            self.lock = DatabaseLock(self.db_path)
    def open_into(self, window: MainWindow, shown_on: MainWindow | None = None) -> None:
        """Open the desk the safest way into ``window`` (empty; shown at start-up); the
        outcome comes as ``opened``.

        A desk file opens at once. A server desk opens on a worker: ``shown_on`` (the
        start-up window itself, or the window switching desks) says it is connecting and
        stays usable; closing it abandons the attempt. A server that cannot be reached or
        refuses the login is told in plain words, with a way back to the local desk.
        """
        if self.server_url is not None:
            self._connect(window, shown_on or window)
        else:
            self._open_file_into(window)

    def _open_file_into(self, window: MainWindow) -> None:
        try:
            outcome: bool | DatabaseError = self._open_file(window)
        except DatabaseError as exc:  # a damaged or foreign local desk file...
            outcome = exc
        self.opened.emit(outcome)

    def _open_file(self, window: MainWindow) -> bool:
        """Open the desk file into ``window``; False when the user chose to quit (a damaged
        database and no backup taken, or a database locked by another program). A damaged
        database shows its newest good backup instead, read-only, in the window; a read-only
        or full disk opens read-only."""
        try:
            got = self.lock.acquire()
        except OSError as exc:  # no lock file can be made: a read-only or full disk
            logger.warning("Cannot take the lock of %s: %s", self.db_path, exc)
            full = exc.errno == errno.ENOSPC
            self._open_read_only_disk(window, DiskFullError(str(exc)) if full
                                      else ReadOnlyDatabaseError(str(exc)))
            return True
        if not got:
            self._open_locked(window)
            return True
        while True:
            try:
                problems = health.startup_problems(self.db_path)
                if problems:
                    logger.error("Database %s is damaged: %s", self.db_path, problems[:3])
                    return self._offer_backup(problems, window, into=window) is not None
                store = open_database(self.db_path)
            except DamagedDatabaseError as exc:
                return self._offer_backup(exc.problems, window, into=window) is not None
            except DatabaseLockedError:
                logger.warning("Database %s is locked by another program", self.db_path)
                if LockedDialog(self.db_path, window).try_again():
                    continue
                self.lock.release()
                return False
            except (ReadOnlyDatabaseError, DiskFullError) as exc:
                logger.warning("Opening %s read-only: %s", self.db_path, exc)
                self.lock.release()
                self._open_read_only_disk(window, exc)
                return True
            break
        self._deferred_check = problems is None
        self._install(store, "edit", window)
        return True

    def _connect(self, window: MainWindow, shown_on: MainWindow) -> None:
        """Open the server desk on a worker; ``_on_connected`` takes the outcome."""
        from editorberita.ui.desks import DeskPasswords

        assert self.server_url is not None
        url = self.server_url
        shown_on.statusBar().showMessage(self.tr("Connecting to the shared desk {desk}…")
                                         .format(desk=DeskAddress.parse(url).label))
        connect_url = DeskPasswords().connect_url(url)
        if self._shown_on is not shown_on:
            shown_on.installEventFilter(self)  # closing it abandons the attempt
            self._shown_on = shown_on
            if shown_on is window:  # the start-up window, empty: its File menu picks anew
                window.desks.switch_requested.connect(self._switch_while_connecting)
        if shown_on is window:
            window.desks.show_connecting(DeskAddress.parse(url))
        self._connecting = DeskAttempt(
            lambda: open_database(connect_url),
            lambda outcome: self._on_connected(window, shown_on, url, outcome),
            discard=ArticleStore.close, name="desk-open")
        self._connecting.start()

    def _on_connected(self, window: MainWindow, shown_on: MainWindow, url: str,
                      outcome: Outcome) -> None:
        """The worker's outcome, on the UI thread: attach the store, or tell what is wrong
        and act on the editor's choice (try again, change the connection, the local desk,
        quit)."""
        from editorberita.ui.deskunavailable import CHANGE, LOCAL, QUIT, DeskUnavailableDialog

        self._connecting = None
        shown_on.statusBar().clearMessage()
        if not isinstance(outcome, BaseException):
            self._stop_watching()
            self._install(outcome, "edit", window)
            self.opened.emit(True)
            return
        logger.warning("Cannot open the server desk %s: %s", server.display_url(url), outcome)
        if not self.interactive:
            self._stop_watching()
            self.opened.emit(outcome)
            return
        choice = DeskUnavailableDialog(outcome, DeskAddress.parse(url), shown_on).choose()
        if choice == QUIT:
            self._stop_watching()
            self.opened.emit(False)
            return
        if choice == LOCAL:
            self._stop_watching()
            self._use_desk(local_desk_path())
            self._open_file_into(window)
            return
        if choice == CHANGE:
            self._change_connection(shown_on, outcome)
        self._connect(window, shown_on)  # try again, on the same desk or the one just given

    @property
    def connecting(self) -> bool:
        """Return True while a server desk is being opened on the worker."""
        return self._connecting is not None

    def cancel_open(self) -> None:
        """Abandon the server desk being opened: ``opened`` says False at once; the worker's
        late store is closed, never attached."""
        if self._abandon():
            self.opened.emit(False)

    def _abandon(self) -> bool:
        if self._connecting is None:
            return False
        self._connecting.cancel()
        self._connecting = None
        if self._shown_on is not None:
            self._shown_on.statusBar().clearMessage()
        self._stop_watching()
        return True

    def _stop_watching(self) -> None:
        shown_on, self._shown_on = self._shown_on, None
        if shown_on is None:
            return
        shown_on.removeEventFilter(self)
        if shown_on.desks.connecting is not None:
            shown_on.desks.show_connecting(None)
            shown_on.desks.switch_requested.disconnect(self._switch_while_connecting)

    @Slot(object)
    def _switch_while_connecting(self, location: object) -> None:
        """The start-up window's File menu chose a desk while the server did not answer
        (File → Local desk: the way back at once): drop the attempt, open that one."""
        shown_on = self._shown_on
        if self._connecting is None or shown_on is None:
            return
        self._connecting.cancel()
        self._connecting = None
        shown_on.statusBar().clearMessage()
        self._use_desk(location if isinstance(location, str) else Path(str(location)))
        if self.server_url is not None:
            self._connect(shown_on, shown_on)
        else:
            self._stop_watching()
            self._open_file_into(shown_on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window saying "Connecting…" was closed: abandon the attempt. A window with no
        store yet only hides: its close would record "no article open" as the desk's last."""
        window = self._shown_on
        if (window is not None and watched is window and event.type() == QEvent.Type.Close
                and self._connecting is not None):
            empty = not window.session.is_open
            self.cancel_open()
            if empty:
                window.hide()
                return True
        return False

    def _change_connection(self, window: MainWindow, exc: BaseException) -> bool:
        """Ask for the desk again (the connect dialog, with what went wrong); True when the
        editor gave one (the launcher now names it)."""
        from editorberita.ui.connectdialog import ConnectDialog, desk_error_text
        from editorberita.ui.desks import DeskPasswords, RecentDesks

        assert self.server_url is not None
        current = DeskAddress.parse(self.server_url)
        passwords, recent = DeskPasswords(), RecentDesks(self.settings)
        dialog = ConnectDialog(recent, passwords, window, current=current,
                               problem=desk_error_text(exc, current))
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        address = dialog.address()
        passwords.keep(address, dialog.password(), remember=dialog.remember_password())
        recent.add(address, dialog.name())
        self._use_desk(address.url())
        return True

    def _open_locked(self, into: MainWindow | None = None) -> MainWindow:
        holder = self.lock.holder().split(" ")[0] or "?"
        store = open_store(self.db_path, read_only=True)
        window = self._install(store, "read-only", into)
        show_banner(window, self.tr(
            "Another EditorBerita (process {pid}) already has this database open. This window "
            "is read-only, so that neither overwrites the other's work. Close the other window "
            "and start EditorBerita again to edit.").format(pid=holder))
        return window

    def _open_read_only_disk(self, into: MainWindow, reason: DatabaseError) -> MainWindow:
        """Open a database that cannot be written (read-only or full disk) for reading."""
        store = open_store(self.db_path, read_only=True)
        window = self._install(store, "read-only", into)
        if isinstance(reason, DiskFullError):
            text = self.tr(
                "The disk holding {path} is full, so this window is read-only: nothing has "
                "been lost. Free some disk space and start EditorBerita again to edit.")
        else:
            text = self.tr(
                "The database {path} is on a disk or in a folder that cannot be written, so "
                "this window is read-only: you can read, search and copy. Copy the database "
                "to a writable folder to edit it.")
        show_banner(window, text.format(path=str(self.db_path)))
        return window

    def _offer_backup(self, problems: Sequence[Message | str], parent: QWidget | None = None,
                      into: MainWindow | None = None) -> MainWindow | None:
        good = backup.newest_good_backup(self.db_path)
        dialog = DamagedDialog(self.db_path, problems, good, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or good is None:
            return None
        return self.preview(good, into)

    def preview(self, good: backup.BackupFile, into: MainWindow | None = None) -> MainWindow:
        """Show a backup read-only, with a banner button that restores it."""
        store = open_store(good.path, read_only=True)
        window = self._install(store, "preview", into)
        show_banner(window, self.tr(
            "Preview of the backup of {date} (read-only). Check that it holds your work, then "
            "restore it.").format(date=format_moment(good.created)),
            self.tr("Restore this backup"), lambda: self.restore(good.path, confirm=True))
        return window

    def _install(self, store: ArticleStore, mode: str,
                 into: MainWindow | None = None) -> MainWindow:
        """Put the store into ``into`` (the start-up window) or into a new window."""
        self.store = store
        self.mode = mode
        if into is not None:
            window = into
            window.attach_store(store)
        else:
            window = MainWindow.on_store(store, self.settings, self.prompts)
        window.restore_requested.connect(self._on_restore_requested)
        window.desks.switch_requested.connect(self.switch_requested)  # ui.startup switches
        window.desks.on_attached()  # the desk's name in the title bar
        self.window = window
        return window

    # ----------------------------------------------------------- after show

    def after_show(self) -> None:
        """Start the daily backup and revision thinning on a thread (never blocks painting)."""
        if self.mode != "edit" or self.store is None or self._worker is not None:
            return
        store, check = self.store, self._deferred_check

        def work() -> None:
            report = health.run_maintenance(store, check=check)
            self.maintenance_done.emit(report)

        self._worker = threading.Thread(target=work, name="startup-maintenance", daemon=True)
        self._worker.start()

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the start-up maintenance (tests, and before closing the store)."""
        if self._worker is not None:
            self._worker.join(timeout)

    @Slot(object)
    def _on_maintenance_done(self, report: health.MaintenanceReport) -> None:
        window = self.window
        if window is None:
            return
        if report.problems:
            window.save_now()
            replacement = self._offer_backup(report.problems, window)
            if replacement is not None:
                window.close()
                replacement.show()
                replacement.load()
            return
        if report.error is not None:
            window.statusBar().showMessage(explain(report.error), 10000)
        elif report.backup is not None:
            window.statusBar().showMessage(
                self.tr("Daily backup made: {name}").format(name=report.backup.name), 6000)

    # -------------------------------------------------------------- restore

    @Slot(object)
    def _on_restore_requested(self, path: object) -> None:
        self.restore(Path(str(path)), confirm=False)

    def restore(self, backup_path: Path, *, confirm: bool = True) -> MainWindow | None:
        """Close the store, restore the backup (after a safety copy), open a new window."""
        old = self.window
        if self.server_url is not None:  # the file below is only the server desk's stand-in
            self.prompts.warn(old, self.tr("Restore backup"), self.tr(
                "A shared desk is restored on the command line, so that everyone working on it "
                "can be told first: editorberita --db {desk} restore FILE").format(
                    desk=self.server_url))
            return None
        if confirm and not self.prompts.ask(
                old, self.tr("Restore backup"),
                self.tr("Replace the database with this backup? The database as it is now is "
                        "copied to the backups folder first.")):
            return None
        if not self.lock.acquire():
            self.prompts.warn(old, self.tr("Restore backup"), self.tr(
                "Another EditorBerita has the database open; close it first."))
            return None
        if old is not None and self.mode == "edit":
            old.save_now()
        self.wait()
        if self.store is not None:
            self.store.close()
        try:
            safety = backup.restore_backup(self.db_path, backup_path)
            store = open_database(self.db_path)
        except (backup.BackupError, DatabaseError) as exc:
            # A closed store reconnects on its next use: the old window goes on working.
            self.prompts.error(old, self.tr("Restore backup"), explain(exc))
            return None
        self._worker = None
        window = self._install(store, "edit")
        window.show()
        window.load()
        if old is not None:
            old.close()
            old.deleteLater()
        window.statusBar().showMessage(self.tr(
            "Backup restored. The database as it was before is kept in {path}.")
            .format(path=str(safety)), 15000)
        return window

    def close(self) -> None:
        """Close the window's store and give the lock back (abandoning a desk being
        opened)."""
        self._abandon()
        self.wait(30)
        if self.store is not None:
            self.store.close()
        self.lock.release()


def open_database(db_path: Path | str) -> ArticleStore:
    """Open the store and add the first-run sample content to an empty database.

    ``db_path`` may be a server desk URL (``postgresql://…``): ``open_store`` opens both.
    """
    from editorberita.core.sample import ensure_first_run_content

    store = open_store(db_path)
    ensure_first_run_content(store)
    return store
