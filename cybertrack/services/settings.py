"""Names of the workspace settings the exports read (kept in the `settings` table)."""

from __future__ import annotations

DELEGATION = "delegation"
AUTHOR_INITIALS = "author_initials"

# The name a paper carries until the delegation has set its own.
DEFAULT_DELEGATION = "Delegation"
# The local author's name: the one whose positions the `positions` table holds (team rows are
# per author; storage/team_queries.py reads this key too).
AUTHOR = "author"
