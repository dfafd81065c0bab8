"""Covering indexes for the dashboard's counts by member state.

Revision ID: 0011
Revises: 0010

The dashboard's map counts, for every event of a period, the member states it served: a join of
``event`` and ``event_member_state``. Both sides read their rows for one column each (the
event's ``uuid``, the link's ``deleted``): about 130 ms for a year of 100,000 events. With the
event's ``uuid`` at the end of ``ix_event_figures`` and an index of the links by event that holds
``deleted`` and ``member_state_uuid``, the join reads indexes only (about 40 ms). No data changes.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FIGURES = ("start_date", "activity_uuid", "status", "event_type", "units", "deleted", "women", "men",
           "sex_not_recorded")


def upgrade() -> None:
    op.drop_index("ix_event_figures", table_name="event")
    op.create_index("ix_event_figures", "event", [*FIGURES, "uuid"])
    op.create_index("ix_event_member_state_event", "event_member_state", ["event_uuid", "deleted", "member_state_uuid"])


def downgrade() -> None:
    op.drop_index("ix_event_member_state_event", table_name="event_member_state")
    op.drop_index("ix_event_figures", table_name="event")
    op.create_index("ix_event_figures", "event", list(FIGURES))
