"""Alembic environment: runs on the connection handed over by cicte_desktop.db.migrate."""

from alembic import context

from cicte_desktop.db.migrate import described_by_models as include_object
from cicte_desktop.db.models import Base


target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through cicte_desktop.db.migrate, which supplies the connection")

context.configure(
    connection=connection, target_metadata=target_metadata, render_as_batch=True, include_object=include_object,
    on_version_apply=context.config.attributes.get("on_version_apply"),  # progress, and Cancel between scripts
)
with context.begin_transaction():
    context.run_migrations()
