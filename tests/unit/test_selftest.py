"""``mediation-desk --self-test`` from the source tree: passes, and prints no Qt noise a user would
take for a fault.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_self_test_passes_without_the_offscreen_size_hints_warning(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path)}
    env.pop("MEDIATION_DESK_HOME", None)
    result = subprocess.run(
        [sys.executable, "-m", "mediation_desk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[ OK ] open the main window" in result.stdout
    assert "propagateSizeHints" not in result.stdout + result.stderr
