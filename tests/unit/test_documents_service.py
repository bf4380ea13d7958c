"""Settlement documents from the database: snapshots, PDFs, archive, verification, scans."""

from __future__ import annotations

import io
import os
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from mediation_desk.domain.enums import PartyRole
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.services import agreements, dossier, verification
from mediation_desk.services.dossier_scan import attach_signed_scan
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import Agreement, AgreementArchive, Attachment, AuditEvent
from tests.helpers.documents_case import T0, agreement_input, drafted_case, signed_case
from tests.helpers.factories import MEDIATOR

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")


def test_snapshot_has_parties_amounts_and_dates(db) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db, paid=True)
    snap = dossier.build_case_snapshot(db, MEDIATOR, c.case_id)
    assert [(p.role, p.name) for p in snap.parties] == [
        (PartyRole.APPLICANT, "张伟"),
        (PartyRole.RESPONDENT, "李娜"),
    ]
    assert len(snap.parties[0].id_number) == 18 and "*" not in snap.parties[0].id_number  # printed in full
    assert snap.parties[0].phone == "13811112222"  # on paper: digits without spaces
    assert [m.name for m in snap.mediators] == ["赵敏"]
    assert snap.agreement is not None
    assert [o.amount_fen for o in snap.agreement.obligations] == [6300_00, 6000_00]
    assert snap.agreement.obligations[1].due_date == date(2026, 4, 10)
    assert snap.agreement.obligations[0].payer == "李娜" and snap.agreement.obligations[0].payee == "张伟"
    assert snap.agreement.terms[0].startswith("被申请人李娜赔偿")
    assert snap.sessions[0].place == "执法办案管理中心调解室" and set(snap.sessions[0].attendees) >= {
        "张伟",
        "李娜",
    }
    assert snap.payments[0].amount_fen == 6300_00 and snap.payments[0].receipt_number == "SK0001"
    assert snap.follow_ups[0].opinion == "对调解结果满意"
    assert snap.received_at == datetime(2026, 3, 2, 1, 30, tzinfo=UTC) and snap.accepted_on is not None


def test_agreement_pdf_prints_parties_amounts_and_copies(db) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    pdf = dossier.agreement_pdf(db, MEDIATOR, c.agreement_id)
    assert pdf.startswith(b"%PDF")
    body = pdf_text(pdf)
    for needle in (
        "人民调解协议书",
        "张伟",
        "李娜",
        c.number,
        "6,300.00",
        "陆仟叁佰元整",
        "12,300.00",
        "壹万贰仟叁佰元整",
        "本协议一式三份",
        "第1页",
    ):
        assert needle in body, needle
    snap = dossier.build_agreement_snapshot(db, MEDIATOR, c.agreement_id)
    assert snap.parties[0].id_number in body  # the full ID number (People's Mediation Law Art. 29)


def test_signing_archives_the_canonical_content(db) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    with read_session(db.engine) as s:
        ag = s.get(Agreement, c.agreement_id)
        row = s.execute(
            select(AgreementArchive).where(AgreementArchive.agreement_id == c.agreement_id)
        ).scalar_one()
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "agreement.sign")).scalar_one()
    assert ag is not None and ag.state == "signed" and len(ag.content_sha256) == 64
    assert (row.number, row.version, row.sha256) == (c.number, 1, ag.content_sha256)
    assert '"terms"' in row.content and "张伟" in row.content
    assert ag.content_sha256 in event.diff
    assert verification.archived_content(db, c.number, 1) == row.content.encode("utf-8")


def test_sign_requires_printing_first(db) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(db)
    with pytest.raises(RuleViolation) as err:
        agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    assert err.value.code == "agreement.not_printed"
    with read_session(db.engine) as s:
        assert s.execute(select(func.count()).select_from(AgreementArchive)).scalar_one() == 0


@needs_pdftoppm
def test_verify_valid_then_altered_after_tampering(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    assert verification.verify_file(db, pdf) == "valid"
    with write_session(db.engine) as s:  # one character of the archived content changed behind the app's back
        s.execute(text("UPDATE agreementarchive SET content = REPLACE(content, '张伟', '张玮')"))
    assert verification.verify_file(db, pdf) == "altered"


@needs_pdftoppm
def test_agreement_from_another_installation_is_unknown(db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    ours = os.environ["MEDIATION_DESK_HOME"]
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path / "other-installation"))  # another key
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    monkeypatch.setenv("MEDIATION_DESK_HOME", ours)
    assert verification.verify_file(db, foreign) == "unknown"


def test_scan_is_stored_with_hash_and_signing_again_is_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(db)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    with pytest.raises(RuleViolation) as early:
        attach_signed_scan(db, MEDIATOR, c.agreement_id, scan)
    assert early.value.code == "agreement.not_signed"
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a scan")
    with pytest.raises(ValidationError):
        attach_signed_scan(db, MEDIATOR, c.agreement_id, bad)
    result = attach_signed_scan(db, MEDIATOR, c.agreement_id, scan)
    import hashlib

    from mediation_desk import paths

    with read_session(db.engine) as s:
        att = s.get(Attachment, result.attachment_id)
        ag = s.get(Agreement, c.agreement_id)
        assert s.execute(select(AuditEvent).where(AuditEvent.action == "agreement.attach_scan")).first()
    assert att is not None and ag is not None and ag.scan_attachment_id == att.id
    stored = paths.attachments_dir() / att.stored_path
    assert stored.parent.name == str(c.case_id)
    assert (
        att.sha256
        == hashlib.sha256(scan.read_bytes()).hexdigest()
        == hashlib.sha256(stored.read_bytes()).hexdigest()
    )
    with pytest.raises(RuleViolation) as again:
        agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟"], signed_at=T0)
    assert again.value.code == "agreement.frozen"
    with pytest.raises(RuleViolation) as second_scan:
        attach_signed_scan(db, MEDIATOR, c.agreement_id, scan)
    assert second_scan.value.code == "agreement.scan_exists"


def test_correction_keeps_the_old_version_printable(db) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    data = agreement_input(c.payer_id, c.payee_id, first_fen=5300_00)
    new = agreements.revise_agreement(db, MEDIATOR, c.agreement_id, data, reason="第一期金额笔误")
    old_pdf, new_pdf = (dossier.agreement_pdf(db, MEDIATOR, i) for i in (c.agreement_id, new.agreement_id))
    assert "陆仟叁佰元整" in pdf_text(old_pdf) and "伍仟叁佰元整" in pdf_text(new_pdf)
    old_snap = dossier.build_agreement_snapshot(db, MEDIATOR, c.agreement_id)
    new_snap = dossier.build_agreement_snapshot(db, MEDIATOR, new.agreement_id)
    assert (old_snap.number, old_snap.version, new_snap.version) == (c.number, 1, 2)
    assert dossier.qr_payload_for(old_snap).split("|")[2] == "1"  # type: ignore[union-attr]
    assert dossier.qr_payload_for(new_snap).split("|")[2] == "2"  # type: ignore[union-attr]
    titles = [i.title for i in dossier.available_documents(db, MEDIATOR, c.case_id)]
    assert "人民调解协议书（第2版）" in titles


def test_documents_listed_in_dossier_order_and_each_renders(db) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db, paid=True)
    items = dossier.available_documents(db, MEDIATOR, c.case_id)
    assert [i.kind for i in items] == [
        "registration",
        "rights_notice",
        "session_record",
        "agreement",
        "receipt",
        "follow_up",
    ]
    assert [i.section for i in items] == sorted(i.section for i in items)
    receipt = pdf_text(dossier.receipt_pdf(db, MEDIATOR, c.case_id, 0))
    assert "收条" in receipt and "陆仟叁佰元整" in receipt and "张伟" in receipt
    record = pdf_text(dossier.session_record_pdf(db, MEDIATOR, c.case_id, 1))
    assert "调解记录" in record and "双方是否同意调解" in record
    assert "回访" in pdf_text(dossier.follow_up_pdf(db, MEDIATOR, c.case_id, 0))
    assert "受理登记表" in pdf_text(dossier.registration_pdf(db, MEDIATOR, c.case_id))
    assert "权利" in pdf_text(dossier.rights_notice_pdf(db, MEDIATOR, c.case_id))
    seen: list[tuple[int, int]] = []
    whole = dossier.dossier_pdf(db, MEDIATOR, c.case_id, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] and len(seen) >= len(items)
    body = pdf_text(whole)
    assert "卷宗" in body and "本协议一式三份" in body and "收条" in body


def test_a_mediator_not_on_the_case_cannot_print_it(db) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.domain.errors import PermissionDenied
    from mediation_desk.services.base import Actor

    c = signed_case(db)
    stranger = Actor(
        user_id=999, username="other", role="mediator", workstation="ws", organisation_id=1, person_id=None
    )
    with pytest.raises(PermissionDenied):
        dossier.agreement_pdf(db, stranger, c.agreement_id)
