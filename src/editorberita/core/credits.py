"""Credits and notices printed with a story: who wrote and edited it, and whether it is verified.

The seed page closes a story with the reporter's initials "(rw)"; desks that name the editor
too write "(rw/ed)" and print "Penulis: Rina Wati | Editor: Ahmad" under the headline. The
Pedoman Pemberitaan Media Siber (Dewan Pers 1/2012, 2.c) asks that a story published before
full verification say so at its end, in brackets and in italics: ``UNVERIFIED_NOTICE``.
Pure Python: may import ``core.domain``.
"""

from __future__ import annotations

from editorberita.core.domain import Article

UNVERIFIED_NOTICE = "Berita ini masih memerlukan verifikasi lebih lanjut."
WRITER_LABEL = "Penulis"
EDITOR_LABEL = "Editor"


def _clean(text: str) -> str:
    return " ".join(text.split())


def credit_line(article: Article) -> str:
    """Return "Penulis: Rina Wati | Editor: Ahmad" (either part alone when the other is empty)."""
    parts = []
    if _clean(article.byline):
        parts.append(f"{WRITER_LABEL}: {_clean(article.byline)}")
    if _clean(article.editor):
        parts.append(f"{EDITOR_LABEL}: {_clean(article.editor)}")
    return " | ".join(parts)


def credit_initials(article: Article) -> str:
    """Return the closing initials "rw/ed": the writer's, then the editor's, as set."""
    writer = _clean(article.initials).strip("()")
    editor = _clean(article.editor_initials).strip("()")
    if writer and editor and "/" not in writer:
        return f"{writer}/{editor}"
    return writer or editor
