"""Search by word roots: the stem index ``article_stems`` and its triggers (issue 12).

"mengungsi" finds "pengungsian": the index holds each article's Indonesian word roots
(``core.stemmer``), filled here from the existing articles and kept by triggers that call the
``eb_stems`` SQL function our connections register (``core.sqlite.register_functions``).

Revision ID: 0007
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from editorberita.core.store.dialect_sqlite import STEM_DDL, STEM_DROP, refresh_stems

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":  # a server desk searches with its tsvector
        return
    for statement in STEM_DDL:
        op.execute(statement)
    # the sqlite3 connection under SQLAlchemy, in the migration's transaction
    raw = op.get_bind().connection.driver_connection
    assert raw is not None  # a live DBAPI connection while the migration runs
    refresh_stems(raw)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STEM_DROP:
        op.execute(statement)
