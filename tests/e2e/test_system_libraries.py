"""A missing Qt system library: one `error:` line naming the Debian packages, never a traceback.

The libraries are missing for real: the app runs under strace, which makes every attempt to open
them fail as on a machine that never installed them (no privileges needed, so it works in a
chroot or a container too). The dynamic loader and ldd then report them as on such a machine.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import PySide6

from cybertrack.gui.system_libraries import DEBIAN_PACKAGE
from tests.conftest import ROOT

QT = Path(PySide6.__file__).parent
NO_OPTIONAL_DEPENDENCIES = [
    f"--no-{kind}"
    for kind in ("recommends", "suggests", "conflicts", "breaks", "replaces", "enhances")
]
# What the desktop app loads: the Qt modules, the platform plugins of X11, Wayland and offscreen,
# and the plugins those load (input methods, icons, images, GL and Wayland integrations).
QT_BINARIES = [
    QT / "QtWidgets.abi3.so",
    QT / "QtSvg.abi3.so",
    *[QT / "Qt" / "plugins" / "platforms" / f"libq{p}.so" for p in ("xcb", "wayland", "offscreen")],
    *[
        library
        for folder in (
            "xcbglintegrations",
            "platforminputcontexts",
            "iconengines",
            "imageformats",
            "wayland-shell-integration",
            "wayland-decoration-client",
            "wayland-graphics-integration-client",
        )
        for library in sorted((QT / "Qt" / "plugins" / folder).glob("*.so"))
    ],
]


def _system_libraries() -> dict[str, Path]:
    """soname -> path of every library outside the wheels that the Qt binaries load."""
    found: dict[str, Path] = {}
    for binary in QT_BINARIES:
        listing = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True)
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", listing.stdout, re.MULTILINE):
            if "PySide6" not in path and "shiboken6" not in path:
                found[name] = Path(path)
    return found


def _owners(paths: dict[str, Path]) -> dict[str, str]:
    """soname -> the Debian package that owns it (dpkg knows the file by its link or its target)."""
    by_path: dict[str, str] = {}
    for name, path in paths.items():
        for candidate in {str(path), str(path.resolve())}:  # merged /usr: either spelling
            by_path[candidate] = by_path[candidate.removeprefix("/usr")] = name
            by_path["/usr" + candidate.removeprefix("/usr")] = name
    query = subprocess.run(["dpkg", "-S", *by_path], capture_output=True, text=True, check=False)
    owners: dict[str, str] = {}
    for line in query.stdout.splitlines():
        package, _, path = line.partition(": ")
        owners[by_path[path]] = package.split(":")[0]
    return owners


def _hidden(libraries: list[str]) -> list[str]:
    """A command prefix that runs its command as if these libraries were not installed: strace
    makes every attempt to open them fail with "No such file or directory", in the command and
    the processes it starts (ldd among them)."""
    paths = set()
    for name in libraries:
        found = str(_system_libraries()[name])
        paths |= {found, found.removeprefix("/usr"), "/usr" + found.removeprefix("/usr")}
    fail_opening = ["-e", "trace=open,openat", "-e", "inject=open,openat:error=ENOENT"]
    return [
        *["strace", "--quiet=all", "--follow-forks", "--seccomp-bpf", "-e", "signal=none"],
        *[*fail_opening, "-o", os.devnull],
        *[f"--trace-path={path}" for path in sorted(paths)],
    ]


def _start_app(tmp_path: Path, prefix: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment.update(XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "cybertrack", "--db", str(tmp_path / "ws.cybertrack")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), done.stderr
    return lines[0]


def test_qt_modules_without_their_libraries_name_every_package_to_install(tmp_path):
    prefix = _hidden(["libglib-2.0.so.0", "libEGL.so.1", "libxkbcommon.so.0"])
    line = _one_error_line(_start_app(tmp_path, prefix, QT_QPA_PLATFORM="offscreen"))
    assert "libglib-2.0.so.0" in line and "libEGL.so.1" in line and "libxkbcommon.so.0" in line
    packages = line.split("install: sudo apt-get install ", 1)[1].split()
    assert set(packages) == {"libglib2.0-0", "libegl1", "libxkbcommon0"}
    assert not (tmp_path / "ws.cybertrack").exists()  # nothing was half-started


def test_an_x11_plugin_that_cannot_load_names_its_packages_instead_of_aborting(tmp_path):
    # Qt itself would abort here ("Could not load the Qt platform plugin", exit 134).
    prefix = _hidden(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    line = _one_error_line(_start_app(tmp_path, prefix, QT_QPA_PLATFORM="xcb", DISPLAY=":97"))
    assert "xcb" in line and "libxcb-cursor.so.0" in line and "libxcb-icccm.so.4" in line
    packages = line.split("install: sudo apt-get install ", 1)[1].split()
    assert set(packages) == {"libxcb-cursor0", "libxcb-icccm4"}


def test_no_display_is_said_in_one_line(tmp_path):
    line = _one_error_line(_start_app(tmp_path, []))
    assert "no display" in line and "DISPLAY is not set" in line


def test_every_library_qt_loads_maps_to_the_package_that_owns_it():
    libraries = _system_libraries()
    assert "libglib-2.0.so.0" in libraries and "libxcb-cursor.so.0" in libraries
    owners = _owners(libraries)
    assert set(owners) == set(libraries), set(libraries) - set(owners)
    wrong = {
        name: (DEBIAN_PACKAGE.get(name), owner)
        for name, owner in owners.items()
        if DEBIAN_PACKAGE.get(name) != owner
    }
    assert not wrong, f"soname: (listed, owner) {wrong}"


def test_the_readme_start_line_installs_every_library_qt_loads():
    readme = (ROOT / "README.md").read_text()
    block = re.search(r"<!-- start-packages -->\s*```bash\n(.+?)```", readme, re.DOTALL)
    assert block, "README must mark its start packages"
    words = block.group(1).replace("\\\n", " ").split("apt-get install")[-1].split()
    packages = [word for word in words if not word.startswith("-")]
    assert "libxcb-cursor0" in packages
    closure = subprocess.run(
        ["apt-cache", "depends", "--recurse", *NO_OPTIONAL_DEPENDENCIES, *packages],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installed = {line.strip() for line in closure.splitlines() if not line.startswith(" ")}
    needed = set(_owners(_system_libraries()).values())
    assert needed <= installed, f"not installed by the README's start line: {needed - installed}"
