"""A throwaway PostgreSQL cluster on a loopback port, for the hub's tests and bench/team.py.

initdb and pg_ctl come from Debian's `postgresql` package (/usr/lib/postgresql/NN/bin, which
is not on PATH) or from PATH. PostgreSQL refuses to run as root, so as root (CI) the cluster
runs as a dedicated user, created if missing; its files live in a fresh folder that user owns.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "cybertrack-pg"


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ensure_user() -> None:
    """As root: the user the cluster runs as (initdb refuses root), created if missing."""
    if subprocess.run(["id", "-u", USER], capture_output=True).returncode != 0:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER],
            check=True,
            capture_output=True,
        )


def _as_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", USER, "--", *command] if os.geteuid() == 0 else command


@contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yields its URL (trust authentication, loopback only); stops it after."""
    folder = binaries()
    if folder is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="cybertrack-pg-"))
    data = root / "data"
    if os.geteuid() == 0:
        _ensure_user()
        shutil.chown(root, USER)
    port = _free_port()
    log = root / "server.log"
    try:
        subprocess.run(
            _as_user(
                [
                    str(folder / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "hub",
                    "--auth=trust",
                    "--no-sync",
                    "-E",
                    "UTF8",
                    "--locale=C",
                ]
            ),
            check=True,
            capture_output=True,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off"
        subprocess.run(
            _as_user(
                [
                    str(folder / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
        )
        _wait(port)
        yield f"postgresql://hub@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_user([str(folder / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


def _wait(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start on port {port}")
