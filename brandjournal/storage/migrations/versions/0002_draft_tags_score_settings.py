"""Drafts get tags, an opt-in "why I share this" footer and a cached score; profile settings table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild), so the FTS triggers on draft stay as they are.
    op.add_column("draft", sa.Column("tags", sa.JSON, nullable=False, server_default="[]"))
    op.add_column("draft", sa.Column("share_footer", sa.Boolean, nullable=False, server_default=sa.false()))
    op.add_column("draft", sa.Column("score", sa.Integer, nullable=True))
    op.create_table(
        "setting",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.String, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("setting")
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("score")
        batch.drop_column("share_footer")
        batch.drop_column("tags")
