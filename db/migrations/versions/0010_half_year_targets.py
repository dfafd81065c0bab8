"""Optional targets per half-year of planned activities.

Revision ID: 0010
Revises: 0009

``target_first_half`` and ``target_second_half`` on ``planned_activity``: how many of the
activity's target are due in January-June and in July-December (whole numbers from 0; NULL: the
plan does not split the target, as for every activity of a database made before this revision).
When both are set they add up to ``target_quantity`` (the plan editor and field packages refuse
anything else); one alone leaves the other half the rest of the target. Columns added in place
(``ALTER TABLE ... ADD COLUMN``): the table keeps its rows, its change-log and search triggers,
and every event stays under the activity it was logged against.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COLUMNS = ("target_first_half", "target_second_half")


def upgrade() -> None:
    for column in COLUMNS:
        # Written out: a column added to a SQLite table carries its CHECK constraint in its own
        # definition (the models state the same rule as a table constraint).
        op.execute(f"ALTER TABLE planned_activity ADD COLUMN {column} INTEGER CHECK ({column} IS NULL OR {column} >= 0)")


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_column("planned_activity", column)
