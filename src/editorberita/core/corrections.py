"""Corrections (*ralat*) and the rules around them, as the Dewan Pers guideline asks.

Pedoman Pemberitaan Media Siber (Peraturan Dewan Pers 1/2012) asks that a correction be
linked to the story it corrects and say when it was made. A correction is a record of its
own (time, desk zone, text, who), never an edit of the text: every export prints the
records under the text ("Ralat (Selasa, 23 Juli 2024, 15.10 WITA): ..."). Pure Python: may
import ``core.domain``, ``core.messages`` and ``core.textid``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from editorberita.core.domain import Article, EditorBeritaError, Status, Zone
from editorberita.core.messages import Message, message
from editorberita.core.textid import format_date_id, format_time_id

MAX_CORRECTION = 2000
CORRECTION_LABEL = "Ralat"


@dataclass(frozen=True)
class Correction:
    """One correction of an article: what was wrong, when and by whom it was put right."""

    id: int
    article_id: int
    created_at: datetime  # aware
    zone: Zone
    text: str
    author: str = ""

    @property
    def local_time(self) -> datetime:
        """Return when it was made, in the desk zone it was made in."""
        return self.created_at.astimezone(self.zone.tzinfo)

    @property
    def when_text(self) -> str:
        """Return "Selasa, 23 Juli 2024, 15.10 WITA"."""
        return f"{format_date_id(self.local_time)}, {format_time_id(self.local_time, self.zone)}"

    @property
    def heading(self) -> str:
        """Return "Ralat (Selasa, 23 Juli 2024, 15.10 WITA)"."""
        return f"{CORRECTION_LABEL} ({self.when_text})"

    def line(self) -> str:
        """Return the printed line: "Ralat (...): text"."""
        return f"{self.heading}: {self.text}"


def correction_problem(text: str) -> Message | None:
    """Return why a correction text is refused (a code of ``core.messages``), or None."""
    text = " ".join(text.split())
    if not text:
        return message("correction.empty")
    if len(text) > MAX_CORRECTION:
        return message("correction.too_long", length=len(text), limit=MAX_CORRECTION)
    return None


def clean_correction(text: str) -> str:
    """Return the text as stored (one paragraph, spaces collapsed), or raise with the reason."""
    problem = correction_problem(text)
    if problem:
        raise EditorBeritaError(problem)
    return " ".join(text.split())


_SPACE = re.compile(r"\s+")


def same_text(a: str, b: str) -> bool:
    """Return True when two texts differ only in spacing (no reader sees a change)."""
    return _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip()


@dataclass(frozen=True)
class RecordState:
    """What the record checks need besides the article: its corrections and last export.

    ``exported_at`` and ``exported_body`` describe the newest export (or send) of the
    article; None when it never left the desk.
    """

    corrections: Sequence[Correction] = ()
    exported_at: datetime | None = None
    exported_body: str | None = None


def status_problem(article: Article, corrections: Sequence[Correction]) -> Message | None:
    """Return why the status "Ralat" is wrong here (no correction record), or None."""
    if article.status == Status.CORRECTED and not corrections:
        return message("check.status_without_correction")
    return None


def unexplained_change(article: Article, state: RecordState) -> Message | None:
    """Return a warning when an exported story's text changed with no correction after it.

    Minor edits are still edits a reader of the first version may have seen: the desk
    decides, but the check says so until a correction newer than the export explains it.
    """
    if state.exported_at is None or state.exported_body is None:
        return None
    if same_text(state.exported_body, article.body):
        return None
    if any(c.created_at >= state.exported_at for c in state.corrections):
        return None
    return message("check.unexplained_change")
