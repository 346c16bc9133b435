"""Hearing a server desk change: PostgreSQL LISTEN on the channel the store NOTIFYs on commit.

Every save, new article, move, trash, rubric change and lease of a server desk sends one
notification (``dialect_postgresql.change_payload``: what, ids, send time). ``DeskListener``
runs on its own connection (a thread of the caller's choosing) and hands each ``Change`` to a
callback; a desk file has no such channel (``core.watch`` checks the file instead).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from editorberita.core.store.dialect_postgresql import CHANNEL
from editorberita.core.store.server import engine_url


@dataclass(frozen=True)
class Change:
    """One change another editor committed: what kind, which ids (None: many), when sent."""

    what: str
    ids: tuple[int, ...] | None
    sent_at: float
    heard_at: float


def parse(payload: str, heard_at: float) -> Change | None:
    """Return the change a notification carries, or None for a payload not ours."""
    try:
        data = json.loads(payload)
        ids = data.get("ids")
        return Change(what=str(data["what"]),
                      ids=None if ids == "many" else tuple(int(i) for i in ids),
                      sent_at=float(data["at"]), heard_at=heard_at)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


class DeskListener:
    """Listen to a server desk until ``stop``; ``on_change`` runs on the listening thread."""

    def __init__(self, url: str, on_change: Callable[[Change], None]) -> None:
        self.url = url
        self.on_change = on_change
        self._stop = threading.Event()
        self.ready = threading.Event()  # set once LISTEN is in force

    def stop(self) -> None:
        """Ask the loop to end (within half a second)."""
        self._stop.set()

    def run(self) -> None:
        """LISTEN and deliver changes until stopped (raises when the server goes away)."""
        import psycopg

        url = engine_url(self.url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False),
                             autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                for note in connection.notifies(timeout=0.5):
                    change = parse(note.payload, time.time())
                    if change is not None:
                        self.on_change(change)
                    if self._stop.is_set():
                        break
