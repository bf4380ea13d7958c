"""Demo data: fill a database with realistic, varied cases, fast (issue 2, "Demo data").

Rows are generated in Python and bulk-inserted with SQLAlchemy Core (``insert(Table)``
executemany), ids assigned here, one transaction per batch of cases, the search index
(:mod:`mediation_desk.store.search` grams and document) written in the same pass. Case and
agreement numbers come from the number series exactly as the services would allocate them,
and the series are advanced so later real cases continue without reuse. One audit event
(``demo.generate``) records each run.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlmodel import Session

from ..domain.enums import Track
from ..store import audit
from ..store.database import Database
from ..store.engine import write_session
from ..store.models import AuditEvent, Case, NumberSeries
from ..store.types import SHANGHAI, utcnow
from .base import SYSTEM, Actor
from .demo_pipeline import BATCH, State, encode, produce, produce_in_worker
from .demo_setup import ID_TABLES, TABLES, prepare

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


def _insert(session: Session, tables: dict[str, tuple[str | None, list[Any]]], counts: Counter[str]) -> None:
    raw = session.connection().connection.driver_connection if session.get_bind().dialect.name == "sqlite" else None
    for name, (sql, items) in tables.items():
        if name == "case_fts":
            if raw is not None:
                raw.executemany("INSERT INTO case_fts(rowid, doc) VALUES (?, ?)", items)
            else:
                session.execute(text("INSERT INTO case_fts(case_id, doc) VALUES (:id, :doc)"), items)
        elif raw is not None and sql is not None:
            raw.executemany(sql, items)
        else:
            session.execute(insert(TABLES[name]), items)
        counts[name] += len(items)


def _save_series(session: Session, series: dict[tuple[int, str, int], int],
                 known: dict[tuple[int, str, int], int]) -> None:
    for key, last in series.items():
        sid = known.get(key)
        if sid is None:
            org, code, year = key
            session.execute(insert(NumberSeries.__table__), [{"organisation_id": org, "type_code": code,  # type: ignore[attr-defined]
                                                              "year": year, "last_seq": last}])
            known[key] = session.execute(select(NumberSeries.id).where(
                NumberSeries.organisation_id == org, NumberSeries.type_code == code, NumberSeries.year == year)).scalar_one()
        else:
            session.execute(update(NumberSeries).where(NumberSeries.id == sid).values(last_seq=last))  # type: ignore[arg-type]


def _reset_sequences(session: Session) -> None:
    """PostgreSQL: move each id sequence past the explicit ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                             f"(SELECT COALESCE(MAX(id), 0) + 1 FROM \"{table}\"), false)"))


def generate(db: Database, *, cases: int, seed: int = 2026, progress: Progress | None = None,
             today: date | None = None, actor: Actor = SYSTEM, parallel: bool | None = None) -> DemoSummary:
    """Fill ``db`` with ``cases`` demo cases (organisations and committee members if missing).

    Args:
        db: An open, migrated database (initialised or not).
        cases: How many cases to add.
        seed: Random seed; the same seed on the same empty database gives the same data.
        progress: Called with (cases done, cases total) after every batch.
        today: The demo's "today" (default: now); received dates lie in the two years before it.
        actor: Who the audit event names.
        parallel: Build rows in a worker process while inserting (default: for 5,000 cases or more).

    Returns:
        The counts of what was added.
    """
    if cases < 0:
        raise ValueError("cases must be >= 0")
    started = time.perf_counter()
    rng = random.Random(seed)
    horizon = _horizon(today)
    counts: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    first_id = last_id = None
    with write_session(db.engine) as session:
        setup = prepare(session, rng, horizon)
        if setup["rows"]:
            _insert(session, encode(setup["rows"], db.is_sqlite), Counter())
    counts.update(setup["created"])
    known: dict[tuple[int, str, int], int] = setup["series_ids"]
    state = State(rng.getstate(), setup["context"], setup["next_ids"], setup["used_ids"], setup["used_uscc"],
                  setup["categories"], horizon, cases, db.is_sqlite)
    if parallel is None:
        parallel = cases >= 5000 and not getattr(sys, "frozen", False)
    for batch in (produce_in_worker(state) if parallel else produce(state)):
        with write_session(db.engine) as session:
            if db.is_sqlite:
                session.execute(text("PRAGMA cache_size = -262144"))
            _insert(session, batch.tables, counts)
            _save_series(session, batch.series, known)
            statuses.update(batch.statuses)
            first_id = first_id or batch.first_id
            last_id = batch.last_id or last_id
            if batch.done >= cases:
                diff: dict[str, Any] = {"cases": [None, cases], "seed": [None, seed]}
                diff.update({k: [None, v] for k, v in sorted(counts.items()) if k != "case"})
                audit.append(session, action=ACTION, entity="demo", diff=diff, user_id=actor.user_id,
                             username=actor.username, workstation=actor.workstation)
            _reset_sequences(session)
            if db.is_sqlite:
                session.execute(text("PRAGMA cache_size = -2000"))
        if progress is not None:
            progress(batch.done, cases)
    return DemoSummary(cases=cases, seed=seed, rows=dict(counts), statuses=dict(statuses), first_case_id=first_id,
                       last_case_id=last_id, seconds=time.perf_counter() - started,
                       created_organisations=setup["created"].get("organisation", 0),
                       created_members=setup["created"].get("members", 0))


__all__ = ["ACTION", "BATCH", "DemoSummary", "Track", "demo_case_count", "generate"]
