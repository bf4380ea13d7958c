"""Demo data pipeline: build batches of rows into scratch SQLite files, in two lanes.

Batch *k* holds cases ``k*BATCH`` up to ``(k+1)*BATCH`` of the plan and is built from its own
random generator (seeded with the run's seed and *k*), so a batch's content does not depend on
which process built it. Batches alternate between two *lanes*; a lane builds its batches in
order, and ID numbers drawn in one lane never collide with the other's (see
:class:`~mediation_desk.demo.people.PeopleMaker`). With ``parallel`` each lane runs
in a spawned process while the caller copies finished batches in
(:mod:`mediation_desk.demo.copy`): three processes share the work, the result is the
same as building both lanes in the caller.

A batch file is written with the ``sqlite3`` driver, journal and sync off (a scratch file,
deleted after the copy — never the user's database), values converted column by column as
SQLAlchemy would store them on SQLite (per-row binding through SQLAlchemy, or per-value
adapters, cost more than SQLite itself at this volume).
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Date

from ..store.types import UTCDateTime
from .cases import CaseMaker, Context
from .people import PeopleMaker
from .plan import Plan, pack_plans, unpack_plans
from .setup import TABLES
from .timeline import Ids
from .work import WorkMaker

BATCH = 2000
LANES = 2
#: Columns of the rows kept as tuples.
TUPLE_COLUMNS = {"searchgram": ("gram", "case_id"), "case_fts": ("id", "doc")}


@dataclass
class State:
    """Everything a lane needs (picklable: it is sent to the worker processes)."""

    seed: int
    ctx: Context
    used_ids: set[str]
    plans: list[Plan]
    horizon: datetime
    workdir: str

    @property
    def batches(self) -> int:
        return -(-len(self.plans) // BATCH)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "plans": pack_plans(self.plans)}  # type: ignore[arg-type]

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, plans=unpack_plans(state["plans"]))


def _stamps(values: tuple[Any, ...]) -> list[Any]:
    """Aware UTC datetimes → ``YYYY-MM-DD HH:MM:SS.ffffff`` (as :class:`UTCDateTime` on SQLite)."""
    text = [None if v is None else v.isoformat(" ", "microseconds") for v in values]
    if any(t is not None and t[26:] != "+00:00" for t in text):
        raise ValueError("demo datetimes must be aware UTC datetimes")
    return [None if t is None else t[:26] for t in text]


def _days(values: tuple[Any, ...]) -> list[Any]:
    if any(isinstance(v, datetime) for v in values):
        raise ValueError("demo date column holds a datetime")
    return [None if v is None else v.isoformat() for v in values]


def _columns(name: str, items: list[dict[str, Any]]) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Column names and value tuples of dict rows, date and time columns converted column by column."""
    cols = tuple(items[0])
    table = TABLES.get(name)
    types = {c.name: c.type for c in table.columns} if table is not None else {}
    data = list(zip(*map(itemgetter(*cols), items), strict=True))  # transposed, in C
    for i, col in enumerate(cols):
        kind = types.get(col)
        if isinstance(kind, UTCDateTime):
            data[i] = _stamps(data[i])  # type: ignore[call-overload]
        elif isinstance(kind, Date):
            data[i] = _days(data[i])  # type: ignore[call-overload]
    return cols, list(zip(*data, strict=True))


def write_batch(path: Path, rows: dict[str, list[Any]]) -> None:
    """Write ``rows`` (table → dicts, or tuples for :data:`TUPLE_COLUMNS`) to a new SQLite file."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        for name, items in rows.items():
            if not items:
                continue
            if name in TUPLE_COLUMNS:
                cols = TUPLE_COLUMNS[name]
            else:
                cols, items = _columns(name, items)
            names = ", ".join(f'"{c}"' for c in cols)
            # agreement: keyed by id, as the copy numbers agreements by id. (Grams stay a plain
            # table: sorting them here, or a WITHOUT ROWID key, cost 3-5x what the copy's sort does.)
            key = " INTEGER PRIMARY KEY" if name == "agreement" else ""
            defs = ", ".join(f'"{c}"{key if c == "id" else ""}' for c in cols)
            conn.execute(f'CREATE TABLE "{name}" ({defs})')
            conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({", ".join("?" * len(cols))})', items)
        conn.execute("COMMIT")
    finally:
        conn.close()


class Lane:
    """Builds the batches ``k ≡ lane (mod LANES)``, in order."""

    def __init__(self, state: State, lane: int) -> None:
        self.state = state
        self.rng = random.Random()
        self.ids = Ids()
        people = PeopleMaker(self.rng, lambda: self.ids.next("person"), set(state.used_ids), set(), lane)
        work = WorkMaker(self.rng, state.ctx, self.ids, state.horizon)
        self.maker = CaseMaker(self.rng, state.ctx, people, work, state.horizon)

    def build(self, k: int) -> Path:
        """Build batch ``k`` into its file; returns the path."""
        self.rng.seed(f"demo/{self.state.seed}/{k}")
        self.ids.reset()
        for plan in self.state.plans[k * BATCH : (k + 1) * BATCH]:
            self.maker.build(plan)
        path = Path(self.state.workdir) / f"batch-{k:05d}.sqlite3"
        write_batch(path, self.maker.take())
        return path


def produce(state: State) -> Iterator[Path]:
    """Build every batch in the calling process, in order."""
    lanes = [Lane(state, i) for i in range(LANES)]
    for k in range(state.batches):
        yield lanes[k % LANES].build(k)


def _for_lane(state: State, lane: int) -> State:
    """``state`` with only the plans of ``lane``'s batches (the others None): half the pickling."""
    plans: list[Any] = [p if (i // BATCH) % LANES == lane else None for i, p in enumerate(state.plans)]
    return replace(state, plans=plans)


def _work(lane: int, inbox: Any, queue: Any) -> None:
    try:
        state = inbox.get()  # the process starts (and imports) while the caller plans the run
        if state is None:
            return
        builder = Lane(state, lane)
        for k in range(lane, state.batches, LANES):
            queue.put(builder.build(k))
    except BaseException as exc:  # hand the failure to the caller, who re-raises it
        queue.put(exc)
        raise


class Workers:
    """The lanes' spawned processes, started early: their start-up (~1 s of imports each)
    overlaps the caller's set-up and planning; :meth:`produce` hands them the state.

    Use as a context manager; leaving it stops processes that are still running.
    """

    def __init__(self) -> None:
        mp = multiprocessing.get_context("spawn")
        self.inboxes = [mp.Queue(maxsize=1) for _ in range(LANES)]
        self.queues = [mp.Queue(maxsize=2) for _ in range(LANES)]
        self.procs = [
            mp.Process(
                target=_work, args=(i, self.inboxes[i], self.queues[i]), name=f"demo-data-{i}", daemon=True
            )
            for i in range(LANES)
        ]
        for proc in self.procs:
            proc.start()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def produce(self, state: State) -> Iterator[Path]:
        """Like :func:`produce`, each lane in its process running up to two batches ahead."""
        for i, inbox in enumerate(self.inboxes):
            inbox.put(_for_lane(state, i) if i < state.batches else None)
        for k in range(state.batches):
            item = self.queues[k % LANES].get()
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        for proc in self.procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
        for queue in self.queues + self.inboxes:
            queue.close()
            queue.join_thread()


def produce_in_workers(state: State) -> Iterator[Path]:
    """Like :func:`produce`, each lane in a spawned process running up to two batches ahead."""
    with Workers() as workers:
        yield from workers.produce(state)
