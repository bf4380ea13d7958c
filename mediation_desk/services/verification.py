"""Verifying a printed or scanned agreement: its QR code, the archive, and the printed text.

:func:`verify_report` reads the file within limits (:mod:`mediation_desk.signing.scan`), checks
the QR code's signature against this installation's keys and its digest against the archived
signed content, then compares the printed text with that content and with the agreement rendered
here from its record (:mod:`mediation_desk.signing.compare`). The report says exactly which of
these were done: a scan has no text, so the archived content is given for the user to compare.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from .. import paths
from ..domain.errors import PermissionDenied
from ..signing.payload import Verdict
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Agreement, AgreementArchive, Case
from . import policy
from .base import Actor

#: The checks a report can list, in the order they run.
CHECKS = ("signature", "archive", "printed_items", "printed_text", "text_unavailable")


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of verifying one file.

    ``verdict`` is the overall answer; ``checked`` lists what was checked (see :data:`CHECKS`);
    ``missing``/``changed`` name the differences of the printed text; ``archived`` is the archived
    content as readable lines (given whenever the text could not be compared, or differs) — only
    to an actor who may read the case; ``archived_withheld`` says it was left out for that reason.
    """

    verdict: Verdict
    kind: str = ""
    pages: int = 0
    number: str = ""
    version: int = 0
    checked: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    archived: tuple[str, ...] = field(default=())
    archived_withheld: bool = False

    @property
    def text_checked(self) -> bool:
        return "printed_text" in self.checked or "printed_items" in self.checked


def archived_content(db: Database, number: str, version: int) -> bytes | None:
    """The archived canonical content of agreement ``number`` version ``version``, if any."""
    with read_session(db.engine) as session:
        text = (
            session.execute(
                select(col(AgreementArchive.content)).where(
                    col(AgreementArchive.number) == number, col(AgreementArchive.version) == version
                )
            )
            .scalars()
            .first()
        )
    return text.encode("utf-8") if text is not None else None


def _reference_text(db: Database, number: str, version: int, archived: bytes) -> str | None:
    """The text of the agreement rendered here from its record, if the record still hashes to
    the archived content (None: not comparable)."""
    import pypdf

    from ..documents.dossier import render_agreement
    from ..signing.payload import canonical_agreement_content
    from .dossier import qr_payload_for
    from .dossier_snapshot import agreement_snapshot

    with read_session(db.engine) as session:
        ag = (
            session.execute(
                select(Agreement).where(col(Agreement.number) == number, col(Agreement.version) == version)
            )
            .scalars()
            .first()
        )
        if ag is None:
            return None
        snap = agreement_snapshot(session, ag)
    if canonical_agreement_content(snap) != archived:
        return None
    pdf = render_agreement(snap, qr_payload=qr_payload_for(snap))
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _may_read(db: Database, actor: Actor | None, number: str, version: int) -> bool:
    """Whether ``actor`` may read the case of agreement ``number`` (the archived content is its text)."""
    if actor is None:
        return False
    with read_session(db.engine) as session:
        ag = (
            session.execute(
                select(Agreement).where(col(Agreement.number) == number, col(Agreement.version) == version)
            )
            .scalars()
            .first()
        )
        case = session.get(Case, ag.case_id) if ag is not None else None
        if case is None:
            return False
        try:
            policy.require(actor, policy.CASE_READ, case=case, session=session)
        except PermissionDenied:
            return False
    return True


def verify_report(db: Database, path: Path, actor: Actor | None = None) -> VerifyReport:
    """Verify the agreement in ``path`` (PDF, or a scan or photo); see the module docstring.

    The verdict and what was checked reveal no personal data; the archived content (names,
    amounts) is given only to ``actor`` if they may read the case (the same policy as the windows).

    Raises:
        KnownError: a limit (:data:`mediation_desk.signing.scan.LIMIT_CODES`),
            ``verification.no_rasteriser``; StorageError ``file.unreadable``.
    """
    from ..signing.compare import compare_text, normalise, readable_content
    from ..signing.keys import trusted_public_keys
    from ..signing.payload import check_payload
    from ..signing.scan import read_agreement_file

    read = read_agreement_file(Path(path))
    if not read.payload:
        return VerifyReport("unknown", read.kind, read.pages)
    code = check_payload(
        read.payload,
        public_keys=trusted_public_keys(paths.keys_dir()),
        lookup=lambda number, version: archived_content(db, number, version),
    )

    if code.verdict == "unknown" or code.archived is None:
        return VerifyReport("unknown", read.kind, read.pages, code.number, code.version)
    shown = _may_read(db, actor, code.number, code.version)

    def report(verdict: Verdict, **kw: Any) -> VerifyReport:
        if "archived" in kw and not shown:  # names and amounts only for those who may read the case
            kw.update(archived=(), archived_withheld=True)
            kw["missing"] = tuple(m.split(":", 1)[0] for m in kw.get("missing", ()))
            kw["changed"] = tuple("→ " + c.rsplit(" → ", 1)[-1] for c in kw.get("changed", ()))
        return VerifyReport(verdict, read.kind, read.pages, code.number, code.version, **kw)

    checked: tuple[str, ...] = ("signature", "archive")
    lines = tuple(readable_content(code.archived))
    if code.verdict == "altered":
        return report("altered", checked=checked, archived=lines)
    if len(normalise(read.text)) < 20:  # a scan, or a PDF of scans: no printed text to compare
        return report("valid", checked=(*checked, "text_unavailable"), archived=lines)
    reference = _reference_text(db, code.number, code.version, code.archived)
    result = compare_text(read.text, code.archived, reference)
    checked += ("printed_items", "printed_text") if result.reference_compared else ("printed_items",)
    if result.identical:
        return report("valid", checked=checked)
    return report("altered", checked=checked, missing=result.missing, changed=result.changed, archived=lines)


def verify_file(db: Database, path: Path) -> Verdict:
    """``valid`` / ``altered`` / ``unknown`` for a PDF or a scanned image (see :func:`verify_report`)."""
    return verify_report(db, path).verdict


__all__ = ["CHECKS", "VerifyReport", "archived_content", "verify_file", "verify_report"]
