"""The directory: committee members, organisations, party contacts — validated, audited, guarded."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from mediation_desk.domain.enums import CommitteeRole, OrgKind, Stage
from mediation_desk.domain.errors import KnownError, PermissionDenied, RuleViolation, ValidationError
from mediation_desk.services import cases, committee, directory
from mediation_desk.services.base import Actor
from mediation_desk.services.directory import MemberInput, OrganisationInput
from mediation_desk.store import search
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, Case, CaseParty, Membership, Organisation, Person
from mediation_desk.store.queries.case_detail import get_directory
from mediation_desk.store.queries.people import members, organisations
from tests.helpers.factories import MEDIATOR, new_case

DIRECTOR = Actor(user_id=None, username="zhang", role="director", workstation="ws-test", organisation_id=1)
ADMIN = Actor(user_id=None, username="admin", role="admin", workstation="ws-test", organisation_id=1)
COURT = OrganisationInput(
    name="朝阳区人民法院",
    kind=OrgKind.COURT,
    org_code="京朝法",
    uscc="11110105000013003T",
    address="北京市朝阳区",
    phone="010-6512 3456",
)
JUDGE = MemberInput(
    name="欧阳明",
    role=CommitteeRole.JUDGE,
    phone="138 1234 5678",
    id_number="110105198503140013",
    title="庭长",
)


def _count(db, model) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _events(db, action: str) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return list(s.execute(select(AuditEvent).where(AuditEvent.action == action)).scalars())


def _diff(event: AuditEvent) -> dict:  # type: ignore[type-arg]
    return json.loads(event.diff) if isinstance(event.diff, str) else dict(event.diff or {})


def _person(db, pid: int) -> Person:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        p = s.get(Person, pid)
        assert p is not None
        return p


def test_add_and_update_organisation_and_member_audited_with_masked_diff(db) -> None:  # type: ignore[no-untyped-def]
    org = directory.add_organisation(db, DIRECTOR, COURT)
    assert "organisation" in org.changes.kinds
    member = directory.add_member(db, DIRECTOR, MemberInput(**{**JUDGE.__dict__, "organisation_id": org.id}))
    p = _person(db, member.id)
    assert (p.name, p.member_role, p.organisation_id, p.phone, p.occupation, p.active) == (
        "欧阳明",
        "judge",
        org.id,
        "+8613812345678",
        "庭长",
        True,
    )
    assert p.id_number == "110105198503140013" and p.birth_date == date(1985, 3, 14)
    created = _events(db, "member.create")[0]
    text = repr(created.diff)
    assert "13812345678" not in text and "138****5678" in text
    assert "110105198503140013" not in text and "110105********0013" in text

    directory.update_member(
        db,
        DIRECTOR,
        member.id,
        MemberInput(
            name="欧阳明",
            role=CommitteeRole.JUDGE,
            organisation_id=org.id,
            phone="13987654321",
            title="副庭长",
        ),
    )
    p = _person(db, member.id)
    assert (p.phone, p.occupation, p.id_number) == ("+8613987654321", "副庭长", "110105198503140013")
    diff = _diff(_events(db, "member.update")[0])
    assert diff["phone"] == ["138****5678", "139****4321"] and diff["occupation"] == ["庭长", "副庭长"]

    renamed = OrganisationInput(**{**COURT.__dict__, "name": "朝阳法院"})
    directory.update_organisation(db, ADMIN, org.id, renamed)
    with read_session(db.engine) as s:
        assert s.get(Organisation, org.id).name == "朝阳法院"  # type: ignore[union-attr]
        rows = {r.id: r for r in organisations(session=s)}
    assert rows[org.id].members == 1 and rows[org.id].uscc == "11110105000013003T"
    assert _diff(_events(db, "organisation.update")[0])["name"] == ["朝阳区人民法院", "朝阳法院"]


@pytest.mark.parametrize(
    ("org", "code"),
    [
        (OrganisationInput(name="某律所", kind=OrgKind.LAW_FIRM, uscc="11110105000013003Y"), "uscc.checksum"),
        (OrganisationInput(name="某社工中心", kind=OrgKind.SOCIAL_WORK, phone="12345"), "phone.invalid"),
        (OrganisationInput(name="  ", kind=OrgKind.POLICE_STATION), "name.empty"),
        (OrganisationInput(name="某所", kind="pub"), "organisation.kind"),
    ],
)
def test_bad_organisation_saves_nothing(db, org: OrganisationInput, code: str) -> None:  # type: ignore[no-untyped-def]
    before, audits = _count(db, Organisation), _count(db, AuditEvent)
    with pytest.raises(ValidationError) as err:
        directory.add_organisation(db, DIRECTOR, org)
    assert err.value.code == code
    assert (_count(db, Organisation), _count(db, AuditEvent)) == (before, audits)


def test_duplicate_credit_code_refused(db) -> None:  # type: ignore[no-untyped-def]
    directory.add_organisation(db, DIRECTOR, COURT)
    with pytest.raises(ValidationError) as err:
        directory.add_organisation(db, DIRECTOR, OrganisationInput(**{**COURT.__dict__, "name": "另一家"}))
    assert err.value.code == "organisation.uscc_exists"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"phone": "1381234"}, "phone.invalid"),
        ({"id_number": "110105198503140012"}, "id.checksum"),
        ({"name": ""}, "name.empty"),
        ({"role": "chief"}, "member.role"),
        ({"title": "长" * 51}, "text.too_long"),
    ],
)
def test_bad_member_saves_nothing(db, change: dict[str, str], code: str) -> None:  # type: ignore[no-untyped-def]
    before, audits = _count(db, Person), _count(db, AuditEvent)
    with pytest.raises(ValidationError) as err:
        directory.add_member(db, DIRECTOR, MemberInput(**{**JUDGE.__dict__, **change}))
    assert err.value.code == code
    assert (_count(db, Person), _count(db, AuditEvent)) == (before, audits)


def test_member_of_unknown_organisation_saves_nothing(db) -> None:  # type: ignore[no-untyped-def]
    before = _count(db, Person)
    with pytest.raises(KnownError):
        directory.add_member(db, DIRECTOR, MemberInput(**{**JUDGE.__dict__, "organisation_id": 999}))
    assert _count(db, Person) == before


def test_mediator_may_not_manage_the_directory(db) -> None:  # type: ignore[no-untyped-def]
    before, audits = _count(db, Person), _count(db, AuditEvent)
    with pytest.raises(PermissionDenied) as err:
        directory.add_member(db, MEDIATOR, JUDGE)
    assert err.value.code == "perm.role"
    with pytest.raises(PermissionDenied):
        directory.add_organisation(db, MEDIATOR, COURT)
    assert (_count(db, Person), _count(db, AuditEvent)) == (before, audits)


def test_deactivated_member_not_offered_but_memberships_stay(db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
    pid = directory.add_member(db, DIRECTOR, MemberInput(name="宋佳", role=CommitteeRole.MEDIATOR)).id
    committee.assign_member(
        db, MEDIATOR, case_id, pid, CommitteeRole.MEDIATOR, [Stage.MEDIATION], from_date=date(2026, 3, 2)
    )
    changes = directory.deactivate_member(db, DIRECTOR, pid)
    assert "person" in changes.kinds
    with read_session(db.engine) as s:
        assert pid not in [r.person_id for r in get_directory(session=s)]
        row = next(r for r in members(session=s, today=date(2026, 3, 3)) if r.person_id == pid)
        assert not row.active and row.open_cases == 1
        assert (
            s.execute(
                select(func.count()).select_from(Membership).where(Membership.person_id == pid)
            ).scalar_one()
            == 1
        )
    other = cases.register_case(db, MEDIATOR, new_case(1, title="另一起纠纷")).case_id
    with pytest.raises(RuleViolation) as err:
        committee.assign_member(
            db, MEDIATOR, other, pid, CommitteeRole.MEDIATOR, [Stage.MEDIATION], from_date=date(2026, 3, 2)
        )
    assert err.value.code == "member.inactive"
    assert _diff(_events(db, "member.deactivate")[0]) == {"active": [True, False]}
    directory.reactivate_member(db, DIRECTOR, pid)
    with read_session(db.engine) as s:
        assert pid in [r.person_id for r in get_directory(session=s)]


def test_mediator_corrects_a_party_contact_on_their_case(db) -> None:  # type: ignore[no-untyped-def]
    case_id = cases.register_case(db, MEDIATOR, new_case(1)).case_id
    with read_session(db.engine) as s:
        pid = s.execute(select(CaseParty.person_id).where(CaseParty.case_id == case_id)).scalars().first()
    changes = directory.update_person_contact(
        db, MEDIATOR, pid, phone="139 0000 1111", address="北京市朝阳区幸福路1号", case_id=case_id
    )
    assert case_id in changes.cases
    p = _person(db, pid)
    assert (p.phone, p.address) == ("+8613900001111", "北京市朝阳区幸福路1号")
    event = _events(db, "person.contact")[0]
    assert event.case_id == case_id
    assert _diff(event)["phone"] == ["138****2222", "139****1111"]
    assert "13900001111" not in repr(event.diff)
    with read_session(db.engine) as s:  # the new number finds the case
        found = s.execute(select(Case.id).where(search.match_condition(s, "13900001111"))).scalars()
        assert case_id in set(found)
    # bad phone: nothing saved
    with pytest.raises(ValidationError):
        directory.update_person_contact(db, MEDIATOR, pid, phone="abc", address="别处")
    assert _person(db, pid).address == "北京市朝阳区幸福路1号"
    # someone not on the case may not
    stranger = Actor(user_id=77, username="li", role="mediator", workstation="ws", organisation_id=1)
    with pytest.raises(PermissionDenied) as err:
        directory.update_person_contact(db, stranger, pid, phone="13900002222")
    assert err.value.code == "perm.not_on_case"
    with pytest.raises(PermissionDenied):
        directory.update_person_contact(db, ADMIN, pid, phone="13900002222")
    assert _person(db, pid).phone == "+8613900001111"
