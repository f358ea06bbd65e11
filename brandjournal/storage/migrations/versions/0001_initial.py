"""Initial journal schema: values, presence intentions, drafts (+ FTS5), revisions, acknowledgements, exports.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "value",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("meaning", sa.String, nullable=False, server_default=""),
        sa.Column("fits", sa.JSON, nullable=False),
        sa.Column("betrays", sa.JSON, nullable=False),
        sa.Column("language", sa.String, nullable=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "presence_intention",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("body", sa.String, nullable=False, server_default=""),
        sa.Column("intention_text", sa.String, nullable=False, server_default=""),
        sa.Column("intention_kind", sa.String, nullable=True),
        sa.Column("platforms", sa.JSON, nullable=False),
        sa.Column("status", sa.String, nullable=False, server_default="draft"),
        sa.Column("language", sa.String, nullable=True),
        sa.Column("source", sa.String, nullable=True),
        sa.Column("source_id", sa.String, nullable=True),
        sa.Column("published_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_draft_status_updated", "draft", ["status", "updated_at"])
    op.create_index("ix_draft_source", "draft", ["source", "source_id"])
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("draft.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("title", sa.String, nullable=False, server_default=""),
        sa.Column("body", sa.String, nullable=False),
        sa.Column("label", sa.String, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_revision_draft_id", "revision", ["draft_id"])
    op.create_table(
        "acknowledgement",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("draft.id", ondelete="CASCADE"), nullable=False),
        sa.Column("revision_id", sa.Integer, sa.ForeignKey("revision.id", ondelete="SET NULL"), nullable=True),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("rule", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("evidence", sa.String, nullable=False),
        sa.Column("message", sa.String, nullable=False, server_default=""),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_acknowledgement_draft_id", "acknowledgement", ["draft_id"])
    op.create_index("ix_acknowledgement_fingerprint", "acknowledgement", ["fingerprint"])
    op.create_table(
        "export",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("draft.id", ondelete="CASCADE"), nullable=False),
        sa.Column("revision_id", sa.Integer, sa.ForeignKey("revision.id", ondelete="SET NULL"), nullable=True),
        sa.Column("platform", sa.String, nullable=False),
        sa.Column("format", sa.String, nullable=False),
        sa.Column("content_hash", sa.String, nullable=False),
        sa.Column("path", sa.String, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_export_draft_id", "export", ["draft_id"])

    # Full-text index over drafts: external content, synced by triggers, accent-insensitive.
    op.execute(
        "CREATE VIRTUAL TABLE draft_fts USING fts5(title, body, content='draft', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER draft_fts_insert AFTER INSERT ON draft BEGIN "
        "INSERT INTO draft_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )
    op.execute(
        "CREATE TRIGGER draft_fts_delete AFTER DELETE ON draft BEGIN "
        "INSERT INTO draft_fts(draft_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"
    )
    op.execute(
        "CREATE TRIGGER draft_fts_update AFTER UPDATE OF title, body ON draft BEGIN "
        "INSERT INTO draft_fts(draft_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
        "INSERT INTO draft_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
    )


def downgrade() -> None:
    for trigger in ("draft_fts_insert", "draft_fts_delete", "draft_fts_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS draft_fts")
    for table in ("export", "acknowledgement", "revision", "draft", "presence_intention", "value"):
        op.drop_table(table)
