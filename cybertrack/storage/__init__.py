"""The only package that speaks SQL: the Store, its repositories, migrations."""

from cybertrack.storage.migrations import SCHEMA_VERSION
from cybertrack.storage.store import Store

__all__ = ["SCHEMA_VERSION", "Store"]
