"""A shared desk: who saved (articles, revisions), edit leases, and PostgreSQL's search index.

Every engine gets the editor's desk name on articles (``saved_by``) and revisions
(``editor``) and the ``leases`` table. A PostgreSQL desk also gets its full-text search: a
generated ``tsvector`` column (``simple`` configuration over ``unaccent``, so "é" is found by
"e"), weighted headline A, lead and tags B, body D, under a GIN index. SQLite's FTS5 index is
0001's.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# unaccent() is only STABLE (its dictionary could change); a generated column needs an
# IMMUTABLE function, so the desk's own wrapper names the dictionary explicitly.
PG_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """CREATE OR REPLACE FUNCTION eb_unaccent(text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT unaccent('unaccent'::regdictionary, $1) $$""",
    """ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
         setweight(to_tsvector('simple', eb_unaccent(coalesce(headline, ''))), 'A') ||
         setweight(to_tsvector('simple', eb_unaccent(coalesce(lead, ''))), 'B') ||
         setweight(to_tsvector('simple', eb_unaccent(coalesce(tags_text, ''))), 'B') ||
         setweight(to_tsvector('simple', eb_unaccent(coalesce(body, ''))), 'D')) STORED""",
    "CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)",
    # The live views, as partial indexes ending in the id: PostgreSQL does not take
    # "deleted_at IS NULL" for a constant leading column (SQLite does, and its indexes end in
    # the rowid), so without these every "newest first" listing sorts the whole view.
    "CREATE INDEX ix_articles_pg_live_published ON articles (published_at, id) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX ix_articles_pg_live_category ON articles (category_id, published_at, id) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX ix_articles_pg_live_status ON articles (status, published_at, id) "
    "WHERE deleted_at IS NULL",
)
PG_SEARCH_DROP = (
    "DROP INDEX IF EXISTS ix_articles_pg_live_status",
    "DROP INDEX IF EXISTS ix_articles_pg_live_category",
    "DROP INDEX IF EXISTS ix_articles_pg_live_published",
    "DROP INDEX IF EXISTS ix_articles_search_vector",
    "ALTER TABLE articles DROP COLUMN IF EXISTS search_vector",
    "DROP FUNCTION IF EXISTS eb_unaccent(text)",
)


def upgrade() -> None:
    # Plain ALTER TABLE on SQLite: rebuilding "articles" (batch mode) would drop the FTS triggers.
    op.add_column("articles", sa.Column("saved_by", sa.String(length=100), nullable=False,
                                        server_default=""))
    op.add_column("revisions", sa.Column("editor", sa.String(length=100), nullable=False,
                                         server_default=""))
    op.create_table(
        "leases",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("editor", sa.String(length=100), nullable=False),
        sa.Column("machine", sa.String(length=100), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("heartbeat", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE",
                                name=op.f("fk_leases_article_id_articles")),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_leases")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SEARCH_DROP:
            op.execute(statement)
    op.drop_table("leases")
    op.execute("ALTER TABLE revisions DROP COLUMN editor")  # SQLite 3.35+, keeps the triggers
    op.execute("ALTER TABLE articles DROP COLUMN saved_by")
