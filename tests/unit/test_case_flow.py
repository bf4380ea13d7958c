"""A whole case through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from mediation_desk.domain.enums import (
    CaseStatus,
    CommitteeRole,
    PaymentMethod,
    Satisfaction,
    SessionOutcome,
    Stage,
)
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.services import agreements, cases, committee, performance, sessions
from mediation_desk.services.inputs import AgreementInput, ObligationInput, PersonInput
from mediation_desk.store import audit
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case, CaseParty, Person, StatusHistory
from tests.helpers.factories import MEDIATOR, new_case, person

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


def _org_id(db) -> int:  # type: ignore[no-untyped-def]
    from mediation_desk.store.models import Organisation

    with read_session(db.engine) as s:
        return s.execute(select(Organisation.id)).scalar_one()


def test_register_assigns_number_and_keeps_history(db) -> None:  # type: ignore[no-untyped-def]
    org = _org_id(db)
    first = cases.register_case(db, MEDIATOR, new_case(org))
    second = cases.register_case(
        db, MEDIATOR, new_case(org, applicant=person("王芳", seq=33, phone="13700001111"))
    )
    assert first.number == "（2026）京朝调字第0001号"
    assert second.number == "（2026）京朝调字第0002号"
    assert first.case_id in first.changes.cases
    with read_session(db.engine) as s:
        case = s.get(Case, first.case_id)
        assert case is not None and case.status == "registered" and case.party_names == "张伟、李娜"
        assert s.execute(select(func.count()).select_from(StatusHistory)).scalar_one() == 2
        # one person record per ID number: 李娜 is shared by both cases
        assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 3
        assert audit.verify_chain(s).ok


def test_withdrawn_number_is_never_reused(db) -> None:  # type: ignore[no-untyped-def]
    org = _org_id(db)
    r1 = cases.register_case(db, MEDIATOR, new_case(org))
    cases.change_status(db, MEDIATOR, r1.case_id, CaseStatus.WITHDRAWN, reason="申请人撤回申请")
    r2 = cases.register_case(db, MEDIATOR, new_case(org))
    assert r2.number.endswith("第0002号")


def test_bad_party_saves_nothing(db) -> None:  # type: ignore[no-untyped-def]
    org = _org_id(db)
    bad = new_case(
        org, respondent=PersonInput(name="李娜", id_number="110105199007020229")
    )  # wrong check digit
    with pytest.raises(ValidationError) as err:
        cases.register_case(db, MEDIATOR, bad)
    assert err.value.code == "id.checksum"
    with read_session(db.engine) as s:
        assert s.execute(select(func.count()).select_from(Case)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(AuditEvent)).scalar_one() == 1  # the set-up event


def test_illegal_transition_refused_with_reason_code(db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org_id(db)))
    with pytest.raises(RuleViolation) as err:
        cases.change_status(db, MEDIATOR, r.case_id, CaseStatus.CLOSED)
    assert err.value.code == "workflow.transition"
    with pytest.raises(RuleViolation) as err2:
        cases.change_status(db, MEDIATOR, r.case_id, CaseStatus.DECLINED)
    assert err2.value.code == "workflow.reason_required"


def test_stale_edit_is_refused_and_names_the_editor(db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org_id(db)))
    cases.update_case(db, MEDIATOR, r.case_id, {"title": "新标题"}, expected_version=r.version)
    from mediation_desk.domain.errors import ConflictError

    with pytest.raises(ConflictError) as err:
        cases.update_case(db, MEDIATOR, r.case_id, {"title": "另一个标题"}, expected_version=r.version)
    assert err.value.params["by"] == "mediator1"
    with read_session(db.engine) as s:
        case = s.get(Case, r.case_id)
        assert case is not None and case.title == "新标题" and case.version == r.version + 1


def test_whole_case_to_closure(db) -> None:  # type: ignore[no-untyped-def]
    org = _org_id(db)
    r = cases.register_case(db, MEDIATOR, new_case(org))
    cases.accept_case(db, MEDIATOR, r.case_id)
    with read_session(db.engine) as s:
        parties = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == r.case_id)).scalars()
        }
        mediator = Person(name="赵敏", member_role="mediator")
        s.add(mediator)
        s.commit()
        mediator_id = mediator.id
    assert mediator_id is not None
    committee.assign_member(
        db,
        MEDIATOR,
        r.case_id,
        mediator_id,
        CommitteeRole.MEDIATOR,
        [Stage.MEDIATION, Stage.AGREEMENT],
        from_date=date(2026, 3, 2),
    )
    with pytest.raises(RuleViolation) as err:
        committee.assign_member(
            db,
            MEDIATOR,
            r.case_id,
            parties["applicant"],
            CommitteeRole.INVITED,
            [Stage.MEDIATION],
            from_date=date(2026, 3, 2),
        )
    assert err.value.code == "recusal.conflict"
    sres = sessions.schedule_session(db, MEDIATOR, r.case_id, starts_at=T0, place="执法办案管理中心调解室")
    sessions.record_session(
        db,
        MEDIATOR,
        sres.session_id,
        record="双方同意调解。",
        outcome=SessionOutcome.AGREED,
        attendee_ids=[parties["applicant"], parties["respondent"], mediator_id],
    )
    payer, payee = parties["respondent"], parties["applicant"]
    data = AgreementInput(
        facts="事实",
        issues="争议",
        responsibility="被申请人承担全部责任",
        terms="赔偿1200元",
        performance_method="分两期支付",
        performance_place="调解室",
        obligations=[
            ObligationInput(payer, payee, 600_00, date(2026, 3, 10)),
            ObligationInput(payer, payee, 600_00, date(2026, 4, 10)),
        ],
    )
    ag = agreements.draft_agreement(db, MEDIATOR, r.case_id, data)
    with pytest.raises(RuleViolation):
        cases.change_status(db, MEDIATOR, r.case_id, CaseStatus.AGREEMENT_REACHED)
    agreements.mark_printed(db, MEDIATOR, ag.agreement_id)
    agreements.sign_agreement(db, MEDIATOR, ag.agreement_id, signatories=["张伟", "李娜"], signed_at=T0)
    with pytest.raises(RuleViolation) as frozen:
        agreements.revise_agreement(db, MEDIATOR, ag.agreement_id, data)
    assert frozen.value.code == "agreement.correction_reason_required"
    with read_session(db.engine) as s:
        from mediation_desk.store.models import Obligation

        obs = list(
            s.execute(
                select(Obligation).where(Obligation.agreement_id == ag.agreement_id).order_by(Obligation.seq)
            ).scalars()
        )
        assert s.get(Case, r.case_id).status == "performing"  # type: ignore[union-attr]
    with pytest.raises(RuleViolation) as unpaid:
        cases.change_status(db, MEDIATOR, r.case_id, CaseStatus.PERFORMED)
    assert (
        unpaid.value.code == "case.unpaid_obligations" and unpaid.value.params["outstanding_fen"] == 1200_00
    )
    with pytest.raises(RuleViolation):
        performance.record_payment(db, MEDIATOR, obs[0].id, amount_fen=700_00, paid_at=T0)  # type: ignore[arg-type]
    performance.record_payment(db, MEDIATOR, obs[0].id, amount_fen=600_00, paid_at=T0)  # type: ignore[arg-type]
    last = performance.record_payment(
        db,
        MEDIATOR,
        obs[1].id,
        amount_fen=600_00,
        paid_at=T0,  # type: ignore[arg-type]
        method=PaymentMethod.WECHAT,
    )
    assert last.outstanding_fen == 0
    performance.record_follow_up(
        db, MEDIATOR, r.case_id, done_at=T0, performed=True, satisfaction=Satisfaction.SATISFIED
    )
    cases.change_status(db, MEDIATOR, r.case_id, CaseStatus.CLOSED)
    with read_session(db.engine) as s:
        case = s.get(Case, r.case_id)
        assert case is not None and case.status == "closed" and case.closed_at is not None
        history = [
            h.to_status
            for h in s.execute(
                select(StatusHistory).where(StatusHistory.case_id == r.case_id).order_by(StatusHistory.seq)
            ).scalars()
        ]
        assert history == [
            "registered",
            "accepted",
            "in_mediation",
            "agreement_reached",
            "performing",
            "performed",
            "closed",
        ]
        report = audit.verify_chain(s)
        assert report.ok and report.checked > 10
