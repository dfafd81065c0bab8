"""Full-text search over the plan and events; a covering index for figures; mandates per work area.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# What each kind of row contributes to the search text. Plan items are searched by their
# numbering and title; events by every free-text field a user may remember.
EVENT_BODY = (
    "NEW.title || ' ' || coalesce(NEW.venue, '') || ' ' || coalesce(NEW.city, '') || ' ' || "
    "coalesce(NEW.lead_trainer, '') || ' ' || coalesce(NEW.experts, '') || ' ' || "
    "coalesce(NEW.funding_source, '') || ' ' || coalesce(NEW.outcomes, '') || ' ' || coalesce(NEW.notes, '')"
)
SEARCH_BODIES = {
    "work_area": ("work_area", "NEW.number || '. ' || NEW.title"),
    "program": ("program", "NEW.letter || '. ' || NEW.title"),
    "project": ("project", "coalesce(NEW.number || '. ', '') || NEW.title"),
    "planned_activity": ("activity", "NEW.text || ' ' || coalesce(NEW.target_unit, '')"),
    "event": ("event", EVENT_BODY),
}
# Events also carry, unindexed, what the filters and the tree need, so that a search over
# 40,000 matching events never goes back to the event table for each of them.
EXTRA_COLUMNS = ("activity", "start_date", "status", "event_type")
EXTRA_VALUES = {
    "event": "NEW.activity_uuid, NEW.start_date, NEW.status, NEW.event_type",
}


def _index(kind: str) -> str:
    """Events and plan items have indexes of their own: a prefix such as "wor" matches 40,000
    events, which must not slow down finding the 150 plan items."""
    return "search_index" if kind == "event" else "plan_search_index"


def _columns_and_values(table: str, kind: str, body: str) -> tuple[str, str]:
    """The indexed columns, and the values a row ``NEW`` gives them (after the rowid)."""
    if kind == "event":
        return ("body, uuid, " + ", ".join(EXTRA_COLUMNS), f"{body}, NEW.uuid, {EXTRA_VALUES['event']}")
    return "body, kind, uuid", f"{body}, '{kind}', NEW.uuid"


def _statements(table: str, kind: str, body: str) -> tuple[str, str, str]:
    """What a trigger does, as SQL both databases run: clear the index of a row's uuid (NEW's),
    index a row that is not deleted, and take a row (OLD) out of the index."""
    index = _index(kind)
    columns, values = _columns_and_values(table, kind, body)
    # An INSERT OR REPLACE deletes the old row without firing the delete trigger: clear what
    # the index holds for this uuid first, so that it never keeps a stale entry.
    clear_new = (
        f"DELETE FROM {index} WHERE rowid = (SELECT id FROM search_key WHERE uuid = NEW.uuid); "
        "DELETE FROM search_key WHERE uuid = NEW.uuid; "
    )
    insert = (
        f"INSERT INTO search_key (kind, uuid) SELECT '{kind}', NEW.uuid WHERE NOT NEW.deleted; "
        f"INSERT INTO {index} (rowid, {columns}) SELECT id, {values} FROM search_key "
        f"WHERE uuid = NEW.uuid AND NOT NEW.deleted;"
    )
    delete = (
        f"DELETE FROM {index} WHERE rowid = (SELECT id FROM search_key WHERE uuid = OLD.uuid); "
        "DELETE FROM search_key WHERE uuid = OLD.uuid;"
    )
    return clear_new, insert, delete


def _triggers(table: str, kind: str, body: str) -> list[str]:
    clear_new, insert, delete = _statements(table, kind, body)
    return [
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {clear_new} {insert} END",
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {delete} END",
    ]


def _postgresql_triggers(table: str, kind: str, body: str) -> list[str]:
    """The same on PostgreSQL: one PL/pgSQL function, fired after each row is written."""
    clear_new, insert, delete = _statements(table, kind, body)
    # Events written in bulk are indexed all at once by the writer (db/bulk.py), as on SQLite.
    bulk = "IF current_setting('cicte.bulk', true) = 'on' THEN RETURN NULL; END IF; " if table == "event" else ""
    return [
        f"CREATE FUNCTION {table}_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {bulk}"
        f"IF TG_OP = 'INSERT' THEN {clear_new} {insert} ELSIF TG_OP = 'UPDATE' THEN {delete} {insert} "
        f"ELSE {delete} END IF; RETURN NULL; END $$",
        f"CREATE TRIGGER {table}_search AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_search()",
    ]


#: PostgreSQL's counterpart of FTS5's ``unicode61 remove_diacritics 2`` tokenizer: the text
#: folded (lower case, accents off, every run of characters that are not letters or digits one
#: space), so that the "simple" configuration makes the same words of it as FTS5 does.
POSTGRESQL_FOLD = (
    "CREATE FUNCTION cicte_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))), "
    "'[^[:alnum:]]+', ' ', 'g') $$"
)


def _postgresql_index(name: str, columns: str) -> list[str]:
    return [
        f"CREATE TABLE {name} (rowid integer PRIMARY KEY, {columns}, "
        "words tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, cicte_fold(body))) STORED)",
        f"CREATE INDEX ix_{name}_words ON {name} USING gin (words)",
    ]


def _create_search_index() -> list[str]:
    """The search index's tables, per database: FTS5 virtual tables on SQLite, tables with a
    ``tsvector`` and a GIN index on PostgreSQL (with the ``unaccent`` extension)."""
    if op.get_bind().dialect.name == "postgresql":
        return [
            "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public", POSTGRESQL_FOLD,
            *_postgresql_index("search_index", "body text, uuid text, activity text, start_date date, status text, "
                                               "event_type text"),
            *_postgresql_index("plan_search_index", "body text, kind text, uuid text"),
        ]
    # remove_diacritics 2: "Panama" finds "Panamá", "Nunez" finds "Ñúñez". The prefix indexes
    # make the prefix queries of search-as-you-type cheap for 2 and 3 letters.
    tokenize = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
    return [
        "CREATE VIRTUAL TABLE search_index USING fts5(body, uuid UNINDEXED, activity UNINDEXED, "
        f"start_date UNINDEXED, status UNINDEXED, event_type UNINDEXED, {tokenize})",
        f"CREATE VIRTUAL TABLE plan_search_index USING fts5(body, kind UNINDEXED, uuid UNINDEXED, {tokenize})",
    ]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if not postgresql:
        # Marks the file as CICTE Desktop's ("CICT"), so that another program's SQLite database
        # with an Alembic table of its own is never taken for ours.
        op.execute("PRAGMA application_id = 1128874836")
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("work_areas", sa.JSON(), nullable=True))
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_start_date")
        batch_op.create_index(
            "ix_event_figures", ["start_date", "activity_uuid", "status", "event_type", "units", "deleted", "women", "men",
            "sex_not_recorded"], unique=False
        )
    op.create_table(
        "search_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    for statement in _create_search_index():
        op.execute(statement)
    for table, (kind, body) in SEARCH_BODIES.items():
        columns, values = _columns_and_values(table, kind, body)
        op.execute(f"INSERT INTO search_key (kind, uuid) SELECT '{kind}', uuid FROM {table} t WHERE NOT t.deleted")
        op.execute(
            f"INSERT INTO {_index(kind)} (rowid, {columns}) SELECT k.id, {values.replace('NEW.', 't.')} "
            f"FROM {table} t JOIN search_key k ON k.uuid = t.uuid"
        )
        for statement in (_postgresql_triggers if postgresql else _triggers)(table, kind, body):
            op.execute(statement)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if not postgresql:
        op.execute("PRAGMA application_id = 0")
    for table in SEARCH_BODIES:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_search()")
            continue
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS plan_search_index")
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS cicte_fold(text)")
    op.drop_table("search_key")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index("ix_event_figures")
        batch_op.create_index("ix_event_start_date", ["start_date"], unique=False)
    with op.batch_alter_table("mandate", schema=None) as batch_op:
        batch_op.drop_column("work_areas")
