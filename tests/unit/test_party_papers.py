"""What intake records for the papers, and printing for signature refusing contradictions."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mediation_desk.documents import signatories
from mediation_desk.domain.enums import PartyRole, PersonKind, Track
from mediation_desk.domain.errors import RuleViolation
from mediation_desk.domain.titles import case_title
from mediation_desk.services import agreements, cases, dossier
from mediation_desk.services.inputs import PartyInput, PersonInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Agreement, Organisation
from mediation_desk.store.types import SHANGHAI
from tests.helpers.documents_case import agreement_input, drafted_case
from tests.helpers.factories import MEDIATOR, new_case, person


def text_of(pdf: bytes) -> str:
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace(" ", "").replace("\n", "")


def test_intake_records_ethnicity_occupation_employer_and_power_of_attorney(db) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalars().first()
    applicant = dataclasses.replace(
        person("张伟", seq=11, phone="13811112222"),
        ethnicity="回族",
        occupation="工程师",
        employer="北京某建筑设计院",
    )
    company = PersonInput(
        name="北京某某物业管理有限公司",
        kind=PersonKind.ORGANISATION,
        id_type=None,
        legal_rep="赵大勇",
        legal_rep_title="总经理",
    )
    agent = PersonInput(name="钱明", id_type=None)
    r = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            org,
            applicant=applicant,
            respondent=company,
            extra=[
                PartyInput(
                    PartyRole.AGENT, agent, agent_for=1, agent_authority="特别授权", power_of_attorney=True
                )
            ],
        ),
    )
    snap = dossier.build_case_snapshot(db, MEDIATOR, r.case_id)
    guo = snap.parties[0]
    assert (guo.ethnicity, guo.occupation, guo.employer) == ("回族", "工程师", "北京某建筑设计院")
    assert snap.parties[1].legal_rep_title == "总经理" and snap.parties[2].power_of_attorney
    registration = text_of(dossier.registration_pdf(db, MEDIATOR, r.case_id))
    assert "回族" in registration and "工程师" in registration and "北京某建筑设计院" in registration


def test_printing_for_signature_refuses_a_contradiction_naming_the_field(db) -> None:  # type: ignore[no-untyped-def]
    c = drafted_case(db)
    data = agreement_input(c.payer_id, c.payee_id)
    data.performance_deadline = date(2026, 3, 31)  # the instalments run to 2026-04-10
    agreements.revise_agreement(db, MEDIATOR, c.agreement_id, data)
    with pytest.raises(RuleViolation) as info:
        agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    assert info.value.code == "agreement.fact_deadline"
    assert info.value.params["derived"] == "2026年4月10日"
    with read_session(db.engine) as s:
        assert s.get(Agreement, c.agreement_id).state == "draft"  # nothing half-saved
    data.performance_deadline = None  # empty: taken from the obligations
    agreements.revise_agreement(db, MEDIATOR, c.agreement_id, data)
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    text = text_of(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    assert "履行期限：2026年4月10日前全部履行完毕" in text and "当场履行完毕" not in text


def test_criminal_reconciliation_is_named_after_suspect_and_charge() -> None:
    parties = [(PartyRole.VICTIM, "王丽"), (PartyRole.SUSPECT, "张强")]
    assert case_title(Track.CRIMINAL, parties, "财产损害纠纷", "盗窃") == "张强涉嫌盗窃罪刑事和解"
    assert case_title(Track.CRIMINAL, parties, "财产损害纠纷", "故意伤害罪") == "张强涉嫌故意伤害罪刑事和解"
    assert case_title(Track.PEOPLE, parties, "财产损害纠纷") == "王丽与张强财产损害纠纷"


def test_closing_report_names_the_outcome_and_every_member_by_role() -> None:
    from mediation_desk.documents import closing_report
    from mediation_desk.documents.snapshot import ClosingSnapshot
    from mediation_desk.domain.enums import CaseStatus
    from tests.helpers import doc_fixtures as fx

    case = fx.sample_case()
    done = dataclasses.replace(
        case, closing=ClosingSnapshot(CaseStatus.PERFORMED, date(2026, 12, 16), "已履行")
    )
    text = text_of(closing_report.render(done))
    assert "调解成功（协议已履行）" in text
    assert all(f"{signatories.MEMBER_TITLES[m.role]}{m.name}" in text for m in case.members)
    failed = dataclasses.replace(
        case, closing=ClosingSnapshot(CaseStatus.MEDIATION_FAILED, date(2026, 12, 16), "")
    )
    assert "调解不成" in text_of(closing_report.render(failed))


def test_the_seal_date_is_the_signing_date(db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from mediation_desk.store.engine import write_session
    from mediation_desk.store.types import utcnow

    c = drafted_case(db)
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)
    with write_session(db.engine) as s:  # printed for signature two days ago
        s.get(Agreement, c.agreement_id).printed_at = utcnow() - timedelta(days=2)
    with pytest.raises(RuleViolation) as info:
        agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟"], signed_at=utcnow())
    assert info.value.code == "agreement.print_day"
    agreements.mark_printed(db, MEDIATOR, c.agreement_id)  # printed again on the signing day
    signed_at = utcnow()
    agreements.sign_agreement(db, MEDIATOR, c.agreement_id, signatories=["张伟"], signed_at=signed_at)
    snap = documents_snapshot_of(db, c.agreement_id)
    assert snap.signed_on == signed_at.astimezone(SHANGHAI).date()


def documents_snapshot_of(db, agreement_id):  # type: ignore[no-untyped-def]
    return dossier.build_agreement_snapshot(db, MEDIATOR, agreement_id)
