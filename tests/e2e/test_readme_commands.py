"""Every command the README prints works as printed, in a fresh copy of the checkout.

The fenced commands run in order, each with bash as a reader pastes it, in a scratch copy of the
project's files, with no virtual environment active: the start command builds its own `.venv`
(about 30 s) and starts the app offscreen with its quit-when-shown switch; the examples then use
that `.venv`. Not run: the apt-get lines (root, and they change the machine; test_system_libraries
checks the start line covers what Qt loads) and the test command (this suite is it).
"""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
START = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/cybertrack"


def readme_commands() -> list[str]:
    """The README's fenced shell commands in order, continuation lines joined."""
    commands = []
    for block in re.finditer(r"(<!-- test-command -->\s*)?```(?:bash|sh)\n(.*?)```", README, re.S):
        if block.group(1):
            continue
        for line in block.group(2).replace("\\\n", " ").splitlines():
            command = " ".join(line.split())
            if command and not re.match(r"(sudo )?apt-get\b", command):
                commands.append(command)
    return commands


def _scratch_copy(into: Path) -> Path:
    """The project's files (tracked, and new ones not ignored), as a clone would have them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


def _reader_environment(home: Path) -> dict[str, str]:
    """This machine's environment without an active venv, the app's files kept in `home`."""
    venv = Path(sys.prefix)
    path = [p for p in os.environ["PATH"].split(os.pathsep) if not Path(p).is_relative_to(venv)]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    if (config / "pip").is_dir():  # the reader's pip settings (index, certificates) still apply
        shutil.copytree(config / "pip", home / "config" / "pip")
    env.update(
        PATH=os.pathsep.join(path),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        QT_QPA_PLATFORM="offscreen",
        CYBERTRACK_EXIT_WHEN_SHOWN="1",
    )
    return env


@pytest.fixture(scope="module")
def ran(tmp_path_factory):
    """(checkout, environment, [(command, completed process)]), stopping at the first failure."""
    checkout = _scratch_copy(tmp_path_factory.mktemp("checkout"))
    env = _reader_environment(tmp_path_factory.mktemp("home"))
    results = []
    for command in readme_commands():
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        results.append((command, done))
        if done.returncode != 0:
            break
    return checkout, env, results


def test_every_readme_command_runs_as_printed(ran):
    _, _, results = ran
    assert [command for command, _ in results] == readme_commands()
    for command, done in results:
        assert done.returncode == 0, f"{command}\n{done.stderr[-3000:]}"
        assert "Traceback" not in done.stderr, f"{command}\n{done.stderr}"


def test_the_start_command_shows_the_app_with_the_sample_meeting(ran):
    checkout, env, results = ran
    assert START in [command for command, _ in results]
    workspace = Path(env["XDG_DATA_HOME"]) / "CyberTrack" / "workspace.cybertrack"
    listed = subprocess.run(
        [checkout / ".venv/bin/cybertrack", "--db", workspace, "documents", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    documents = json.loads(listed.stdout)
    assert [d["item_count"] for d in documents if not d["library"]] == [39]
    # ... and the first library of precedent (resolutions and treaties) beside it.
    assert {d["symbol"] for d in documents if d["library"]} >= {"A/RES/74/247", "A/RES/75/282"}


def test_the_example_writes_a_paper_with_the_proposed_wording(ran):
    checkout, _, _ = ran
    body = Document(str(checkout / "position-paper.docx")).element.body
    text = "".join(t.text or "" for t in body.iter(qn("w:t")))  # with tracked insertions
    assert "States are encouraged to use existing multilateral treaties." in text


def test_the_readme_names_no_bare_python_command():
    # Debian has no `python`: a command is `python3` or the venv's `.venv/bin/python`.
    assert not re.findall(r"(?<![\w/.-])python (?=\S)", README)


def test_ci_installs_every_package_the_readme_names():
    ci = (ROOT / ".ci" / "run").read_text()
    for line in re.findall(r"apt-get install([^\n`]*(?:\\\n[^\n`]*)*)", README):
        for package in line.replace("\\\n", " ").split():
            if not package.startswith("-"):
                assert re.search(rf"(?<![\w.-]){re.escape(package)}(?![\w.-])", ci), package
