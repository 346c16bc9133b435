"""Sending to WordPress sites: where each article lives on a site, the site's copies of our
pictures, and the outbox of sends that wait for a site to answer.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=80), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_site_sends_article_id_articles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_sends")),
        sa.UniqueConstraint("article_id", "site", name=op.f("uq_site_sends_article_id")),
    )
    op.create_index(op.f("ix_site_sends_article_id"), "site_sends", ["article_id"])
    op.create_table(
        "site_media",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=80), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("meta_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_media")),
        sa.UniqueConstraint("site", "sha256", name=op.f("uq_site_media_site")),
    )
    op.create_table(
        "site_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=80), nullable=False),
        sa.Column("wanted_status", sa.String(length=20), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_site_outbox_article_id_articles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_outbox")),
        sa.UniqueConstraint("article_id", "site", name=op.f("uq_site_outbox_article_id")),
    )
    op.create_index(op.f("ix_site_outbox_article_id"), "site_outbox", ["article_id"])


def downgrade() -> None:
    op.drop_table("site_outbox")
    op.drop_table("site_media")
    op.drop_table("site_sends")
