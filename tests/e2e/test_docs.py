"""The README cannot drift from the code: every command documented, the CI runs its test line."""

import re

from cybertrack.cli.main import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def _subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return set(action.choices)


def test_every_cli_command_is_in_the_readme():
    for command in _subcommands():
        assert re.search(rf"cybertrack (\[--db PATH\] )?{command}\b", README), command


def test_ci_runs_the_readme_test_command():
    match = re.search(r"<!-- test-command -->\s*```(?:bash|sh)?\n(.+?)\n```", README, re.DOTALL)
    assert match, "README must mark its test command"
    assert match.group(1).strip() in (ROOT / ".ci" / "run").read_text()


def test_version_lives_in_one_place_and_the_changelog_names_it():
    import cybertrack

    assert 'dynamic = ["version"]' in (ROOT / "pyproject.toml").read_text()
    assert f"## {cybertrack.__version__}" in (ROOT / "CHANGELOG.md").read_text()
