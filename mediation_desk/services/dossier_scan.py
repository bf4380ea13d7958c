"""Attach the scanned signed copy of an agreement (PDF or image), with its SHA-256."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..domain.enums import AgreementState
from ..domain.errors import RuleViolation, StorageError, ValidationError
from ..store.database import Database
from ..store.models import Agreement, Attachment, Case
from . import policy
from .base import Actor, Changes, unit_of_work

MAX_SCAN_BYTES = 100 * 1024 * 1024
#: File signatures of the accepted scan formats.
MAGIC = {
    b"%PDF-": ".pdf",
    b"\x89PNG\r\n\x1a\n": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"II*\x00": ".tif",
    b"MM\x00*": ".tif",
}
SCAN_KIND = "agreement_scan"


@dataclass(frozen=True)
class ScanResult:
    attachment_id: int
    sha256: str
    changes: Changes


def _kind_of(head: bytes) -> str | None:
    return next((ext for magic, ext in MAGIC.items() if head.startswith(magic)), None)


def _hash(path: Path) -> tuple[str, int, str | None]:
    digest, size = hashlib.sha256(), 0
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
            digest.update(head)
            size += len(head)
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
                size += len(block)
    except OSError as exc:
        raise StorageError("file.unreadable", path=str(path)) from exc
    return digest.hexdigest(), size, _kind_of(head)


def attach_signed_scan(db: Database, actor: Actor, agreement_id: int, source: Path) -> ScanResult:
    """Copy the scan into ``<attachments>/<case id>/``, record its hash, link it to the agreement.

    The order is enforced: the agreement must be signed, and only one scan is attached per version.

    Raises:
        ValidationError: ``scan.format`` (not a PDF, PNG, JPEG or TIFF), ``scan.too_large``, ``scan.empty``.
        RuleViolation: ``agreement.not_signed``, ``agreement.scan_exists``.
        StorageError: ``file.unreadable``, ``file.write_failed``.
    """
    source = Path(source)
    digest, size, ext = _hash(source)
    if size == 0:
        raise ValidationError("scan.empty", path=str(source))
    if ext is None:
        raise ValidationError("scan.format", path=str(source))
    if size > MAX_SCAN_BYTES:
        raise ValidationError("scan.too_large", size=size, maximum=MAX_SCAN_BYTES)
    stored: list[Path] = []
    try:
        return _attach(db, actor, agreement_id, source, digest, size, ext, stored)
    except BaseException:
        for path in stored:  # nothing half-saved: no file left without its record
            path.unlink(missing_ok=True)
        raise


def _attach(
    db: Database,
    actor: Actor,
    agreement_id: int,
    source: Path,
    digest: str,
    size: int,
    ext: str,
    stored: list[Path],
) -> ScanResult:
    with unit_of_work(db, actor) as uow:
        ag = uow.get(Agreement, agreement_id)
        case = uow.get(Case, ag.case_id)
        policy.check_case(uow, policy.CASE_AGREEMENT, case)
        if ag.state != AgreementState.SIGNED.value:
            raise RuleViolation("agreement.not_signed", state=ag.state)
        if ag.scan_attachment_id is not None:
            raise RuleViolation("agreement.scan_exists", attachment_id=ag.scan_attachment_id)
        folder = paths.attachments_dir() / str(case.id)
        safe = re.sub(r"[^0-9A-Za-z]+", "", ag.number) or "agreement"
        target = folder / f"agreement-{ag.id}-{safe}-v{ag.version}-{digest[:12]}{ext}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
        except OSError as exc:
            raise StorageError("file.write_failed", path=str(target)) from exc
        stored.append(target)
        assert case.id is not None
        att = Attachment(
            case_id=case.id,
            kind=SCAN_KIND,
            filename=source.name[:255],
            stored_path=str(target.relative_to(paths.attachments_dir())),
            sha256=digest,
            size=size,
        )
        uow.session.add(att)
        uow.session.flush()
        ag.scan_attachment_id = att.id
        uow.audit(
            "agreement.attach_scan",
            "agreement",
            ag.id,
            case_id=case.id,
            diff={
                "scan_attachment_id": [None, att.id],
                "sha256": [None, digest],
                "size": [None, size],
                "filename": [None, att.filename],
            },
        )
        uow.session.flush()
        return ScanResult(att.id, digest, uow.changes)  # type: ignore[arg-type]
