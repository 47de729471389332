"""The only package that speaks SQL: connection, migrations, repositories."""

from cybertrack.storage.connection import open_database
from cybertrack.storage.migrations import SCHEMA_VERSION
from cybertrack.storage.repository import Repository

__all__ = ["SCHEMA_VERSION", "Repository", "open_database"]
