"""Case list and edit benchmark: sort by each column, scroll top to bottom, save an edit.

Run: ``/opt/mdvenv/bin/python bench/bench_case_list.py [--cases 100000]``. Store level, the
queries the case table model runs (``page_cases``, pages of 200); baselines are the plainest
SQL for the same rows in the same run. Targets (issue 8): a sort ≤ 50 ms; no page fetch while
scrolling over 16 ms; saving an edit with its audit event p95 ≤ 15 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text  # noqa: E402

from bench.common import HEADER, demo_database, p95, row, timings  # noqa: E402
from mediation_desk.services import cases  # noqa: E402
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
    args = parser.parse_args()
    db = open_database(demo_database(args.cases))
    every = CaseFilters()
    with read_session(db.engine) as s:
        total = s.execute(select(func.count()).select_from(Case)).scalar_one()
        print(f"\nCase list on {total:,} cases (SQLite), pages of {PAGE}\n")
        print(HEADER)
        base = timings(
            lambda: s.execute(
                text('SELECT id, number, title FROM "case" ORDER BY received_at DESC LIMIT 200')
            ).all(),
            repeat=20,
        )
        for col in SORT_COLUMNS:
            for desc in (False, True):
                ours = timings(
                    lambda c=col, d=desc: page_cases(
                        session=s, filters=every, sort_column=c, descending=d, limit=PAGE
                    ),
                    repeat=10,
                    warmup=1,
                )
                print(row(f"sort {col} {'desc' if desc else 'asc'}", ours, base, "≤ 50 ms"))
        pages = args.scroll_pages or -(-total // PAGE)
        ours, raw = [], []
        for k in range(pages):
            t0 = time.perf_counter()
            page_cases(session=s, filters=every, offset=k * PAGE, limit=PAGE)
            ours.append((time.perf_counter() - t0) * 1000)
        for k in range(0, pages, max(1, pages // 50)):
            t0 = time.perf_counter()
            s.execute(
                text('SELECT id, number, title FROM "case" ORDER BY received_at DESC LIMIT 200 OFFSET :o'),
                {"o": k * PAGE},
            ).all()
            raw.append((time.perf_counter() - t0) * 1000)
        print(row(f"scroll: {pages} pages, each", ours, raw, "each ≤ 16 ms"))
        print(
            f"| scroll: slowest page (offset {ours.index(max(ours)) * PAGE:,}) | {max(ours):8.2f} |"
            f"          |           |           | ≤ 16 ms |"
        )
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
