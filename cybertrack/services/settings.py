"""Names of the workspace settings the exports read (kept in the `settings` table)."""

from __future__ import annotations

DELEGATION = "delegation"
AUTHOR_INITIALS = "author_initials"

# The name a paper carries until the delegation has set its own.
DEFAULT_DELEGATION = "Delegation"
