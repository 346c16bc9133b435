"""Pictures of one database: image bytes stored once per content hash, with their captions.

Each function is one transaction on the store's session factory; ``ArticleStore`` exposes
them as its ``*_asset``/``*_assets`` methods.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from editorberita.core.domain import Asset, NotFoundError, utcnow
from editorberita.core.messages import message
from editorberita.core.records import AssetRecord
from editorberita.core.rows import to_db_time
from editorberita.core.store.lookup import record_or_raise


def asset_from_record(record: AssetRecord) -> Asset:
    """Return the domain form of a stored picture (without its bytes)."""
    return Asset(id=record.id, sha256=record.sha256, mime=record.mime, size=record.size,
                 width=record.width, height=record.height, caption=record.caption,
                 credit=record.credit, alt_text=record.alt_text)


def add(sessions: sessionmaker[Session], data: bytes, mime: str, *, width: int = 0,
        height: int = 0, caption: str = "", credit: str = "", alt_text: str = "") -> Asset:
    """Store image bytes once per content hash and return the asset."""
    digest = hashlib.sha256(data).hexdigest()
    with sessions.begin() as session:
        record = session.scalars(select(AssetRecord)
                                 .where(AssetRecord.sha256 == digest)).first()
        if record is None:
            record = AssetRecord(sha256=digest, mime=mime, size=len(data), width=width,
                                 height=height, caption=caption, credit=credit,
                                 alt_text=alt_text, data=data, created_at=to_db_time(utcnow()))
            session.add(record)
            session.flush()
        return asset_from_record(record)


def get(sessions: sessionmaker[Session], asset_id: int) -> Asset:
    """Return an asset's description (not its bytes)."""
    with sessions.begin() as session:
        return asset_from_record(record_or_raise(session, AssetRecord, asset_id))


def data(sessions: sessionmaker[Session], asset_id: int) -> bytes:
    """Return an asset's bytes."""
    with sessions.begin() as session:
        stored = session.scalar(select(AssetRecord.data).where(AssetRecord.id == asset_id))
        if stored is None:
            raise NotFoundError(message("picture.not_found", id=str(asset_id)))
        return bytes(stored)


def update(sessions: sessionmaker[Session], asset_id: int, *, caption: str | None = None,
           credit: str | None = None, alt_text: str | None = None) -> Asset:
    """Change an asset's caption, credit or alt text."""
    with sessions.begin() as session:
        record = record_or_raise(session, AssetRecord, asset_id)
        if caption is not None:
            record.caption = caption
        if credit is not None:
            record.credit = credit
        if alt_text is not None:
            record.alt_text = alt_text
        return asset_from_record(record)


def find(sessions: sessionmaker[Session], keys: Iterable[str]) -> dict[str, Asset]:
    """Return the assets whose SHA-256 starts with each key (hex), by key; unknown keys miss."""
    wanted = sorted({k.lower() for k in keys if k and all(c in "0123456789abcdef"
                                                          for c in k.lower())})
    if not wanted:
        return {}
    found: dict[str, Asset] = {}
    with sessions.begin() as session:
        for start in range(0, len(wanted), 200):
            chunk = wanted[start:start + 200]
            # A range on the unique index: hex digits sort below "g".
            records = session.scalars(select(AssetRecord).where(or_(
                *(and_(AssetRecord.sha256 >= k, AssetRecord.sha256 < k + "g")
                  for k in chunk)))).all()
            for record in records:
                for key in chunk:
                    if record.sha256.startswith(key):
                        found.setdefault(key, asset_from_record(record))
    return found


def all_assets(sessions: sessionmaker[Session]) -> list[Asset]:
    """Return every stored picture, newest first."""
    with sessions.begin() as session:
        records = session.scalars(select(AssetRecord).order_by(
            AssetRecord.created_at.desc(), AssetRecord.id.desc())).all()
        return [asset_from_record(r) for r in records]
