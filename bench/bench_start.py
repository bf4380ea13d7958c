"""Start-up benchmark: app start to the case list painted vs a bare PySide6 window (issue 8: ≤ 1.2×).

Run: ``.venv/bin/python bench/bench_start.py [--cases 100000] [--runs 7]``. Each run is a
fresh process, offscreen (``bench/app_child.py``): the app as ``app.run_gui`` starts it, with the
sign-in scripted, until the case list's first paint with rows; the baseline a bare PySide6 window
that imports SQLModel and shows a QTableView of 200 rows from the same database. The two
alternate, so load on the machine hits both alike. Also prints where the app's time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import demo_database, p95  # noqa: E402

CHILD = str(Path(__file__).with_name("app_child.py"))
LOG = "/tmp/md-bench/child.log"


def child(mode: str, url: str, *extra: str) -> tuple[dict, float]:  # type: ignore[type-arg]
    """Run the child; returns its JSON line and its peak RSS in MiB (``os.wait4``)."""
    # As an installed app runs: its modules' compiled bytecode cached (pip compiles it at install,
    # the bundle ships it). This machine sets PYTHONDONTWRITEBYTECODE, which made every child
    # compile the app's ~60 start-up modules from source (~0.1-0.15 s of CPU) and the bare window none.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    t0 = time.time()
    log = open(LOG, "a")  # noqa: SIM115  (the child's warnings, for when it fails)
    proc = subprocess.Popen(
        [sys.executable, CHILD, mode, url, repr(t0), *extra],
        stdout=subprocess.PIPE,
        stderr=log,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    log.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} child failed ({proc.returncode}); see {LOG}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    url = demo_database(args.cases)
    child("app", url)  # warm the file cache and the compiled-bytecode cache once
    ours, base, marks, rss, cpu, base_cpu = [], [], [], [], [], []
    for _ in range(args.runs):
        got, peak = child("app", url)
        ours.append(got["seconds"] * 1000)
        marks.append({**got["marks"], "rss": got["rss_at_paint"]})
        rss.append(peak)
        cpu.append(got["cpu"])
        b, _ = child("bare", url)
        base.append(b["seconds"] * 1000)
        base_cpu.append(b["cpu"])
    ratio = statistics.median(ours) / statistics.median(base)
    print(f"\nStart to the case list painted, {args.cases:,} cases, {args.runs} runs each (offscreen)\n")
    print("| what | median ms | p95 ms | base med | base p95 | ratio | target |")
    print("|---|---:|---:|---:|---:|---:|---|")
    print(
        f"| start → case list painted | {statistics.median(ours):.0f} | {p95(ours):.0f} | "
        f"{statistics.median(base):.0f} | {p95(base):.0f} | {ratio:.2f} | ≤ 1.2× |"
    )
    print(
        f"\nheavy modules loaded at start: {', '.join(got['modules']) or 'none'}; "
        f"peak RSS at the paint {statistics.median(m['rss'] for m in marks):.0f} MiB, whole child "
        f"(start, background work after it, clean exit) {statistics.median(rss):.0f} MiB"
    )
    print(
        f"CPU seconds to the paint (user + system, all threads; median): "
        f"app {statistics.median(cpu):.2f}, bare {statistics.median(base_cpu):.2f}; "
        f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}"
    )
    print("\nwhere the start goes (median seconds since the process was started):")
    for key in (k for k in marks[0] if k != "rss"):
        print(f"  {key:<15} {statistics.median(m[key] for m in marks):6.2f} s")


if __name__ == "__main__":
    main()
