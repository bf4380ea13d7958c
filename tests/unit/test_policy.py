"""Access: the role × action × record-kind matrix, sealed cases unreachable, IDs masked in exports."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from mediation_desk.domain.enums import CommitteeRole, OrgKind, Stage
from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.services import cases, committee, policy
from mediation_desk.services.base import SYSTEM, Actor
from mediation_desk.store import search
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import AuditEvent, Case, Organisation, Person
from tests.helpers.factories import new_case, person

TODAY = date.today()
KINDS = ("own", "colleague", "juvenile", "sealed", "other_org")
ID18 = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")


@pytest.fixture
def world(db):  # type: ignore[no-untyped-def]
    """Two organisations, five cases of different kinds, and an actor per role."""
    with write_session(db.engine) as s:
        org2 = Organisation(name="海淀区人民调解委员会", kind=OrgKind.COMMITTEE.value, org_code="京海")
        people = {
            k: Person(name=n, member_role=r)
            for k, n, r in (
                ("med", "王调解", "mediator"),
                ("med2", "李调解", "mediator"),
                ("lawyer", "赵律师", "lawyer"),
                ("police", "钱民警", "police"),
            )
        }
        s.add(org2)
        s.add_all(people.values())
    pid = {k: p.id for k, p in people.items()}
    org1 = 1
    made: dict[str, int] = {}
    for n, kind in enumerate(KINDS):
        birth = date(2012, 5, 1) if kind == "juvenile" else date(1980 + n, 1, 1)
        data = new_case(
            org2.id if kind == "other_org" else org1,
            title=f"{kind}纠纷案",
            applicant=person(f"申请{n}", seq=200 + n, birth=birth, phone=f"1380000{n:04d}"),
            respondent=person(f"被申{n}", seq=300 + n, phone=f"1390000{n:04d}"),
            sealed=kind == "sealed",
        )
        made[kind] = cases.register_case(db, SYSTEM, data).case_id
        chief = pid["med2"] if kind in ("colleague", "other_org") else pid["med"]
        cases.update_case(db, SYSTEM, made[kind], {"chief_mediator_id": chief})
    committee.assign_member(
        db,
        SYSTEM,
        made["own"],
        pid["lawyer"],
        CommitteeRole.LAWYER,
        [Stage.MEDIATION],
        from_date=TODAY - timedelta(days=1),
    )
    committee.assign_member(
        db,
        SYSTEM,
        made["own"],
        pid["police"],
        CommitteeRole.POLICE,
        [Stage.MEDIATION],
        from_date=TODAY - timedelta(days=20),
        to_date=TODAY - timedelta(days=10),
    )
    actors = {
        "mediator": Actor(10, "wang", "mediator", person_id=pid["med"], organisation_id=org1),
        "director": Actor(11, "zhang", "director", organisation_id=org1),
        "lawyer": Actor(12, "zhao", "member", person_id=pid["lawyer"]),
        "police_expired": Actor(13, "qian", "member", person_id=pid["police"]),
        "custodian": Actor(14, "sun", "custodian", organisation_id=org1),
        "admin": Actor(15, "admin", "admin", organisation_id=org1),
        "auditor": Actor(16, "audit", "auditor", organisation_id=org1),
    }
    return db, made, actors


ACTIONS = (
    policy.CASE_READ,
    policy.CASE_EDIT,
    policy.CASE_SESSION,
    policy.CASE_AGREEMENT,
    policy.CASE_COMMITTEE,
    policy.CASE_APPROVE,
)
ALL = set(ACTIONS)
NOT_APPROVE = ALL - {policy.CASE_APPROVE}
#: (actor, kind) → the actions allowed; anything not listed is refused.
EXPECTED: dict[tuple[str, str], set[str]] = {
    ("mediator", "own"): NOT_APPROVE,
    ("mediator", "juvenile"): NOT_APPROVE,
    ("mediator", "sealed"): NOT_APPROVE,
    ("director", "own"): ALL,
    ("director", "colleague"): ALL,
    ("lawyer", "own"): {policy.CASE_READ, policy.CASE_SESSION},
}


def test_role_action_record_kind_matrix(world) -> None:  # type: ignore[no-untyped-def]
    db, made, actors = world
    checked = mismatches = 0
    with read_session(db.engine) as s:
        for name, actor in actors.items():
            for kind, case_id in made.items():
                case = s.get(Case, case_id)
                for action in ACTIONS:
                    allowed = policy.can(actor, action, case=case, session=s)
                    checked += 1
                    if allowed != (action in EXPECTED.get((name, kind), set())):
                        mismatches += 1
                        print("mismatch", name, kind, action, allowed)
    print(
        f"\naccess matrix: {len(actors)} roles × {len(made)} kinds × {len(ACTIONS)} actions = {checked} "
        f"checks, {mismatches} mismatches"
    )
    assert checked == 7 * 5 * 6 and mismatches == 0


def test_general_actions_separate_duties(world) -> None:  # type: ignore[no-untyped-def]
    _db, _made, a = world
    table = {
        "admin": {policy.USERS, policy.SETTINGS, policy.BACKUP, policy.RESTORE, policy.DIRECTORY_MANAGE},
        "auditor": {policy.AUDIT_READ},
        "director": {
            policy.STATISTICS,
            policy.EXPORT,
            policy.EXPORT_UNMASKED,
            policy.ID_REVEAL,
            policy.PEOPLE_EDIT,
            policy.DIRECTORY_MANAGE,
        },
        "mediator": {policy.STATISTICS, policy.EXPORT, policy.ID_REVEAL, policy.PEOPLE_EDIT},
        "custodian": {policy.SEALED_OPEN, policy.ID_REVEAL},
        "lawyer": set(),
    }
    general = (
        policy.USERS,
        policy.SETTINGS,
        policy.BACKUP,
        policy.RESTORE,
        policy.AUDIT_READ,
        policy.STATISTICS,
        policy.EXPORT,
        policy.EXPORT_UNMASKED,
        policy.ID_REVEAL,
        policy.SEALED_OPEN,
        policy.PEOPLE_EDIT,
        policy.DIRECTORY_MANAGE,
    )
    for name, allowed in table.items():
        assert {x for x in general if policy.can(a[name], x)} == allowed, name


def test_services_refuse_before_changing_anything(world) -> None:  # type: ignore[no-untyped-def]
    db, made, a = world
    for actor, code in (
        (a["admin"], "perm.no_case_content"),
        (a["auditor"], "perm.no_case_content"),
        (a["police_expired"], "perm.not_on_case"),
        (a["lawyer"], "perm.stage"),
        (a["director"], "perm.sealed"),
    ):
        case_id = made["sealed"] if actor is a["director"] else made["own"]
        with pytest.raises(PermissionDenied) as err:
            cases.update_case(db, actor, case_id, {"title": "改"})
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        cases.register_case(db, a["mediator"], new_case(2))  # another organisation
    with read_session(db.engine) as s:
        assert s.execute(select(Case.title).where(Case.title == "改")).first() is None


def _visible(db, actor: Actor, query: str | None = None) -> set[int]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        stmt = select(Case.id).where(policy.visible_case_condition(actor))
        if query:
            cond = search.match_condition(s, query)
            assert cond is not None
            stmt = stmt.where(cond)
        return set(s.execute(stmt).scalars())


def test_sealed_and_juvenile_cases_reach_nobody_off_the_case(world) -> None:  # type: ignore[no-untyped-def]
    db, made, a = world
    restricted = {made["juvenile"], made["sealed"]}
    reached = 0
    for name in ("director", "lawyer", "police_expired", "admin", "auditor"):
        for query in (None, "纠纷", "juvenile纠纷案", "sealed纠纷案", "申请2", "申请3"):
            reached += len(_visible(db, a[name], query) & restricted)
    print(f"\nsealed/juvenile cases reachable off the case (list + search): {reached}")
    assert reached == 0
    assert _visible(db, a["mediator"]) == {made["own"], made["juvenile"], made["sealed"]}
    assert _visible(db, a["director"]) == {made["own"], made["colleague"]}
    assert _visible(db, a["lawyer"]) == {made["own"]}
    assert _visible(db, a["custodian"]) == restricted


def test_custodian_opens_a_sealed_case_only_with_a_recorded_basis(world) -> None:  # type: ignore[no-untyped-def]
    db, made, a = world
    cust = a["custodian"]
    with read_session(db.engine) as s:
        assert not policy.can(cust, policy.CASE_READ, case=s.get(Case, made["sealed"]), session=s)
    with pytest.raises(ValidationError):
        policy.open_sealed(db, cust, made["sealed"], "  ")
    with pytest.raises(PermissionDenied):
        policy.open_sealed(db, a["director"], made["sealed"], "好奇")
    policy.open_sealed(db, cust, made["sealed"], "公安机关依法查询（刑诉法第286条）")
    with read_session(db.engine) as s:
        case = s.get(Case, made["sealed"])
        assert policy.can(cust, policy.CASE_READ, case=case, session=s)
        assert not policy.can(cust, policy.CASE_EDIT, case=case, session=s)
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "sealed.open")).scalar_one()
        assert "刑诉法第286条" in ev.diff and ev.username == "sun"
    policy.clear_grants(cust)  # log-out / idle lock
    with read_session(db.engine) as s:
        assert not policy.can(cust, policy.CASE_READ, case=s.get(Case, made["sealed"]), session=s)


def test_revealing_an_id_needs_a_reason_and_is_audited(world) -> None:  # type: ignore[no-untyped-def]
    db, made, a = world
    with read_session(db.engine) as s:
        pid = s.execute(select(Person.id).where(Person.name == "申请0")).scalar_one()
    with pytest.raises(ValidationError):
        policy.reveal_id(db, a["mediator"], pid, "")
    with pytest.raises(PermissionDenied):
        policy.reveal_id(db, a["lawyer"], pid, "核对身份")  # members have no reveal permission
    full = policy.reveal_id(db, a["mediator"], pid, "核对当事人身份")
    assert len(full) == 18
    with read_session(db.engine) as s:
        ev = s.execute(select(AuditEvent).where(AuditEvent.action == "id.reveal")).scalar_one()
        assert "核对当事人身份" in ev.diff and full not in ev.diff


def _cells(path: Path) -> str:
    wb = load_workbook(path)
    out = [str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    return "\n".join(out) + (wb.properties.description or "")


def test_exports_mask_ids_and_leave_out_sealed_cases(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.services.ledger import export_ledger

    db, made, a = world
    masked = tmp_path / "masked.xlsx"
    n = export_ledger(db, a["mediator"], masked)
    text = _cells(masked)
    assert n == 3 and ID18.findall(text) == []  # own, juvenile and sealed: the mediator is on them
    n_dir = export_ledger(db, a["director"], tmp_path / "director.xlsx")
    assert n_dir == 2 and "sealed纠纷案" not in _cells(tmp_path / "director.xlsx")
    with pytest.raises(PermissionDenied):
        export_ledger(db, a["mediator"], tmp_path / "x.xlsx", unmasked=True)
    full = tmp_path / "full.xlsx"
    export_ledger(db, a["director"], full, unmasked=True)
    text = _cells(full)
    print(f"\nmasked export: 0 full IDs; unmasked (director): {len(ID18.findall(text))} full IDs, stamped")
    assert ID18.findall(text) and "zhang" in text
