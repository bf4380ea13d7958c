"""A saver killed with SIGKILL 100 times: no acknowledged save lost, the file always intact."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = 100
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the worker forks savers (POSIX)")


class Lines:
    """Read whole lines from a pipe with a deadline."""

    def __init__(self, fd: int) -> None:
        self.fd, self.buf = fd, b""

    def next(self, timeout: float) -> str | None:
        end = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = end - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("worker exited")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_sigkill_during_saves_loses_no_acknowledged_case(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    sqlite_db.dispose()
    path = sqlite_db.path
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_worker", sqlite_db.url],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert worker.stdin is not None and worker.stdout is not None
    out = Lines(worker.stdout.fileno())
    rng = random.Random(286)
    acked: set[int] = set()
    missing = bad_integrity = 0
    started = time.monotonic()
    try:
        for round_no in range(KILLS):
            worker.stdin.write(f"go {round_no}\n".encode())
            worker.stdin.flush()
            first = out.next(60)
            assert first is not None and first.startswith("pid "), first
            pid = int(first.split()[1])
            ack = out.next(60)  # the saver is running: kill it mid-stream from now on
            assert ack is not None and ack.startswith("ok "), ack
            acked.add(int(ack.split()[1]))
            deadline = time.monotonic() + rng.uniform(0.0, 0.15)
            while (line := out.next(max(0.0, deadline - time.monotonic()))) is not None:
                acked.add(int(line.split()[1]))
            os.kill(pid, signal.SIGKILL)
            while (line := out.next(30)) != "dead":
                assert line is not None, "worker did not report the saver's death"
                acked.add(int(line.split()[1]))  # acknowledged just before the kill landed
            conn = sqlite3.connect(path)  # as the next start would: recovers the WAL
            try:
                bad_integrity += conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
                stored = {r[0] for r in conn.execute('SELECT id FROM "case"')}
            finally:
                conn.close()
            missing += len(acked - stored)
    finally:
        worker.stdin.close()
        worker.wait(30)
        worker.stdout.close()
    print(
        f"\ncrash safety: {KILLS} SIGKILLs in {time.monotonic() - started:.1f} s, "
        f"{len(acked)} acknowledged saves, "
        f"{missing} missing, integrity_check not ok {bad_integrity} times"
    )
    assert missing == 0 and bad_integrity == 0 and len(acked) > KILLS
