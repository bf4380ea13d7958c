"""Demo data pipeline: build batches of rows, optionally in a worker process.

Building rows (Python) and inserting them (SQLite, in C) take similar time, so for big runs
a worker process builds batch *n+1* while the caller inserts batch *n*: both cores work.
The worker only computes; every database access stays in the caller.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, Table

from ..store.types import UTCDateTime
from .demo_build import CaseMaker, Context
from .demo_people import PeopleMaker
from .demo_plan import make_plan
from .demo_setup import TABLES
from .demo_work import Ids, WorkMaker

BATCH = 2000


@dataclass
class Batch:
    """One transaction's worth of rows: ``tables[name] = (sqlite_sql or None, rows)``."""

    done: int
    tables: dict[str, tuple[str | None, list[Any]]]
    series: dict[tuple[int, str, int], int]
    statuses: Counter[str] = field(default_factory=Counter)
    first_id: int | None = None
    last_id: int | None = None


@dataclass
class State:
    """Everything a producer needs (picklable: it is sent to the worker process)."""

    rng_state: Any
    ctx: Context
    next_ids: dict[str, int]
    used_ids: set[str]
    used_uscc: set[str]
    categories: list[str]
    horizon: datetime
    cases: int
    sqlite: bool


def sqlite_rows(table: Table, items: list[dict[str, Any]]) -> tuple[str, list[list[Any]]]:
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
            if v is not None:  # demo datetimes are UTC already; one C call instead of three
                row[i] = (v if v.tzinfo is UTC else v.astimezone(UTC)).isoformat(" ", "microseconds")[:26]
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


def encode(rows: dict[str, list[dict[str, Any]]], sqlite: bool) -> dict[str, tuple[str | None, list[Any]]]:
    """Rows per table, ready for the driver (SQLite) or for Core ``insert`` (others)."""
    out: dict[str, tuple[str | None, list[Any]]] = {}
    for name, table in TABLES.items():
        items = rows.get(name)
        if not items:
            continue
        if name == "searchgram":  # in key order: far fewer B-tree pages touched
            items.sort(key=itemgetter("gram", "case_id"))
        if name == "case_fts":
            out[name] = (None, [(r["id"], r["doc"]) for r in items] if sqlite else items)
        elif sqlite:
            out[name] = sqlite_rows(table, items)
        else:
            out[name] = (None, items)
    return out


def produce(state: State) -> Iterator[Batch]:
    """Build the run's batches in order."""
    rng = random.Random()
    rng.setstate(state.rng_state)
    ids = Ids(state.next_ids)
    people = PeopleMaker(rng, ids.n["person"], state.used_ids, state.used_uscc)
    maker = CaseMaker(rng, state.ctx, people, WorkMaker(rng, state.ctx, ids, state.horizon), state.horizon,
                      ids.n["case"])
    plans = make_plan(rng, state.cases, state.horizon, state.categories)
    done = 0
    while True:
        chunk = plans[done:done + BATCH]
        for plan in chunk:
            maker.build(plan)
        rows = maker.take()
        done += len(chunk)
        cases = rows.get("case", [])
        batch = Batch(done, encode(rows, state.sqlite), dict(state.ctx.series),
                      Counter(c["status"] for c in cases), cases[0]["id"] if cases else None,
                      cases[-1]["id"] if cases else None)
        yield batch
        if done >= state.cases:
            return


def _work(state: State, queue: Any) -> None:
    try:
        for batch in produce(state):
            queue.put(batch)
    except BaseException as exc:  # hand the failure to the caller, who re-raises it
        queue.put(exc)
        raise
    queue.put(None)


def produce_in_worker(state: State) -> Iterator[Batch]:
    """Like :func:`produce`, but built in a separate (spawned) process, two batches ahead."""
    mp = multiprocessing.get_context("spawn")
    queue = mp.Queue(maxsize=2)
    proc = mp.Process(target=_work, args=(state, queue), name="demo-data", daemon=True)
    proc.start()
    try:
        while True:
            item = queue.get()
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join()
        queue.close()
        queue.join_thread()
