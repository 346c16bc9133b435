"""Working together on a server desk: edit leases, the live read-only article, the offline journal.

- Opening an article on a server desk takes its edit lease (``core.store.leases``) and renews
  it every ``HEARTBEAT_MS``; switching article or closing the window gives it back.
- An article another editor holds opens read-only under a banner ("Being edited by Rina
  (PC-REDAKSI-2) since 14.02") with *Take over* (asked first); it follows their saves live
  (``ui.watching`` hears the desk), and becomes ours by itself when they let it go or stop
  heartbeating (a stale lease passes: tried again on every lease change and every
  ``RECHECK_MS``).
- When the server goes away (a save fails, or the listening connection breaks) typing goes
  on: each save is kept in the offline journal (``core.store.journal``) under a banner; when
  the desk listens again the journal is saved through the version check (the conflict dialog
  when someone else changed the article meanwhile).

A desk file has none of this (one editor per file; ``ui.watching`` follows other programs).
Built with the session, the panes, the prompts, the window's actions, the window (banners) and
its ``DatabaseWatch`` (what the desk hears). May import PySide6, ``core.domain`` and ``ui.*``.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from editorberita.core.domain import (
    Article,
    ConflictError,
    EditorBeritaError,
    Lease,
    LeaseHeldError,
    ServerUnreachableError,
)
from editorberita.ui.formatting import desk_zone, format_clock
from editorberita.ui.messages import explain
from editorberita.ui.readonly import BANNER_STYLE, show_banner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QToolBar

    from editorberita.core.store import ArticleStore
    from editorberita.core.store.journal import OfflineJournal
    from editorberita.core.store.live import Change
    from editorberita.ui.actions import ActionCollection
    from editorberita.ui.panes import Panes
    from editorberita.ui.prompts import Prompts
    from editorberita.ui.session import ArticleSession
    from editorberita.ui.watching import DatabaseWatch

logger = logging.getLogger(__name__)

HEARTBEAT_MS = 30_000  # a lease goes stale after two minutes without one
RECHECK_MS = 10_000  # how often a read-only article asks whether its lease passed
# What an article held by another editor may not do here.
LOCKED_ACTIONS = ("save", "replace", "insert_picture", "add_featured_picture", "history")


def machine_name() -> str:
    """Return this PC's name, recorded with the leases it takes.

    From the system (``uname``; ``COMPUTERNAME`` on Windows) without loading ``socket``: the
    window asks before its first paint, and ``socket`` cost ~8 ms to import there.
    """
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename or "?"
    if os.environ.get("COMPUTERNAME"):
        return os.environ["COMPUTERNAME"]
    import socket

    return socket.gethostname() or "?"


class DeskCollaboration(QObject):
    """Leases, the live read-only article and the offline journal of one window."""

    def __init__(self, session: ArticleSession, panes: Panes, prompts: Prompts,
                 actions: ActionCollection, window: QMainWindow, watch: DatabaseWatch,
                 journal: OfflineJournal | None = None) -> None:
        super().__init__(window)
        self.session = session
        self.panes = panes
        self.prompts = prompts
        self.actions = actions
        self.window = window
        self.watch = watch
        self.machine = machine_name()
        self._journal = journal
        self._article_id: int | None = None  # the open article this controller has handled
        self._held = False  # we hold its lease
        self._held_as = ""  # the desk name it was taken under
        self._holder: Lease | None = None  # who does, while it is not us
        self._offline = False
        self._lease_banner: QToolBar | None = None
        self._offline_banner: QToolBar | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.heartbeat)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.try_take)
        session.divert = self.divert
        watch.heard.connect(self.on_heard)
        watch.lost.connect(self.on_lost)
        watch.connected.connect(self.on_connected)

    # ---------------------------------------------------------------- state

    @property
    def active(self) -> bool:
        """Return True on a server desk (leases, live and the journal apply)."""
        return self.session.is_open and self.session.store.on_server

    @property
    def offline(self) -> bool:
        """Return True while the server is unreachable and saves go to the journal."""
        return self._offline

    @property
    def lease_banner(self) -> QToolBar | None:
        """Return the "being edited by" banner while it is shown."""
        return self._lease_banner

    @property
    def offline_banner(self) -> QToolBar | None:
        """Return the "server unreachable" banner while it is shown."""
        return self._offline_banner

    @property
    def journal(self) -> OfflineJournal:
        """Return the offline journal (the user's data folder unless given)."""
        if self._journal is None:
            from editorberita.core.store.journal import OfflineJournal

            self._journal = OfflineJournal()
        return self._journal

    @property
    def _store(self) -> ArticleStore:
        return self.session.store

    # -------------------------------------------------------------- leases

    @Slot(object)
    def on_article_changed(self, article: Article | None) -> None:
        """Another article is open: give the last lease back, take this one's."""
        if not self.session.is_open:
            return
        if not self.active:
            return
        article_id = article.id if article is not None else None
        if article_id == self._article_id:
            self.enforce()  # the same article shown again (a live update, a conflict)
            return
        self._give_back()
        self._article_id = article_id
        if article_id is None:
            self._unlock()
            return
        self.try_take()

    @Slot()
    def try_take(self, take_over: bool = False) -> bool:
        """Take the open article's lease (renew it if ours); read-only when another holds it."""
        article_id = self._article_id
        if article_id is None or not self.active or self._offline:
            return False
        try:
            self._store.take_lease(article_id, self.machine, take_over=take_over)
        except LeaseHeldError as held:
            self._lock(held.lease)
            return False
        except EditorBeritaError as exc:  # the server went away: editing goes on offline
            logger.info("Lease not taken: %s", exc)
            return False
        was_locked = self._holder is not None
        self._held = True
        self._held_as = self._store.editor  # the desk name may change in Preferences meanwhile
        self._unlock()
        self._heartbeat.start()
        if was_locked:  # ours now: show the newest text before it becomes editable
            self.session.reload_from_store()
            self._unlock()
        return True

    @Slot()
    def heartbeat(self) -> None:
        """Renew our lease; another editor took it over: read-only from now on."""
        if not self._held or self._article_id is None or self._offline:
            return
        if self._store.editor != self._held_as:  # renamed in Preferences: the lease follows
            self._give_back()
            self.try_take()
            return
        try:
            self._store.heartbeat_lease(self._article_id, self.machine)
        except LeaseHeldError as held:
            self._lost(held.lease)
        except EditorBeritaError as exc:
            logger.info("Lease heartbeat failed: %s", exc)

    @Slot()
    def take_over(self) -> None:
        """Take the lease from its holder, once the editor confirmed it."""
        holder = self._holder
        if holder is None:
            return
        if not self.prompts.ask(
                self.window, self.tr("Take over the article?"),
                self.tr("{editor} ({machine}) is editing this article. If you take it over, "
                        "their last saved text is kept as a revision and this PC edits it "
                        "from now on.").format(editor=holder.editor or "?",
                                               machine=holder.machine or "?"),
                default_no=True):
            return
        self.try_take(take_over=True)

    def close(self) -> None:
        """The window closes: stop the timers and give the lease back."""
        self._heartbeat.stop()
        self._recheck.stop()
        self._give_back()

    def enforce(self) -> None:
        """Keep an article another editor holds read-only (after every action update)."""
        if not self.session.locked:
            return
        for name in LOCKED_ACTIONS:
            if name in self.actions:
                self.actions[name].setEnabled(False)
        self.panes.editor.setReadOnly(True)
        self.panes.metadata.setEnabled(False)
        self.panes.picture_panel.setEnabled(False)

    def held_text(self, lease: Lease) -> str:
        """Return the banner's sentence: who edits the article, on which PC, since when."""
        return self.tr("Being edited by {editor} ({machine}) since {time}.").format(
            editor=lease.editor or "?", machine=lease.machine or "?",
            time=format_clock(lease.since, desk_zone(self.session.settings)))  # the desk's clock

    def _give_back(self) -> None:
        self._heartbeat.stop()
        if self._held and self._article_id is not None and not self._offline:
            try:
                self._store.release_lease(self._article_id, self.machine, self._held_as)
            except EditorBeritaError as exc:
                logger.info("Lease not given back: %s", exc)
        self._held = False

    def _lost(self, lease: Lease) -> None:
        """Someone took the lease over: what we typed since our last save becomes a revision."""
        mine = self.session.compose()
        if self.session.is_dirty and mine is not None and mine.id is not None:
            from editorberita.core.revisions import MANUAL

            try:
                self._store.add_revision(mine.id, MANUAL, manual=True, snapshot=mine)
            except EditorBeritaError as exc:
                logger.warning("Text typed before the take-over not kept: %s", exc)
        self._held = False
        self._heartbeat.stop()
        self._lock(lease)
        try:  # the stored text, not what this PC typed after it
            self.session.show(self._store.get_article(self._article_id or 0))
        except EditorBeritaError as exc:
            logger.info("Article not shown again after the take-over: %s", exc)
        self.enforce()

    def _lock(self, lease: Lease) -> None:
        self._holder = lease
        self._held = False
        self.session.locked = self.held_text(lease)
        self._remove(self._lease_banner)
        self._lease_banner = self._banner("lease_banner", self.session.locked,
                                          self.tr("Take over"), self.take_over)
        self._recheck.start()
        self.enforce()

    def _unlock(self) -> None:
        self._recheck.stop()
        self._holder = None
        self._remove(self._lease_banner)
        self._lease_banner = None
        if not self.session.locked:
            return
        self.session.locked = ""
        current = self.session.current
        editable = current is not None and not self.session.read_only
        for name in LOCKED_ACTIONS:
            if name in self.actions:
                self.actions[name].setEnabled(editable)
        trashed = current is not None and current.deleted_at is not None
        self.panes.editor.setReadOnly(not editable or trashed)
        self.panes.metadata.setEnabled(editable and not trashed)
        self.panes.picture_panel.setEnabled(editable and not trashed)

    # ---------------------------------------------------------------- live

    @Slot(object)
    def on_heard(self, change: Change) -> None:
        """Another editor changed the desk: follow the open article's lease and text."""
        article_id = self._article_id
        if article_id is None or not self.active or (change.ids is not None
                                                     and article_id not in change.ids):
            return
        if change.what == "leases":
            if self._held:
                try:
                    lease = self._store.lease_of(article_id)
                except EditorBeritaError:
                    return
                if lease is not None and (lease.editor, lease.machine) != (
                        self._store.editor, self.machine):
                    self._lost(lease)
            else:
                self.try_take()
        elif change.what == "articles" and self.session.locked:
            self._follow()

    def _follow(self) -> None:
        """Show the newest stored text of the read-only article."""
        try:
            self.session.reload_from_store()
        except EditorBeritaError as exc:
            logger.info("Read-only article not refreshed: %s", exc)
        self.enforce()

    # ------------------------------------------------------------- offline

    def divert(self, article: Article, error: EditorBeritaError | None) -> bool:
        """Keep a save the server cannot take in the journal (the session's hook)."""
        if not self.active:
            return False
        if error is None and not self._offline:
            return False
        if error is not None and not isinstance(error, ServerUnreachableError):
            return False
        try:
            self.journal.keep(self._store.location, article)
        except (OSError, ValueError) as exc:
            logger.warning("Offline journal refused the article: %s", exc)
            return False
        self._go_offline()
        return True

    @Slot()
    def on_lost(self) -> None:
        """The desk's listening connection broke: the server is away (until it listens)."""
        if self.active:
            self._go_offline()

    @Slot()
    def on_connected(self) -> None:
        """The desk listens again: save what was kept offline, then go on as usual."""
        if not self.active:
            return
        if self._offline or self.journal.pending(self._store.location):
            self.come_back()
        elif self.session.locked:  # saved while nobody listened: show the newest text
            self._follow()

    def come_back(self) -> None:
        """Save the journal through the version check; conflicts ask the editor."""
        session = self.session
        if session.is_dirty:
            session.save_now()  # still offline: the newest keystrokes join the journal
        self._offline = False
        desk = self._store.location
        report = self.journal.replay(self._store)
        if report.stopped is not None:  # away again
            self._go_offline()
            return
        current, composed = session.current, session.compose()
        for saved in report.saved:
            if current is None or composed is None or saved.id != current.id:
                continue
            if composed.body == saved.body:  # the editor holds what was kept: go on typing
                session.adopt_saved(composed, saved)
            else:  # kept before a restart: the editor showed the server's older text
                session.show(saved)
        for conflict in report.conflicts:
            self._settle(conflict)
            self.journal.forget(desk, conflict.mine.id or 0)
        kept = {k.article.id: k.article for k in self.journal.pending(desk)}
        for article_id in report.gone:  # deleted on the server meanwhile: kept as a copy
            mine = kept.get(article_id)
            if mine is not None:
                self._settle(ConflictError("", mine=mine, theirs=None))
            self.journal.forget(desk, article_id)
        self._remove(self._offline_banner)
        self._offline_banner = None
        self.panes.article_model.reload(keep_loaded=True)
        self.panes.sidebar_model.refresh_counts()
        if self._article_id is not None:
            self.try_take()

    def _settle(self, conflict: ConflictError) -> None:
        """Someone else changed a kept article meanwhile: the editor chooses, both texts stay."""
        current = self.session.current
        if current is not None and conflict.mine.id == current.id:
            self.session.resolve_conflict(conflict)
            return
        from editorberita.core import revisions
        from editorberita.ui.conflictdialog import ConflictChoice

        choice = self.prompts.resolve_conflict(self.window, conflict.mine, conflict.theirs)
        try:
            if choice is ConflictChoice.KEEP_MINE and conflict.theirs is not None:
                revisions.keep_mine(self._store, conflict)
            elif choice is ConflictChoice.TAKE_THEIRS and conflict.theirs is not None:
                revisions.take_theirs(self._store, conflict)
            else:
                revisions.save_copy(self._store, conflict, self.tr("{headline} (copy)").format(
                    headline=conflict.mine.headline))
        except EditorBeritaError as exc:
            self.prompts.warn(self.window, self.tr("The article could not be saved"), explain(exc))

    def _go_offline(self) -> None:
        if self._offline:
            return
        self._offline = True
        self.watch.recheck()  # listening again tells when the server is back
        self._offline_banner = self._banner(
            "offline_banner", self.tr("The desk server cannot be reached. Keep typing: your "
                                      "text is safe on this PC and is saved to the server "
                                      "when it is back."))

    # -------------------------------------------------------------- banners

    def _banner(self, name: str, message: str, button: str = "",
                on_button: object = None) -> QToolBar:
        banner = show_banner(self.window, message, button,
                             on_button if callable(on_button) else None)
        banner.setObjectName(name)
        banner.setStyleSheet(BANNER_STYLE.replace("read_only_banner", name))
        banner.show()
        return banner

    def _remove(self, banner: QToolBar | None) -> None:
        if banner is not None:
            self.window.removeToolBarBreak(banner)
            self.window.removeToolBar(banner)
            banner.deleteLater()
