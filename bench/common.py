"""Shared bench helpers: timing tables and a cached demo database."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

CACHE = Path("/tmp/md-bench")


def demo_database(cases: int) -> str:
    """URL of a SQLite demo database with ``cases`` cases (made once, then reused)."""
    from mediation_desk.demo.generator import generate
    from mediation_desk.store.database import open_database

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{cases}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        tmp = path.with_suffix(".tmp.sqlite3")
        tmp.unlink(missing_ok=True)
        db = open_database(f"sqlite:///{tmp}")
        t0 = time.perf_counter()
        generate(db, cases=cases)
        print(f"(generated {cases:,} demo cases in {time.perf_counter() - t0:.1f} s)")
        db.dispose()
        tmp.rename(path)
    return url


def timings(fn: Callable[[], object], *, repeat: int = 30, warmup: int = 3) -> list[float]:
    """Wall times in milliseconds."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def row(label: str, ours: list[float], base: list[float] | None = None, target: str = "") -> str:
    med = statistics.median(ours)
    line = f"| {label:<28} | {med:8.2f} | {p95(ours):8.2f} |"
    if base is not None:
        line += f" {statistics.median(base):9.2f} | {p95(base):9.2f} |"
    else:
        line += "           |           |"
    return line + f" {target} |"


HEADER = (
    "| what                         | median ms | p95 ms | base med | base p95 | target |\n"
    "|------------------------------|----------:|-------:|---------:|---------:|--------|"
)


def bench_actor(session, role: str):  # type: ignore[no-untyped-def]
    """The demo organisation's director, its busiest chief mediator (as ``mediator1``), or the system,
    with the list plans sign-in would choose for them (``list_plans.with_list_plans``)."""

    from sqlalchemy import func, select

    from mediation_desk.services import list_plans
    from mediation_desk.services.base import SYSTEM, Actor
    from mediation_desk.store.models import Case, Organisation

    if role == "system":
        return SYSTEM
    org = session.execute(select(Organisation.id).order_by(Organisation.id)).scalars().first()
    if role == "director":
        actor = Actor(user_id=None, username="director", role="director", organisation_id=org)
    else:
        n = func.count(Case.id)
        busiest = session.execute(
            select(Case.chief_mediator_id)
            .where(Case.organisation_id == org, Case.chief_mediator_id.is_not(None))
            .group_by(Case.chief_mediator_id)
            .order_by(n.desc(), Case.chief_mediator_id)
            .limit(1)
        ).scalar()
        actor = Actor(
            user_id=None, username="mediator1", role="mediator", organisation_id=org, person_id=busiest
        )
    return list_plans.with_list_plans(session, actor)
