"""Statistics benchmark: a month's figures on a 100,000-case demo database, beside raw baselines.

Run: ``.venv/bin/python bench/bench_statistics.py [--cases 100000] [--database URL]``.
The first run generates the demo database under /tmp/md-bench (reused afterwards); with
``--database`` an existing database (e.g. PostgreSQL with demo data) is measured instead.
Target: every figure of a month (the whole Statistics page table) within 300 ms.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from bench.common import HEADER, demo_database, row, timings  # noqa: E402
from mediation_desk.services import statistics as st  # noqa: E402
from mediation_desk.store.database import open_database  # noqa: E402
from mediation_desk.store.engine import read_session  # noqa: E402
from mediation_desk.store.models import Case  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--database", help="measure this database instead of the cached SQLite demo")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    db = open_database(args.database or demo_database(args.cases))
    with read_session(db.engine) as s:
        total = s.execute(select(func.count()).select_from(Case)).scalar_one()
        newest = s.execute(select(func.max(Case.received_at))).scalar_one()
        local = newest.astimezone(st.SHANGHAI).date()
        last = st.month(local.year, local.month - 1) if local.month > 1 else st.month(local.year - 1, 12)
        # The last full month is the demo's busiest (its open cases are all recent); a month half a
        # year earlier is a settled, typical one.
        settled = st.months_back(last.start.year, last.start.month, 7)[0]
        for month in (last, settled):
            measure(s, month, total, db.engine.dialect.name, args.repeat)
    db.dispose()


def measure(s, month, total: int, dialect: str, repeat: int) -> None:  # type: ignore[no-untyped-def]
    w = month.window()
    in_month = s.execute(
        select(func.count()).where(Case.received_at >= w.start, Case.received_at < w.end)
    ).scalar_one()
    print(
        f"\nStatistics for {month.label} ({in_month:,} cases received) on {total:,} cases "
        f"({dialect}), {repeat} runs\n"
    )
    print(HEADER)
    base_status = timings(
        lambda: s.execute(select(Case.status, func.count()).group_by(Case.status)).all(), repeat=repeat
    )
    base_month = timings(
        lambda: s.execute(
            select(Case.category, func.count())
            .where(Case.received_at >= w.start, Case.received_at < w.end)
            .group_by(Case.category)
        ).all(),
        repeat=repeat,
    )
    print(row("raw COUNT(*) GROUP BY status", base_status))
    print(row("raw month GROUP BY category", base_month))
    for by in ("total", "category", "mediator"):
        ours = timings(lambda by=by: st.figures(s, month, by=by), repeat=repeat)
        print(row(f"figures, by {by}", ours, base_status, "≤ 300 ms"))
    from mediation_desk.services import monitoring  # 12345 tickets (issue 17)

    ours = timings(lambda: monitoring.hotline_figures(s, month), repeat=repeat)
    print(row("12345 hotline figures", ours, base_month, "≤ 300 ms"))
    ours = timings(lambda: st.monthly_question(s, month.start.year, month.start.month), repeat=repeat)
    print(row("monthly question", ours, base_month, "≤ 300 ms"))
    ours = timings(lambda: st.cases_behind(s, month, "resolution"), repeat=repeat)
    print(row("cases behind resolution rate", ours, base_status, "≤ 300 ms"))
    year = st.make_period("year", date(month.start.year, 1, 1))
    ours = timings(lambda: st.figures(s, year, by="total"), repeat=max(3, repeat // 3))
    print(row("figures for a whole year", ours, base_status, "(info)"))


if __name__ == "__main__":
    main()
