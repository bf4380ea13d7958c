"""Committee rules: the chief mediator is chosen, never implied, and every change is audited;
several members at once, all or none; relation codes are validated and feed the recusal check."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, Stage
from mediation_desk.domain.errors import RuleViolation, ValidationError
from mediation_desk.domain.recusal import RelationKind, check_relation
from mediation_desk.services import cases, committee, relations
from mediation_desk.services.committee import MemberPick
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import AuditEvent, Case, CaseParty, Membership, Person
from tests.helpers.factories import MEDIATOR, new_case

DAY = date(2026, 3, 2)
STAGES = [Stage.MEDIATION, Stage.AGREEMENT]


def _member(db, name: str, role: str = "mediator") -> int:  # type: ignore[no-untyped-def]
    with write_session(db.engine) as s:
        p = Person(name=name, member_role=role, organisation_id=1)
        s.add(p)
        s.flush()
        return int(p.id)  # type: ignore[arg-type]


def _case(db) -> tuple[int, dict[str, int]]:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
    with read_session(db.engine) as s:
        parties = {
            p.role: p.person_id
            for p in s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars()
        }
    return case_id, parties


def _chief(db, case_id: int) -> int | None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.chief_mediator_id


def _audits(db, action: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """The diffs of the audit events of ``action``, oldest first."""
    with read_session(db.engine) as s:
        events = s.execute(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).scalars()  # type: ignore[arg-type]
        return [json.loads(e.diff) if isinstance(e.diff, str) else e.diff for e in events]


def test_the_first_mediator_does_not_silently_become_chief(db) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = _case(db)
    zhao = _member(db, "赵敏")
    committee.assign_member(db, MEDIATOR, case_id, zhao, CommitteeRole.MEDIATOR, STAGES, from_date=DAY)
    assert _chief(db, case_id) is None
    assert _audits(db, "committee.chief") == []


def test_chief_chosen_at_assignment_and_changed_later_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = _case(db)
    zhao, sun, qian = (
        _member(db, "赵敏"),
        _member(db, "孙律师", "lawyer"),
        _member(db, "钱检察", "prosecutor"),
    )
    result = committee.assign_members(
        db,
        MEDIATOR,
        case_id,
        [
            MemberPick(zhao, CommitteeRole.MEDIATOR),
            MemberPick(sun, CommitteeRole.LAWYER),
            MemberPick(qian, CommitteeRole.PROSECUTOR),
        ],
        STAGES,
        from_date=DAY,
        chief_person_id=sun,
    )
    assert len(result.membership_ids) == 3 and _chief(db, case_id) == sun
    committee.set_chief(db, MEDIATOR, case_id, zhao, reason="律师调解转人民调解")
    assert _chief(db, case_id) == zhao
    changes = _audits(db, "committee.chief")
    assert [c["chief_mediator_id"] for c in changes] == [[None, sun], [sun, zhao]]  # type: ignore[index]
    assert changes[1]["chief_mediator"] == ["孙律师", "赵敏"]  # type: ignore[index]
    assert changes[1]["reason"] == [None, "律师调解转人民调解"]  # type: ignore[index]


def test_only_a_mediator_or_lawyer_on_the_case_can_be_chief(db) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = _case(db)
    zhao, qian = _member(db, "赵敏"), _member(db, "钱检察", "prosecutor")
    with pytest.raises(RuleViolation) as err:
        committee.set_chief(db, MEDIATOR, case_id, zhao)
    assert err.value.code == "committee.chief_not_member"
    with pytest.raises(ValidationError) as verr:
        committee.assign_member(
            db, MEDIATOR, case_id, qian, CommitteeRole.PROSECUTOR, STAGES, from_date=DAY, chief=True
        )
    assert verr.value.code == "committee.chief_role"
    assert _chief(db, case_id) is None
    committee.assign_member(db, MEDIATOR, case_id, qian, CommitteeRole.PROSECUTOR, STAGES, from_date=DAY)
    with pytest.raises(ValidationError):
        committee.set_chief(db, MEDIATOR, case_id, qian)


def test_releasing_the_chief_leaves_no_chief_and_is_audited(db) -> None:  # type: ignore[no-untyped-def]
    case_id, _ = _case(db)
    zhao = _member(db, "赵敏")
    mid = committee.assign_member(
        db, MEDIATOR, case_id, zhao, CommitteeRole.MEDIATOR, STAGES, from_date=DAY, chief=True
    ).membership_id
    committee.release_member(db, MEDIATOR, mid, on=date(2026, 3, 5), reason="调岗")
    assert _chief(db, case_id) is None
    assert [e["chief_mediator_id"] for e in _audits(db, "committee.chief")] == [  # type: ignore[index]
        [None, zhao],
        [zhao, None],
    ]


def test_several_members_at_once_all_or_none_on_a_conflict(db) -> None:  # type: ignore[no-untyped-def]
    case_id, parties = _case(db)
    zhao, sun = _member(db, "赵敏"), _member(db, "孙律师", "lawyer")
    relations.add_relation(db, MEDIATOR, sun, parties["applicant"], "kinship", "表兄弟")
    picks = [MemberPick(zhao, CommitteeRole.MEDIATOR), MemberPick(sun, CommitteeRole.LAWYER)]
    with pytest.raises(RuleViolation) as err:
        committee.assign_members(db, MEDIATOR, case_id, picks, STAGES, from_date=DAY, chief_person_id=zhao)
    assert err.value.code == "recusal.conflict" and err.value.params["person_id"] == sun
    assert err.value.params["conflicts"] == [{"kind": "kinship", "party_id": parties["applicant"]}]
    with read_session(db.engine) as s:
        assert s.execute(select(Membership).where(Membership.case_id == case_id)).first() is None
    assert _chief(db, case_id) is None  # nothing half-saved
    committee.assign_members(
        db,
        MEDIATOR,
        case_id,
        picks,
        STAGES,
        from_date=DAY,
        chief_person_id=zhao,
        override_reason="双方当事人书面同意",
    )
    with read_session(db.engine) as s:
        rows = {
            m.person_id: m.override_reason
            for m in s.execute(select(Membership).where(Membership.case_id == case_id)).scalars()
        }
    assert rows == {zhao: "", sun: "双方当事人书面同意"}  # the reason is kept only where it was needed


@pytest.mark.parametrize("kind", ["kinship", "colleague", "employer", "agent"])
def test_each_recorded_relation_makes_the_recusal_check_refuse(db, kind: str) -> None:  # type: ignore[no-untyped-def]
    case_id, parties = _case(db)
    li = _member(db, "李调解")
    relations.add_relation(db, MEDIATOR, parties["respondent"], li, kind)  # either direction counts
    with pytest.raises(RuleViolation) as err:
        committee.assign_member(db, MEDIATOR, case_id, li, CommitteeRole.MEDIATOR, STAGES, from_date=DAY)
    assert err.value.params["kind"] == kind


def test_relation_codes_are_validated(db) -> None:  # type: ignore[no-untyped-def]
    _case_id, parties = _case(db)
    li = _member(db, "李调解")
    for kind, code in [("cousin", "relation.kind"), ("", "relation.kind"), ("other", "relation.note")]:
        with pytest.raises(ValidationError) as err:
            relations.add_relation(db, MEDIATOR, li, parties["applicant"], kind)
        assert err.value.code == code
    with pytest.raises(ValidationError) as err:
        relations.add_relation(db, MEDIATOR, li, li, "kinship")
    assert err.value.code == "relation.self"
    relations.add_relation(db, MEDIATOR, li, parties["applicant"], "other", "曾为同一小区业委会成员")
    relations.add_relation(db, MEDIATOR, li, parties["applicant"], "kinship")
    with pytest.raises(ValidationError) as err:
        relations.add_relation(db, MEDIATOR, parties["applicant"], li, "kinship")  # the same, reversed
    assert err.value.code == "relation.duplicate"


def test_case_relations_lists_and_removes(db) -> None:  # type: ignore[no-untyped-def]
    case_id, parties = _case(db)
    li = _member(db, "李调解")
    rid = relations.add_relation(db, MEDIATOR, li, parties["applicant"], "colleague", "同一单位").relation_id
    rows = relations.case_relations(db, MEDIATOR, case_id)
    assert [(r.person_name, r.other_name, r.kind, r.note) for r in rows] == [
        ("李调解", "张伟", "colleague", "同一单位")
    ]
    relations.remove_relation(db, MEDIATOR, rid)
    assert relations.case_relations(db, MEDIATOR, case_id) == []
    committee.assign_member(db, MEDIATOR, case_id, li, CommitteeRole.MEDIATOR, STAGES, from_date=DAY)


def test_check_relation_domain_rule() -> None:
    assert check_relation(" kinship ", " 舅甥 ") == (RelationKind.KINSHIP, "舅甥")
    with pytest.raises(ValidationError) as err:
        check_relation("kinship", "长" * 201)
    assert err.value.code == "text.too_long"
