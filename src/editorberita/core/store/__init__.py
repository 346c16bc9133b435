"""The article store: one ``ArticleStore`` per open database file.

``opening`` opens, checks and migrates the file (``open_store``); ``facade`` holds the
store's one public class. The mapping of stored rows to domain objects is ``core.rows``,
outside this package, because the start-up read shares it before SQLAlchemy is imported.
"""

from editorberita.core.domain import ArticleFilter, DatabaseError
from editorberita.core.store.facade import ArticleStore, ReadOnlyError
from editorberita.core.store.opening import (
    MIGRATIONS_DIR,
    SCHEMA_HEAD,
    create_db_engine,
    database_trouble,
    open_store,
    refuse_unknown_schema,
)

__all__ = [
    "MIGRATIONS_DIR", "SCHEMA_HEAD", "ArticleFilter", "ArticleStore", "DatabaseError",
    "ReadOnlyError", "create_db_engine", "database_trouble", "open_store", "refuse_unknown_schema",
]
