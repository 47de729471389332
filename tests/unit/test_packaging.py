"""Every package folder reaches the installed package; runtime resources are reachable."""

import tomllib
from importlib.resources import files

from tests.conftest import ROOT


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "cybertrack").rglob("__init__.py")
    }
    assert found <= listed


def test_resources_and_seeds_are_reachable_as_package_data():
    assert files("cybertrack.resources").joinpath("templates/cybertrack-default.docx").is_file()
    seeds = [e.name for e in files("cybertrack.seeds").iterdir()]
    assert "unodc-eg4-2020-international-cooperation.txt" in seeds
