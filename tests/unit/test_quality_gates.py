"""The code gates CI runs with the suite: ruff (lint and format) on the whole tree, mypy --strict on
the Qt-free core (domain, store without its migrations, services, documents, signing; the list is
``[tool.mypy] files`` in pyproject.toml). See docs/architecture.md, "Tests and gates"."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow  # mypy reads the whole core (about a minute on a cold cache)


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    where = shutil.which(name)
    if where is None:
        pytest.fail(f"{name} is not installed: pip install -c constraints.txt -e '.[test]'")
    return where


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_finds_nothing_to_fix() -> None:
    out = _run(_tool("ruff"), "check", "--output-format", "concise", ".")
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]


def test_the_code_is_formatted_as_ruff_formats_it() -> None:
    out = _run(_tool("ruff"), "format", "--check", ".")
    assert out.returncode == 0, out.stdout[-6000:] + out.stderr[-2000:]


def test_mypy_strict_passes_on_the_core() -> None:
    out = _run(_tool("mypy"))  # files and strictness from pyproject.toml
    assert out.returncode == 0, out.stdout[-8000:] + out.stderr[-2000:]
