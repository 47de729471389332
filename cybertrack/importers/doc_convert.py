"""An old binary Word file (.doc) converted to .docx by LibreOffice, when it is installed.

LibreOffice runs headless in a subprocess of its own session, with a private profile in a
temporary folder (so it never meets the user's open LibreOffice or another conversion), and a
time limit; on timeout its whole process group is ended. Without LibreOffice the file is
refused with a sentence that says how to convert it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from cybertrack.domain.errors import ImportFailed
from cybertrack.domain.messages import Code

TIMEOUT_SECONDS = 120


def office_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_doc(data: bytes, name: str) -> bytes:
    """The .docx bytes LibreOffice makes of a .doc file; ImportFailed if it cannot."""
    program = office_program()
    if program is None:
        raise ImportFailed(Code.IMPORT_OLD_WORD, name=name)
    with tempfile.TemporaryDirectory(prefix="cybertrack-doc-") as folder:
        source = Path(folder) / "source.doc"
        source.write_bytes(data)
        profile = (Path(folder) / "profile").as_uri()
        command = [
            program,
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            f"-env:UserInstallation={profile}",
            "--convert-to",
            "docx",
            "--outdir",
            folder,
            str(source),
        ]
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            process.wait(timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            _end(process)
            reason = f"no answer after {TIMEOUT_SECONDS} s"
            raise ImportFailed(Code.DOC_CONVERT_FAILED, name=name, reason=reason) from None
        finally:
            _end(process)
        converted = Path(folder) / "source.docx"
        if not converted.is_file():
            reason = f"exit status {process.returncode}"
            raise ImportFailed(Code.DOC_CONVERT_FAILED, name=name, reason=reason)
        return converted.read_bytes()


def _end(process: subprocess.Popen[bytes]) -> None:
    """End the conversion's process group (soffice leaves soffice.bin behind its wrapper)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        process.wait()
