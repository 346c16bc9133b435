"""The "teras" field becomes the summary: a teras written only there moves into the body.

Until 0002 the ``lead`` column was printed as an italic teras above the body, and the window
asked for "the first paragraph that sums up the story" there. It is now the summary (meta
description, ``og:description``, front matter ``summary``) and is no longer printed, so a
story whose teras lived only in that field would lose its first paragraph on the page. This
data migration puts such a teras at the start of the body (where the dateline now opens it)
and keeps the field as it is, as the summary. A story that already opens with the same text
(written twice, as desks did to see it after the dateline) is left alone. No column changes:
the column keeps its name, only its meaning moves (see ``Article.lead``).

Self-contained on purpose: a migration must do tomorrow what it does today, whatever the
application's helpers become. The downgrade changes nothing (the text stays in both places).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from __future__ import annotations

import difflib
import re

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Word sequences this alike count as the same teras written twice (an editor retyping the
# lead in the body changes a few words: "ratusan rumah terendam" / "ratusan rumah di tiga
# kelurahan terendam").
SAME_TERAS = 0.6
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_PROSE = ("![", "#", "<", "|", "```", "~~~", "---", "***")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _first_paragraph(body: str) -> str:
    """Return the body's first paragraph of prose (pictures, headings and code skipped)."""
    for chunk in re.split(r"\n[ \t]*\n", body):
        text = chunk.strip()
        if text and not text.startswith(_NOT_PROSE):
            return text.lstrip("> ")
    return ""


def teras_into_body(lead: str, body: str) -> str:
    """Return the body, opened by the teras when the body does not already hold it."""
    teras = lead.strip()
    if not teras:
        return body
    wanted = _words(teras)
    if not wanted or " ".join(wanted) in " ".join(_words(body)):
        return body
    first = _words(_first_paragraph(body))
    if first and difflib.SequenceMatcher(None, wanted, first).ratio() >= SAME_TERAS:
        return body
    rest = body.lstrip("\n")
    return f"{teras}\n\n{rest}" if rest.strip() else teras


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, lead, body FROM articles WHERE trim(lead) != ''"))
    for article_id, lead, body in rows.all():
        new = teras_into_body(lead or "", body or "")
        if new != body:
            # The FTS triggers follow the body; updated_at stays: the story did not change.
            bind.execute(sa.text("UPDATE articles SET body = :body WHERE id = :id"),
                         {"body": new, "id": article_id})


def downgrade() -> None:
    pass  # the teras stays in the body and in the field: nothing is lost either way
