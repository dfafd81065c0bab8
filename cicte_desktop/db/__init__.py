"""Database layer: ORM models, connection set-up, opening checks and migrations. No Qt."""
