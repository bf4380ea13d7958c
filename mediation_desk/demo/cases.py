"""Demo case builder: one planned case → rows for every table, consistent with its status.

The life of a case is laid out as hours after it was received (acceptance, sessions,
signing, instalments, payments, follow-up, closing), squeezed if it would not fit before the
horizon, then written as rows. Status history walks :data:`~mediation_desk.domain.workflow.ALLOWED`.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from ..domain.enums import CaseStatus as S
from ..domain.enums import CommitteeRole, PartyRole, Sex, Track
from ..domain.idcard import age_on
from ..store.search import document, grams
from . import texts as X
from .people import PeopleMaker
from .plan import Plan
from .timeline import local_date
from .work import WorkMaker

Row = dict[str, Any]
PRINCIPAL = {PartyRole.APPLICANT, PartyRole.RESPONDENT, PartyRole.VICTIM, PartyRole.SUSPECT}
#: How cases that ended up closed got there.
CLOSED_VIA = {S.PERFORMED: 63, S.MEDIATION_FAILED: 17, S.WITHDRAWN: 10, S.DECLINED: 6, S.NOT_PERFORMED: 4}


@dataclass
class Context:
    """What the builder needs from the database: organisations, members, series, limits."""

    org_for_track: dict[Track, Row]  # organisation rows (id, org_code)
    members: dict[CommitteeRole, list[tuple[int, str]]]
    type_codes: dict[str, str]
    series: dict[tuple[int, str, int], int]  # (org id, type code, year) → last seq (main process only)
    # name → person row of an organisation party (all made in set-up)
    org_parties: dict[str, Row] = field(default_factory=dict)
    mediation_days: int = 30
    acceptance_days: int = 3
    juvenile_age: int = 18
    limits: Any = None  # domain.limits.Limits
    calendar_overrides: dict[date, bool] = field(default_factory=dict)


class CaseMaker:
    """Builds the rows of planned cases into ``self.rows`` (table name → list of dicts).

    Case ids and numbers come with the plan; other new rows get batch-local negative ids
    (see :mod:`mediation_desk.demo.copy`). Organisation parties exist already.
    """

    def __init__(
        self, rng: random.Random, ctx: Context, people: PeopleMaker, work: WorkMaker, horizon: datetime
    ) -> None:
        self.rng, self.ctx, self.people, self.work, self.horizon = rng, ctx, people, work, horizon
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.recent: list[Row] = []  # adults seen lately in this batch, some come back as parties again

    def take(self) -> dict[str, list[Row]]:
        """Hand over the rows built so far (people and work rows included) and start a new batch."""
        rows, self.rows = self.rows, defaultdict(list)
        self.recent = []
        rows["person"], self.people.rows = self.people.rows, []
        for table, items in self.work.take().items():
            rows[table].extend(items)
        return rows

    # -- parties ------------------------------------------------------------------------------------
    def _adult(self, on: date, at: datetime) -> Row:
        r = self.rng
        if self.recent and r.random() < 0.04:
            return r.choice(self.recent)
        row = self.people.natural(on=on, at=at)
        if len(self.recent) < 500:
            self.recent.append(row)
        else:
            self.recent[r.randrange(500)] = row
        return row

    def _org_party(self, p: Plan) -> Row:
        assert p.company is not None
        return self.ctx.org_parties[p.company[0]]

    def _parties(self, p: Plan, on: date, at: datetime) -> list[tuple[Row, PartyRole, int | None, str]]:
        """(person, role, index of the party it protects/represents, agent authority)."""
        r = self.rng
        criminalish = p.track in (Track.PUBLIC_SECURITY, Track.CRIMINAL)
        first, second = (
            (PartyRole.VICTIM, PartyRole.SUSPECT)
            if criminalish
            else (PartyRole.APPLICANT, PartyRole.RESPONDENT)
        )
        out: list[tuple[Row, PartyRole, int | None, str]] = []
        company = p.company is not None
        a = self._adult(on, at)
        if company and p.category == "property_mgmt" and r.random() < 0.4:
            out += [(self._org_party(p), first, None, ""), (a, second, None, "")]
        elif company:
            out += [(a, first, None, ""), (self._org_party(p), second, None, "")]
        else:
            b = self._adult(on, at)
            out += [(a, first, None, ""), (b, second, None, "")] if b is not a else [(a, first, None, "")]
            if len(out) < 2:
                out.append((self.people.natural(on=on, at=at), second, None, ""))
        if not company and r.random() < 0.08:
            extra = self._adult(on, at)
            if all(extra is not t[0] for t in out):
                out.append((extra, first, None, ""))
        juvenile = "juvenile" in p.force or (not company and r.random() < 0.05)
        if juvenile:
            idx = 1 if criminalish or r.random() < 0.6 else 0
            surname = self.people.surname()
            kid = self.people.natural(on=on, at=at, min_age=12, max_age=17, mode=15, surname=surname)
            out[idx] = (kid, out[idx][1], None, "")
            if "adult" in p.force or ("guardian" not in p.force and r.random() < 0.2):
                out.append(
                    (
                        self.people.natural(on=on, at=at, occupation="社工"),
                        PartyRole.APPROPRIATE_ADULT,
                        idx,
                        "",
                    )
                )
            if "adult" not in p.force or r.random() < 0.5:
                parent = self.people.natural(
                    on=on, at=at, min_age=33, max_age=55, mode=42, sex=Sex.MALE, surname=surname
                )
                out.append((parent, PartyRole.GUARDIAN, idx, ""))
        if "agent" in p.force or r.random() < (0.3 if p.track == Track.LAWYER else 0.06):
            agent = self.people.natural(on=on, at=at, min_age=26, max_age=60, occupation="律师")
            out.append((agent, PartyRole.AGENT, r.randrange(2), r.choice(X.AUTHORITY)))
        return out

    # -- one case ---------------------------------------------------------------------------------
    def build(self, p: Plan) -> None:
        r, ctx = self.rng, self.ctx
        cid = p.case_id
        received = p.received
        incident = local_date(received) - timedelta(
            days=0 if p.track == Track.PUBLIC_SECURITY else r.choice((0, 0, 1, 2, 5, 10))
        )
        parties = self._parties(p, incident, received)
        links: list[Row] = []
        for order, (person, role, _ref, authority) in enumerate(parties):
            links.append(
                {
                    "id": self.work.ids.next("caseparty"),
                    "case_id": cid,
                    "person_id": person["id"],
                    "role": role.value,
                    "guardian_of_id": None,
                    "agent_for_id": None,
                    "agent_authority": authority,
                    "consent": p.track == Track.PUBLIC_SECURITY and role in PRINCIPAL,
                    "sort_order": order,
                }
            )
        for link, (_, role, ref, _) in zip(links, parties, strict=True):
            if ref is not None and role == PartyRole.AGENT:
                link["agent_for_id"] = links[ref]["id"]
            elif ref is not None:
                link["guardian_of_id"] = links[ref]["id"]
        self.rows["caseparty"].extend(links)
        principals = [pp for pp in parties if pp[1] in PRINCIPAL]
        a_name, b_name = principals[0][0]["name"], principals[-1][0]["name"]
        juvenile = any(
            pp[0]["birth_date"] and age_on(pp[0]["birth_date"], incident) < ctx.juvenile_age
            for pp in principals
        )
        org = ctx.org_for_track[p.track]
        number, year, seq = p.number, p.year, p.seq
        category = p.category
        subject = r.choice(X.SUBJECTS.get(category, X.SUBJECTS["other"]))
        charge = ""
        if p.track in (Track.CRIMINAL, Track.PUBLIC_SECURITY):
            if p.track == Track.CRIMINAL:
                wide = category == "injury" or r.random() < 0.5
                charges = X.CRIMINAL_CHARGES if wide else X.CIVIL_PART_CHARGES
            else:
                charges = X.PS_CHARGES
            fitting = [c for c in charges if X.CHARGE_CATEGORY[c] == category]
            charge = r.choice(fitting or charges)
            category = X.CHARGE_CATEGORY[charge]  # the title and the category tell the same story
            title = (
                f"{b_name}涉嫌{charge}刑事和解"
                if p.track == Track.CRIMINAL
                else f"{a_name}与{b_name}{charge}治安调解"
            )
        else:
            title = f"{a_name}与{b_name}{subject}纠纷"
        amount = self.work.amount(category)
        fill = {
            "a": a_name,
            "b": b_name,
            "d": f"{incident.year}年{incident.month}月{incident.day}日",
            "p": r.choice(X.PLACES),
            "x": subject,
            "m": f"{amount // 100}",
        }
        facts = r.choice(X.FACTS).format(**fill) + (r.choice(X.EXTRA_FACTS) if r.random() < 0.6 else "")
        case: Row = {
            "id": cid,
            "number": number,
            "year": year,
            "seq": seq,
            "organisation_id": org["id"],
            "title": title,
            "track": p.track.value,
            "source": p.source.value,
            "category": category,
            "status": p.destiny.value,
            "received_at": received,
            "incident_on": incident,
            "accepted_at": None,
            "closed_at": None,
            "first_contact_at": None,
            "facts": facts,
            "claims": r.choice(X.CLAIMS).format(**fill),
            "juvenile": juvenile,
            "sealed": juvenile and ("sealed" in p.force or p.track == Track.CRIMINAL or r.random() < 0.5),
            "confidential_amounts": (
                p.track == Track.CRIMINAL and ("confidential" in p.force or r.random() < 0.35)
            ),
            "chief_mediator_id": None,
            "chief_mediator_name": None,
            "fee_fen": None,
            "due_at": None,
            "fast_track_due_at": None,
            "extended_until": None,
            "extension_reason": "",
            "decline_reason": "",
            "eligibility_override": "",
            "created_by": None,
            "party_names": "、".join(pp[0]["name"] for pp in principals)[:500],
            "version": 1,
        }
        if p.track == Track.LAWYER and r.random() < 0.6:
            case["fee_fen"] = r.choice((100_00, 200_00, 300_00, 500_00))
        self.work.life(case, p, parties, links, fill, amount, charge)
        self.rows["case"].append(case)
        names = [pp[0]["name"] for pp in parties]
        self.rows["searchgram"].extend([(g, cid) for g in grams(names, title)])  # type: ignore[misc]
        # only the fields document() reads (a namespace of every column cost more than the document)
        people: list[Any] = [
            SimpleNamespace(name=q["name"], id_number=q["id_number"], uscc=q["uscc"], phone=q["phone"])
            for q, *_ in parties
        ]
        doc = document(SimpleNamespace(number=case["number"], title=title, facts=case["facts"]), people)  # type: ignore[arg-type]
        self.rows["case_fts"].append((cid, doc))  # type: ignore[arg-type]
