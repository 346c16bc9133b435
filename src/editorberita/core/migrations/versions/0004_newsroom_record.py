"""The newsroom's record: corrections, credits, verification notice, right of reply.

Adds the editor's credit (``editor``, ``editor_initials``), the "not yet fully verified"
flag and the link of a right of reply to the story it answers (``reply_to_id``, no foreign
key: SQLite cannot add one to an existing table without rebuilding it and its FTS triggers)
to ``articles``; a ``corrections`` table (one row per *ralat*) and a key/value
``desk_profile`` (publisher name, site address, logo) for the exports' structured data.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("editor", sa.String(length=200), nullable=False,
                                        server_default=""))
    op.add_column("articles", sa.Column("editor_initials", sa.String(length=40),
                                        nullable=False, server_default=""))
    op.add_column("articles", sa.Column("unverified", sa.Boolean(), nullable=False,
                                        server_default="0"))
    op.add_column("articles", sa.Column("reply_to_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_articles_reply_to_id"), "articles", ["reply_to_id"])
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=4), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_corrections_article_id_articles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index(op.f("ix_corrections_article_id"), "corrections", ["article_id"])
    op.create_table(
        "desk_profile",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_desk_profile")),
    )


def downgrade() -> None:
    op.drop_table("desk_profile")
    op.drop_table("corrections")
    op.drop_index(op.f("ix_articles_reply_to_id"), table_name="articles")
    # SQLite's own DROP COLUMN (3.35+): a batch rebuild would lose the FTS triggers.
    for column in ("reply_to_id", "unverified", "editor_initials", "editor"):
        op.execute(f"ALTER TABLE articles DROP COLUMN {column}")
