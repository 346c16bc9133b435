"""Revision history rules: when a revision is taken, word-level differences, restores, thinning.

A revision is a snapshot of an article (``storage.add_revision``). Manual ones (Ctrl+S, kept
conflict texts) are kept for ever; automatic ones (autosave, export, status change) are thinned:
all from the last day, one a day for 90 days, none older. May import ``core.domain`` and
``core.store`` (for type hints); never Qt.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from editorberita.core.domain import Article, ConflictError, Revision, utcnow

if TYPE_CHECKING:
    from editorberita.core.store import ArticleStore

# Reason codes stored with a revision; the window translates them for display.
MANUAL = "manual"
AUTOSAVE = "autosave"
EXPORT = "export"
SEND = "send"  # kept by core.send with every send: the text that went to the site
STATUS = "status"
RESTORE = "restore"
BEFORE_RESTORE = "before-restore"
CONFLICT_KEPT_MINE = "conflict: kept mine"
CONFLICT_THEIRS = "conflict: theirs"
CONFLICT_DISCARDED = "conflict: mine discarded"
IMPORT = "impor"

AUTOSAVE_INTERVAL = timedelta(minutes=10)
KEEP_ALL = timedelta(days=1)
KEEP_DAILY = timedelta(days=90)

# Restoring a revision brings back what was written; the workflow (status, rubric, publish
# time, slug lock) stays as it is now, so an old draft cannot silently unpublish a story.
RESTORED_FIELDS = ("headline", "subheadline", "body", "lead", "byline", "initials", "dateline",
                   "tags", "seo_title", "seo_description", "editor_note", "featured_asset_id")

_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def autosave_reason(before: Article | None, after: Article, last_revision: datetime | None,
                    now: datetime | None = None) -> str | None:
    """Return why an automatic save should also take a revision, or None.

    A status change always gets one; otherwise typing gets at most one every 10 minutes.
    """
    now = now or utcnow()
    if before is not None and before.status != after.status:
        return STATUS
    if last_revision is None or now - last_revision >= AUTOSAVE_INTERVAL:
        return AUTOSAVE
    return None


# --------------------------------------------------------------------- diffs


@dataclass(frozen=True)
class DiffPart:
    """One run of a word-level difference: "equal", "insert" (new text) or "delete" (old)."""

    op: str
    text: str


def words(text: str) -> list[str]:
    """Split text into words, punctuation and whitespace runs (joined back it is the text)."""
    return _WORDS.findall(text)


def word_diff(old: str, new: str) -> list[DiffPart]:
    """Return the word-level difference from ``old`` to ``new``.

    Whitespace tokens are kept, so the "equal" and "insert" parts joined give ``new`` and the
    "equal" and "delete" parts joined give ``old``.
    """
    a, b = words(old), words(new)
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            parts.append(DiffPart("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            parts.append(DiffPart("insert", "".join(b[j1:j2])))
    return [p for p in parts if p.text]


def diff_counts(parts: Iterable[DiffPart]) -> tuple[int, int]:
    """Return how many words were inserted and deleted."""
    inserted = deleted = 0
    for part in parts:
        n = sum(1 for w in words(part.text) if not w.isspace())
        if part.op == "insert":
            inserted += n
        elif part.op == "delete":
            deleted += n
    return inserted, deleted


def revision_text(article: Article) -> str:
    """Return the text a difference is computed on: headline, lead and body."""
    return "\n\n".join(t for t in (article.headline, article.lead, article.body) if t)


# ------------------------------------------------------------------ restores


def restore_revision(store: ArticleStore, current: Article, revision: Revision) -> Article:
    """Bring back a revision's text as a new save; undoable, because nothing is overwritten.

    The current state is kept first as a revision ("before-restore"), then the restored text
    is saved with a "restore" revision. Raises ConflictError when ``current`` is stale.
    """
    if current.id is None or revision.article_id != current.id:
        raise ValueError("the revision belongs to another article")
    store.add_revision(current.id, BEFORE_RESTORE, snapshot=current)
    restored = current.copy(**{name: getattr(revision.snapshot, name)
                               for name in RESTORED_FIELDS})
    return store.save_article(restored, revision_reason=RESTORE, manual=True)


# ----------------------------------------------------------------- conflicts


def keep_mine(store: ArticleStore, conflict: ConflictError) -> Article:
    """Save my text over the stored one; the stored text is kept as a revision first."""
    theirs = conflict.theirs
    if theirs is None or theirs.id is None:
        raise ValueError("nothing stored to keep mine over")
    store.add_revision(theirs.id, CONFLICT_THEIRS)
    return store.save_article(conflict.mine.copy(version=theirs.version),
                              revision_reason=CONFLICT_KEPT_MINE, manual=True)


def take_theirs(store: ArticleStore, conflict: ConflictError) -> Article:
    """Accept the stored text; my text is kept as a manual revision, so it can come back."""
    theirs = conflict.theirs
    if theirs is None or theirs.id is None:
        raise ValueError("nothing stored to take")
    store.add_revision(theirs.id, CONFLICT_DISCARDED, manual=True, snapshot=conflict.mine)
    return store.get_article(theirs.id)


def save_copy(store: ArticleStore, conflict: ConflictError, headline: str) -> Article:
    """Save my text as a new article (works even when the stored one was deleted)."""
    mine = conflict.mine
    return store.create_article(mine.copy(id=None, version=0, slug="", slug_locked=False,
                                          headline=headline, created_at=None, updated_at=None,
                                          deleted_at=None))


# ------------------------------------------------------------------ thinning


def revisions_to_drop(rows: Iterable[tuple[int, int, datetime]],
                      now: datetime | None = None) -> list[int]:
    """Return the ids of automatic revisions that thinning removes.

    ``rows`` are (id, article id, time) of automatic revisions. Kept: everything from the last
    day, and the newest revision of each article for each (UTC) day of the last 90 days.
    """
    now = now or utcnow()
    drop: list[int] = []
    newest: dict[tuple[int, object], tuple[datetime, int]] = {}
    for rid, article_id, at in rows:
        age = now - at
        if age < KEEP_ALL:
            continue
        if age >= KEEP_DAILY:
            drop.append(rid)
            continue
        key = (article_id, at.date())
        best = newest.get(key)
        if best is None:
            newest[key] = (at, rid)
        elif (at, rid) > best:
            drop.append(best[1])
            newest[key] = (at, rid)
        else:
            drop.append(rid)
    return sorted(drop)


def thin_revisions(store: ArticleStore, now: datetime | None = None) -> int:
    """Thin old automatic revisions (run at start-up); return how many were removed."""
    now = now or utcnow()
    rows = store.automatic_revision_times(now - KEEP_ALL)
    ids = revisions_to_drop(rows, now)
    return store.delete_revisions(ids) if ids else 0
