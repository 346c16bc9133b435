"""EYD V checks (stub; filled in below)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One EYD rule broken at start..end of a text."""

    code: str
    start: int
    end: int
    message: str


def findings(text: str) -> list[Finding]:
    """Return the EYD findings of a text (code and markup already masked)."""
    return []
