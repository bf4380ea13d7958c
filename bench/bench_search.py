"""Search benchmark: each query kind on a demo database, beside a plain LIKE scan.

Run: ``.venv/bin/python bench/bench_search.py [--cases 100000]``. The first run generates
the demo database under /tmp/md-bench (reused afterwards). "ours" is the case list's query
(``page_cases``: the newest 50 matches with their list columns); the baseline a plain
``LIKE '%q%'`` scan over names, ID numbers, phones, case numbers, titles and facts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select, text  # noqa: E402

from bench.common import HEADER, bench_actor, demo_database, p95, row, timings  # noqa: E402
from mediation_desk.services import list_plans  # noqa: E402
from mediation_desk.store.database import open_database  # noqa: E402
from mediation_desk.store.engine import read_session  # noqa: E402
from mediation_desk.store.models import Case, Person  # noqa: E402
from mediation_desk.store.queries.case_list import CaseFilters, page_cases  # noqa: E402

PAGE = 50


def queries(session, rng: random.Random) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    names = [
        n for n in session.execute(select(Person.name).where(Person.kind == "natural").limit(5000)).scalars()
    ]
    ids = [
        i
        for i in session.execute(
            select(Person.id_number).where(Person.id_number.is_not(None)).limit(5000)
        ).scalars()
    ]
    phones = [
        p for p in session.execute(select(Person.phone).where(Person.phone != "").limit(5000)).scalars()
    ]
    numbers = [n for n in session.execute(select(Case.number).limit(5000)).scalars()]
    facts = [f for f in session.execute(select(Case.facts).limit(2000)).scalars() if len(f) > 12]
    pick = rng.sample
    return {
        "1-char surname": [n[0] for n in pick(names, 20)],
        "2-char name": [n[:2] for n in pick(names, 20)],
        "longer text (4 chars)": [f[5:9] for f in pick(facts, 20)],
        "ID fragment (8 digits)": [i[6:14] for i in pick(ids, 20)],
        "phone fragment (7 digits)": [p[-7:] for p in pick(phones, 20)],
        "case number": [n[-8:] for n in pick(numbers, 20)],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--no-baseline", action="store_true", help="skip the LIKE scans (seconds each at 1M)")
    parser.add_argument(
        "--actor",
        choices=("director", "mediator", "system"),
        default="director",
        help="whose visibility condition the list applies (default: what a director gets)",
    )
    args = parser.parse_args()
    db = open_database(demo_database(args.cases))
    rng = random.Random(7)
    with read_session(db.engine) as s:
        kinds = queries(s, rng)
        plan = list_plans.list_plan(
            bench_actor(s, args.actor), searching=True, order="received_at"
        )  # as the list
        print(
            f"\nSearch, first page of {PAGE} newest matches, {args.cases:,} cases (SQLite), as {args.actor}\n"
        )
        print(f"load average {os.getloadavg()[0]:.2f}\n")
        print(HEADER)
        target = "med ≤10, p95 ≤30" if args.cases <= 100_000 else "p95 ≤ 60"
        outliers: list[tuple[float, float, str, str]] = []
        for label, qs in kinds.items():
            it = iter(qs * 100)
            cpu: list[float] = []
            slow: list[tuple[float, float, str]] = []

            def ours(it=it, cpu=cpu, slow=slow) -> None:  # type: ignore[no-untyped-def]  # bound now
                """What the case list runs: the newest page of matches, rows joined."""
                q = next(it)
                w0, c0 = time.perf_counter(), time.process_time()
                page_cases(
                    session=s,
                    filters=CaseFilters(text=q),
                    limit=PAGE,
                    visible=plan.condition,
                    by_set=plan.by_set,
                )
                cpu.append((time.process_time() - c0) * 1000)
                slow.append(((time.perf_counter() - w0) * 1000, cpu[-1], q))

            jt = iter(qs * 100)

            def base(jt=jt) -> None:  # type: ignore[no-untyped-def]  # bound now
                q = next(jt)
                s.execute(
                    text(
                        'SELECT c.id FROM "case" c WHERE c.id IN (SELECT cp.case_id FROM caseparty cp '
                        "JOIN person p ON p.id = cp.person_id "
                        "WHERE p.name LIKE :q OR p.id_number LIKE :q OR p.phone LIKE :q) "
                        "OR c.number LIKE :q OR c.title LIKE :q OR c.facts LIKE :q "
                        "ORDER BY c.received_at DESC LIMIT 50"
                    ),
                    {"q": f"%{q}%"},
                ).all()

            walls = timings(ours, repeat=40)
            cpu, slow = cpu[-40:], slow[-40:]  # the measured calls (not the warm-up)
            print(
                row(label, walls, None if args.no_baseline else timings(base, repeat=10, warmup=1), target)
                + f" CPU med {statistics.median(cpu):.2f} p95 {p95(cpu):.2f}"
            )
            outliers.extend((w, c, label, q) for w, c, q in sorted(slow, reverse=True)[:2])
        print(f"\nslowest calls (wall / CPU ms), load average {os.getloadavg()[0]:.2f}:")
        for w, c, label, q in sorted(outliers, reverse=True)[:8]:
            print(f"  {w:7.2f} / {c:6.2f}  {label}: {q}")
    db.dispose()


if __name__ == "__main__":
    main()
