"""Put a test database back to an older schema, as an older release of the app left it."""

from __future__ import annotations

from pathlib import Path


def downgrade(db_path: Path, revision: str) -> None:
    """Run the Alembic migrations down to ``revision`` on the SQLite file at ``db_path``."""
    from alembic import command
    from alembic.config import Config

    from editorberita.core.store import MIGRATIONS_DIR, create_db_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = create_db_engine(db_path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
