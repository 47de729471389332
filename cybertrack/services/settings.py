"""Names of the workspace settings the exports read (kept in the `settings` table)."""

from __future__ import annotations

DELEGATION = "delegation"
AUTHOR_INITIALS = "author_initials"

# Until the delegation has set its name, none: each paper then says "Delegation" in its own
# language ("Délégation", "Delegación"), never the English word in a French paper.
DEFAULT_DELEGATION = ""
# The local author's name: the one whose positions the `positions` table holds (team rows are
# per author; storage/team_queries.py reads this key too).
AUTHOR = "author"
