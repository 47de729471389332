"""The desktop front end: the only package that imports Qt."""

from cybertrack.gui.refcount_guard import protect_singletons

# Before any Qt object exists: see refcount_guard for the PySide6 6.12 / Python 3.11 bug.
protect_singletons()
