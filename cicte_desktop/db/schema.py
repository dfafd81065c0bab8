"""Schema revisions this version of the app knows, without importing Alembic.

Alembic costs ~100 ms to import; a database that is already at the head revision never
needs it, so opening one reads ``alembic_version`` directly and compares with these.
``tests/test_migrations.py`` checks that they match the scripts in ``db/migrations``.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]
