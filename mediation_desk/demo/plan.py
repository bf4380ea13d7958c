"""Demo data plan: for every case its destiny (final status), track, source, category and date.

The plan is made first for the whole run and sorted by the date received, so that case
numbers rise with time as they would at a real desk. The first cases of a run are forced to
cover every status, source, track, category and party/committee role.

Size of the district. Up to :data:`BASE_CASES` (100,000) cases a run is the same as it always
was: the finished cases spread over the two years (:data:`BASE_SPAN_DAYS`) before the horizon.
A bigger run is a bigger, older district: with ``scale = max(1, cases / BASE_CASES)``
(:func:`district_scale`) the finished cases (the destinies whose :data:`AGE_DAYS` reach back the
full two years) spread over ``730 * years`` days, ``years = min(scale, 5)``
(:func:`span_factor`), so at most ten years (:data:`MAX_SPAN_DAYS`). Open cases stay recent
whatever the size: the destinies that end within the last months (registered ... performing)
keep their ages, and their weight is divided by ``years`` so that there are as many open cases
per case received a day as at 100,000 (not ten times as many in the last weeks). At 1,000,000
cases: ten years, about 8,000 cases a month. The committee grows with ``scale`` too
(:func:`mediation_desk.demo.setup.members_wanted`).
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from itertools import accumulate
from typing import Any

from ..domain.enums import CaseStatus as S
from ..domain.enums import Source, Track
from ..domain.numbering import format_case_number
from . import names as N

DESTINY: dict[S, float] = {
    S.REGISTERED: 2,
    S.ACCEPTED: 2,
    S.DECLINED: 3,
    S.IN_MEDIATION: 5,
    S.AGREEMENT_REACHED: 3,
    S.MEDIATION_FAILED: 5,
    S.WITHDRAWN: 4,
    S.PERFORMING: 8,
    S.PERFORMED: 6,
    S.NOT_PERFORMED: 2,
    S.CLOSED: 32,
    S.ARCHIVED: 28,
}
#: Age of the case (days before the horizon) by destiny.
AGE_DAYS: dict[S, tuple[float, float]] = {
    S.REGISTERED: (0, 2.5),
    S.ACCEPTED: (0.3, 6),
    S.IN_MEDIATION: (1, 25),
    S.AGREEMENT_REACHED: (2, 40),
    S.PERFORMING: (20, 300),
    S.DECLINED: (2, 730),
    S.MEDIATION_FAILED: (5, 730),
    S.WITHDRAWN: (3, 730),
    S.PERFORMED: (15, 730),
    S.NOT_PERFORMED: (60, 730),
    S.CLOSED: (20, 730),
    S.ARCHIVED: (90, 730),
}
#: Runs up to this many cases make the base district (two years, the base committee).
BASE_CASES = 100_000
#: How far back the finished cases of the base district reach (days before the horizon).
BASE_SPAN_DAYS = 730
#: The longest history a big district gets (ten years).
MAX_SPAN_DAYS = 3650
MAX_SPAN_FACTOR = MAX_SPAN_DAYS / BASE_SPAN_DAYS


def district_scale(count: int) -> float:
    """How many base districts a run of ``count`` cases is: ``max(1, count / BASE_CASES)``."""
    return max(1.0, count / BASE_CASES)


def span_factor(count: int) -> float:
    """How many times two years the finished cases of a run of ``count`` cases spread over (1 to 5)."""
    return min(district_scale(count), MAX_SPAN_FACTOR)


@cache  # cached, so that the dicts live on (_pick caches by id)
def _scaled(years: float) -> tuple[dict[S, float], dict[S, tuple[float, float]]]:
    if years == 1:
        return DESTINY, AGE_DAYS
    weights = {s: w if AGE_DAYS[s][1] >= BASE_SPAN_DAYS else w / years for s, w in DESTINY.items()}
    ages = {s: (lo, hi * years) if hi >= BASE_SPAN_DAYS else (lo, hi) for s, (lo, hi) in AGE_DAYS.items()}
    return weights, ages


def destinies(count: int) -> tuple[dict[S, float], dict[S, tuple[float, float]]]:
    """(destiny weights, age ranges in days) for a run of ``count`` cases (see module docstring)."""
    return _scaled(span_factor(count))


TRACKS: dict[Track, float] = {
    Track.PEOPLE: 50,
    Track.PUBLIC_SECURITY: 22,
    Track.CRIMINAL: 8,
    Track.LAWYER: 12,
    Track.PRE_LITIGATION: 8,
}
SOURCES: dict[Track, dict[Source, float]] = {
    Track.PEOPLE: {
        Source.APPLICATION: 30,
        Source.INITIATIVE: 10,
        Source.POLICE_REFERRAL: 20,
        Source.HOTLINE_12345: 15,
        Source.POLICE_110: 10,
        Source.GOVERNMENT: 10,
        Source.COURT: 5,
    },
    Track.PUBLIC_SECURITY: {Source.POLICE_110: 50, Source.POLICE_REFERRAL: 50},
    Track.CRIMINAL: {Source.POLICE_REFERRAL: 60, Source.PROCURATORATE: 40},
    Track.LAWYER: {Source.APPLICATION: 40, Source.POLICE_REFERRAL: 40, Source.POLICE_110: 20},
    Track.PRE_LITIGATION: {Source.COURT: 100},
}
CATEGORIES: dict[str, float] = {
    "neighbour": 16,
    "property_damage": 14,
    "injury": 12,
    "family": 8,
    "labour": 7,
    "consumer": 9,
    "property_mgmt": 8,
    "parking": 7,
    "noise": 6,
    "traffic": 7,
    "other": 6,
}
#: Share of civil cases of a category with an organisation as a party.
ORG_PARTY = {
    "property_mgmt": 0.8,
    "consumer": 0.6,
    "labour": 0.7,
    "parking": 0.3,
    "traffic": 0.15,
    "neighbour": 0.06,
    "property_damage": 0.06,
    "other": 0.12,
}
TRACK_CATEGORIES: dict[Track, dict[str, float]] = {
    Track.PUBLIC_SECURITY: {"injury": 40, "property_damage": 25, "neighbour": 20, "noise": 5, "other": 10},
    Track.CRIMINAL: {"injury": 55, "property_damage": 35, "traffic": 10},
}


@dataclass
class Plan:
    """What one demo case will be."""

    received: datetime
    destiny: S
    track: Track
    source: Source
    category: str
    force: set[str] = field(default_factory=set)
    company: tuple[str, str] | None = None  # (name, USCC head) of an organisation party
    case_id: int = 0
    number: str = ""
    year: int = 0
    seq: int = 0


def pack_plans(plans: list[Plan | None]) -> list[tuple[Any, ...] | None]:
    """Plans as tuples of plain values (None stays None), for sending to the builder processes.

    Pickling 100,000 :class:`Plan` objects took ~1 s to dump and ~1 s to load per process
    (enum members, datetimes, one reduce call per object); these tuples take a few hundredths.
    """
    return [
        None
        if p is None
        else (
            (p.received - _EPOCH) // _US,
            p.destiny.value,
            p.track.value,
            p.source.value,
            p.category,
            tuple(p.force),
            p.company,
            p.case_id,
            p.number,
            p.year,
            p.seq,
        )
        for p in plans
    ]


def unpack_plans(packed: list[tuple[Any, ...] | None]) -> list[Plan | None]:
    """The inverse of :func:`pack_plans`."""
    destiny, track, source = S._value2member_map_, Track._value2member_map_, Source._value2member_map_
    return [
        None
        if t is None
        else Plan(
            _EPOCH + timedelta(microseconds=t[0]),
            destiny[t[1]],
            track[t[2]],  # type: ignore[arg-type]
            source[t[3]],
            t[4],
            set(t[5]),
            t[6],
            t[7],
            t[8],
            t[9],
            t[10],
        )  # type: ignore[arg-type]
        for t in packed
    ]


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_CUM: dict[tuple[int, tuple[str, ...]], tuple[list[Any], list[float]]] = {}


def _pick(rng: random.Random, weights: dict, extra: list[str] | None = None):  # type: ignore[no-untyped-def,type-arg]
    key = (id(weights), tuple(extra or ()))
    if key not in _CUM:
        items = list(weights) + (extra or [])
        _CUM[key] = (items, list(accumulate(list(weights.values()) + [1.0] * len(extra or []))))
    items, cum = _CUM[key]
    return items[bisect(cum, rng.random() * cum[-1])]


def _coverage(categories: list[str]) -> list[dict[str, object]]:
    """Forced settings for the first cases of a run (each a partial Plan)."""
    out: list[dict[str, object]] = [{"destiny": s} for s in S]
    pairs = [
        (Track.PEOPLE, Source.APPLICATION),
        (Track.PEOPLE, Source.INITIATIVE),
        (Track.PUBLIC_SECURITY, Source.POLICE_110),
        (Track.CRIMINAL, Source.PROCURATORATE),
        (Track.LAWYER, Source.POLICE_REFERRAL),
        (Track.PRE_LITIGATION, Source.COURT),
        (Track.PEOPLE, Source.HOTLINE_12345),
        (Track.PEOPLE, Source.GOVERNMENT),
    ]
    for i, (track, source) in enumerate(pairs):
        out[i].update(track=track, source=source)
    out += [{"track": Track.PEOPLE, "category": c, "destiny": S.CLOSED} for c in categories]
    out += [
        {"track": Track.PUBLIC_SECURITY, "destiny": S.CLOSED, "force": {"juvenile", "guardian"}},
        {"track": Track.CRIMINAL, "destiny": S.ARCHIVED, "force": {"juvenile", "adult", "fast48", "sealed"}},
        {"track": Track.LAWYER, "destiny": S.CLOSED, "force": {"agent"}},
        {"track": Track.PRE_LITIGATION, "destiny": S.CLOSED},
        {
            "track": Track.PEOPLE,
            "destiny": S.ARCHIVED,
            "category": "neighbour",
            "force": {"invited", "company", "village"},
        },
        {"track": Track.CRIMINAL, "destiny": S.PERFORMING, "force": {"confidential"}},
        {
            "track": Track.PEOPLE,
            "destiny": S.NOT_PERFORMED,
            "category": "property_mgmt",
            "force": {"company"},
        },
    ]
    return out


def company_name(rng: random.Random, category: str, village: bool = False) -> tuple[str, str]:
    """A company name for a category and its USCC head (``91`` company, ``N2`` village)."""
    if village or category in ("neighbour", "property_damage", "other") and rng.random() < 0.6:
        town, villages = rng.choice(N.TOWNSHIPS)
        return f"北京市朝阳区{town}{rng.choice(villages)}股份经济合作社", "N2"
    kinds = N.BUSINESSES.get(category, N.BUSINESSES["other"])
    return f"北京{rng.choice(N.TRADE_NAMES)}{rng.choice(kinds)}", "91"


def number_plans(plans: list[Plan], ctx: Any, first_case_id: int) -> None:
    """Give each planned case its id and number, in order (advances ``ctx.series``)."""
    checked: set[tuple[int, str, int]] = set()
    for i, p in enumerate(plans):
        org = ctx.org_for_track[p.track]
        year = (p.received + timedelta(hours=8)).year
        tcode = ctx.type_codes.get(p.track.value, "调")
        key = (org["id"], tcode, year)
        seq = ctx.series[key] = ctx.series.get(key, 0) + 1
        p.case_id, p.year, p.seq = first_case_id + i, year, seq
        if key in checked:  # the same text format_case_number makes; it checks the codes once per series
            p.number = f"（{year}）{org['org_code']}{tcode}字第{seq:04d}号"
        else:
            p.number = format_case_number(year=year, org_code=org["org_code"], type_code=tcode, seq=seq)
            checked.add(key)


def make_plan(
    rng: random.Random, count: int, horizon: datetime, categories: list[str], *, district: int | None = None
) -> list[Plan]:
    """The run's cases, sorted by date received (all at or before ``horizon``).

    ``district`` is the run size the span is chosen for (default ``count``; a smaller sample of
    a big run's plan, e.g. in tests, passes the big size).
    """
    extra = [c for c in categories if c not in CATEGORIES]
    cover = _coverage(categories)
    weights, ages = destinies(count if district is None else district)
    plans: list[Plan] = []
    for i in range(count):
        forced = cover[i] if i < len(cover) else {}
        destiny = forced.get("destiny") or _pick(rng, weights)
        track = forced.get("track") or _pick(rng, TRACKS)
        source = forced.get("source") or _pick(rng, SOURCES[track])  # type: ignore[index]
        category = forced.get("category") or _pick(rng, TRACK_CATEGORIES.get(track, CATEGORIES), extra)  # type: ignore[arg-type]
        lo, hi = ages[destiny]  # type: ignore[index]
        age = timedelta(days=rng.uniform(lo, hi))
        received = horizon - age
        # Office hours mostly (Shanghai = UTC+8): move night-time receipts into the day.
        local_hour = (received.hour + 8) % 24
        if local_hour < 8 and age > timedelta(days=1):
            received -= timedelta(hours=local_hour + rng.uniform(1, 6))
        force: set[str] = set(forced.get("force", set()))  # type: ignore[arg-type]
        company = None
        if track not in (Track.PUBLIC_SECURITY, Track.CRIMINAL) and (
            "company" in force or rng.random() < ORG_PARTY.get(category, 0.05)
        ):  # type: ignore[arg-type]
            company = company_name(rng, category, "village" in force)  # type: ignore[arg-type]
        plans.append(Plan(received, destiny, track, source, category, force, company))  # type: ignore[arg-type]
    plans.sort(key=lambda p: p.received)
    return plans
