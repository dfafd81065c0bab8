"""The plan editor: items retired from a plan, and the plan's history of changes.

Revision ID: 0009
Revises: 0008

``retired`` on work areas, programs, projects and planned activities marks an item taken out of
its plan that events still point at: it is never deleted, so those events keep their activity
and their figures. ``plan_change`` (synchronised, and like every plan table changed only at
headquarters) records every change made in the plan editor with its reason; ``amendment`` marks
a change made after the plan was approved. Columns are added in place: the tables keep their
rows, their change-log and search triggers.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PLAN_ITEM_TABLES = ("work_area", "program", "project", "planned_activity")


def _trigger(kind: str) -> str:
    # As revision 0006 made for every synchronised table: each write appends to the change log.
    if op.get_bind().dialect.name == "postgresql":  # through 0006's function
        return (f"CREATE TRIGGER plan_change_sync_{kind.lower()} AFTER {kind} ON plan_change "
                "FOR EACH ROW EXECUTE FUNCTION cicte_sync_change()")
    return (
        f"CREATE TRIGGER plan_change_sync_{kind.lower()} AFTER {kind} ON plan_change BEGIN "
        "INSERT INTO sync_change (table_name, uuid, updated_at, device_id, origin) VALUES ('plan_change', NEW.uuid, "
        "NEW.updated_at, NEW.device_id, (SELECT value FROM local_setting WHERE key = 'sync_origin')); END"
    )


def upgrade() -> None:
    for table in PLAN_ITEM_TABLES:
        op.add_column(table, sa.Column("retired", sa.Boolean(), server_default="0", nullable=False))
    op.create_table(
        "plan_change",
        sa.Column("work_plan_uuid", sa.String(length=36), nullable=False),
        sa.Column("item_table", sa.String(length=32), nullable=False),
        sa.Column("item_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=True),
        sa.Column("amendment", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["work_plan_uuid"], ["work_plan.uuid"]),
        sa.PrimaryKeyConstraint("uuid"),
    )
    op.create_index("ix_plan_change_work_plan_uuid", "plan_change", ["work_plan_uuid"], unique=False)
    for kind in ("INSERT", "UPDATE"):
        op.execute(_trigger(kind))


def downgrade() -> None:
    op.drop_table("plan_change")
    for table in PLAN_ITEM_TABLES:
        op.drop_column(table, "retired")
