"""The dossier service: every paper of a case (and the whole 卷宗) as PDF from the database, the
agreement archive. (``documents/`` renders; :mod:`.dossier_snapshot` reads the case for it;
:mod:`.dossier_scan` files the signed scan.)

Every paper is rendered from a snapshot built by :mod:`.dossier_snapshot`; nothing is retyped.
The agreement carries a QR code signed with this installation's Ed25519 key (kept in
:func:`mediation_desk.paths.keys_dir`, outside the database file). At signing,
:func:`archive_agreement` stores the canonical content of the version in ``agreementarchive`` so
that :mod:`.verification` can tell a scanned or printed agreement ``valid``, ``altered`` or ``unknown``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from .. import paths
from ..documents.snapshot import AgreementSnapshot, CaseSnapshot
from ..domain.enums import AgreementForm, CaseStatus
from ..domain.errors import NotFoundError, RuleViolation
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Agreement, AgreementArchive, Case
from . import policy
from .base import Actor
from .dossier_snapshot import agreement_snapshot, case_snapshot, shown_agreement

# The renderers (ReportLab, ~20 MiB) and the verification (cryptography) are imported inside the
# functions that use them: the app imports this module (signing, the documents panel) long
# before anything is printed, and most sessions print nothing.

Progress = Callable[[int, int], None]

__all__ = [
    "CaseDocuments",
    "DocumentItem",
    "agreement_pdf",
    "archive_agreement",
    "available_documents",
    "build_agreement_snapshot",
    "build_case_snapshot",
    "case_documents",
    "dossier_pdf",
    "render_item",
]


# -- snapshots ------------------------------------------------------------------------------------


def _readable_case(session: Session, actor: Actor, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFoundError("record.not_found", entity="case", id=case_id)
    policy.require(actor, policy.CASE_READ, case=case, session=session)
    return case


def _readable_agreement(session: Session, actor: Actor, agreement_id: int) -> Agreement:
    ag = session.get(Agreement, agreement_id)
    if ag is None:
        raise NotFoundError("record.not_found", entity="agreement", id=agreement_id)
    _readable_case(session, actor, ag.case_id)
    return ag


def build_case_snapshot(db: Database, actor: Actor, case_id: int) -> CaseSnapshot:
    """The case as the documents print it (full ID numbers: the papers are the legal record)."""
    with read_session(db.engine) as session:
        return case_snapshot(session, _readable_case(session, actor, case_id))


def build_agreement_snapshot(db: Database, actor: Actor, agreement_id: int) -> AgreementSnapshot:
    """One agreement version (any state, superseded ones included) as printed."""
    with read_session(db.engine) as session:
        return agreement_snapshot(session, _readable_agreement(session, actor, agreement_id))


# -- the agreement and its QR code ----------------------------------------------------------------


def qr_payload_for(a: AgreementSnapshot) -> str | None:
    """The signed QR payload of a written agreement (oral agreements carry none)."""
    if a.form == AgreementForm.ORAL:
        return None
    from ..signing.keys import load_or_create_key
    from ..signing.payload import make_qr_payload

    return make_qr_payload(a, load_or_create_key(paths.keys_dir()))


def agreement_pdf(db: Database, actor: Actor, agreement_id: int) -> bytes:
    """The agreement version ``agreement_id`` as PDF, with its own number/version in the QR code.

    Superseded versions stay printable: each prints its own content and QR code.
    """
    from ..documents import dossier as dossier_mod

    a = build_agreement_snapshot(db, actor, agreement_id)
    return dossier_mod.render_agreement(a, qr_payload=qr_payload_for(a))


def archive_agreement(session: Session, ag: Agreement) -> str:
    """Store the canonical content of ``ag`` (inside the caller's signing transaction).

    Returns:
        The SHA-256 (hex) of the canonical content, also set on ``ag.content_sha256``.
    """
    from ..signing.payload import canonical_agreement_content

    content = canonical_agreement_content(agreement_snapshot(session, ag))
    digest = hashlib.sha256(content).hexdigest()
    existing = (
        session.execute(select(AgreementArchive).where(col(AgreementArchive.agreement_id) == ag.id))
        .scalars()
        .first()
    )
    if existing is not None:
        raise RuleViolation("agreement.already_archived", number=ag.number, version=ag.version)
    assert ag.id is not None
    session.add(
        AgreementArchive(
            agreement_id=ag.id,
            case_id=ag.case_id,
            number=ag.number,
            version=ag.version,
            content=content.decode("utf-8"),
            sha256=digest,
        )
    )
    ag.content_sha256 = digest
    return digest


# -- the other documents ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentItem:
    """One printable paper of a case, in dossier order.

    ``kind``: application, registration, rights_notice, session_record, failure_notice,
    agreement, receipt, follow_up, judicial, closing_report. ``ref`` is the row id the kind needs
    (session, payment, follow-up index, agreement id) or ``None``.
    """

    kind: str
    title: str
    section: int
    ref: int | None = None
    copies: int = 1


def _items(case: CaseSnapshot, agreement_id: int | None) -> list[DocumentItem]:
    out: list[DocumentItem] = []
    if case.parties and case.source.value == "application":
        out.append(DocumentItem("application", "人民调解申请书", 1))
    out.append(DocumentItem("registration", "人民调解受理登记表", 1))
    out.append(
        DocumentItem("rights_notice", "当事人权利义务告知书", 2, copies=max(1, len(case.principal_parties)))
    )
    out += [
        DocumentItem("session_record", f"人民调解记录（第{s.index}次）", 7, s.index) for s in case.sessions
    ]
    if case.closing is not None and case.closing.status == CaseStatus.MEDIATION_FAILED:
        out.append(DocumentItem("failure_notice", "调解不成告知书", 7))
    a = case.agreement
    if a is not None and agreement_id is not None:
        titles = {"public_security": "治安调解协议书", "criminal": "刑事和解协议书"}
        title = (
            "口头协议登记表" if a.form == AgreementForm.ORAL else titles.get(a.track.value, "人民调解协议书")
        )
        out.append(
            DocumentItem(
                "agreement",
                f"{title}（第{a.version}版）" if a.version > 1 else title,
                8,
                agreement_id,
                a.copies,
            )
        )
    out += [DocumentItem("receipt", f"收条（{p.receipt_number}）", 9, i) for i, p in enumerate(case.payments)]
    out += [DocumentItem("follow_up", "回访记录", 10, i) for i, _ in enumerate(case.follow_ups)]
    if case.judicial is not None and a is not None:
        out.append(DocumentItem("judicial", "司法确认申请书", 11))
    if case.closing is not None:
        out.append(DocumentItem("closing_report", "结案报告表", 11))
    return out


def available_documents(db: Database, actor: Actor, case_id: int) -> list[DocumentItem]:
    """The documents that apply to the case in its present state, in dossier order."""
    with read_session(db.engine) as session:
        case = _readable_case(session, actor, case_id)
        ag = shown_agreement(session, case_id)
        return _items(case_snapshot(session, case), ag.id if ag is not None else None)


@dataclass(frozen=True)
class CaseDocuments:
    """What the documents panel shows: the items, and where the agreement stands in signing."""

    items: tuple[DocumentItem, ...]
    agreement_id: int | None = None
    agreement_state: str = ""  # draft / printed / signed
    has_scan: bool = False


def case_documents(db: Database, actor: Actor, case_id: int) -> CaseDocuments:
    """:func:`available_documents` plus the signing state of the shown agreement version."""
    with read_session(db.engine) as session:
        case = _readable_case(session, actor, case_id)
        ag = shown_agreement(session, case_id)
        items = tuple(_items(case_snapshot(session, case), ag.id if ag is not None else None))
        if ag is None:
            return CaseDocuments(items)
        return CaseDocuments(items, ag.id, ag.state, ag.scan_attachment_id is not None)


def render_item(db: Database, actor: Actor, case_id: int, item: DocumentItem) -> bytes:
    """Render one item of :func:`available_documents`."""
    if item.kind == "agreement":
        assert item.ref is not None
        return agreement_pdf(db, actor, item.ref)
    from ..documents import (
        application,
        closing_report,
        failure_notice,
        follow_up,
        judicial,
        receipt,
        rights_notice,
        session_record,
    )

    case = build_case_snapshot(db, actor, case_id)
    simple: dict[str, Callable[[CaseSnapshot], bytes]] = {
        "application": application.render_application,
        "registration": application.render_registration,
        "rights_notice": rights_notice.render,
        "failure_notice": failure_notice.render,
        "judicial": judicial.render,
        "closing_report": closing_report.render,
    }
    if item.kind in simple:
        return simple[item.kind](case)
    try:
        if item.kind == "session_record":
            return session_record.render(case, next(s for s in case.sessions if s.index == item.ref))
        if item.kind == "receipt":
            return receipt.render(case, case.payments[item.ref or 0])
        if item.kind == "follow_up":
            return follow_up.render(case, case.follow_ups[item.ref or 0])
    except (StopIteration, IndexError) as exc:
        raise NotFoundError("record.not_found", entity=item.kind, id=item.ref) from exc
    raise NotFoundError("record.not_found", entity="document", id=item.kind)


def _one(kind: str, ref: int | None = None) -> Callable[[Database, Actor, int], bytes]:
    def render(db: Database, actor: Actor, case_id: int) -> bytes:
        return render_item(db, actor, case_id, DocumentItem(kind, kind, 0, ref))

    render.__doc__ = f"The {kind.replace('_', ' ')} of the case as PDF."
    return render


application_pdf = _one("application")
registration_pdf = _one("registration")
rights_notice_pdf = _one("rights_notice")
failure_notice_pdf = _one("failure_notice")
judicial_application_pdf = _one("judicial")
closing_report_pdf = _one("closing_report")


def session_record_pdf(db: Database, actor: Actor, case_id: int, index: int) -> bytes:
    """The record of the ``index``-th session (1-based, in time order)."""
    return render_item(db, actor, case_id, DocumentItem("session_record", "", 7, index))


def receipt_pdf(db: Database, actor: Actor, case_id: int, index: int) -> bytes:
    """The receipt of the ``index``-th payment (0-based, in time order)."""
    return render_item(db, actor, case_id, DocumentItem("receipt", "", 9, index))


def follow_up_pdf(db: Database, actor: Actor, case_id: int, index: int) -> bytes:
    """The record of the ``index``-th follow-up (0-based, in time order)."""
    return render_item(db, actor, case_id, DocumentItem("follow_up", "", 10, index))


def dossier_pdf(db: Database, actor: Actor, case_id: int, progress: Progress | None = None) -> bytes:
    """The whole dossier in its fixed order (cover, contents, documents), reporting progress."""
    from ..documents import dossier as dossier_mod

    case = build_case_snapshot(db, actor, case_id)
    payload = qr_payload_for(case.agreement) if case.agreement is not None else None
    return dossier_mod.render_dossier(case, qr_payload=payload, progress=progress)
