"""Work plans carried over from year to year: the item each one came from.

Revision ID: 0008
Revises: 0007

``carried_from_uuid`` on work areas, programs, projects and planned activities names the item of
an earlier year's plan a new plan's item was carried over from (``plan new --year 2017 --from
2016``), NULL for an item first planned in its year (every item of a database made before this
revision). Columns added in place (``ALTER TABLE ... ADD COLUMN``): the tables keep their
rows, their change-log and search triggers, and every event stays under the activity it was
logged against.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PLAN_ITEM_TABLES = ("work_area", "program", "project", "planned_activity")


def upgrade() -> None:
    for table in PLAN_ITEM_TABLES:
        op.add_column(table, sa.Column("carried_from_uuid", sa.String(length=36), nullable=True))


def downgrade() -> None:
    for table in PLAN_ITEM_TABLES:
        op.drop_column(table, "carried_from_uuid")
