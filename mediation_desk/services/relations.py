"""Relations between people recorded for the recusal check (亲属, 同事, 雇佣, 代理人…).

The relations screen of a case records how a committee member (or anyone in the directory) is
related to a party; :func:`mediation_desk.services.committee.conflicts` reads them when a member
is assigned. Codes are validated here (:func:`mediation_desk.domain.recusal.check_relation`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlmodel import col

from ..domain.errors import NotFoundError, ValidationError
from ..domain.recusal import check_relation
from ..domain.validation import clean
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, CaseParty, Membership, Person, PersonRelation
from . import policy
from .base import Actor, Changes, snapshot_of, unit_of_work


@dataclass(frozen=True)
class RelationResult:
    relation_id: int
    changes: Changes


@dataclass(frozen=True)
class RelationRow:
    """A recorded relation touching a party of the case."""

    id: int
    person_id: int
    person_name: str
    other_person_id: int
    other_name: str
    kind: str
    note: str


def add_relation(
    db: Database, actor: Actor, person_id: int, other_person_id: int, kind: str, note: str = ""
) -> RelationResult:
    """Record that ``person_id`` is related (``kind``) to ``other_person_id``; audited.

    Raises:
        ValidationError: ``relation.kind`` (unknown code), ``relation.note``, ``relation.self``,
            ``relation.duplicate``, ``text.too_long``.
        NotFoundError: either person does not exist.
    """
    policy.require(actor, policy.PEOPLE_EDIT)
    rel_kind, text = check_relation(kind, clean("note", note))
    if person_id == other_person_id:
        raise ValidationError("relation.self")
    with unit_of_work(db, actor) as uow:
        names = [uow.get(Person, pid).name for pid in (person_id, other_person_id)]
        a, b = col(PersonRelation.person_id), col(PersonRelation.other_person_id)
        same = select(col(PersonRelation.id)).where(
            col(PersonRelation.kind) == rel_kind.value,
            or_((a == person_id) & (b == other_person_id), (a == other_person_id) & (b == person_id)),
        )
        if uow.session.execute(same).first() is not None:
            raise ValidationError("relation.duplicate", name=names[0], other=names[1], kind=rel_kind.value)
        rel = PersonRelation(
            person_id=person_id, other_person_id=other_person_id, kind=rel_kind.value, note=text
        )
        uow.session.add(rel)
        uow.session.flush()
        uow.audit("person.relation", "person", person_id, diff=snapshot_of(rel))
        return RelationResult(rel.id, uow.changes)  # type: ignore[arg-type]


def remove_relation(db: Database, actor: Actor, relation_id: int) -> Changes:
    """Delete a recorded relation (entered by mistake); audited with what it said."""
    policy.require(actor, policy.PEOPLE_EDIT)
    with unit_of_work(db, actor) as uow:
        rel = uow.get(PersonRelation, relation_id)
        uow.audit(
            "person.relation_remove",
            "person",
            rel.person_id,
            diff={k: [v[1], None] for k, v in snapshot_of(rel).items()},
        )
        uow.session.delete(rel)
        return uow.changes


def case_relations(db: Database, actor: Actor, case_id: int) -> list[RelationRow]:
    """Relations between the case's parties and anyone (its members first of all).

    Raises:
        PermissionDenied / NotFoundError: the actor may not see the case.
    """
    with read_session(db.engine) as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFoundError("record.not_found", entity="case", id=case_id)
        policy.require(actor, policy.CASE_READ, case=case, session=s)
        party_ids = set(
            s.execute(select(col(CaseParty.person_id)).where(col(CaseParty.case_id) == case_id)).scalars()
        )
        member_ids = set(
            s.execute(select(col(Membership.person_id)).where(col(Membership.case_id) == case_id)).scalars()
        )
        wanted = party_ids | member_ids
        rels = list(
            s.execute(
                select(PersonRelation)
                .where(
                    or_(
                        col(PersonRelation.person_id).in_(wanted),
                        col(PersonRelation.other_person_id).in_(wanted),
                    )
                )
                .order_by(col(PersonRelation.id))
            ).scalars()
        )
        rels = [r for r in rels if r.person_id in party_ids or r.other_person_id in party_ids]
        ids = {r.person_id for r in rels} | {r.other_person_id for r in rels}
        names: dict[int, str] = {
            int(pid): str(name)
            for pid, name in s.execute(
                select(col(Person.id), col(Person.name)).where(col(Person.id).in_(ids))
            )
        }
        return [
            RelationRow(
                int(r.id or 0),
                r.person_id,
                names.get(r.person_id, ""),
                r.other_person_id,
                names.get(r.other_person_id, ""),
                r.kind,
                r.note,
            )
            for r in rels
        ]


__all__ = ["RelationResult", "RelationRow", "add_relation", "case_relations", "remove_relation"]
