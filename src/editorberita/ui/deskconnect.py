"""Connecting to a server desk off the UI thread: one attempt on a worker, its outcome back
on the UI thread, or never if the attempt was abandoned.

A server that does not answer keeps libpq waiting for the whole connect timeout
(``core.store.server.CONNECT_TIMEOUT_S``); on the UI thread that froze the window, with no
repaint and no way to cancel. ``DeskAttempt`` runs the attempt ("Test connection", or opening
the desk's store) on a daemon thread, as the window's other background work does
(``ui.sending``, the start-up maintenance of ``ui.recovery``), and hands the outcome back
through a queued Qt signal. ``cancel`` abandons it at once: the worker cannot be interrupted
(libpq waits), so it runs out on its own and its late outcome is discarded, never applied to a
window (a store it opened is closed).

Opening a desk opens the store on the worker and hands the finished store over, rather than
testing on the worker and opening on the UI thread. Measured on loopback against the tests'
server (``tests/pgserver.py``): a test 19-23 ms, an open (connect, migration check, first-run
content) 25-30 ms; both are network round trips, several times longer on a newsroom LAN, and
a server that goes away between the test and the open would freeze the window again for the
whole timeout. Handing over is safe: SQLAlchemy's Engine and its pool are thread-safe, and so
are psycopg 3 connections; the worker has given every connection back to the pool before it
reports (``open_store`` uses ``with`` blocks), the store reaches the UI thread only through
the signal (a happens-before edge: Qt's event queue is locked), and the worker never touches
it again. So the UI thread never sees a half-built store, and is its only user afterwards.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from editorberita.core.domain import DatabaseError

logger = logging.getLogger(__name__)

#: What an attempt's ``done`` receives: the job's result, or the DatabaseError it raised.
Outcome = Any


class _Relay(QObject):
    """Carries outcomes from the workers to the UI thread (made there, lives as long as the
    process): a worker never holds a widget or an attempt, which may be gone by then."""

    reported = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.attempts: dict[int, DeskAttempt] = {}  # started, outcome not delivered yet
        self.reported.connect(self._deliver)

    @Slot(int, object)
    def _deliver(self, token: int, outcome: Outcome) -> None:
        attempt = self.attempts.pop(token, None)
        if attempt is None:
            return
        if not attempt.cancelled:
            attempt.done(outcome)
        elif attempt.discard is not None and not isinstance(outcome, BaseException):
            attempt.discard(outcome)  # abandoned: never applied, its store is closed


_relay: _Relay | None = None
_tokens = itertools.count(1)


class DeskAttempt:
    """One attempt at a server desk on a worker thread; ``done`` gets its outcome on the UI
    thread unless ``cancel`` came first (then ``discard`` gets its result, if any)."""

    def __init__(self, job: Callable[[], object], done: Callable[[Outcome], object],
                 discard: Callable[[Any], object] | None = None, name: str = "desk-connect"
                 ) -> None:
        self.job = job
        self.done = done
        self.discard = discard
        self.name = name
        self.token = 0
        self.cancelled = False

    @property
    def running(self) -> bool:
        """Return True while the attempt runs and has not been abandoned."""
        return not self.cancelled and _relay is not None and self.token in _relay.attempts

    def start(self) -> None:
        """Start the job on a daemon thread (call on the UI thread)."""
        global _relay
        if _relay is None:
            _relay = _Relay()
        relay, job = _relay, self.job
        token = self.token = next(_tokens)
        relay.attempts[token] = self

        def work() -> None:
            outcome: Outcome
            try:
                outcome = job()
            except DatabaseError as exc:
                outcome = exc
            except Exception as exc:  # a bug must not leave the dialog "connecting" for good
                logger.exception("Desk attempt failed")
                outcome = DatabaseError(str(exc))
            relay.reported.emit(token, outcome)

        threading.Thread(target=work, name=self.name, daemon=True).start()

    def cancel(self) -> None:
        """Abandon the attempt: ``done`` is never called; a late result is discarded."""
        self.cancelled = True
