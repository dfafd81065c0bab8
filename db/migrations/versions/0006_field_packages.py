"""Field packages: a log of local changes, what was exchanged with each peer, and conflicts.

Revision ID: 0006
Revises: 0005

``sync_change`` is an append-only log, one row per write of a synchronised row, filled by
triggers so that no write path (ORM, bulk inserts, raw SQL) can forget it. Its ``seq`` orders
this installation's changes; an export sends what changed since the last package for the same
destination. ``updated_at`` and ``device_id`` name the version written, so that a version held
here before is recognised when an older package brings it again. ``origin`` is the device whose package wrote the row (NULL for changes made here),
read from ``local_setting`` key ``sync_origin``, which only an import sets, inside its own
transaction. Appending costs next to nothing (no index but the key).
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Every synchronised table at this revision. A later revision that adds one must add its
#: triggers too (``tests/test_sync_merge.py`` checks that every synchronised model has them).
SYNCED_TABLES = (
    "device", "work_plan", "work_area", "program", "project", "planned_activity", "member_state",
    "partner_organization", "mandate", "plan_title", "period_lock", "event", "event_member_state",
    "event_partner", "participant", "attachment", "audit_entry",
)

#: cicte_desktop.db.ids.SEED_DEVICE_ID: rows the seed owns are the same on every installation.
SEED_DEVICE_ID = "ddfad36e-e086-5ab7-9478-e13d0b6b1eac"


def _trigger(table: str, kind: str) -> str:
    if op.get_bind().dialect.name == "postgresql":  # the same, through one PL/pgSQL function (see upgrade)
        return (f"CREATE TRIGGER {table}_sync_{kind.lower()} AFTER {kind} ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION cicte_sync_change()")
    return (
        f"CREATE TRIGGER {table}_sync_{kind.lower()} AFTER {kind} ON {table} BEGIN "
        f"INSERT INTO sync_change (table_name, uuid, updated_at, device_id, origin) VALUES ('{table}', NEW.uuid, "
        "NEW.updated_at, NEW.device_id, (SELECT value FROM local_setting WHERE key = 'sync_origin')); END"
    )


#: PostgreSQL: what each SQLite trigger above does, in one function for every table. The origin is
#: read from the same row of ``local_setting``, which an import writes and clears inside its own
#: transaction: another manager's transaction never sees it.
POSTGRESQL_SYNC_FUNCTION = (
    "CREATE FUNCTION cicte_sync_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO sync_change (table_name, uuid, updated_at, device_id, origin) VALUES (TG_TABLE_NAME, NEW.uuid, "
    "NEW.updated_at, NEW.device_id, (SELECT value FROM local_setting WHERE key = 'sync_origin')); RETURN NULL; END $$"
)


def upgrade() -> None:
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_peer",
        sa.Column("peer_key", sa.String(length=250), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("device_uuid", sa.String(length=36), nullable=True),
        sa.Column("exported_seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("exported_at", sa.String(length=27), nullable=True),
        sa.Column("imported_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("peer_key"),
    )
    op.create_table(
        "sync_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("peer_key", sa.String(length=250), nullable=False),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=True),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("counts", sa.Text(), nullable=True),
        sa.CheckConstraint("direction IN ('export', 'import')", name="known_direction"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_package", schema=None) as batch_op:
        batch_op.create_index("ix_sync_package_package_uuid", ["package_uuid"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("package_uuid", sa.String(length=36), nullable=False),
        sa.Column("peer_device_uuid", sa.String(length=36), nullable=False),
        sa.Column("peer_name", sa.String(length=200), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("ours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("winner", sa.String(length=8), nullable=False),
        sa.Column("rule", sa.String(length=8), nullable=False),
        sa.Column("resolved_at", sa.String(length=27), nullable=False),
        sa.Column("user_name", sa.String(length=200), nullable=True),
        sa.CheckConstraint("winner IN ('ours', 'theirs')", name="known_winner"),
        sa.CheckConstraint("rule IN ('newest', 'chosen')", name="known_rule"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_record_uuid", ["record_uuid"], unique=False)
        batch_op.create_index("ix_sync_conflict_resolved_at", ["resolved_at"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRESQL_SYNC_FUNCTION)
    for table in SYNCED_TABLES:
        # What this installation holds today counts as changed here: its first package to any
        # destination carries it. Seeded rows are the same everywhere and never travel.
        op.execute(
            f"INSERT INTO sync_change (table_name, uuid, updated_at, device_id) "
            f"SELECT '{table}', uuid, updated_at, device_id FROM {table} "
            f"WHERE device_id != '{SEED_DEVICE_ID}' ORDER BY updated_at"
        )
        for kind in ("INSERT", "UPDATE"):
            op.execute(_trigger(table, kind))


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in SYNCED_TABLES:
        for kind in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_sync_{kind}" + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS cicte_sync_change()")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_conflict_resolved_at")
        batch_op.drop_index("ix_sync_conflict_record_uuid")
    op.drop_table("sync_conflict")
    with op.batch_alter_table("sync_package", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_package_package_uuid")
    op.drop_table("sync_package")
    op.drop_table("sync_peer")
    op.drop_table("sync_change")
