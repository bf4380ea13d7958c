"""Nothing outside mediation_desk/ui imports Qt (ARCHITECTURE.md: data flows one way)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import mediation_desk

PACKAGE = Path(mediation_desk.__file__).parent

SCRIPT = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
        return None

sys.meta_path.insert(0, Block())
import mediation_desk
failed = []
count = 0
for info in pkgutil.walk_packages(mediation_desk.__path__, "mediation_desk."):
    name = info.name
    if name.startswith("mediation_desk.ui") or name in ("mediation_desk.app",) or ".migrations" in name:
        continue
    count += 1
    try:
        importlib.import_module(name)
    except Exception as exc:  # report every module, not just the first
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
print(count)
for line in failed:
    print("FAIL", line)
"""


def test_every_non_ui_module_imports_without_pyside6() -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300,
                         check=True)
    lines = out.stdout.strip().splitlines()
    assert int(lines[0]) >= 20, out.stdout  # the walk really found the package
    failures = [line for line in lines[1:] if line.startswith("FAIL")]
    assert failures == [], "\n".join(failures)
