"""What an article needs before it may be marked ready or published.

An empty article marked "Siap tayang" went out as an empty page. The window refuses the status
and names what is missing. Pure Python: may import ``core.domain``.
"""

from __future__ import annotations

from editorberita.core.domain import Article, Status

# Statuses that promise the article can go out.
GOING_OUT = frozenset({Status.READY, Status.PUBLISHED})
# Field keys as in ``core.checks`` (the window names them in the user's language).
NEEDED = ("headline", "body")


def missing_for_status(article: Article, status: Status | str) -> list[str]:
    """Return the fields ``article`` lacks for ``status`` (none for a draft or review)."""
    if Status(status) not in GOING_OUT:
        return []
    return [field for field in NEEDED if not str(getattr(article, field) or "").strip()]
