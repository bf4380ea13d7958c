"""Demo case life: timeline, status history, committee, sessions, agreement, money, follow-up.

Offsets are hours after the case was received. Everything that has happened lies before
the horizon; a case whose life would not fit is squeezed proportionally.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from ..domain.enums import AgreementState, PartyRole, Satisfaction, SessionOutcome, Track
from ..domain.enums import CaseStatus as S
from ..domain.numbering import format_case_number
from ..domain.workdays import WorkCalendar
from .matter import matter_row
from .records import write_records
from .timeline import PATHS, Ids

Row = dict[str, Any]
R, A, D, IM, AR, MF, W, PG, PD, NP, C, ARC = (
    S.REGISTERED,
    S.ACCEPTED,
    S.DECLINED,
    S.IN_MEDIATION,
    S.AGREEMENT_REACHED,
    S.MEDIATION_FAILED,
    S.WITHDRAWN,
    S.PERFORMING,
    S.PERFORMED,
    S.NOT_PERFORMED,
    S.CLOSED,
    S.ARCHIVED,
)
AMOUNTS = {
    "neighbour": (500, 8000),
    "property_damage": (300, 20000),
    "injury": (2000, 80000),
    "family": (1000, 50000),
    "labour": (2000, 40000),
    "consumer": (200, 10000),
    "property_mgmt": (500, 15000),
    "parking": (200, 5000),
    "noise": (500, 5000),
    "traffic": (1000, 30000),
}
METHODS = {"wechat": 35, "cash": 25, "bank_transfer": 20, "alipay": 15, "other": 5}
SATISFACTION = {
    Satisfaction.SATISFIED: 75,
    Satisfaction.BASICALLY_SATISFIED: 18,
    Satisfaction.DISSATISFIED: 7,
}
H = 3600.0


class MemoCalendar(WorkCalendar):
    """A :class:`WorkCalendar` that remembers each day's answer (the demo asks about the same days often)."""

    def __init__(self, overrides: Any = None) -> None:
        super().__init__(overrides)
        self._memo: dict[date, bool] = {}

    def is_working_day(self, d: date) -> bool:
        if isinstance(d, datetime):
            d = d.date()
        try:
            return self._memo[d]
        except KeyError:
            value = self._memo[d] = super().is_working_day(d)
            return value


class WorkMaker:
    """Lays out a case's life and writes its rows (see module docstring)."""

    def __init__(self, rng: random.Random, ctx: Any, ids: Ids, horizon: datetime) -> None:
        self.rng, self.ctx, self.ids, self.horizon = rng, ctx, ids, horizon
        self.rows: dict[str, list[Row]] = defaultdict(list)
        self.calendar = MemoCalendar(getattr(ctx, "calendar_overrides", None))
        self.limits = ctx.limits
        self.methods, self.method_w = list(METHODS), list(METHODS.values())
        self.sat, self.sat_w = list(SATISFACTION), list(SATISFACTION.values())

    def take(self) -> dict[str, list[Row]]:
        rows, self.rows = self.rows, defaultdict(list)
        return rows

    def amount(self, category: str) -> int:
        """A plausible agreed amount in fen."""
        lo, hi = AMOUNTS.get(category, (500, 10000))
        yuan = self.rng.triangular(lo, hi, lo + (hi - lo) * 0.2)
        if self.rng.random() < 0.1:
            return int(yuan * 100) // 50 * 50
        return max(100, int(yuan) // 100 * 100) * 100

    # -- timeline --------------------------------------------------------------------------------
    def _path(self, destiny: S) -> tuple[list[S], bool]:
        r = self.rng
        via = destiny
        if destiny in (C, ARC):
            via = r.choices([PD, MF, W, D, NP], weights=[63, 17, 10, 6, 4])[0]
        money = via in (PG, NP) or (via == PD and r.random() < 0.87)
        if via == W:
            path = r.choice([[R, W], [R, A, W], [R, A, IM, W]])
        elif via == PD:
            path = [R, A, IM, AR, PG, PD] if money else [R, A, IM, AR, PD]
        else:
            path = list(PATHS[via])
        if destiny in (C, ARC):
            path.append(C)
        if destiny == ARC:
            path.append(ARC)
        return path, money

    def _schedule(self, sign: float, spot: bool) -> list[float]:
        r = self.rng
        if spot:
            return [sign]
        n = r.randint(2, 6)
        interval = r.choice((7, 14, 30, 30, 30, 30)) * 24.0
        first = [sign] if r.random() < 0.5 else []
        return first + [sign + k * interval for k in range(1, n + 1 - len(first))]

    def life(
        self,
        case: Row,
        plan: Any,
        parties: list[tuple[Row, PartyRole, int | None, str]],
        links: list[Row],
        fill: dict[str, str],
        amount: int,
        charge: str,
    ) -> None:
        r, track, destiny = self.rng, plan.track, plan.destiny
        avail = (self.horizon - case["received_at"]).total_seconds() / H
        ps = track == Track.PUBLIC_SECURITY
        path, money = self._path(destiny)
        T: dict[S, float] = {R: 0.0}
        contact = r.uniform(0.2, 20) if r.random() < 0.92 else r.uniform(25, 72)
        if A in path:
            T[A] = r.uniform(0.2, 4) if ps else r.uniform(1, 60)
        if D in path:
            T[D] = r.uniform(2, 70)
        sessions: list[list[float]] = []
        if IM in path:
            n = r.choices((1, 2, 3), weights=(70, 30, 0) if ps else (55, 30, 15))[0]
            s = T[A] + (r.uniform(0.5, 20) if ps else r.uniform(24, 200))
            for _ in range(n):
                dur = r.uniform(1, 3)
                sessions.append([s, s + dur])
                s += dur + (r.uniform(20, 48) if ps else r.uniform(48, 240))
            T[IM] = sessions[0][1]
            for st in (AR, MF):
                if st in path:
                    T[st] = sessions[-1][1] + (0.2 if st == AR else 0.0)
        if W in path:
            T[W] = (sessions[-1][1] if sessions else T.get(A, 0.0)) + r.uniform(1, 120)
        dues: list[float] = []
        pays: list[tuple[int, float, int]] = []  # (obligation index, offset, fen)
        follow: float | None = None
        spot = r.random() < (0.7 if track in (Track.CRIMINAL, Track.PUBLIC_SECURITY) else 0.45)
        if destiny == PG:  # open: fit the core into the first part of the window, money runs past the horizon
            core = max(T.values()) or 1.0
            if core > avail * 0.6:
                k = avail * 0.6 / core
                T = {st: v * k for st, v in T.items()}
                sessions = [[a * k, b * k] for a, b in sessions]
            sign = T[PG] = T[AR]
            n = r.randint(2, 6)
            down = r.random() < 0.5
            paid = r.randint(1 if down else 0, n - 1)
            units = [i if down else i + 1 for i in range(n)]
            f = r.uniform(0.05, 0.9)
            overdue = r.random() < 0.3
            rest = avail - sign
            interval = rest / (units[paid] + f) if overdue else rest / (units[paid] - f)
            dues = [sign + u * interval for u in units]
            for i in range(paid):
                at = sign + r.uniform(0.1, 0.5) if units[i] == 0 else dues[i] + r.uniform(-48, 24)
                pays.append((i, min(avail - 0.1, max(sign + 0.1, at)), 0))
        elif money:
            dues = self._schedule(T[AR], spot)
            if NP in path:
                k = r.randint(0, len(dues) - 1)
                for i in range(k):
                    pays.append((i, max(T[AR] + 0.1, dues[i] + r.uniform(-48, 48)), 0))
                T[NP] = dues[k] + r.uniform(15, 40) * 24
                if r.random() < 0.3:
                    pays.append((k, dues[k] + r.uniform(0, 72), -1))  # part payment
            else:
                for i, d in enumerate(dues):
                    pays.append(
                        (
                            i,
                            T[AR] + r.uniform(0.1, 0.5)
                            if d == T[AR]
                            else max(T[AR] + 0.1, d + r.uniform(-48, 72)),
                            0,
                        )
                    )
                T[PD] = max(p[1] for p in pays)
                T[PG] = T[AR]
        elif PD in path:
            T[PD] = T[AR] + r.uniform(24, 240)
        if PG in path:
            T.setdefault(PG, T[AR])
        last = T.get(PD) or T.get(NP) or T.get(MF) or T.get(W) or T.get(D)
        if C in path and last is not None:
            if D not in path or r.random() < 0.5:
                follow = last + r.uniform(24, 168)
            T[C] = (follow or last) + r.uniform(1, 72)
            if ARC in path:
                T[ARC] = T[C] + r.uniform(15, 90) * 24
        elif destiny == PD:
            follow = T[PD] + r.uniform(24, 168) if r.random() < 0.7 else None
        if destiny != PG:
            top = max([*T.values(), *(p[1] for p in pays), *(b for _, b in sessions), follow or 0.0])
            if top > avail * 0.995:
                k = avail * 0.995 / top
                T = {st: v * k for st, v in T.items()}
                sessions = [[a * k, b * k] for a, b in sessions]
                dues = [d * k for d in dues]
                pays = [(i, t * k, f) for i, t, f in pays]
                follow = follow * k if follow is not None else None
        self._write(
            case, plan, parties, links, fill, amount, charge, path, T, contact, sessions, dues, pays, follow
        )

    # -- rows --------------------------------------------------------------------------------------
    def _write(
        self,
        case: Row,
        plan: Any,
        parties: list[Any],
        links: list[Row],
        fill: dict[str, str],
        amount: int,
        charge: str,
        path: list[S],
        T: dict[S, float],
        contact: float,
        sessions: list[list[float]],
        dues: list[float],
        pays: list[tuple[int, float, int]],
        follow: float | None,
    ) -> None:
        write_records(
            self,
            case,
            plan,
            parties,
            links,
            fill,
            amount,
            charge,
            path,
            T,
            contact,
            sessions,
            dues,
            pays,
            follow,
        )


__all__ = [
    "AgreementState",
    "Ids",
    "MemoCalendar",
    "SessionOutcome",
    "WorkMaker",
    "format_case_number",
    "matter_row",
]
