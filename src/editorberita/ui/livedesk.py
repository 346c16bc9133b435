"""Hearing a server desk live: ``core.store.live.DeskListener`` on a thread, as Qt signals.

Every change another editor commits (save, new article, move, trash, rubric, lease) arrives
as ``heard`` on the GUI thread within a fraction of a second. When the server goes away the
listening connection breaks: ``lost`` is emitted once and the thread tries again every
``RETRY_SECONDS``; ``connected`` says it listens (again), so the window can catch up on what
it missed and save what it kept offline. A desk file has no such channel
(``ui.watching`` asks SQLite instead). May import PySide6 and ``core.store.live``.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from editorberita.core.store.live import Change, DeskListener

logger = logging.getLogger(__name__)

RETRY_SECONDS = 1.0  # how soon a lost listening connection is tried again


class LiveDesk(QObject):
    """Listens to one server desk on a daemon thread until ``stop``."""

    #: A change another connection committed (a ``core.store.live.Change``).
    heard = Signal(object)
    #: The listening connection is (again) in force.
    connected = Signal()
    #: The listening connection broke (the server went away); retried by itself.
    lost = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = url  # with the password: the listener opens its own connection
        self._stopped = threading.Event()
        self._listener: DeskListener | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening (a thread of its own; signals arrive on the GUI thread)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="desk-listener", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening; the thread ends within half a second (not waited for long)."""
        self._stopped.set()
        listener = self._listener
        if listener is not None:
            listener.stop()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
            self._thread = None

    def recheck(self) -> None:
        """Drop the listening connection and connect again (a save found the server gone)."""
        listener = self._listener
        if listener is not None:
            listener.stop()

    def _run(self) -> None:
        from editorberita.core.store.live import DeskListener

        was_lost = False
        while not self._stopped.is_set():
            listener = DeskListener(self._url, self._deliver)
            self._listener = listener
            done = threading.Event()
            threading.Thread(target=self._announce, args=(listener, done), daemon=True).start()
            try:
                listener.run()
            except Exception as exc:  # any failure means "not listening now"
                logger.info("Desk listener lost its connection: %s", exc)
            done.set()
            if self._stopped.is_set():
                break
            if listener.ready.is_set() or not was_lost:
                was_lost = True
                self.lost.emit()
            self._stopped.wait(RETRY_SECONDS)

    def _announce(self, listener: DeskListener, done: threading.Event) -> None:
        """Emit ``connected`` once LISTEN is in force (``run`` blocks until it ends)."""
        while not listener.ready.wait(0.1):
            if done.is_set() or self._stopped.is_set():
                return
        if not self._stopped.is_set():
            self.connected.emit()

    def _deliver(self, change: Change) -> None:
        if not self._stopped.is_set():
            self.heard.emit(change)
