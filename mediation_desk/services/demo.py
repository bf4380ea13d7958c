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
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from operator import itemgetter

from sqlalchemy import Boolean, Date, Table, func, insert, select, text, update
from sqlmodel import Session

from ..domain.enums import Track
from ..store import audit
from ..store.database import Database
from ..store.engine import write_session
from ..store.models import AuditEvent, Case, NumberSeries
from ..store.types import SHANGHAI, UTCDateTime, utcnow
from .base import SYSTEM, Actor
from .demo_build import CaseMaker, Context
from .demo_people import PeopleMaker
from .demo_plan import make_plan
from .demo_setup import ID_TABLES, TABLES, prepare
from .demo_work import Ids, WorkMaker

BATCH = 2000
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


def _sqlite_rows(table: Table, items: list[dict[str, Any]]) -> tuple[str, list[list[Any]]]:
    """The INSERT of ``table`` and its rows as lists, values as SQLAlchemy would store them on SQLite.

    Works around SQLAlchemy's per-value bind processing, which costs more than SQLite itself here:
    datetimes become naive-UTC ``YYYY-MM-DD HH:MM:SS.ffffff`` text, dates ISO text, booleans 0/1.
    """
    cols = [c.name for c in table.columns]
    stamp = [i for i, c in enumerate(table.columns) if isinstance(c.type, UTCDateTime)]
    day = [i for i, c in enumerate(table.columns) if isinstance(c.type, Date)]
    flag = [i for i, c in enumerate(table.columns) if isinstance(c.type, Boolean)]
    missing = {c.name: c.default.arg if c.default is not None and c.default.is_scalar else None
               for c in table.columns if c.name not in items[0]}  # columns added by later revisions
    get = itemgetter(*cols)
    out = []
    for item in items:
        if missing:
            item.update(missing)
        row = list(get(item))
        for i in stamp:
            v = row[i]
            if v is not None:
                row[i] = v.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
        for i in day:
            v = row[i]
            if v is not None:
                row[i] = v.isoformat()
        for i in flag:
            v = row[i]
            if v is not None:
                row[i] = int(v)
        out.append(row)
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(cols))})', out


def _insert(session: Session, rows: dict[str, list[dict[str, Any]]], counts: Counter[str]) -> None:
    sqlite = session.get_bind().dialect.name == "sqlite"
    raw = session.connection().connection.driver_connection if sqlite else None
    for name in TABLES:
        items = rows.get(name)
        if not items:
            continue
        if name == "searchgram":  # in key order: far fewer B-tree pages touched
            items.sort(key=itemgetter("gram", "case_id"))
        if name == "case_fts":
            if raw is not None:
                raw.executemany("INSERT INTO case_fts(rowid, doc) VALUES (?, ?)", [(r["id"], r["doc"]) for r in items])
            else:
                session.execute(text("INSERT INTO case_fts(case_id, doc) VALUES (:id, :doc)"), items)
        elif raw is not None:
            sql, values = _sqlite_rows(TABLES[name], items)
            raw.executemany(sql, values)
        else:
            session.execute(insert(TABLES[name]), items)
        counts[name] += len(items)


def _save_series(session: Session, ctx: Context, known: dict[tuple[int, str, int], int]) -> None:
    for key, last in ctx.series.items():
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
             today: date | None = None, actor: Actor = SYSTEM) -> DemoSummary:
    """Fill ``db`` with ``cases`` demo cases (organisations and committee members if missing).

    Args:
        db: An open, migrated database (initialised or not).
        cases: How many cases to add.
        seed: Random seed; the same seed on the same empty database gives the same data.
        progress: Called with (cases done, cases total) after every batch.
        today: The demo's "today" (default: now); received dates lie in the two years before it.
        actor: Who the audit event names.

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
    setup: dict[str, Any] = {}
    maker: CaseMaker | None = None
    plans: list[Any] = []
    known: dict[tuple[int, str, int], int] = {}
    done = 0
    while True:
        with write_session(db.engine) as session:
            if db.is_sqlite:
                session.execute(text("PRAGMA cache_size = -262144"))
            if maker is None:
                setup = prepare(session, rng, horizon)
                ctx: Context = setup["context"]
                known = setup["series_ids"]
                ids = Ids(setup["next_ids"])
                people = PeopleMaker(rng, ids.n["person"], setup["used_ids"], setup["used_uscc"])
                maker = CaseMaker(rng, ctx, people, WorkMaker(rng, ctx, ids, horizon), horizon, ids.n["case"])
                plans = make_plan(rng, cases, horizon, setup["categories"])
                counts.update(setup["created"])
                if setup["rows"]:
                    _insert(session, setup["rows"], Counter())
                    people.next_id = ids.n["person"] = setup["next_ids"]["person"]
            chunk = plans[done:done + BATCH]
            for plan in chunk:
                maker.build(plan)
            rows = maker.take()
            for case in rows.get("case", []):
                statuses[case["status"]] += 1
            if rows.get("case"):
                first_id = first_id or rows["case"][0]["id"]
                last_id = rows["case"][-1]["id"]
            _insert(session, rows, counts)
            _save_series(session, maker.ctx, known)
            done += len(chunk)
            if done >= cases:
                diff = {"cases": [None, cases], "seed": [None, seed]}
                diff.update({k: [None, v] for k, v in sorted(counts.items()) if k not in ("case",)})
                audit.append(session, action=ACTION, entity="demo", diff=diff, user_id=actor.user_id,
                             username=actor.username, workstation=actor.workstation)
            _reset_sequences(session)
            if db.is_sqlite:
                session.execute(text("PRAGMA cache_size = -2000"))
        if progress is not None:
            progress(done, cases)
        if done >= cases:
            break
    return DemoSummary(cases=cases, seed=seed, rows=dict(counts), statuses=dict(statuses), first_case_id=first_id,
                       last_case_id=last_id, seconds=time.perf_counter() - started,
                       created_organisations=setup["created"].get("organisation", 0),
                       created_members=setup["created"].get("members", 0))


__all__ = ["ACTION", "BATCH", "DemoSummary", "Track", "demo_case_count", "generate"]
