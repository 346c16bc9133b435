"""Noticing what other programs write to the database (``editorberita import``, a second desk).

``DatabaseWatch`` asks SQLite every second, cheaply (``core.watch``), whether another program
changed the database; the list, the rubrics and the counts follow, the open article stays as
it is. Started by the window's ``load``; stopped when the window closes. On a server
desk it listens instead (``ui.livedesk``: PostgreSQL LISTEN/NOTIFY, within a second) and passes
on what it heard, and whether the server listens, to ``ui.deskcollab``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from editorberita.core.store.live import Change
    from editorberita.core.watch import ChangeWatcher
    from editorberita.ui.livedesk import LiveDesk
    from editorberita.ui.panes import Panes
    from editorberita.ui.rubrics import RubricController
    from editorberita.ui.session import ArticleSession

# How often the window asks SQLite whether another program changed the database.
WATCH_INTERVAL_MS = 1000


class DatabaseWatch(QObject):
    """Refreshes the list and the rubrics when another program changed the database."""

    #: The list or the rubrics were refreshed (the window updates its actions).
    refreshed = Signal()
    #: A server desk's change (a ``core.store.live.Change``), after the list followed it.
    heard = Signal(object)
    #: A server desk listens (again) / its connection broke (``ui.livedesk``).
    connected = Signal()
    lost = Signal()

    def __init__(self, session: ArticleSession, panes: Panes, rubrics: RubricController,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self.panes = panes
        self.rubrics = rubrics
        self._watcher: ChangeWatcher | None = None
        self._live: LiveDesk | None = None
        self._listened = False  # the server desk's listener was in force once
        self._timer = QTimer(self)
        self._timer.setInterval(WATCH_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)

    def _current_id(self) -> int | None:
        current = self.session.current
        return current.id if current else None

    def start(self) -> None:
        """Take note of the database as it is now and watch it from here on."""
        from editorberita.core.watch import ChangeWatcher

        self.stop()
        store = self.session.store
        if store.on_server:
            from editorberita.ui.livedesk import LiveDesk

            self._live = LiveDesk(store.engine.url.render_as_string(hide_password=False), self)
            self._live.heard.connect(self._on_heard)
            self._live.connected.connect(self._on_connected)
            self._live.lost.connect(self.lost)
            self._live.start()
            return
        self._watcher = ChangeWatcher(self.session.store.db_path)
        self._watcher.poll(self._current_id())  # takes note
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self._timer.stop()
        if self._live is not None:
            self._live.stop()
            self._live = None
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    @Slot()
    def poll(self) -> None:
        """Show articles and rubrics another program changed; the open article stays as is."""
        if self._watcher is None:
            return
        from editorberita.core.watch import RUBRICS

        changed = self._watcher.poll(self._current_id())
        if not changed:
            return
        self._refresh(RUBRICS in changed)

    def recheck(self) -> None:
        """A save found the server gone: connect the listener again (``lost`` if it fails)."""
        if self._live is not None:
            self._live.recheck()

    @Slot(object)
    def _on_heard(self, change: Change) -> None:
        own = (change.what == "articles" and not self.session.locked
               and change.ids == (self._current_id(),))  # our own autosave: listed already
        if change.what != "leases" and not own:
            self._refresh(change.what == "rubrics")
        self.heard.emit(change)

    @property
    def listening(self) -> bool:
        """Return True once a server desk's listener was in force (tests wait for it)."""
        return self._listened

    @Slot()
    def _on_connected(self) -> None:
        self._refresh(True)  # what changed before LISTEN was in force was not heard
        self._listened = True
        self.connected.emit()

    def _refresh(self, rubrics: bool) -> None:
        if rubrics:
            self.rubrics.reload(counts=False)
        self.panes.article_model.reload(keep_loaded=True)
        self.panes.sidebar_model.refresh_counts()
        current = self.session.current
        if current is not None:
            self.panes.article_list.select_article(current.id or 0)
        self.refreshed.emit()
