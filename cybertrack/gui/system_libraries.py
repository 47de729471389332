"""One `error:` line, never a traceback or an abort, when Qt lacks a system library (Linux).

The PySide6 wheels carry Qt but not the system libraries it links to (GLib, EGL, xkbcommon, the
xcb utilities...). Without one, importing Qt raises an ImportError naming only the first missing
file, and a platform plugin that cannot load makes Qt abort the process with advice that is often
wrong. Both end here in one line naming every missing library and the Debian packages to install.
The normal start pays only for a message handler around QApplication's construction: the
diagnosis (ldd) runs after a failure.

This module imports no Qt at load time: it must work when Qt's own import fails.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

T = TypeVar("T")

# Debian package -> the libraries of it that Qt's modules and platform plugins load (the wheel's
# own libraries aside). tests/e2e/test_system_libraries.py checks against ldd and dpkg that every
# such library is listed, under the package that owns it, and that the README's start line
# installs them all.
PACKAGE_LIBRARIES: dict[str, tuple[str, ...]] = {
    "libglib2.0-0": (
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
        "libgobject-2.0.so.0",
        "libgio-2.0.so.0",
        "libgmodule-2.0.so.0",
    ),
    "libegl1": ("libEGL.so.1",),
    "libgl1": ("libGL.so.1",),
    "libglx0": ("libGLX.so.0",),
    "libglvnd0": ("libGLdispatch.so.0",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libfreetype6": ("libfreetype.so.6",),
    "libpng16-16": ("libpng16.so.16",),
    "libbrotli1": ("libbrotlidec.so.1", "libbrotlicommon.so.1"),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libx11-6": ("libX11.so.6",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    "libxau6": ("libXau.so.6",),
    "libxdmcp6": ("libXdmcp.so.6",),
    "libbsd0": ("libbsd.so.0",),
    "libmd0": ("libmd.so.0",),
    "libxcb1": ("libxcb.so.1",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libxcb-glx0": ("libxcb-glx.so.0",),
    "libwayland-client0": ("libwayland-client.so.0",),
    "libwayland-server0": ("libwayland-server.so.0",),
    "libdrm2": ("libdrm.so.2",),
    "libgbm1": ("libgbm.so.1",),
    "libpcre2-8-0": ("libpcre2-8.so.0",),
    "libffi8": ("libffi.so.8",),
    "libexpat1": ("libexpat.so.1",),
    "zlib1g": ("libz.so.1",),
    "libzstd1": ("libzstd.so.1",),
    "liblzma5": ("liblzma.so.5",),
    "liblz4-1": ("liblz4.so.1",),
    "libsystemd0": ("libsystemd.so.0",),
    "libcap2": ("libcap.so.2",),
    "libgcrypt20": ("libgcrypt.so.20",),
    "libgpg-error0": ("libgpg-error.so.0",),
    "libgssapi-krb5-2": ("libgssapi_krb5.so.2",),
    "libkrb5-3": ("libkrb5.so.3",),
    "libk5crypto3": ("libk5crypto.so.3",),
    "libkrb5support0": ("libkrb5support.so.0",),
    "libkeyutils1": ("libkeyutils.so.1",),
    "libcom-err2": ("libcom_err.so.2",),
    "libstdc++6": ("libstdc++.so.6",),
    "libgcc-s1": ("libgcc_s.so.1",),
    "libc6": (
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "libresolv.so.2",
    ),
}
DEBIAN_PACKAGE = {name: package for package, names in PACKAGE_LIBRARIES.items() for name in names}

# The Qt modules the app imports: loading QtWidgets loads QtGui and QtCore with it.
QT_MODULE = "PySide6.QtWidgets"

_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(\S+\.so(?:\.\d+)*): cannot open shared object file")
_PLUGIN = re.compile(r'Could not load the Qt platform plugin "([\w-]+)"')


def missing_libraries(binaries: Iterable[Path]) -> list[str]:
    """The shared libraries these binaries need, directly or through others, that are missing."""
    import shutil  # the diagnosis runs only after a failure: nothing of it at a normal start
    import subprocess

    found: dict[str, None] = {}
    ldd = shutil.which("ldd")
    for binary in binaries:
        if ldd is not None:
            listing = subprocess.run(
                [ldd, str(binary)], capture_output=True, text=True, timeout=60, check=False
            )
            found.update(dict.fromkeys(_NOT_FOUND.findall(listing.stdout)))
        else:  # no ldd: the loader names the first missing library only
            found.update(dict.fromkeys(_first_missing(binary)))
    return list(found)


def _first_missing(binary: Path) -> list[str]:
    import ctypes

    try:
        ctypes.CDLL(str(binary))
    except OSError as exc:
        match = _CANNOT_OPEN.search(str(exc))
        return [match.group(1)] if match else []
    return []


def lacking(libraries: Sequence[str], what: str = "the desktop app") -> str:
    """The line for missing libraries: which ones, and the apt-get line that installs them."""
    packages = list(dict.fromkeys(DEBIAN_PACKAGE[n] for n in libraries if n in DEBIAN_PACKAGE))
    unknown = [n for n in libraries if n not in DEBIAN_PACKAGE]
    advice = f"sudo apt-get install {' '.join(packages)}" if packages else ""
    if unknown:
        others = f"the packages that provide {', '.join(unknown)}"
        advice = f"{advice} and {others}" if advice else others
    names = ", ".join(libraries)
    return f"{what} needs system libraries this machine lacks ({names}); install: {advice}"


def import_failure(exc: ImportError) -> str | None:
    """The line for an ImportError raised because a Qt module lacks a system library, or None when
    the error is something else (its traceback is then the honest report).

    Names everything still missing, for the Qt modules and for the platform plugin Qt will load
    next, so one apt-get line is enough.
    """
    match = _CANNOT_OPEN.search(str(exc))
    if match is None:
        return None
    import importlib.util

    binaries = [Path(exc.path)] if exc.path else []
    spec = importlib.util.find_spec(QT_MODULE)
    if spec is not None and spec.origin:
        binaries.append(Path(spec.origin))
    binaries += _plugin_files(_requested_platform())
    missing = missing_libraries(binaries)
    if match.group(1) not in missing:
        missing.insert(0, match.group(1))
    return lacking(missing)


# Qt releases the app refuses to start with, and the Pythons they break: PySide6 6.12.0 releases
# one reference to None, True or False that it never took with every signal and empty
# QModelIndex.data(); from Python 3.12 these objects are immortal, on 3.11 the interpreter aborts
# ("none_dealloc") after some thousands of actions, a delegate's evening. pyproject.toml
# excludes it; an install that has it anyway is refused at start, before any work is done.
BROKEN_QT = {"6.12.0": (3, 12)}


def refused_qt(pyside_version: str, python: tuple[int, int] = sys.version_info[:2]) -> str | None:
    """The line refusing a broken PySide6 release on this Python, or None when it is fine."""
    fixed_in = BROKEN_QT.get(pyside_version)
    if fixed_in is None or python >= fixed_in:
        return None
    return (
        f"PySide6 {pyside_version} loses track of Python's None on Python "
        f"{python[0]}.{python[1]} and would crash within hours: install another release "
        f"(pip install 'PySide6-Essentials!={pyside_version}')"
    )


def start_qt(make_app: Callable[[], T]) -> T:
    """Run `make_app` (QApplication's construction, where Qt loads its platform plugin) so that a
    plugin that cannot start ends the process with one `error:` line instead of Qt's abort.

    Qt's messages meanwhile are held back: on success they are printed as Qt would have.
    """
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"error: {platform_failure([*held, text])}\n")
            sys.stderr.flush()
            os._exit(1)  # Qt would abort() right after this handler returns
        category = context.category if context.category not in (None, "default") else ""
        held.append(f"{category}: {text}" if category else text)

    previous = qInstallMessageHandler(handler)
    try:
        return make_app()
    finally:
        qInstallMessageHandler(previous)
        for line in held:
            sys.stderr.write(f"{line}\n")


def platform_failure(messages: Sequence[str]) -> str:
    """The line for Qt's fatal failure to start a platform plugin, from what Qt said before it."""
    said = "\n".join(messages)
    match = _PLUGIN.search(said)
    name = match.group(1) if match else _requested_platform()
    missing = missing_libraries(_plugin_files(name))
    if missing:
        return lacking(missing, f"the desktop window (Qt's {name} platform)")
    if name == "xcb":
        display = os.environ.get("DISPLAY")
        if not display:
            return (
                "there is no display to open the window on (DISPLAY is not set): start "
                "CyberTrack in a desktop session, or use its commands (cybertrack --help)"
            )
        if "could not connect to display" in said:
            return (
                f"cannot connect to the display {display!r}: start CyberTrack in a desktop "
                "session, or use its commands (cybertrack --help)"
            )
    first = next((m for m in messages if m.strip()), "no reason given").strip().splitlines()[0]
    return f"Qt could not start its {name} platform: {first}"


def _requested_platform() -> str:
    """The platform plugin Qt will try: QT_QPA_PLATFORM's first choice, else X11 (xcb)."""
    requested = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    return requested or "xcb"


def _plugin_files(name: str) -> list[Path]:
    """The platform plugin's library: libqxcb.so for "xcb", libqwayland.so for "wayland-egl"."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).parent / "Qt" / "plugins" / "platforms"
    return sorted(folder.glob(f"libq{name.split('-')[0]}*.so"))
