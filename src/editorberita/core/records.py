"""SQLAlchemy ORM records: the database schema. Only ``core.store`` and migrations use them.

Times are stored as naive UTC (SQLite keeps no zone) and made aware again by the store.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING)


article_tags = Table(
    "article_tags",
    Base.metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_article_tags_tag_id", "tag_id"),
)


class CategoryRecord(Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    slug: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TagRecord(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class ArticleRecord(Base):
    __tablename__ = "articles"
    __table_args__ = (
        # Led by deleted_at: every live view filters "deleted_at IS NULL", so counts per rubric
        # or status and the newest rows of a view are answered from these indexes alone.
        Index("ix_articles_live_category", "deleted_at", "category_id", "published_at"),
        Index("ix_articles_live_status", "deleted_at", "status", "published_at"),
        Index("ix_articles_live_published", "deleted_at", "published_at"),
        Index("ix_articles_updated", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    headline: Mapped[str] = mapped_column(String(300), default="")
    subheadline: Mapped[str] = mapped_column(String(300), default="")
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    slug_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("categories.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    body: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(String(200), default="")
    initials: Mapped[str] = mapped_column(String(40), default="")
    dateline: Mapped[str] = mapped_column(String(80), default="")
    published_at: Mapped[datetime] = mapped_column(DateTime)
    zone: Mapped[str] = mapped_column(String(4), default="WITA")
    tags_text: Mapped[str] = mapped_column(Text, default="")  # denormalised for the FTS index
    seo_title: Mapped[str] = mapped_column(String(300), default="")
    seo_description: Mapped[str] = mapped_column(Text, default="")
    editor_note: Mapped[str] = mapped_column(Text, default="")
    featured_asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("assets.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20), default="news", server_default="news")
    # Credits, verification notice, right of reply (migration 0004, core.newsroom). No foreign
    # key on reply_to_id: SQLite adds none to an existing table; a purged original unlinks.
    editor: Mapped[str] = mapped_column(String(200), default="", server_default="")
    editor_initials: Mapped[str] = mapped_column(String(40), default="", server_default="")
    unverified: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    reply_to_id: Mapped[int | None] = mapped_column(Integer, index=True)
    saved_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    tags: Mapped[list[TagRecord]] = relationship(secondary=article_tags, lazy="selectin",
                                                 order_by="TagRecord.name")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RevisionRecord(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(40))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON of the article's editable fields
    editor: Mapped[str] = mapped_column(String(100), default="", server_default="")


class AssetRecord(Base):
    __tablename__ = "assets"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(200), default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ExportRecord(Base):
    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(20))
    path: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    exported_at: Mapped[datetime] = mapped_column(DateTime)


class DeskWordRecord(Base):
    """A word the desk taught the spell checker ("Kaltim"), shared by everyone on the database."""

    __tablename__ = "desk_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(100), unique=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class SiteSendRecord(Base):
    """Where an article lives on a WordPress site: one row per (article, site), updated in place.

    The post id makes a second send an update, never a duplicate; the hash drives "diubah
    sejak dikirim" like the export records do.
    """

    __tablename__ = "site_sends"
    __table_args__ = (UniqueConstraint("article_id", "site"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    site: Mapped[str] = mapped_column(String(80))
    post_id: Mapped[int] = mapped_column(Integer)
    link: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime)


class SiteMediaRecord(Base):
    """A picture already in a site's media library, by content, so it is uploaded once."""

    __tablename__ = "site_media"
    __table_args__ = (UniqueConstraint("site", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site: Mapped[str] = mapped_column(String(80))
    sha256: Mapped[str] = mapped_column(String(64))
    media_id: Mapped[int] = mapped_column(Integer)
    url: Mapped[str] = mapped_column(Text)
    meta_hash: Mapped[str] = mapped_column(String(64), default="")  # alt text and caption sent


class OutboxRecord(Base):
    """An article waiting to be sent to a site that did not answer, with the last reason."""

    __tablename__ = "site_outbox"
    __table_args__ = (UniqueConstraint("article_id", "site"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    site: Mapped[str] = mapped_column(String(80))
    wanted_status: Mapped[str] = mapped_column(String(20), default="draft")
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime] = mapped_column(DateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")


class CorrectionRecord(Base):
    """A correction (*ralat*) of a published story: when, what, who (migration 0004)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    zone: Mapped[str] = mapped_column(String(4))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")


class DeskProfileRecord(Base):
    """One setting of the desk's profile (publisher name, site address, logo; migration 0004)."""

    __tablename__ = "desk_profile"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
class LeaseRecord(Base):
    """Who edits an article now (one row per leased article); see ``core.store.leases``."""

    __tablename__ = "leases"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    editor: Mapped[str] = mapped_column(String(100))
    machine: Mapped[str] = mapped_column(String(100))
    since: Mapped[datetime] = mapped_column(DateTime)
    heartbeat: Mapped[datetime] = mapped_column(DateTime)
