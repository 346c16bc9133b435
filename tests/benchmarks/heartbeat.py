"""A 1 ms heartbeat on the GUI thread: any gap well above 1 ms is time the window froze."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer


class Heartbeat:
    """Collects the gaps between 1 ms timer ticks while it runs."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Start (or restart) measuring."""
        self.gaps.clear()
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def stop(self) -> None:
        """Stop measuring; the gaps stay for reading."""
        self._timer.stop()

    def longest(self) -> float:
        """Return the longest gap in ms."""
        return max(self.gaps, default=0.0)

    def percentile(self, fraction: float) -> float:
        """Return the gap below which ``fraction`` of all gaps lie, in ms."""
        ordered = sorted(self.gaps)
        return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0

    def _beat(self) -> None:
        now = self._clock.nsecsElapsed()
        self.gaps.append((now - self._last) / 1e6)
        self._last = now
