"""The journal's tables (sqlmodel), matching the head alembic revision.

The model, in short:

- ``value`` — the author's values, ordered by ``position``: a name, what it means to them, the words and
  phrases that sound like them (``fits``) and those that betray it (``betrays``), as JSON lists.
- ``presence_intention`` — why they are online at all (free text, ordered). Each draft also has its own intention.
- ``draft`` — one post: title, Markdown body, the post's intention (free text + kind), target platforms,
  workflow status, language, timestamps, and the last coherence score (cached so the list can sort on it).
  ``source``/``source_id`` record where an imported past post came from (for duplicate detection).
- ``revision`` — full body snapshots of a draft (never diffs, so any one can be read or restored alone).
  ``kind`` says why it exists: the author's ``first`` draft (kept forever), ``autosave``, ``manual`` (Ctrl+S or
  kept aside before a restore), ``approved`` (the frozen approved text), ``imported``.
- ``acknowledgement`` — a warning the author chose to keep, with the reason: identified by the flag's
  ``fingerprint`` (rule + evidence + sentence), so it is not asked again while the flag is unchanged.
- ``export`` — each export of a post: platform, format, time, SHA-256 of the exported text, where written.
- ``setting`` — small key/value profile settings (accept list, silenced rules) as JSON.
- ``draft_fts`` — an FTS5 index over ``draft.title`` and ``draft.body`` (external content, kept in sync by
  triggers created in the migrations; ``remove_diacritics 2`` so "equipe" finds "équipe").

Everything, the FTS index included, lives in one SQLCipher-encrypted file.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC: everything stored is UTC."""
    return datetime.now(UTC)


class ValueRow(SQLModel, table=True):
    __tablename__ = "value"

    id: int | None = Field(default=None, primary_key=True)
    name: str
    meaning: str = ""
    fits: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    betrays: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    language: str | None = None
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class PresenceIntentionRow(SQLModel, table=True):
    __tablename__ = "presence_intention"

    id: int | None = Field(default=None, primary_key=True)
    text: str
    position: int = 0


class DraftRow(SQLModel, table=True):
    __tablename__ = "draft"
    __table_args__ = (
        # The draft list's order (updated_at DESC, id DESC) read straight from an index: migration 0003. With a
        # status filter, ix_draft_status_updated serves it (every SQLite index ends with the rowid, i.e. id).
        Index("ix_draft_updated", "updated_at", "id"),
        Index("ix_draft_status_updated", "status", "updated_at"),
        Index("ix_draft_source", "source", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    body: str = ""
    intention_text: str = ""
    intention_kind: str | None = None
    platforms: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = "draft"
    language: str | None = None
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    share_footer: bool = False
    score: int | None = None
    source: str | None = None  # "linkedin", "mastodon", "files" for imported posts
    source_id: str | None = None
    published_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class RevisionRow(SQLModel, table=True):
    __tablename__ = "revision"

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True, ondelete="CASCADE")
    kind: str
    title: str = ""
    body: str
    label: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class AcknowledgementRow(SQLModel, table=True):
    __tablename__ = "acknowledgement"

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True, ondelete="CASCADE")
    revision_id: int | None = Field(default=None, foreign_key="revision.id", ondelete="SET NULL")
    fingerprint: str = Field(index=True)
    rule: str
    kind: str
    evidence: str
    message: str = ""
    reason: str
    created_at: datetime = Field(default_factory=utcnow)


class ExportRow(SQLModel, table=True):
    __tablename__ = "export"

    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True, ondelete="CASCADE")
    revision_id: int | None = Field(default=None, foreign_key="revision.id", ondelete="SET NULL")
    platform: str
    format: str
    content_hash: str
    path: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class SettingRow(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str  # JSON
