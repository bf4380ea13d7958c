"""Printing through the system spooler: the generated PDF itself goes to the printer (CUPS ``lp``).

The papers are vector PDFs with embedded fonts; a CUPS queue takes them as they are, so nothing is
rasterised, the job is the size of the PDF (a 15-page dossier: well under a megabyte) and it is
ready as soon as the PDF is. Where there is no spooler command (Windows, a workstation without
``cups-client``) the UI falls back to drawing page images on a ``QPrinter``.

No Qt here: the UI calls :func:`spool` from its task runner.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass

from ..domain.errors import StorageError

_JOB = re.compile(r"request id is (\S+)")
TIMEOUT_S = 60


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A job accepted by the spooler."""

    printer: str
    job_id: str
    pages_bytes: int


def spooler() -> str | None:
    """The ``lp`` command, or ``None`` where there is none (then the UI rasterises)."""
    return shutil.which("lp")


def spool(data: bytes, printer: str, *, copies: int = 1, title: str = "") -> PrintJob:
    """Send ``data`` (a PDF) to ``printer`` through ``lp``, byte for byte.

    Args:
        data: The PDF.
        printer: The CUPS queue name ("" for the system default).
        copies: Number of copies (≥ 1).
        title: The job's title in the queue.

    Returns:
        The accepted job.

    Raises:
        StorageError: ``print.no_spooler`` when ``lp`` is missing, ``print.failed`` when the
            spooler refuses the job (unknown printer, stopped queue…), with its message.
    """
    command = spooler()
    if command is None:
        raise StorageError("print.no_spooler")
    args = [command, "-n", str(max(1, copies))]
    if printer:
        args += ["-d", printer]
    if title:
        args += ["-t", title[:100]]
    args += ["-o", "document-format=application/pdf"]  # the PDF on standard input
    try:
        done = subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StorageError("print.failed", printer=printer, reason=str(exc)) from exc
    output = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
    if done.returncode != 0:
        raise StorageError("print.failed", printer=printer, reason=output.strip()[:300])
    match = _JOB.search(output)
    return PrintJob(printer, match.group(1) if match else "", len(data))
