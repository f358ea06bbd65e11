"""Alembic environment: always run from ``storage.migrate`` with an open (decrypted) connection."""

from alembic import context

from brandjournal.storage.models import SQLModel

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
