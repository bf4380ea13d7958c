"""Committee membership: assign members to a case for stages, with recusal checks; the chief
mediator, chosen explicitly and audited; release; the member picker's list with each open-case load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlmodel import col

from ..domain.enums import CommitteeRole, Stage
from ..domain.errors import RuleViolation, ValidationError
from ..domain.recusal import CHIEF_ROLES
from ..domain.validation import clean
from ..store import versions
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, CaseParty, Membership, Organisation, Person, PersonRelation
from ..store.queries import people as people_q
from ..store.types import SHANGHAI
from . import policy
from .base import Actor, Changes, UnitOfWork, snapshot_of, unit_of_work


@dataclass(frozen=True)
class MembershipResult:
    membership_id: int
    changes: Changes


@dataclass(frozen=True)
class MemberPick:
    """One member to put on the case: the directory person and their committee role."""

    person_id: int
    role: CommitteeRole


@dataclass(frozen=True)
class AssignResult:
    membership_ids: tuple[int, ...]
    changes: Changes


@dataclass(frozen=True)
class MemberChoice:
    """A directory member as the picker shows them, with the open cases they are on now."""

    person_id: int
    name: str
    role: str
    organisation: str
    post: str
    open_cases: int


def conflicts(uow: UnitOfWork, case_id: int, person_id: int) -> list[dict[str, object]]:
    """Why ``person_id`` has an interest in the case: same person, kinship, employer, agent..."""
    parties = list(uow.session.execute(select(CaseParty).where(col(CaseParty.case_id) == case_id)).scalars())
    party_ids = {p.person_id for p in parties}
    found: list[dict[str, object]] = []
    if person_id in party_ids:
        found.append({"kind": "is_party", "party_id": person_id})
    rels = uow.session.execute(
        select(PersonRelation).where(
            or_(
                (col(PersonRelation.person_id) == person_id)
                & col(PersonRelation.other_person_id).in_(party_ids),
                (col(PersonRelation.other_person_id) == person_id)
                & col(PersonRelation.person_id).in_(party_ids),
            )
        )
    ).scalars()
    for rel in rels:
        other = rel.other_person_id if rel.person_id == person_id else rel.person_id
        found.append({"kind": rel.kind, "party_id": other})
    member = uow.session.get(Person, person_id)
    if member is not None and member.organisation_id is not None:
        org = uow.session.get(Organisation, member.organisation_id)
        for party in parties:
            person = uow.session.get(Person, party.person_id)
            if (
                org is not None
                and person is not None
                and person.kind == "organisation"
                and person.uscc
                and org.uscc == person.uscc
            ):
                found.append({"kind": "employer", "party_id": person.id})
    return found


def _check_dates(stages: list[Stage], from_date: date, to_date: date | None) -> None:
    if not stages:
        raise ValidationError("membership.no_stages")
    if to_date is not None and to_date < from_date:
        raise ValidationError(
            "membership.dates", from_date=from_date.isoformat(), to_date=to_date.isoformat()
        )


def _change_chief(uow: UnitOfWork, case: Case, person_id: int | None, reason: str = "") -> None:
    """Set the case's chief mediator and audit the change (``committee.chief``)."""
    old = case.chief_mediator_id
    if old == person_id:
        return
    names = {pid: uow.get(Person, pid).name for pid in (old, person_id) if pid is not None}
    case.chief_mediator_id = person_id
    uow.audit(
        "committee.chief",
        "case",
        case.id,
        case_id=case.id,
        diff={
            "chief_mediator_id": [old, person_id],
            "chief_mediator": [names.get(old) if old else None, names.get(person_id) if person_id else None],
            "reason": [None, clean("reason", reason, max_len=500)],
        },
    )


def _assign(
    uow: UnitOfWork,
    case: Case,
    pick: MemberPick,
    stages: list[Stage],
    from_date: date,
    to_date: date | None,
    override_reason: str,
) -> Membership:
    if not uow.get(Person, pick.person_id).active:
        raise RuleViolation("member.inactive", person_id=pick.person_id)
    found = conflicts(uow, case.id, pick.person_id)  # type: ignore[arg-type]
    if found and not override_reason.strip():
        raise RuleViolation(
            "recusal.conflict", kind=found[0]["kind"], conflicts=found, person_id=pick.person_id
        )
    m = Membership(
        case_id=case.id,  # type: ignore[arg-type]
        person_id=pick.person_id,
        role=pick.role.value,
        stages=",".join(s.value for s in stages),
        from_date=from_date,
        to_date=to_date,
        override_reason=clean("override_reason", override_reason) if found else "",
    )
    uow.session.add(m)
    uow.session.flush()
    diff = snapshot_of(m, ["person_id", "role", "stages", "from_date", "to_date", "override_reason"])
    if found:
        diff["recusal_conflicts"] = [None, found]
    uow.audit("committee.assign", "membership", m.id, case_id=case.id, diff=diff)
    return m


def _check_chief_pick(picks: list[MemberPick], chief_person_id: int | None) -> None:
    if chief_person_id is None:
        return
    pick = next((p for p in picks if p.person_id == chief_person_id), None)
    if pick is None or pick.role.value not in CHIEF_ROLES:
        raise ValidationError("committee.chief_role", role=pick.role.value if pick else "")


def assign_members(
    db: Database,
    actor: Actor,
    case_id: int,
    picks: list[MemberPick],
    stages: list[Stage],
    *,
    from_date: date,
    to_date: date | None = None,
    chief_person_id: int | None = None,
    override_reason: str = "",
) -> AssignResult:
    """Put several members on the case at once, in one transaction (all or none).

    Args:
        picks: The members and their roles (each person once).
        stages: The stages they join for.
        chief_person_id: One of ``picks`` to make chief mediator (a mediator or lawyer); None
            leaves the chief as it is — no member becomes chief without being chosen.
        override_reason: Why members with an interest in the case may still take part.

    Raises:
        ValidationError: ``membership.no_stages``, ``membership.dates``, ``membership.none``,
            ``committee.chief_role``.
        RuleViolation: ``recusal.conflict`` (params: the member's ``person_id`` and the
            ``conflicts``) unless ``override_reason`` is given; ``member.inactive``.
    """
    _check_dates(stages, from_date, to_date)
    if not picks:
        raise ValidationError("membership.none")
    unique = list({p.person_id: p for p in picks}.values())
    _check_chief_pick(unique, chief_person_id)
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_COMMITTEE, case)
        made = [_assign(uow, case, p, stages, from_date, to_date, override_reason) for p in unique]
        if chief_person_id is not None:
            _change_chief(uow, case, chief_person_id)
        return AssignResult(tuple(m.id for m in made), uow.changes)  # type: ignore[misc]


def assign_member(
    db: Database,
    actor: Actor,
    case_id: int,
    person_id: int,
    role: CommitteeRole,
    stages: list[Stage],
    *,
    from_date: date,
    to_date: date | None = None,
    override_reason: str = "",
    chief: bool = False,
) -> MembershipResult:
    """Assign one committee member (``chief``: also make them chief mediator, audited)."""
    result = assign_members(
        db,
        actor,
        case_id,
        [MemberPick(person_id, role)],
        stages,
        from_date=from_date,
        to_date=to_date,
        chief_person_id=person_id if chief else None,
        override_reason=override_reason,
    )
    return MembershipResult(result.membership_ids[0], result.changes)


def set_chief(
    db: Database, actor: Actor, case_id: int, person_id: int | None, *, reason: str = ""
) -> Changes:
    """Make a current member (a mediator or lawyer) the case's chief mediator; audited.

    Raises:
        RuleViolation: ``committee.chief_not_member`` when the person holds no current membership.
        ValidationError: ``committee.chief_role`` when their role on the case cannot lead it.
    """
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        policy.check_case(uow, policy.CASE_COMMITTEE, case)
        if person_id is not None:
            today = uow.now.astimezone(SHANGHAI).date()
            rows = uow.session.execute(
                select(Membership).where(
                    col(Membership.case_id) == case_id, col(Membership.person_id) == person_id
                )
            ).scalars()
            current = [m for m in rows if m.to_date is None or m.to_date >= today]  # not released
            if not current:
                raise RuleViolation("committee.chief_not_member", person_id=person_id)
            if not any(m.role in CHIEF_ROLES for m in current):
                raise ValidationError("committee.chief_role", role=current[0].role)
        _change_chief(uow, case, person_id, reason)
        return uow.changes


def release_member(
    db: Database,
    actor: Actor,
    membership_id: int,
    *,
    on: date,
    reason: str = "",
    expected_version: int | None = None,
) -> Changes:
    """End a membership on ``on`` (the record stays); a released chief leaves the case without one.

    ``record.changed`` when ``expected_version`` is not the membership's ``row_version``.
    """
    with unit_of_work(db, actor) as uow:
        m = uow.get(Membership, membership_id)
        policy.check_case(uow, policy.CASE_COMMITTEE, uow.get(Case, m.case_id))
        versions.check_version(uow.session, m, expected_version)
        if on < m.from_date:
            raise ValidationError(
                "membership.dates", from_date=m.from_date.isoformat(), to_date=on.isoformat()
            )
        old = m.to_date
        m.to_date = on
        case = uow.get(Case, m.case_id)
        if case.chief_mediator_id == m.person_id:
            _change_chief(uow, case, None, reason)
        uow.audit(
            "committee.release",
            "membership",
            m.id,
            case_id=m.case_id,
            diff={"to_date": [old.isoformat() if old else None, on.isoformat()], "reason": [None, reason]},
        )
        return uow.changes


def member_choices(db: Database, actor: Actor, *, today: date) -> list[MemberChoice]:
    """Active directory members with the open cases each is on now (the picker's list).

    The load counts the open cases of the actor's organisation (every case when the actor has
    none): a number per member, no case content.
    """
    org = actor.organisation_id
    scope = col(Case.organisation_id) == org if org is not None else None
    with read_session(db.engine) as s:
        rows = people_q.members(session=s, today=today, visible=scope)
        posts: dict[int, str] = {
            int(pid): str(post or "")
            for pid, post in s.execute(
                select(col(Person.id), col(Person.occupation)).where(col(Person.member_role).is_not(None))
            )
        }
    return [
        MemberChoice(
            r.person_id, r.name, r.role or "", r.organisation, posts.get(r.person_id) or "", r.open_cases
        )
        for r in rows
        if r.active
    ]


def add_relation(
    db: Database, actor: Actor, person_id: int, other_person_id: int, kind: str, note: str = ""
) -> Changes:
    """Record a relation for recusal (see :func:`mediation_desk.services.relations.add_relation`)."""
    from .relations import add_relation as add

    return add(db, actor, person_id, other_person_id, kind, note).changes
