"""Schema revisions this version of the app knows, without importing Alembic.

Alembic costs ~100 ms to import; a database that is already at the head revision never
needs it, so opening one reads ``alembic_version`` directly and compares with these.
``tests/db/test_migrations.py`` checks that they match the scripts in ``db/migrations``.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010",
                                    "0011")
HEAD_REVISION = KNOWN_REVISIONS[-1]
#: The last revision that changed the tables and columns a field package carries: what packages
#: are stamped with. A revision that only adds indexes (0011) leaves it, so that a package made by
#: this version is still read by an installation one such revision behind (a laptop in the field
#: updates later than headquarters). ``tests/db/test_migrations.py`` checks that the tables and
#: columns at this revision are those at the head.
PACKAGE_REVISION = "0010"

#: ``PRAGMA application_id`` of every CICTE Desktop database from revision 0003 on ("CICT").
APPLICATION_ID = 0x43494354

#: Revisions made before the application id existed, recognised by their tables instead.
UNMARKED_REVISIONS: tuple[str, ...] = ("0001", "0002")

#: Version of the seeded work plan and reference data (see ``db/seed.py``); a database
#: holding another version is brought up to date when it is opened.
SEED_VERSION = "2016.4"
