"""Open a case workspace (issue 8: ≤ 150 ms) and peak RSS after a scripted session (≤ 120 MiB).

Run: ``.venv/bin/python bench/bench_workspace.py [--cases 100000] [--open 30]
[--only-session | --only-workspace] [--poll]``.
In a child process, offscreen (``bench/app_child.py``): the app started as ``bench_start.py``
does, then ``window.open_case`` for cases spread over the database, each until the workspace's
``loaded`` signal; the baseline a bare tab widget of ten labels showing the case's row read by one
SQL query. Then a second child runs the session — start, search, sort, open ten cases, print one
agreement — and the peak RSS of that process is read with ``os.wait4`` (``ru_maxrss``), beside
the bare PySide6 window's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_start import child  # noqa: E402
from bench.common import HEADER, demo_database, row  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--open", type=int, default=30)
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--only-session", action="store_true", help="only the peak-RSS session part")
    parser.add_argument("--only-workspace", action="store_true", help="only the open-a-case part")
    parser.add_argument(
        "--poll",
        action="store_true",
        help="wait for each case by polling processEvents (the first round's way) instead of "
        "in an event loop as the app does",
    )
    args = parser.parse_args()
    url = demo_database(args.cases)
    if not args.only_session:
        workspace(url, args)
    if not args.only_workspace:
        session(url, args)


def workspace(url: str, args: argparse.Namespace) -> None:
    load = os.getloadavg()
    got, _ = child("workspace", url, str(args.open), *(["--poll"] if args.poll else []))
    waited = "polling processEvents" if args.poll else "in an event loop"
    print(
        f"\nCase workspace, {args.cases:,} cases, {len(got['ours'])} cases opened (offscreen, waited "
        f"{waited}); load average {load[0]:.2f} before, {os.getloadavg()[0]:.2f} after\n"
    )
    print(HEADER)
    print(row("open a case workspace", got["ours"], got["base"], "≤ 150 ms"))
    if got.get("cpu"):  # process CPU time: the UI thread and the database worker's load
        print(row("  the same, CPU ms", got["cpu"]))
    print(
        f"\n(opened once the start's background work was done: {got['idle_after_paint']:.1f} s after the "
        "list was painted; until then a case waits for the one database worker)"
    )


def session(url: str, args: argparse.Namespace) -> None:
    peaks, bare, steps = [], [], []
    for _ in range(args.sessions):
        s, peak = child("session", url)
        peaks.append(peak)
        steps.append(s)
        bare.append(child("bare", url)[1])
    print("\n| what | peak RSS MiB (median of runs) | runs | base: bare window MiB | target |")
    print("|---|---:|---|---:|---|")
    runs = ", ".join(f"{p:.0f}" for p in peaks)
    print(
        f"| session: start, search, sort, open ten cases, print one agreement "
        f"| {statistics.median(peaks):.0f} | {runs} | {statistics.median(bare):.0f} | ≤ 120 MiB |"
    )
    print(
        "\nsession steps (median s): "
        + ", ".join(f"{k} {statistics.median(x['steps'][k] for x in steps):.2f}" for k in steps[0]["steps"])
    )
    if "peaks" in steps[0]:
        print(
            "peak RSS by the end of each step (median MiB): "
            + ", ".join(
                f"{k} {statistics.median(x['peaks'][k] for x in steps):.0f}" for k in steps[0]["peaks"]
            )
        )
    print(f"heavy modules loaded by the end: {', '.join(steps[-1]['modules'])}")


if __name__ == "__main__":
    main()
