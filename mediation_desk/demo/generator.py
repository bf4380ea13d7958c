"""Demo data: fill a database with realistic, varied cases, fast (issue 2, "Demo data").

Set-up rows (organisations, committee members, organisation parties) are inserted first; the
cases are planned for the whole run (destiny, track, date, case number) and built in batches
by :mod:`~mediation_desk.demo.pipeline` — for big runs in two worker processes —
each batch into a scratch SQLite file that :mod:`~mediation_desk.demo.bulk_copy` copies
in, one transaction per batch, search index (grams and document) included. Case and agreement
numbers come from the number series exactly as the services would allocate them, and the
series are advanced so later real cases continue without reuse. One audit event
(``demo.generate``) records each run.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlmodel import Session

from ..domain.enums import Track
from ..services.base import SYSTEM, Actor
from ..store import audit
from ..store.database import Database
from ..store.engine import write_session
from ..store.models import AuditEvent, Case, NumberSeries
from ..store.types import SHANGHAI, utcnow
from .bulk_copy import bulk_begin, bulk_end, copy_other, copy_sqlite
from .hotline import add_report_facts, add_tickets
from .pipeline import BATCH, State, Workers, produce
from .plan import make_plan, number_plans
from .setup import ID_TABLES, TABLES, add_org_parties, prepare

ACTION = "demo.generate"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What a run added: row counts per table, cases per status, the time it took."""

    cases: int
    seed: int
    rows: dict[str, int]
    statuses: dict[str, int]
    first_case_id: int | None
    last_case_id: int | None
    seconds: float
    created_organisations: int = 0
    created_members: int = 0
    notes: list[str] = field(default_factory=list)


def demo_case_count(db: Database) -> tuple[int, int]:
    """(all cases, cases added by demo runs) — the difference are real cases."""
    with db.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(Case)).scalar_one()
        demo = 0
        for (diff,) in conn.execute(select(AuditEvent.diff).where(AuditEvent.action == ACTION)):
            value = json.loads(diff).get("cases")
            demo += int(value[-1] if isinstance(value, list) else value or 0)
    return int(total), demo


def _horizon(today: date | None) -> datetime:
    now = utcnow()
    if today is None or today >= now.astimezone(SHANGHAI).date():
        return now
    return (datetime.combine(today, datetime.min.time(), SHANGHAI) + timedelta(hours=19)).astimezone(UTC)


def _insert_setup(session: Session, rows: dict[str, list[dict[str, Any]]]) -> None:
    for name, table in TABLES.items():
        if rows.get(name):
            session.execute(insert(table), rows[name])


def _save_series(
    session: Session, series: dict[tuple[int, str, int], int], known: dict[tuple[int, str, int], int]
) -> None:
    for key, last in series.items():
        sid = known.get(key)
        if sid is None:
            org, code, year = key
            session.execute(
                insert(NumberSeries.__table__),
                [
                    {
                        "organisation_id": org,
                        "type_code": code,  # type: ignore[attr-defined]
                        "year": year,
                        "last_seq": last,
                    }
                ],
            )
            known[key] = session.execute(
                select(NumberSeries.id).where(
                    NumberSeries.organisation_id == org,
                    NumberSeries.type_code == code,
                    NumberSeries.year == year,
                )
            ).scalar_one()
        else:
            session.execute(update(NumberSeries).where(NumberSeries.id == sid).values(last_seq=last))  # type: ignore[arg-type]


def _reset_sequences(session: Session) -> None:
    """PostgreSQL: move each id sequence past the explicit ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)'
            )
        )


def generate(
    db: Database,
    *,
    cases: int,
    seed: int = 2026,
    progress: Progress | None = None,
    today: date | None = None,
    actor: Actor = SYSTEM,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill ``db`` with ``cases`` demo cases (organisations and committee members if missing).

    Args:
        db: An open, migrated database (initialised or not).
        cases: How many cases to add.
        seed: Random seed; the same seed on the same empty database gives the same data.
        progress: Called with (cases done, cases total) after every batch.
        today: The demo's "today" (default: now); received dates lie in the two years before it
            (up to 100,000 cases; a bigger run spreads its finished cases over up to ten
            years and has a bigger committee, see :mod:`~mediation_desk.demo.plan`).
        actor: Who the audit event names.
        parallel: Build rows in two worker processes while copying them in (default: for 5,000
            cases or more). The data are the same either way.

    Returns:
        The counts of what was added.
    """
    if cases < 0:
        raise ValueError("cases must be >= 0")
    if parallel is None:
        parallel = cases >= 5000
    with Workers() if parallel else nullcontext() as workers:  # started first: see Workers
        return _generate(db, cases, seed, progress, today, actor, workers)


def _generate(
    db: Database,
    cases: int,
    seed: int,
    progress: Progress | None,
    today: date | None,
    actor: Actor,
    workers: Workers | None,
) -> DemoSummary:
    started = time.perf_counter()
    rng = random.Random(seed)
    horizon = _horizon(today)
    with write_session(db.engine) as session:
        setup = prepare(session, rng, horizon, cases)
        ctx = setup["context"]
        plans = make_plan(rng, cases, horizon, setup["categories"])
        add_org_parties(setup, {p.company for p in plans if p.company is not None}, horizon)
        _insert_setup(session, setup["rows"])
    counts: Counter[str] = Counter(setup["created"])
    statuses: Counter[str] = Counter()
    known: dict[tuple[int, str, int], int] = setup["series_ids"]
    next_ids: dict[str, int] = setup["next_ids"]
    number_plans(plans, ctx, next_ids["case"])
    org_codes = {o["id"]: o["org_code"] for o in ctx.org_for_track.values()}
    with tempfile.TemporaryDirectory(prefix="md-demo-") as workdir:
        state = State(seed, ctx, setup["used_ids"], plans, horizon, workdir)
        batches = workers.produce(state) if workers is not None else produce(state)
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection if db.is_sqlite else None
            fast = False
            if raw is not None:
                raw.execute("PRAGMA cache_size = -262144")
                fast = bulk_begin(raw, fresh=next_ids["case"] == 1)
            try:
                for k, path in enumerate(batches):
                    if raw is not None:
                        added, seen = copy_sqlite(raw, path, next_ids, ctx.series, org_codes)
                    else:
                        with write_session(db.engine) as session:
                            added, seen = copy_other(session, path, next_ids, ctx.series, org_codes)
                    path.unlink()
                    counts.update(added)
                    statuses.update(seen)
                    if progress is not None:
                        progress(min(cases, (k + 1) * BATCH), cases)
            finally:
                if raw is not None:
                    bulk_end(raw, fast)
                    raw.execute("PRAGMA cache_size = -2000")
    with write_session(db.engine) as session:
        if plans:
            counts["hotlineticket"] = add_tickets(
                session,
                first_case_id=plans[0].case_id,
                last_case_id=plans[-1].case_id,
                seed=seed,
                now=horizon,
            )
            counts["casereport"] = add_report_facts(
                session,
                first_case_id=plans[0].case_id,
                last_case_id=plans[-1].case_id,
                seed=seed,
                start=plans[0].received,
                now=horizon,
            )
        _save_series(session, ctx.series, known)
        diff: dict[str, Any] = {"cases": [None, cases], "seed": [None, seed]}
        diff.update({k: [None, v] for k, v in sorted(counts.items()) if k != "case"})
        audit.append(
            session,
            action=ACTION,
            entity="demo",
            diff=diff,
            user_id=actor.user_id,
            username=actor.username,
            workstation=actor.workstation,
        )
        _reset_sequences(session)
    if progress is not None and not plans:
        progress(0, 0)
    return DemoSummary(
        cases=cases,
        seed=seed,
        rows=dict(counts),
        statuses=dict(statuses),
        first_case_id=plans[0].case_id if plans else None,
        last_case_id=plans[-1].case_id if plans else None,
        seconds=time.perf_counter() - started,
        created_organisations=setup["created"].get("organisation", 0),
        created_members=setup["created"].get("members", 0),
    )


__all__ = ["ACTION", "BATCH", "DemoSummary", "Track", "demo_case_count", "generate"]
