"""Index drafts by (updated_at, id), the draft list's order, so a page is read from the index without a sort.

Without it, ``ORDER BY updated_at DESC, id DESC LIMIT 100 OFFSET n`` (every page after the first of the unfiltered
list) reads, decrypts and sorts the whole table. A status filter is already served in order by
``ix_draft_status_updated``: SQLite indexes end with the rowid (``id``), so that index is (status, updated_at, id).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # CREATE INDEX only (no table rebuild), so the FTS triggers on draft stay as they are.
    op.create_index("ix_draft_updated", "draft", ["updated_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_draft_updated", table_name="draft")
