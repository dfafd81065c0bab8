"""``upgrade``: create or upgrade a database's schema and seed, a file or a server database."""

from __future__ import annotations

import argparse
import sys

from cicte_desktop.cli.common import one_line


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def run(args: argparse.Namespace) -> int:
    """Bring the database of ``--db`` (default: the usual file) to this version's schema and seed.
    A file is opened as the app opens it (checked, backed up before migrating); a server database
    is created or upgraded through the same migrations (see ``db.server``)."""
    from cicte_desktop.db.schema import HEAD_REVISION, SEED_VERSION
    from cicte_desktop.db.server import ServerUrl
    from cicte_desktop.db.server import ServerDatabaseError
    from cicte_desktop.db.server_setup import prepare_server_database

    if isinstance(args.db, ServerUrl):
        try:
            before, _device = prepare_server_database(args.db)
        except ServerDatabaseError as exc:
            print(one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
            return 1
        name = args.db.display_name
    else:
        from cicte_desktop.cli.common import open_db

        db = open_db(args.db)
        try:
            before = None if db.created else (db.upgraded_from or HEAD_REVISION)
            name = str(db.path)
        finally:
            db.close()
    if before is None:
        print(_tr("{name}: created at schema {revision}, with the 2016 Work Plan (seed {seed})").format(
            name=name, revision=HEAD_REVISION, seed=SEED_VERSION))
    elif before != HEAD_REVISION:
        print(_tr("{name}: upgraded from schema {old} to {revision} (seed {seed})").format(
            name=name, old=before, revision=HEAD_REVISION, seed=SEED_VERSION))
    else:
        print(_tr("{name}: already at schema {revision} (seed {seed}); nothing to do").format(
            name=name, revision=HEAD_REVISION, seed=SEED_VERSION))
    return 0
