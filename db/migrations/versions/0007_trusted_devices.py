"""Signed field packages: the senders this installation trusts.

Revision ID: 0007
Revises: 0006

``trusted_device`` is local (never synchronised): the Ed25519 public key of every device whose
packages a person here has confirmed (by comparing its fingerprint), and the role it was
confirmed in (``headquarters`` or ``laptop``). Only a package signed with a trusted
headquarters' key may change the work plan, the reference data and the period locks. This
installation's own private key is a file in the data folder, never in the database.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_device",
        sa.Column("device_uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("confirmed_at", sa.String(length=27), nullable=False),
        sa.CheckConstraint("role IN ('headquarters', 'laptop')", name="known_role"),
        sa.PrimaryKeyConstraint("device_uuid"),
    )


def downgrade() -> None:
    op.drop_table("trusted_device")
