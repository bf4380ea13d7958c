"""A hand-computed statistics month (March 2026, Asia/Shanghai) built from explicit rows.

Every expected figure in ``tests/unit/test_statistics.py`` is worked out by hand from the
table below; the comments give the arithmetic. Ten cases around March, plus filler cases in
December–February for the monthly question.

====  ==========  ==========  ===========  ======================================  ==============
case  received    accepted    1st contact  history (Shanghai)                      notes
====  ==========  ==========  ===========  ======================================  ==============
C1    03-02 09:00 03-02 10:00 03-02 15:00  agreed 03-05 09:00, closed 03-25        noise, m1, ¥5000 paid
C2    03-10 09:00 03-12 09:00 —            agreed 03-20 21:00, performing          noise, m2, ¥3000+¥2000, paid ¥1000 (+¥1000 in Apr)
C3    03-15 09:00 03-15 10:00 03-15 12:00  withdrawn 03-18, closed 03-19           parking, m1
C4    02-25 09:00 02-25 10:00 02-25 10:00  agreed 02-28, closed 03-04              noise, m1 (crosses Feb→Mar)
C5    03-28 09:00 03-28 12:00 —            agreed 04-03, closed 04-10              property_damage, m2 (crosses Mar→Apr)
C6    03-05 09:00 03-05 09:30 —            failed 03-09, closed 03-10              neighbour, m2
C7    03-06 09:00 03-07 10:00 03-07 10:00  agreed 03-08 09:00, performing          injury, m1, CONFIDENTIAL ¥80000
C8    03-31 23:30 —           —            registered                              noise, no mediator (UTC: 03-31 15:30)
C9    04-01 00:10 —           —            registered                              noise (UTC: 03-31 16:10 → April locally)
C10   03-20 09:00 —           —            declined 03-21, closed 03-21            other, no mediator
====  ==========  ==========  ===========  ======================================  ==============
"""  # noqa: E501

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from mediation_desk.store.database import Database
from mediation_desk.store.engine import write_session
from mediation_desk.store.models import (
    Agreement,
    Case,
    FollowUp,
    Obligation,
    Organisation,
    Payment,
    Person,
    StatusHistory,
)
from mediation_desk.store.types import SHANGHAI

#: "Now" for the fixture: long after March, so "overdue" is judged at the end of March.
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=SHANGHAI)


def sh(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


@dataclass
class Fixture:
    ids: dict[str, int]  # "C1" → case id
    m1: int
    m2: int
    org_id: int


def _history(s, case_id: int, steps: list[tuple[str, datetime]]) -> None:  # type: ignore[no-untyped-def]
    prev = None
    for seq, (status, at) in enumerate(steps, start=1):
        s.add(StatusHistory(case_id=case_id, seq=seq, from_status=prev, to_status=status, at=at))
        prev = status


def build(db: Database) -> Fixture:
    """Insert the fixture month; returns the case ids by name."""
    ids: dict[str, int] = {}
    with write_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalars().first()
        m1 = Person(name="王调解", member_role="mediator")
        m2 = Person(name="刘调解", member_role="mediator")
        payer, payee = Person(name="赵付款"), Person(name="钱收款")
        s.add_all([m1, m2, payer, payee])
        s.flush()
        seq = iter(range(1, 1000))

        def case(
            name: str,
            received: datetime,
            status: str,
            category: str,
            *,
            mediator: int | None = None,
            accepted: datetime | None = None,
            contact: datetime | None = None,
            closed: datetime | None = None,
            source: str = "hotline_12345",
            track: str = "people",
            confidential: bool = False,
            due: datetime | None = None,
            history: list[tuple[str, datetime]] | None = None,
        ) -> int:
            n = next(seq)
            c = Case(
                number=f"（2026）京朝调字第{n:04d}号",
                year=2026,
                seq=n,
                organisation_id=org,
                title=f"案件{name}",
                track=track,
                source=source,
                category=category,
                status=status,
                received_at=received,
                accepted_at=accepted,
                first_contact_at=contact,
                closed_at=closed,
                chief_mediator_id=mediator,
                confidential_amounts=confidential,
                due_at=due,
                party_names=f"甲{name}、乙{name}",
            )
            s.add(c)
            s.flush()
            steps = [("registered", received)] + (history or [])
            _history(s, c.id, steps)  # type: ignore[arg-type]
            ids[name] = c.id  # type: ignore[assignment]
            return c.id  # type: ignore[return-value]

        def agreement(
            case_id: int, signed: datetime, amounts: list[int], paid: list[tuple[int, datetime]]
        ) -> None:
            ag = Agreement(
                case_id=case_id, number=f"协{case_id}", state="signed", terms="赔偿", signed_at=signed
            )
            s.add(ag)
            s.flush()
            obs = []
            for i, fen in enumerate(amounts, start=1):
                ob = Obligation(
                    agreement_id=ag.id,
                    case_id=case_id,
                    seq=i,
                    payer_person_id=payer.id,  # type: ignore[arg-type]
                    payee_person_id=payee.id,
                    amount_fen=fen,
                )  # type: ignore[arg-type]
                s.add(ob)
                obs.append(ob)
            s.flush()
            for fen, at in paid:
                s.add(Payment(obligation_id=obs[0].id, case_id=case_id, amount_fen=fen, paid_at=at))  # type: ignore[arg-type]

        c1 = case(
            "C1",
            sh(3, 2),
            "closed",
            "noise",
            mediator=m1.id,
            accepted=sh(3, 2, 10),
            contact=sh(3, 2, 15),
            closed=sh(3, 25),
            history=[
                ("accepted", sh(3, 2, 10)),
                ("in_mediation", sh(3, 3)),
                ("agreement_reached", sh(3, 5)),
                ("performing", sh(3, 5, 10)),
                ("performed", sh(3, 20)),
                ("closed", sh(3, 25)),
            ],
        )
        agreement(c1, sh(3, 5), [500000], [(500000, sh(3, 20))])
        c2 = case(
            "C2",
            sh(3, 10),
            "performing",
            "noise",
            mediator=m2.id,
            accepted=sh(3, 12),
            source="police_referral",
            due=sh(3, 25),
            history=[
                ("accepted", sh(3, 12)),
                ("in_mediation", sh(3, 12, 10)),
                ("agreement_reached", sh(3, 20, 21)),
                ("performing", sh(3, 20, 22)),
            ],
        )
        agreement(c2, sh(3, 20, 21), [300000, 200000], [(100000, sh(3, 25)), (100000, sh(4, 2))])
        case(
            "C3",
            sh(3, 15),
            "closed",
            "parking",
            mediator=m1.id,
            accepted=sh(3, 15, 10),
            contact=sh(3, 15, 12),
            closed=sh(3, 19),
            source="application",
            history=[
                ("accepted", sh(3, 15, 10)),
                ("in_mediation", sh(3, 16)),
                ("withdrawn", sh(3, 18)),
                ("closed", sh(3, 19)),
            ],
        )
        c4 = case(
            "C4",
            sh(2, 25),
            "closed",
            "noise",
            mediator=m1.id,
            accepted=sh(2, 25, 10),
            contact=sh(2, 25, 10),
            closed=sh(3, 4),
            history=[
                ("accepted", sh(2, 25, 10)),
                ("in_mediation", sh(2, 26)),
                ("agreement_reached", sh(2, 28)),
                ("performed", sh(3, 3)),
                ("closed", sh(3, 4)),
            ],
        )
        agreement(c4, sh(2, 28), [100000], [(100000, sh(3, 3))])
        c5 = case(
            "C5",
            sh(3, 28),
            "closed",
            "property_damage",
            mediator=m2.id,
            accepted=sh(3, 28, 12),
            closed=sh(4, 10),
            source="police_110",
            track="public_security",
            history=[
                ("accepted", sh(3, 28, 12)),
                ("in_mediation", sh(3, 29)),
                ("agreement_reached", sh(4, 3)),
                ("performed", sh(4, 5)),
                ("closed", sh(4, 10)),
            ],
        )
        agreement(c5, sh(4, 3), [70000], [(70000, sh(4, 5))])
        case(
            "C6",
            sh(3, 5),
            "closed",
            "neighbour",
            mediator=m2.id,
            accepted=sh(3, 5, 9, 30),
            closed=sh(3, 10),
            history=[
                ("accepted", sh(3, 5, 9, 30)),
                ("in_mediation", sh(3, 6)),
                ("mediation_failed", sh(3, 9)),
                ("closed", sh(3, 10)),
            ],
        )
        c7 = case(
            "C7",
            sh(3, 6),
            "performing",
            "injury",
            mediator=m1.id,
            accepted=sh(3, 7, 10),
            contact=sh(3, 7, 10),
            source="procuratorate",
            track="criminal",
            confidential=True,
            due=sh(4, 30),
            history=[
                ("accepted", sh(3, 7, 10)),
                ("in_mediation", sh(3, 7, 11)),
                ("agreement_reached", sh(3, 8)),
                ("performing", sh(3, 8, 10)),
            ],
        )
        agreement(c7, sh(3, 8), [8000000], [(3000000, sh(3, 9))])
        case("C8", sh(3, 31, 23, 30), "registered", "noise", due=sh(4, 3))
        case("C9", sh(4, 1, 0, 10), "registered", "noise")
        case(
            "C10",
            sh(3, 20),
            "closed",
            "other",
            closed=sh(3, 21),
            source="application",
            history=[("declined", sh(3, 21)), ("closed", sh(3, 21, 10))],
        )
        for cid, at, answer in [
            (c1, sh(3, 26), "satisfied"),
            (c4, sh(3, 10), "basically_satisfied"),
            (ids["C3"], sh(3, 20), "dissatisfied"),
            (c2, sh(3, 28), None),
            (c4, sh(4, 5), "satisfied"),
        ]:
            s.add(FollowUp(case_id=cid, done_at=at, satisfaction=answer))
        # Filler for the monthly question: Dec–Feb receipts by category.
        filler = {
            (12, 2025): {"noise": 2, "neighbour": 1},
            (1, 2026): {"noise": 1, "neighbour": 2, "property_damage": 1},
            (2, 2026): {"parking": 6},
        }  # plus C4 (noise) in February
        for (mon, year), cats in filler.items():
            for cat, count in cats.items():
                for k in range(count):
                    case(f"F{year}{mon}{cat}{k}", sh(mon, 10 + k, year=year), "registered", cat)
    return Fixture(ids=ids, m1=m1.id, m2=m2.id, org_id=org)  # type: ignore[arg-type]
