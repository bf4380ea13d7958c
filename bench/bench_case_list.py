"""Case list and edit benchmark: sort by each column, scroll top to bottom, save an edit.

Run: ``.venv/bin/python bench/bench_case_list.py [--cases 100000]``. Store level, the
queries the case table model runs (``page_cases``, pages of 200); baselines are the plainest
SQL for the same rows in the same run. The scroll reads keyset pages (``after=`` the last row)
as the case table model does, beside a sample of the OFFSET pages it used before. Targets
(issue 8): a sort ≤ 50 ms; no page fetch while scrolling over 16 ms; saving an edit with its
audit event p95 ≤ 15 ms.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from bench.common import HEADER, bench_actor, demo_database, p95, row, timings  # noqa: E402
from mediation_desk.services import cases, list_plans  # noqa: E402
from mediation_desk.services.base import SYSTEM  # noqa: E402
from mediation_desk.store.database import open_database  # noqa: E402
from mediation_desk.store.engine import read_session, write_session  # noqa: E402
from mediation_desk.store.models import Case  # noqa: E402
from mediation_desk.store.queries.case_list import SORT_COLUMNS, CaseFilters, page_cases  # noqa: E402

PAGE = 200


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--scroll-pages", type=int, default=0, help="pages to scroll (0: the whole list)")
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="leave the start-up objects to the garbage collector (the app freezes them)",
    )
    parser.add_argument(
        "--columns", default=",".join(SORT_COLUMNS), help="sort columns to time (comma-separated)"
    )
    parser.add_argument(
        "--actor",
        choices=("director", "mediator", "system"),
        default="director",
        help="whose visibility condition the list applies (default: what a director gets)",
    )
    args = parser.parse_args()
    columns = [c for c in args.columns.split(",") if c]
    assert set(columns) <= set(SORT_COLUMNS), f"sort columns are {SORT_COLUMNS}"
    db = open_database(demo_database(args.cases))
    every = CaseFilters()
    if not args.no_freeze:  # as the app does once its window is shown (ui/after_start.py)
        gc.collect()
        gc.freeze()
    with read_session(db.engine) as s:
        total = s.execute(select(func.count()).select_from(Case)).scalar_one()
        actor = bench_actor(s, args.actor)
        plans = {c: list_plans.list_plan(actor, order=c) for c in SORT_COLUMNS}  # as the case list reads
        visible = plans["received_at"].condition
        print(f"\nCase list on {total:,} cases (SQLite), pages of {PAGE}, as {args.actor}\n")
        print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
        print(HEADER)
        base = timings(
            lambda: s.execute(
                text('SELECT id, number, title FROM "case" ORDER BY received_at DESC LIMIT 200')
            ).all(),
            repeat=20,
        )
        for col in columns:
            for desc in (False, True):
                ours = timings(
                    lambda c=col, d=desc: page_cases(
                        session=s,
                        filters=every,
                        sort_column=c,
                        descending=d,
                        limit=PAGE,
                        visible=plans[c].condition,
                        by_set=plans[c].by_set,
                    ),
                    repeat=10,
                    warmup=1,
                )
                print(row(f"sort {col} {'desc' if desc else 'asc'}", ours, base, "≤ 50 ms"))
        pages = args.scroll_pages or -(-total // PAGE)

        cpu: list[float] = []  # CPU time of every keyset page: what a loaded machine does not inflate

        def scroll(col: str, desc: bool) -> list[float]:
            """Keyset pages top to bottom, as the case table model fetches them."""
            out: list[float] = []
            last = None
            for _ in range(pages):
                t0, c0 = time.perf_counter(), time.process_time()
                got = page_cases(
                    session=s,
                    filters=every,
                    sort_column=col,
                    descending=desc,
                    limit=PAGE,
                    after=last,
                    visible=plans[col].condition,
                    by_set=plans[col].by_set,
                )
                out.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
                if len(got) < PAGE:
                    break
                last = got[-1]
            return out

        raw: list[float] = []
        first = 'SELECT received_at, id FROM "case" ORDER BY received_at DESC, id DESC LIMIT 1'
        mark = s.execute(text(first)).one()
        for _ in range(pages):  # the plainest keyset SQL for the same rows
            t0 = time.perf_counter()
            got = s.execute(
                text(
                    'SELECT id, number, title, received_at FROM "case" WHERE (received_at, id) < (:r, :i) '
                    "ORDER BY received_at DESC, id DESC LIMIT 200"
                ),
                {"r": mark[0], "i": mark[1]},
            ).all()
            raw.append((time.perf_counter() - t0) * 1000)
            if len(got) < PAGE:
                break
            mark = (got[-1][3], got[-1][0])
        ours = scroll("received_at", True)
        print(row(f"scroll: {len(ours)} pages, each", ours, raw, "each ≤ 16 ms"))
        print(
            f"| scroll: slowest page (page {ours.index(max(ours)) + 1}) | {max(ours):8.2f} |"
            f"          |           |           | ≤ 16 ms |"
        )
        every_col: list[float] = []
        by_order: list[tuple[float, float, str, int]] = []  # (slowest, p95, order, slowest page)
        for col in columns:
            for desc in (False, True):
                got = scroll(col, desc)
                every_col += got
                by_order.append(
                    (max(got), p95(got), f"{col} {'desc' if desc else 'asc'}", got.index(max(got)) + 1)
                )
        print(row(f"scroll: every sort ({len(every_col)} p.)", every_col, raw, "each ≤ 16 ms"))
        print(
            f"| scroll: every sort, slowest page | {max(every_col):8.2f} |"
            f"          |           |           | ≤ 16 ms |"
        )
        print(
            "| scroll: the orders with the slowest pages | "
            + "; ".join(
                f"{o} p95 {q:.1f}, slowest {m:.1f} (page {k})" for m, q, o, k in sorted(by_order)[::-1][:4]
            )
            + " | | | | |"
        )
        print(row("scroll: CPU time a page", cpu, None, "(CPU, not wall)"))
        print(f"| scroll: CPU, slowest page | {max(cpu):8.2f} |          |           |           |  |")
        offset = [
            timings(
                lambda k=k: page_cases(
                    session=s, filters=every, offset=k * PAGE, limit=PAGE, visible=visible
                ),  # type: ignore[misc]
                repeat=1,
                warmup=0,
            )[0]
            for k in range(0, pages, max(1, pages // 50))
        ]
        print(row("before: OFFSET pages (sample)", offset, raw, "(comparison)"))
        print(f"| before: OFFSET, slowest page | {max(offset):8.2f} |          |           |           |  |")
        ids = list(s.execute(select(Case.id).order_by(Case.id.desc()).limit(40)).scalars())
    it = iter(ids * 10)
    n = [0]

    def save() -> None:
        n[0] += 1
        cases.update_case(db, SYSTEM, next(it), {"claims": f"请求对方赔偿损失（第{n[0]}次修改）"})

    ours = timings(save, repeat=40, warmup=3)
    jt = iter(ids * 10)

    def raw_update() -> None:
        with write_session(db.engine) as session:
            session.execute(text('UPDATE "case" SET claims = claims WHERE id = :i'), {"i": next(jt)})

    print(row("save an edit + audit event", ours, timings(raw_update, repeat=40), "p95 ≤ 15 ms"))
    print(f"\n(save p95 {p95(ours):.2f} ms, median {statistics.median(ours):.2f} ms)")
    db.dispose()


if __name__ == "__main__":
    main()
