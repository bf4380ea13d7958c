"""Track services on SQLite and PostgreSQL, with a fixed clock: refusals, consent, overrides, fast track."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mediation_desk.domain.eligibility import CriminalFacts
from mediation_desk.domain.enums import MatterStage, Procedure, SessionOutcome, Track
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.services import base, cases, deadlines, sessions, tracks
from mediation_desk.services.inputs import MatterInput
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import (
    AuditEvent,
    Case,
    CaseParty,
    ConsentRecord,
    LinkedMatter,
    Organisation,
    Person,
)
from tests.helpers.factories import MEDIATOR, new_case, person

# Tue 30 Sep 2025, 10:00 in Shanghai — the eve of the National Day Golden Week.
NOW = datetime(2025, 9, 30, 2, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """Services see ``clock[0]`` as the current time."""
    now = [NOW]
    monkeypatch.setattr(base, "utcnow", lambda: now[0])
    return now


def _org(db) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(Organisation.id)).scalar_one()


def _parties(db, case_id: int) -> dict[str, CaseParty]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return {p.role: p for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()}


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.mark.parametrize(
    "exclusion", ["hired_violence", "group_fight", "picking_quarrels", "repeat_violation", "new_trouble"]
)
def test_public_security_exclusion_refused_and_nothing_saved(db, exclusion: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleViolation) as err:
        cases.register_case(
            db, MEDIATOR, new_case(_org(db), track=Track.PUBLIC_SECURITY, exclusions=[exclusion])
        )
    assert err.value.code == "public_security.excluded" and err.value.params["reason"] == exclusion
    assert _count(db, Case) == 0


def test_public_security_offence_and_fee_refusals(db) -> None:  # type: ignore[no-untyped-def]
    org = _org(db)
    with pytest.raises(RuleViolation) as err:
        cases.register_case(
            db, MEDIATOR, new_case(org, track=Track.PUBLIC_SECURITY, matter=MatterInput(charge="盗窃"))
        )
    assert err.value.code == "public_security.offence_not_allowed"
    with pytest.raises(RuleViolation) as fee:
        cases.register_case(db, MEDIATOR, new_case(org, fee_fen=100_00))
    assert fee.value.code == "fee.not_allowed"
    with pytest.raises(RuleViolation) as high:
        cases.register_case(db, MEDIATOR, new_case(org, track=Track.LAWYER, fee_fen=10_000_00))
    assert high.value.code == "fee.too_high"
    assert _count(db, Case) == 0


def test_fifteen_year_old_blocks_public_security_session_until_guardian(db, clock) -> None:  # type: ignore[no-untyped-def]
    teen = person("小明", birth=date(2010, 5, 1), seq=31, phone="13700002222")
    r = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            _org(db),
            track=Track.PUBLIC_SECURITY,
            applicant=teen,
            incident_on=date(2025, 9, 29),
            matter=MatterInput(charge="殴打他人"),
        ),
    )
    cases.accept_case(db, MEDIATOR, r.case_id)
    s = sessions.schedule_session(db, MEDIATOR, r.case_id, starts_at=NOW + timedelta(hours=1), place="调解室")
    clock[0] = NOW + timedelta(hours=1)  # a session is recorded once it has started (issue 16)
    parties = _parties(db, r.case_id)
    ids = [parties["applicant"].person_id, parties["respondent"].person_id]

    def record() -> None:
        sessions.record_session(
            db,
            MEDIATOR,
            s.session_id,
            record="双方陈述。",
            outcome=SessionOutcome.CONTINUED,
            attendee_ids=ids,
        )

    with pytest.raises(RuleViolation) as err:
        record()
    assert err.value.code == "juvenile.guardian_required" and err.value.params["party"] == "小明"
    g = tracks.add_protector(
        db,
        MEDIATOR,
        r.case_id,
        person("王丽", birth=date(1982, 1, 9), seq=41, phone="13700003333"),
        ward_party_id=parties["applicant"].id,
    )
    with pytest.raises(RuleViolation) as consent:
        record()
    assert consent.value.code == "public_security.consent_missing"
    for role in ("applicant", "respondent"):
        tracks.record_consent(db, MEDIATOR, r.case_id, parties[role].id, given_at=NOW)
    with pytest.raises(RuleViolation) as absent:
        record()
    assert absent.value.code == "public_security.guardian_absent"
    with read_session(db.engine) as sess:
        ids.append(sess.get(CaseParty, g.party_id).person_id)  # type: ignore[union-attr]
        assert sess.get(Case, r.case_id).juvenile  # type: ignore[union-attr]
    record()
    assert _count(db, ConsentRecord) == 2


def test_under_fourteen_is_sensitive_but_fifteen_is_not(db) -> None:  # type: ignore[no-untyped-def]
    child = person("小红", birth=date(2012, 3, 1), seq=51, phone="13700004444")
    teen = person("小刚", birth=date(2010, 3, 1), seq=53, phone="13700005555")
    cases.register_case(
        db, MEDIATOR, new_case(_org(db), applicant=child, respondent=teen, incident_on=date(2025, 9, 1))
    )
    with read_session(db.engine) as s:
        flags = {p.name: p.sensitive for p in s.execute(select(Person)).scalars()}
    assert flags == {"小红": True, "小刚": False}


def test_criminal_override_reason_lands_in_audit(db, clock) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org(db), track=Track.CRIMINAL))
    with pytest.raises(RuleViolation) as err:
        cases.accept_case(db, MEDIATOR, r.case_id)
    assert err.value.code == "criminal.eligibility_unconfirmed"
    facts = CriminalFacts(
        civil_dispute_origin=True,
        chapter=4,
        negligent=False,
        likely_sentence_months=48,
        intentional_crime_within_5y=False,
        specific_victim=True,
    )
    res = tracks.set_criminal_checklist(db, MEDIATOR, r.case_id, facts)
    assert [w.code for w in res.warnings] == ["criminal.sentence_too_high"]
    with pytest.raises(RuleViolation) as no_reason:
        tracks.override_eligibility(db, MEDIATOR, r.case_id, "  ")
    assert no_reason.value.code == "eligibility.override_reason_required"
    reason = "被害人谅解，检察官认为可能判处三年以下"
    tracks.override_eligibility(db, MEDIATOR, r.case_id, reason)
    cases.accept_case(db, MEDIATOR, r.case_id)
    with read_session(db.engine) as s:
        ev = s.execute(
            select(AuditEvent).where(AuditEvent.action == "case.eligibility_override")
        ).scalar_one()
        diff = json.loads(ev.diff)
        assert diff["eligibility_override"] == [None, reason]
        assert diff["warnings"] == [None, ["criminal.sentence_too_high"]] and ev.username == "mediator1"
        assert s.get(Case, r.case_id).status == "accepted"  # type: ignore[union-attr]


def test_clean_checklist_accepts_without_override(db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org(db), track=Track.CRIMINAL))
    facts = CriminalFacts(True, 5, False, 6, False, True)
    res = tracks.set_criminal_checklist(db, MEDIATOR, r.case_id, facts)
    assert res.warnings == []  # nothing to resolve, so no reason for proceeding is asked
    accepted = cases.accept_case(db, MEDIATOR, r.case_id)
    assert r.case_id in accepted.changes.cases
    with read_session(db.engine) as s:
        case = s.get(Case, r.case_id)
        assert case is not None and case.status == "accepted" and not case.eligibility_override
        override = AuditEvent.action == "case.eligibility_override"
        overrides = s.execute(select(func.count()).select_from(AuditEvent).where(override)).scalar_one()
        assert overrides == 0


def test_extension_needs_both_parties_consent(db, clock) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org(db), received_at=NOW))
    cases.accept_case(db, MEDIATOR, r.case_id)  # 30 Sep + 30 days = 30 Oct
    parties = _parties(db, r.case_id)
    with pytest.raises(RuleViolation) as err:
        tracks.extend_mediation(
            db, MEDIATOR, r.case_id, until=date(2025, 11, 14), consenting_party_ids=[parties["applicant"].id]
        )
    assert err.value.code == "extension.consent_missing" and err.value.params["parties"] == ["李娜"]
    with pytest.raises(RuleViolation) as early:
        tracks.extend_mediation(
            db,
            MEDIATOR,
            r.case_id,
            until=date(2025, 10, 20),
            consenting_party_ids=[p.id for p in parties.values()],
        )
    assert early.value.code == "extension.not_later"
    tracks.extend_mediation(
        db,
        MEDIATOR,
        r.case_id,
        until=date(2025, 11, 14),
        reason="等待维修报价",
        consenting_party_ids=[p.id for p in parties.values()],
    )
    with read_session(db.engine) as s:
        items = deadlines.due_items_for_case(s, r.case_id, NOW)
        limit = [i for i in items if i.kind == "mediation_limit"][0]
        assert limit.due_on == date(2025, 11, 14) and limit.params["extended"]
        assert s.execute(select(func.count()).where(ConsentRecord.purpose == "extension")).scalar_one() == 2
        assert s.get(Case, r.case_id).due_at == limit.due_at  # type: ignore[union-attr]


def test_public_security_cannot_be_extended_and_counts_working_days(db, clock) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org(db), track=Track.PUBLIC_SECURITY, received_at=NOW))
    cases.accept_case(db, MEDIATOR, r.case_id)  # accepted Tue 30 Sep → 9, 10, adjusted Sat 11 Oct
    with pytest.raises(RuleViolation) as err:
        tracks.extend_mediation(db, MEDIATOR, r.case_id, until=date(2025, 10, 30), consenting_party_ids=[])
    assert err.value.code == "extension.not_allowed"
    with read_session(db.engine) as s:
        limit = [i for i in deadlines.due_items_for_case(s, r.case_id, NOW) if i.kind == "mediation_limit"][0]
        assert limit.due_on == date(2025, 10, 11)
    tracks.record_appraisal(db, MEDIATOR, r.case_id, datetime(2025, 10, 10, 8, 0, tzinfo=UTC))
    with read_session(db.engine) as s:
        limit = [i for i in deadlines.due_items_for_case(s, r.case_id, NOW) if i.kind == "mediation_limit"][0]
        assert limit.due_on == date(2025, 10, 14)


def test_fast_track_steps_in_order_and_overdue_summary(db, clock) -> None:  # type: ignore[no-untyped-def]
    summoned = datetime(2025, 9, 29, 10, 0, tzinfo=UTC)
    r = cases.register_case(
        db,
        MEDIATOR,
        new_case(
            _org(db),
            track=Track.CRIMINAL,
            received_at=NOW,
            matter=MatterInput(procedure=Procedure.FAST_TRACK_48H, summoned_at=summoned),
        ),
    )
    with pytest.raises(RuleViolation) as err:
        tracks.record_fast_track_step(db, MEDIATOR, r.case_id, MatterStage.REVIEW_FOR_PROSECUTION, NOW)
    assert err.value.code == "fast_track.order" and err.value.params["previous"] == "investigation"
    with pytest.raises(ValidationError):
        tracks.record_fast_track_step(
            db, MEDIATOR, r.case_id, MatterStage.INVESTIGATION, datetime(2025, 9, 30)
        )
    clock[0] = summoned + timedelta(hours=20)  # a step is recorded once it has happened (issue 16)
    tracks.record_fast_track_step(
        db, MEDIATOR, r.case_id, MatterStage.INVESTIGATION, summoned + timedelta(hours=20)
    )
    with read_session(db.engine) as s:
        case = s.get(Case, r.case_id)
        assert case is not None and case.due_at == summoned + timedelta(hours=48)
        assert (
            s.execute(select(LinkedMatter.stage).where(LinkedMatter.case_id == r.case_id)).scalar_one()
            == "review_for_prosecution"
        )
        late = NOW + timedelta(hours=34)  # 1 Oct 12:00 UTC: 2 hours past the 48
        summary = deadlines.overdue_summary(s, late)
        assert [(c.case_id, [i.kind.value for i in c.items]) for c in summary] == [
            (r.case_id, ["fast_track.review", "fast_track.trial"])
        ]
        assert summary[0].items[0].remaining == timedelta(hours=-2)
        assert deadlines.overdue_summary(s, NOW) == []
        soon = deadlines.due_soon(s, NOW)
        assert [i.kind.value for i in soon[0].items][:2] == ["fast_track.review", "fast_track.trial"]


def test_police_recommendation_and_procuratorate_decision(db) -> None:  # type: ignore[no-untyped-def]
    r = cases.register_case(db, MEDIATOR, new_case(_org(db), track=Track.CRIMINAL))
    on = datetime(2025, 10, 9, 3, 0, tzinfo=UTC)
    tracks.record_police_recommendation(db, MEDIATOR, r.case_id, "建议从宽处理", on)
    with pytest.raises(ValidationError) as err:
        tracks.record_procuratorate_decision(db, MEDIATOR, r.case_id, "pardon", on)
    assert err.value.code == "decision.unknown"
    tracks.record_procuratorate_decision(db, MEDIATOR, r.case_id, "non_prosecution", on + timedelta(days=5))
    with read_session(db.engine) as s:
        m = s.execute(select(LinkedMatter).where(LinkedMatter.case_id == r.case_id)).scalar_one()
        assert (m.police_recommendation, m.recommendation_at, m.decision, m.decision_at) == (
            "建议从宽处理",
            on,
            "non_prosecution",
            on + timedelta(days=5),
        )


def test_registration_stores_the_acceptance_deadline(db) -> None:  # type: ignore[no-untyped-def]
    # Received Fri 26 Sep 2025 → Sun 28 (adjusted working day), Mon 29, Tue 30.
    r = cases.register_case(
        db, MEDIATOR, new_case(_org(db), received_at=datetime(2025, 9, 26, 2, 0, tzinfo=UTC))
    )
    with read_session(db.engine) as s:
        assert s.get(Case, r.case_id).due_at == datetime(2025, 9, 30, 16, 0, tzinfo=UTC)  # type: ignore[union-attr]
