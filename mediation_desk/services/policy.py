"""Who may do what, enforced in the services (not only by hiding buttons).

Roles (``Actor.role``):

* **mediator** — works *their committee's cases*: cases of their organisation
  (``col(Case.organisation_id) == actor.organisation_id``) where they are *on the case*, i.e. the
  chief mediator (``col(Case.chief_mediator_id) == actor.person_id``), a member with a membership
  current today (``col(Membership.person_id) == actor.person_id``, ``from_date <= today <= to_date``),
  or the user who registered it (``col(Case.created_by) == actor.user_id``). Registers new cases.
* **director** — every case of the organisation, approvals, statistics, unmasked exports.
* **member** (lawyer, prosecutor, judge, police officer, social worker) — only the cases they
  hold a current membership of, and only for the stages of that membership (:data:`STAGE_OF`).
* **custodian** — sealed-records custodian: lists sealed and juvenile cases and opens one only
  after :func:`open_sealed` recorded a legal basis (access lasts for the login session).
* **admin** — users, settings, backups; never case contents.
* **auditor** — reads the audit log: actions, users, workstations, times and case numbers, with
  the case contents in each change hidden (``services/audit_view.py``); changes nothing.
* **system** — demo data, migrations, set-up (no person behind it).

Sealed (``col(Case.sealed)``: public-security violation records, 治安管理处罚法 Art. 136) and
juvenile (``col(Case.juvenile)``: CPL Art. 286) cases are invisible to everyone who is not on the
case, except the custodian — also to a director. :func:`visible_case_condition` is the one SQL
condition lists, search, statistics and exports must apply.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, false, not_, or_, select, true, union_all
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.validation import clean
from ..store.models import Case, CaseParty, Membership, Person
from ..store.queries.hints import unindexed
from ..store.types import SHANGHAI, utcnow
from .base import Actor

ROLES = ("mediator", "director", "member", "custodian", "admin", "auditor", "system")

# Case actions (need a case, or an organisation for registration).
CASE_READ = "case.read"
CASE_REGISTER = "case.register"
CASE_EDIT = "case.edit"  # descriptive fields, status changes, accept
CASE_APPROVE = "case.approve"  # director's approvals (extensions, declining)
CASE_COMMITTEE = "case.committee"  # assign / release members
CASE_SESSION = "case.session"
CASE_AGREEMENT = "case.agreement"
CASE_PERFORMANCE = "case.performance"
CASE_FOLLOW_UP = "case.follow_up"
CASE_ACTIONS = (
    CASE_READ,
    CASE_REGISTER,
    CASE_EDIT,
    CASE_APPROVE,
    CASE_COMMITTEE,
    CASE_SESSION,
    CASE_AGREEMENT,
    CASE_PERFORMANCE,
    CASE_FOLLOW_UP,
)
# Other actions.
SEALED_OPEN = "sealed.open"
ID_REVEAL = "id.reveal"
EXPORT = "export"
EXPORT_UNMASKED = "export.unmasked"
STATISTICS = "statistics"
USERS = "users.manage"
SETTINGS = "settings.manage"
BACKUP = "backup.run"
RESTORE = "backup.restore"
AUDIT_READ = "audit.read"
SYSTEM_WORK = "system.work"  # demo data, migrations
PEOPLE_EDIT = "people.edit"  # person records and recorded relations (recusal)
DIRECTORY_MANAGE = "directory.manage"  # committee members and organisations (services/directory.py)

#: Which membership stage lets a committee member take each case action.
STAGE_OF = {
    CASE_EDIT: ("acceptance", "investigation"),
    CASE_SESSION: ("mediation",),
    CASE_AGREEMENT: ("agreement",),
    CASE_PERFORMANCE: ("performance",),
    CASE_FOLLOW_UP: ("follow_up",),
}

_GENERAL: dict[str, frozenset[str]] = {
    "mediator": frozenset({STATISTICS, EXPORT, ID_REVEAL, PEOPLE_EDIT}),
    "director": frozenset({STATISTICS, EXPORT, EXPORT_UNMASKED, ID_REVEAL, PEOPLE_EDIT, DIRECTORY_MANAGE}),
    "member": frozenset(),
    "custodian": frozenset({SEALED_OPEN, ID_REVEAL}),
    "admin": frozenset({USERS, SETTINGS, BACKUP, RESTORE, DIRECTORY_MANAGE}),
    "auditor": frozenset({AUDIT_READ}),
}

_grants: dict[tuple[str, str], set[int]] = {}  # (username, workstation) → sealed cases opened with a basis


def _key(actor: Actor) -> tuple[str, str]:
    return (actor.username, actor.workstation)


def clear_grants(actor: Actor) -> None:
    """Forget sealed-case access (on log-out and on idle lock)."""
    _grants.pop(_key(actor), None)


def has_grant(actor: Actor, case_id: int) -> bool:
    return case_id in _grants.get(_key(actor), set())


def _today(today: date | None) -> date:
    return today or utcnow().astimezone(SHANGHAI).date()


def _current(today: date) -> ColumnElement[bool]:
    return and_(
        col(Membership.from_date) <= today,
        or_(col(Membership.to_date).is_(None), col(Membership.to_date) >= today),
    )


def on_case_condition(actor: Actor, *, today: date | None = None) -> ColumnElement[bool]:
    """SQL: the actor is on the case (chief mediator, current member, or registered it).

    One uncorrelated ``id IN (… UNION ALL …)`` of the actor's cases (IN ignores repeats, so no
    de-duplication pass), each part read from an index alone (``ix_case_chief_mediator_id``,
    ``ix_membership_person_case`` with the dates,
    ``ix_case_created_by``): the database builds the set once per query, and a list walking its
    sort index tests each case it passes by id, without reading the case row. (A correlated
    ``EXISTS`` searched the membership index for every case passed; ``chief = ? OR …`` read every
    row passed — a mediator's page read ~2,600 rows for 200.)
    """
    day = _today(today)
    mine = aliased(Case)
    parts: list[Select[Any]] = []
    if actor.person_id is not None:
        parts.append(select(col(mine.id)).where(col(mine.chief_mediator_id) == actor.person_id))
        parts.append(
            select(col(Membership.case_id)).where(col(Membership.person_id) == actor.person_id, _current(day))
        )
    if actor.user_id is not None and actor.role in ("mediator", "director"):
        parts.append(select(col(mine.id)).where(col(mine.created_by) == actor.user_id))
    if not parts:
        return false()
    cases = union_all(*parts) if len(parts) > 1 else parts[0]
    if actor.walk_lists:  # many cases: test each case the sort index passes, read no other row
        return unindexed(col(Case.id)).in_(cases)
    return col(Case.id).in_(cases)


def visible_case_condition(actor: Actor, *, today: date | None = None) -> ColumnElement[bool]:
    """The SQL condition on ``Case`` for every list, search, statistic and export of ``actor``."""
    role = actor.role
    if role == "system":
        return true()
    on_case = on_case_condition(actor, today=today)
    # NOT (sealed OR juvenile), not ``sealed IS 0 AND juvenile IS 0``: when ``on_case`` is false
    # those two became equalities SQLite looked up by ix_case_sealed, then sorted every open case
    open_record = not_(or_(col(Case.sealed), col(Case.juvenile)).self_group())
    org = actor.organisation_id
    same_org = unindexed(col(Case.organisation_id)) == org if org is not None else false()
    if role == "director":
        return and_(same_org, or_(open_record, on_case))
    if role == "mediator":
        return and_(same_org, on_case)
    if role == "member":
        return on_case
    if role == "custodian":
        return or_(col(Case.sealed).is_(True), col(Case.juvenile).is_(True))
    return false()  # admin, auditor, unknown roles: no case contents


def counted_case_condition(actor: Actor) -> ColumnElement[bool]:
    """The cases ``actor``'s aggregate figures count (statistics, official table, reports).

    A director reports for the whole committee, so the counts and sums include the sealed and
    juvenile cases they may not open: a total names no party and no fact of any one case, and
    leaving those cases out made the figures sent to the 司法局 fall short of the cases received.
    Every list of cases (the cases behind a figure, the ledger) still uses
    :func:`visible_case_condition`. Everyone else counts exactly what they see.
    """
    if actor.role == "director":
        org = actor.organisation_id
        return unindexed(col(Case.organisation_id)) == org if org is not None else false()
    return visible_case_condition(actor)


def visible_person_condition(actor: Actor, *, today: date | None = None) -> ColumnElement[bool]:
    """The SQL condition on ``Person`` for a look-up or reuse by ``actor`` (intake, parties).

    A person is visible when party to a case the actor may see (:func:`visible_case_condition`),
    or party to no case at all (a record with no case content behind it). A person who is party
    only to sealed or juvenile cases, or to cases of another committee, is never shown or reused.
    """
    if actor.role == "system":
        return true()
    seen = (
        select(col(CaseParty.person_id))
        .join(Case, col(Case.id) == col(CaseParty.case_id))
        .where(visible_case_condition(actor, today=today))
    )
    any_case = select(col(CaseParty.person_id))
    return or_(col(Person.id).in_(seen), not_(col(Person.id).in_(any_case)))


def _memberships(session: Session, actor: Actor, case_id: int, today: date) -> list[Membership]:
    if actor.person_id is None:
        return []
    stmt = select(Membership).where(
        col(Membership.case_id) == case_id, col(Membership.person_id) == actor.person_id, _current(today)
    )
    return list(session.execute(stmt).scalars())


def _is_on_case(session: Session | None, actor: Actor, case: Case, today: date) -> bool:
    if actor.person_id is not None and case.chief_mediator_id == actor.person_id:
        return True
    if (
        actor.user_id is not None
        and actor.role in ("mediator", "director")
        and case.created_by == actor.user_id
    ):
        return True
    return session is not None and case.id is not None and bool(_memberships(session, actor, case.id, today))


def require(
    actor: Actor,
    action: str,
    *,
    case: Case | None = None,
    session: Session | None = None,
    organisation_id: int | None = None,
    today: date | None = None,
) -> None:
    """Refuse ``action`` unless ``actor`` may take it (on ``case`` for case actions).

    Raises:
        PermissionDenied: ``perm.role`` (the role never may), ``perm.not_on_case``,
            ``perm.other_organisation``, ``perm.sealed`` (sealed/juvenile, not on the case),
            ``perm.stage`` (a member outside their stages), ``perm.no_case_content`` (admin,
            auditor), ``perm.legal_basis_required`` (custodian before :func:`open_sealed`).
    """
    role = actor.role
    if role == "system":
        return
    if role not in ROLES:
        raise PermissionDenied("perm.role", role=role, action=action)
    if action not in CASE_ACTIONS:
        if action not in _GENERAL.get(role, frozenset()):
            raise PermissionDenied("perm.role", role=role, action=action)
        return
    if role in ("admin", "auditor"):
        raise PermissionDenied("perm.no_case_content", role=role, action=action)
    if action == CASE_REGISTER:
        org = organisation_id if organisation_id is not None else (case.organisation_id if case else None)
        if role not in ("mediator", "director"):
            raise PermissionDenied("perm.role", role=role, action=action)
        if org is None or org != actor.organisation_id:
            raise PermissionDenied("perm.other_organisation", action=action)
        return
    if case is None:
        raise PermissionDenied("perm.case_required", action=action)
    _require_on_case(actor, action, case, session, _today(today))


def _require_on_case(actor: Actor, action: str, case: Case, session: Session | None, today: date) -> None:
    role = actor.role
    on_case = _is_on_case(session, actor, case, today)
    restricted = case.sealed or case.juvenile
    if role == "custodian":
        if not restricted or action != CASE_READ:
            raise PermissionDenied("perm.role", role=role, action=action)
        if case.id is None or not has_grant(actor, case.id):
            raise PermissionDenied("perm.legal_basis_required", case_id=case.id)
        return
    if restricted and not on_case:
        raise PermissionDenied("perm.sealed", case_id=case.id)
    if role in ("mediator", "director") and case.organisation_id != actor.organisation_id:
        raise PermissionDenied("perm.other_organisation", case_id=case.id)
    if role == "director":
        return
    if role == "mediator":
        if action == CASE_APPROVE:
            raise PermissionDenied("perm.role", role=role, action=action)
        if not on_case:
            raise PermissionDenied("perm.not_on_case", case_id=case.id)
        return
    # member: current memberships, and the stage for the action
    held = _memberships(session, actor, case.id, today) if session is not None and case.id is not None else []
    if not held:
        raise PermissionDenied("perm.not_on_case", case_id=case.id)
    if action == CASE_READ:
        return
    wanted = STAGE_OF.get(action)
    stages = {s for m in held for s in m.stages.split(",") if s}
    if wanted is None or not stages.intersection(wanted):
        raise PermissionDenied("perm.stage", case_id=case.id, action=action, stages=sorted(stages))


def require_unseal(actor: Actor, case: Case) -> None:
    """Unsealing is reserved to the custodian (who opened the case with a legal basis) or a director.

    Raises:
        PermissionDenied: ``perm.unseal`` (any other role, or a director of another committee);
            ``perm.legal_basis_required`` (the custodian has not opened this case).
    """
    if actor.role == "custodian":
        if case.id is None or not has_grant(actor, case.id):
            raise PermissionDenied("perm.legal_basis_required", case_id=case.id)
        return
    if actor.role == "director" and case.organisation_id == actor.organisation_id:
        return
    if actor.role == "system":
        return
    raise PermissionDenied("perm.unseal", case_id=case.id)


def can(actor: Actor, action: str, **kw: object) -> bool:
    """Whether :func:`require` would pass (for enabling buttons; the services still check)."""
    try:
        require(actor, action, **kw)  # type: ignore[arg-type]
    except PermissionDenied:
        return False
    return True


def open_sealed(db, actor: Actor, case_id: int, legal_basis: str):  # type: ignore[no-untyped-def]
    """Open a sealed or juvenile case for this login session, recording the legal basis.

    Returns:
        The :class:`~.base.Changes` of the audit event.

    Raises:
        ValidationError: ``sealed.legal_basis_required`` (blank basis).
        PermissionDenied: ``perm.role`` (only the custodian opens sealed records).
    """
    from .base import unit_of_work

    basis = clean("legal_basis", legal_basis)
    if not basis:
        raise ValidationError("sealed.legal_basis_required")
    require(actor, SEALED_OPEN)
    with unit_of_work(db, actor) as uow:
        case = uow.get(Case, case_id)
        if not (case.sealed or case.juvenile):
            raise ValidationError("sealed.not_sealed", case_id=case_id)
        uow.audit("sealed.open", "case", case_id, case_id=case_id, diff={"legal_basis": [None, basis]})
        changes = uow.changes
    _grants.setdefault(_key(actor), set()).add(case_id)
    return changes


def reveal_id(db, actor: Actor, person_id: int, reason: str) -> str:  # type: ignore[no-untyped-def]
    """The full ID number of a person on a case the actor may read; the reason is audited.

    Raises:
        ValidationError: ``id.reveal_reason_required``.
        PermissionDenied: ``perm.role`` or ``perm.not_on_case`` (no visible case of this person).
    """
    from .base import unit_of_work

    why = clean("reason", reason, max_len=500)
    if not why:
        raise ValidationError("id.reveal_reason_required")
    require(actor, ID_REVEAL)
    with unit_of_work(db, actor) as uow:
        person = uow.get(Person, person_id)
        ids = select(col(CaseParty.case_id)).where(col(CaseParty.person_id) == person_id)
        cases = list(uow.session.execute(select(Case).where(col(Case.id).in_(ids))).scalars())
        readable = [c for c in cases if can(actor, CASE_READ, case=c, session=uow.session)]
        if not readable:
            raise PermissionDenied("perm.not_on_case", person_id=person_id)
        uow.audit(
            "id.reveal", "person", person_id, case_id=readable[0].id, diff={"reason": [None, why[:500]]}
        )
        return person.id_number or person.uscc or ""


def export_stamp(actor: Actor, at: datetime | None = None) -> str:
    """The line an unmasked export carries: who exported it and when (Beijing time)."""
    require(actor, EXPORT_UNMASKED)
    when = (at or utcnow()).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    return f"未脱敏导出 / unmasked export: {actor.username} @ {actor.workstation}, {when}"


def check_case(uow, action: str, case: Case) -> None:  # type: ignore[no-untyped-def]
    """:func:`require` inside a unit of work (the services' one-line guard)."""
    require(uow.actor, action, case=case, session=uow.session)
