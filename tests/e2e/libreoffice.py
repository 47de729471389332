"""LibreOffice for the tests: convert to PDF and PNG, and accept or reject every tracked change.

LibreOffice runs in its own process session with a private profile (parallel runs would share
one otherwise); on a hang the whole group is killed, since killing the `soffice` wrapper alone
leaves `soffice.bin` running. Accepting and rejecting is LibreOffice's own: a Basic macro put in
the private profile loads each file, dispatches .uno:AcceptAllTrackedChanges (or Reject...) and
saves the result as UTF-8 text; nothing but LibreOffice Writer is needed.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic">
Sub Revisions(paths As String)
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  Dim save(1) As New com.sun.star.beans.PropertyValue
  save(0).Name = &quot;FilterName&quot;
  save(0).Value = &quot;Text (encoded)&quot;
  save(1).Name = &quot;FilterOptions&quot;
  save(1).Value = &quot;UTF8,LF&quot;
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  For Each path In Split(paths, &quot;|&quot;)
    For Each mode In Array(&quot;Accept&quot;, &quot;Reject&quot;)
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), &quot;_blank&quot;, 0, load())
      helper.executeDispatch(doc.CurrentController.Frame, _
        &quot;.uno:&quot; &amp; mode &amp; &quot;AllTrackedChanges&quot;, &quot;&quot;, 0, Array())
      target = path &amp; &quot;.&quot; &amp; LCase(mode) &amp; &quot;ed.txt&quot;
      doc.storeToURL(ConvertToURL(target), save())
      doc.close(True)
    Next
  Next
End Sub
</script:module>
"""


def soffice(args: Sequence[str], profile: Path, timeout: int = 300) -> None:
    process = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{profile}",
            *args,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        pytest.fail(f"LibreOffice did not finish in {timeout} s")


def convert_to_pdf(files: Sequence[Path], out_dir: Path, profile: Path) -> None:
    soffice(["--convert-to", "pdf", "--outdir", str(out_dir), *map(str, files)], profile)


def to_png(pdf: Path, prefix: Path, resolution: int = 50) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def accept_and_reject_all(files: Sequence[Path], profile: Path) -> dict[Path, tuple[str, str]]:
    """Each file's text after LibreOffice accepts every tracked change, and after it rejects
    every one: {file: (accepted, rejected)}."""
    soffice(["--terminate_after_init"], profile)  # creates the profile's Basic library
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    module.write_text(MACRO, encoding="utf-8")
    paths = "|".join(str(f) for f in files)
    soffice([f'macro:///Standard.Module1.Revisions("{paths}")'], profile)
    result = {}
    for file in files:
        texts = []
        for mode in ("accepted", "rejected"):
            out = Path(f"{file}.{mode}.txt")
            assert out.is_file(), f"LibreOffice wrote no {out.name}"
            texts.append(out.read_text(encoding="utf-8-sig"))
        result[file] = (texts[0], texts[1])
    return result
