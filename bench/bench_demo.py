"""Benchmark: generate 100,000 demo cases into a temporary SQLite file.

Run: ``python bench/bench_demo.py [--cases N] [--keep PATH] [--check]``. Prints the wall time, the rate
and the file size. Target (issue 2): 100,000 cases in under 60 s on a 2-core machine.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mediation_desk.demo.generator import generate  # noqa: E402
from mediation_desk.store.database import open_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--keep", metavar="PATH", help="copy the database here afterwards (e.g. for bench_search)"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="afterwards: integrity and foreign-key checks, journal mode and synchronous setting",
    )
    args = parser.parse_args()
    import os

    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="md-bench-demo-"))
    path = tmp / "demo.sqlite3"
    try:
        db = open_database(f"sqlite:///{path}")

        def progress(done: int, total: int) -> None:
            if done % 20_000 == 0 or done == total:
                print(f"  {done:>7,}/{total:,}  {time.perf_counter() - started:6.1f} s", flush=True)

        started = time.perf_counter()
        cpu0 = time.process_time()
        summary = generate(db, cases=args.cases, seed=args.seed, progress=progress)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu0
        child = resource.getrusage(resource.RUSAGE_CHILDREN)
        with db.engine.connect() as conn:
            if args.check:
                raw = conn.connection.driver_connection
                c0 = time.process_time()
                print(
                    "check: integrity "
                    + raw.execute("PRAGMA integrity_check").fetchone()[0]
                    + f", foreign-key violations {len(raw.execute('PRAGMA foreign_key_check').fetchall())}"
                    + f", journal_mode {raw.execute('PRAGMA journal_mode').fetchone()[0]}"
                    + f", synchronous {raw.execute('PRAGMA synchronous').fetchone()[0]} (2 = FULL)"
                    + f" ({time.process_time() - c0:.1f} s CPU, not counted above)"
                )
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.dispose()
        size = path.stat().st_size
        print(
            f"cases {args.cases:,}: wall {wall:.1f} s ({args.cases / wall:,.0f} cases/s), "
            f"file {size / 2**20:.1f} MiB; rows: " + ", ".join(f"{k} {v:,}" for k, v in summary.rows.items())
        )
        workers = child.ru_utime + child.ru_stime
        print(
            f"cpu: copying process {cpu:.1f} s, two row-building workers {workers:.1f} s together, "
            f"total {cpu + workers:.1f} s (on an idle 2-core machine the wall time is about "
            f"max(copying, total / 2) = {max(cpu, (cpu + workers) / 2):.1f} s)"
        )
        print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the end")
        print("target < 60 s: " + ("PASS" if wall < 60 or args.cases != 100_000 else "FAIL"))
        if args.keep:
            shutil.copyfile(path, args.keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
