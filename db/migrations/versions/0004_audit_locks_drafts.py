"""Audit of changes with reasons, locks of reported periods, and form drafts.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Timestamps are UTC ISO 8601 text (cicte_desktop.db.models.UtcTimestamp), hence String(27).


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("user_name", sa.String(length=200), nullable=True),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("uuid"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_record", ["record_type", "record_uuid"], unique=False)
    op.create_table(
        "event_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("event_uuid", sa.String(length=36), nullable=True),
        sa.Column("activity_uuid", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "period_lock",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("half", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *_sync_columns(),
        sa.CheckConstraint("half IN (1, 2)", name="half_1_or_2"),
        sa.PrimaryKeyConstraint("uuid"),
        sa.UniqueConstraint("year", "half"),
    )


def downgrade() -> None:
    op.drop_table("period_lock")
    op.drop_table("event_draft")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_record")
    op.drop_table("audit_entry")
