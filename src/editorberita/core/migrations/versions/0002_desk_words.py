"""Desk word list for spell checking, and the article kind (news, advertorial...).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "desk_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_desk_words")),
        sa.UniqueConstraint("word", name=op.f("uq_desk_words_word")),
    )
    # A plain ALTER TABLE: rebuilding "articles" (batch mode) would drop the FTS triggers.
    op.add_column("articles", sa.Column("kind", sa.String(length=20), nullable=False,
                                        server_default="news"))


def downgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN kind")  # SQLite 3.35+, keeps the triggers
    op.drop_table("desk_words")
