"""Where the workspace lives unless the user says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CYBERTRACK_DB"
DEFAULT_NAME = "workspace.cybertrack"


def default_workspace_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH wins, then $CYBERTRACK_DB, then the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if env := os.environ.get(ENV_VAR):
        return Path(env).expanduser()
    from platformdirs import user_data_path  # tens of milliseconds: only when it decides

    return user_data_path("CyberTrack", appauthor=False) / DEFAULT_NAME


def named_by_user(explicit: str | os.PathLike[str] | None = None) -> bool:
    """The workspace path was given (--db PATH or $CYBERTRACK_DB), not the default one."""
    return bool(explicit or os.environ.get(ENV_VAR))
