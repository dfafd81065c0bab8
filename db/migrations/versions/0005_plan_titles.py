"""Translated titles of plan items (Spanish, French, Portuguese).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_title",
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("uuid"),
        sa.UniqueConstraint("item_uuid", "language"),
    )
    with op.batch_alter_table("plan_title", schema=None) as batch_op:
        batch_op.create_index("ix_plan_title_item_uuid", ["item_uuid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_title", schema=None) as batch_op:
        batch_op.drop_index("ix_plan_title_item_uuid")
    op.drop_table("plan_title")
