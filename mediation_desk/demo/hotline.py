"""Demo 12345 tickets: every demo case from the hotline gets its ticket (工单号, response, reply,
return visit), derived from the case's own times and outcome so the figures agree with the case.

One pass over the run's hotline cases after the bulk copy; deterministic for a seed.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session, col

from ..domain.enums import Source
from ..store.models import Case, HotlineTicket

REPLY_DAYS = 7
#: the case statuses after which the committee has replied to the platform
_DONE = {
    "agreement_reached",
    "performing",
    "performed",
    "not_performed",
    "mediation_failed",
    "withdrawn",
    "declined",
    "closed",
    "archived",
}
_REPLIES = {
    True: "经人民调解委员会调解，双方当事人自愿达成调解协议，诉求已解决。",
    False: "经调解双方未能达成一致，已告知诉求人可通过诉讼、仲裁等途径解决。",
}
CHUNK = 5000


def add_tickets(session: Session, *, first_case_id: int, last_case_id: int, seed: int, now: datetime) -> int:
    """Insert the tickets of the hotline cases with ids ``first_case_id``..``last_case_id``."""
    rng = random.Random(seed * 7919 + 12345)
    stmt = (
        select(
            col(Case.id),
            col(Case.received_at),
            col(Case.first_contact_at),
            col(Case.accepted_at),
            col(Case.status),
            col(Case.closed_at),
        )
        .where(
            col(Case.source) == Source.HOTLINE_12345.value,
            col(Case.id) >= first_case_id,
            col(Case.id) <= last_case_id,
        )
        .order_by(col(Case.id))
    )
    rows: list[dict[str, Any]] = []
    added = 0
    for cid, received, contact, accepted, status, closed in session.execute(stmt).all():
        rows.append(_ticket(rng, cid, received, contact or accepted, status, closed, now))
        if len(rows) >= CHUNK:
            session.execute(insert(HotlineTicket), rows)
            added, rows = added + len(rows), []
    if rows:
        session.execute(insert(HotlineTicket), rows)
        added += len(rows)
    return added


def add_report_facts(
    session: Session, *, first_case_id: int, last_case_id: int, seed: int, start: datetime, now: datetime
) -> int:
    """The official table's facts for some demo cases (prevention, 防止民转刑, 防止群体性上访) and two
    screening rounds a month for each committee that has cases; returns the case rows added."""
    from ..store.models import CaseReport, ScreeningRound
    from ..store.types import SHANGHAI

    rng = random.Random(seed * 31 + 17)
    rows: list[dict[str, Any]] = []
    stmt = (
        select(col(Case.id), col(Case.category))
        .where(col(Case.id) >= first_case_id, col(Case.id) <= last_case_id)
        .order_by(col(Case.id))
    )
    for cid, category in session.execute(stmt).all():
        roll = rng.random()
        if roll > 0.06:
            continue
        crime = roll < 0.012 or (category == "injury" and roll < 0.03)
        petition = category in ("property_mgmt", "labour", "neighbour") and 0.03 <= roll < 0.04
        rows.append(
            {
                "case_id": cid,
                "prevented": roll < 0.05,
                "prevent_crime": crime,
                "prevent_crime_persons": rng.randint(2, 4) if crime else 0,
                "prevent_petition": petition,
                "prevent_petition_persons": rng.randint(8, 40) if petition else 0,
                "official_source": None,
                "version": 1,
            }
        )
    for k in range(0, len(rows), CHUNK):
        session.execute(insert(CaseReport), rows[k : k + CHUNK])
    orgs = [
        o
        for (o,) in session.execute(
            select(col(Case.organisation_id))
            .where(col(Case.id) >= first_case_id, col(Case.id) <= last_case_id)
            .distinct()
        ).all()
    ]
    day = start.astimezone(SHANGHAI).date().replace(day=1)
    last = now.astimezone(SHANGHAI).date()
    rounds = []
    while day <= last:
        for org in orgs:
            for d in (5, 20):
                held = day.replace(day=d)
                if held <= last:
                    rounds.append(
                        {
                            "organisation_id": org,
                            "held_on": held,
                            "disputes_found": rng.randint(0, 9),
                            "scope": "辖区社区、商户矛盾纠纷排查",
                            "note": "",
                            "created_by": None,
                            "version": 1,
                        }
                    )
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    if rounds:
        session.execute(insert(ScreeningRound), rounds)
    return len(rows)


def _ticket(
    rng: random.Random,
    cid: int,
    received: datetime,
    response: datetime | None,
    status: str,
    closed: datetime | None,
    now: datetime,
) -> dict[str, Any]:
    due = received + timedelta(days=REPLY_DAYS)
    row: dict[str, Any] = {
        "case_id": cid,
        "ticket_no": f"BJ{received:%Y%m%d}-{cid:07d}",
        "received_at": received,
        "reply_due_at": due,
        "first_response_at": response,
        "first_response_note": "电话联系诉求人，告知已转人民调解委员会办理" if response else "",
        "reply_at": None,
        "reply_text": "",
        "visit_at": None,
        "visit_resolved": None,
        "visit_satisfaction": None,
        "version": 1,
    }
    if response is None or status not in _DONE:
        return row
    agreed = status in ("agreement_reached", "performing", "performed", "not_performed") or (
        status in ("closed", "archived") and rng.random() < 0.7
    )
    reply = max(response, min(closed or now, received + timedelta(hours=rng.uniform(20, 24 * 9))))
    if reply > now:
        return row
    row.update(reply_at=reply, reply_text=_REPLIES[agreed])
    visit = reply + timedelta(hours=rng.uniform(12, 72))
    if visit > now or rng.random() < 0.12:
        return row
    resolved = rng.random() < (0.9 if agreed else 0.25)
    weights = (0.68, 0.22, 0.10) if resolved else (0.08, 0.27, 0.65)
    answer = (
        None
        if rng.random() < 0.05
        else rng.choices(("satisfied", "basically_satisfied", "dissatisfied"), weights)[0]
    )
    row.update(visit_at=visit, visit_resolved=resolved, visit_satisfaction=answer)
    return row


__all__ = ["add_report_facts", "add_tickets"]
