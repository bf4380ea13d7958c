"""Demo data set-up: organisations, categories and committee members the cases need.

Reads what the database already has (organisations by kind, members by role, number
series, ID numbers and credit codes in use, the next free ids) and makes rows for what is
missing. Nothing is written here; :func:`mediation_desk.demo.generator.generate` inserts.

The committee has :data:`MEMBERS` per role for runs up to 100,000 cases; a bigger run is a
bigger district and has ``round(base * scale)`` per role, ``scale = max(1, cases / 100,000)``
(:func:`~mediation_desk.demo.plan.district_scale`; 120 mediators at 1,000,000), so a
member has about as many cases as at 100,000 (members are drawn evenly for each case). Only
the members missing are added: a database that has as many already gets none.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlmodel import Session

from ..domain.enums import DEFAULT_CATEGORIES, CommitteeRole, OrgKind, PersonKind, Track
from ..services.settings import limits, type_code
from ..services.setup import CATEGORY_EN
from ..store.models import (
    Agreement,
    Attendance,
    CalendarOverride,
    Case,
    CaseParty,
    Category,
    FollowUp,
    JudicialConfirmation,
    LinkedMatter,
    MediationSession,
    Membership,
    NumberSeries,
    Obligation,
    Organisation,
    Payment,
    Person,
    SearchGram,
    StatusHistory,
)
from .cases import Context
from .people import PeopleMaker
from .plan import district_scale


def _t(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


#: Insert order (foreign keys first); ``case_fts`` is written with raw SQL.
TABLES: dict[str, Any] = {
    "category": _t(Category),
    "organisation": _t(Organisation),
    "person": _t(Person),
    "case": _t(Case),
    "caseparty": _t(CaseParty),
    "linkedmatter": _t(LinkedMatter),
    "membership": _t(Membership),
    "statushistory": _t(StatusHistory),
    "mediationsession": _t(MediationSession),
    "attendance": _t(Attendance),
    "agreement": _t(Agreement),
    "obligation": _t(Obligation),
    "payment": _t(Payment),
    "followup": _t(FollowUp),
    "judicialconfirmation": _t(JudicialConfirmation),
    "searchgram": _t(SearchGram),
    "case_fts": None,
}
ID_TABLES = [name for name in TABLES if name not in ("category", "searchgram", "case_fts")]

# kind, name, org_code, USCC head (registration authority + type), phone
ORGS: list[tuple[OrgKind, str, str, str, str]] = [
    (OrgKind.COMMITTEE, "北京市朝阳区人民调解委员会", "京朝", "Y1", "+861065090110"),
    (OrgKind.STUDIO, "北京市公安局朝阳分局三里屯派出所律师调解工作室", "京朝三", "31", "+861064161234"),
    (OrgKind.POLICE_STATION, "北京市公安局朝阳分局三里屯派出所", "", "11", "+861064163475"),
    (OrgKind.PROCURATORATE, "北京市朝阳区人民检察院", "", "11", "+861065951000"),
    (OrgKind.COURT, "北京市朝阳区人民法院", "", "11", "+861085881234"),
    (OrgKind.OTHER, "北京市朝阳区阳光社会工作服务中心", "", "52", "+861087761234"),
]
MEMBERS: dict[CommitteeRole, tuple[OrgKind, int]] = {
    CommitteeRole.MEDIATOR: (OrgKind.COMMITTEE, 12),
    CommitteeRole.LAWYER: (OrgKind.STUDIO, 6),
    CommitteeRole.POLICE: (OrgKind.POLICE_STATION, 8),
    CommitteeRole.PROSECUTOR: (OrgKind.PROCURATORATE, 3),
    CommitteeRole.JUDGE: (OrgKind.COURT, 3),
    CommitteeRole.SOCIAL_WORKER: (OrgKind.OTHER, 4),
    CommitteeRole.INVITED: (OrgKind.COMMITTEE, 5),
}


def members_wanted(cases: int) -> dict[CommitteeRole, int]:
    """Committee members per role for a run of ``cases`` cases (the base :data:`MEMBERS` up to 100,000)."""
    scale = district_scale(cases)
    return {role: max(base, int(base * scale + 0.5)) for role, (_, base) in MEMBERS.items()}


OCCUPATION = {
    CommitteeRole.MEDIATOR: "人民调解员",
    CommitteeRole.LAWYER: "律师",
    CommitteeRole.POLICE: "民警",
    CommitteeRole.PROSECUTOR: "检察官",
    CommitteeRole.JUDGE: "法官",
    CommitteeRole.SOCIAL_WORKER: "社工",
    CommitteeRole.INVITED: "社区工作者",
}


def _next_ids(session: Session) -> dict[str, int]:
    out: dict[str, int] = {}
    for name in ID_TABLES:
        table = TABLES[name]
        out[name] = int(session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
    return out


def prepare(session: Session, rng: random.Random, horizon: datetime, cases: int = 0) -> dict[str, Any]:
    """Read the database and make the set-up rows a run of ``cases`` cases needs (see module docstring)."""
    next_ids = _next_ids(session)
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    created: dict[str, int] = defaultdict(int)
    used_ids = {r for (r,) in session.execute(select(Person.id_number).where(Person.id_number.is_not(None)))}  # type: ignore[union-attr]
    used_uscc = {r for (r,) in session.execute(select(Person.uscc).where(Person.uscc.is_not(None)))}  # type: ignore[union-attr]
    used_uscc |= {
        r
        for (r,) in session.execute(select(Organisation.uscc).where(Organisation.uscc.is_not(None)))  # type: ignore[union-attr]
    }
    people = PeopleMaker(rng, _counter(next_ids, "person"), used_ids, used_uscc)

    if not session.execute(select(func.count()).select_from(Category)).scalar_one():
        for order, (code, zh) in enumerate(DEFAULT_CATEGORIES.items()):
            rows["category"].append(
                {
                    "code": code,
                    "name_zh": zh,
                    "name_en": CATEGORY_EN.get(code, code),
                    "active": True,
                    "sort_order": order,
                }
            )
        categories = list(DEFAULT_CATEGORIES)
    else:
        categories = [
            c
            for (c,) in session.execute(
                select(Category.code).where(Category.active).order_by(Category.sort_order)
            )
        ]

    by_kind: dict[str, dict[str, Any]] = {}
    for oid, name, kind, code in session.execute(
        select(Organisation.id, Organisation.name, Organisation.kind, Organisation.org_code).order_by(
            Organisation.id
        )
    ):
        by_kind.setdefault(kind, {"id": oid, "name": name, "org_code": code})
    for kind, name, code, head, phone in ORGS:
        if kind.value in by_kind:
            continue
        row = {
            "id": next_ids["organisation"],
            "name": name,
            "kind": kind.value,
            "org_code": code,
            "uscc": people.uscc(head),
            "address": "北京市朝阳区工体北路" + str(rng.randint(1, 99)) + "号",
            "phone": phone,
            "created_at": horizon,
        }
        next_ids["organisation"] += 1
        rows["organisation"].append(row)
        created["organisation"] += 1
        by_kind[kind.value] = row
    main = by_kind[OrgKind.COMMITTEE.value]
    if not main.get("org_code"):
        main["org_code"] = "京朝"  # numbers need a code; an unnamed committee gets the demo one
    org_for_track = {t: main for t in Track}
    org_for_track[Track.LAWYER] = by_kind[OrgKind.STUDIO.value]
    if not org_for_track[Track.LAWYER].get("org_code"):
        org_for_track[Track.LAWYER] = main

    members: dict[CommitteeRole, list[tuple[int, str]]] = defaultdict(list)
    for pid, name, role in session.execute(
        select(Person.id, Person.name, Person.member_role).where(Person.member_role.is_not(None))
    ):  # type: ignore[union-attr]
        if role in CommitteeRole._value2member_map_:
            members[CommitteeRole(role)].append((pid, name))
    on = horizon.date()
    wanted_by_role = members_wanted(cases)
    for role, (kind, _) in MEMBERS.items():
        for _ in range(wanted_by_role[role] - len(members[role])):
            row = people.natural(
                on=on,
                at=horizon,
                min_age=28,
                max_age=62,
                mode=42,
                occupation=OCCUPATION[role],
                organisation_id=by_kind[kind.value]["id"],
                member_role=role.value,
            )
            members[role].append((row["id"], row["name"]))
            created["members"] += 1
    rows["person"] = people.rows
    created["person"] += len(people.rows)

    org_parties = {}
    for pid, name, uscc, phone in session.execute(
        select(Person.id, Person.name, Person.uscc, Person.phone).where(
            Person.kind == PersonKind.ORGANISATION.value, Person.member_role.is_(None)
        )
    ):  # type: ignore[union-attr]
        org_parties.setdefault(
            name,
            {"id": pid, "name": name, "uscc": uscc, "phone": phone, "id_number": None, "birth_date": None},
        )
    series = {}
    series_ids = {}
    for sid, org, code, year, last in session.execute(
        select(
            NumberSeries.id,
            NumberSeries.organisation_id,
            NumberSeries.type_code,
            NumberSeries.year,
            NumberSeries.last_seq,
        )
    ):
        series[(org, code, year)] = last
        series_ids[(org, code, year)] = sid
    lim = limits(session)
    ctx = Context(
        org_for_track=org_for_track,
        members=dict(members),
        type_codes={t.value: type_code(session, t.value) for t in Track},
        series=series,
        org_parties=org_parties,
        mediation_days=lim.mediation_days,
        acceptance_days=lim.acceptance_days,
        juvenile_age=lim.juvenile_age,
        limits=lim,
        calendar_overrides={
            d: w for d, w in session.execute(select(CalendarOverride.day, CalendarOverride.working))
        },
    )
    return {
        "context": ctx,
        "series_ids": series_ids,
        "next_ids": next_ids,
        "used_ids": used_ids,
        "used_uscc": used_uscc,
        "categories": categories,
        "rows": rows,
        "created": created,
        "people": people,
    }


def _counter(next_ids: dict[str, int], table: str) -> Callable[[], int]:
    def take() -> int:
        value = next_ids[table]
        next_ids[table] = value + 1
        return value

    return take


def add_org_parties(setup: dict[str, Any], companies: set[tuple[str, str]], at: datetime) -> None:
    """Make the organisation parties the plan names that the database does not have yet."""
    ctx: Context = setup["context"]
    people: PeopleMaker = setup["people"]
    before = len(people.rows)
    for name, head in sorted(companies):
        if name not in ctx.org_parties:
            ctx.org_parties[name] = people.organisation(name, head, at=at)
    setup["created"]["person"] += len(people.rows) - before
