"""The layers hold (docs/architecture.md): contracts, no cycles, Qt only in ui/, ui/ talks to services.

- ``lint-imports`` checks the contracts in ``pyproject.toml`` (``[tool.importlinter]``): the layers
  domain < store | documents < services < ui | demo < app | cli, no Qt below ui/, no cycles
  between the sibling packages and modules of any package;
- a module-level cycle check with grimp (the graph import-linter uses), which names the cycle;
- every module outside ui/ and app.py really imports with PySide6 blocked;
- ui/ imports no store module, SQLAlchemy or SQLModel: it reads and writes through services (issue 14);
- the entry points import the database models before Qt (the import-order rule).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import grimp
import pytest

import mediation_desk

PACKAGE = Path(mediation_desk.__file__).parent
ROOT = PACKAGE.parent

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
    qt = name.startswith("mediation_desk.ui") and not name.startswith("mediation_desk.ui.messages")
    if qt or name in ("mediation_desk.app", "mediation_desk.selftest") or ".migrations" in name:
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


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # Imports under ``if TYPE_CHECKING:`` never run; like the contracts, the checks leave them out.
    return grimp.build_graph("mediation_desk", cache_dir=None, exclude_type_checking_imports=True)


def test_every_non_ui_module_imports_without_pyside6() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, check=True
    )
    lines = out.stdout.strip().splitlines()
    assert int(lines[0]) >= 20, out.stdout  # the walk really found the package
    failures = [line for line in lines[1:] if line.startswith("FAIL")]
    assert failures == [], "\n".join(failures)


def test_the_import_contracts_hold() -> None:
    # In a child process: lint-imports run in-process configures logging, and the loggers of the
    # modules it imports then write nothing for the rest of the session (test_accounts reads a log).
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run(
        [str(lint), "--config", "pyproject.toml", "--no-cache"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert "BROKEN" not in out and out.count("KEPT") >= 3


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_module_imports_itself_through_others(graph: grimp.ImportGraph) -> None:
    cycles = _cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_check_finds_a_cycle() -> None:
    g = grimp.ImportGraph()
    for name in ("p.a", "p.b", "p.c"):
        g.add_module(name)
    g.add_import(importer="p.a", imported="p.b")
    g.add_import(importer="p.b", imported="p.c")
    g.add_import(importer="p.c", imported="p.a")
    assert _cycles(g) == [["p.a", "p.b", "p.c"]]


def _ui_store_imports(graph: grimp.ImportGraph) -> set[str]:
    return {
        f"{importer.removeprefix('mediation_desk.')} -> {imported.removeprefix('mediation_desk.')}"
        for importer in graph.find_children("mediation_desk.ui") | graph.find_descendants("mediation_desk.ui")
        for imported in graph.find_modules_directly_imported_by(importer)
        if imported.startswith("mediation_desk.store")
    }


def test_ui_reaches_the_database_only_through_services(graph: grimp.ImportGraph) -> None:
    """No ``ui -> store`` import at all: screens call services, which apply the policy (issue 14, "one gate").

    The import-linter contract ``ui-through-services`` (pyproject.toml) also forbids SQLAlchemy and
    SQLModel in ui/; this check names every offending import.
    """
    found = sorted(_ui_store_imports(graph))
    assert not found, (
        "ui/ must not import store/ (queries, models, engine): call a service instead.\n" + "\n".join(found)
    )


def test_the_gate_check_finds_a_ui_store_import() -> None:
    g = grimp.ImportGraph()
    for name in ("mediation_desk.ui", "mediation_desk.ui.page", "mediation_desk.store.engine"):
        g.add_module(name)
    g.add_import(importer="mediation_desk.ui.page", imported="mediation_desk.store.engine")
    assert _ui_store_imports(g) == {"ui.page -> store.engine"}


IMPORT_ORDER = r"""
import sys
import mediation_desk.__main__  # what `python -m mediation_desk` and the bundle import first
import mediation_desk.app  # what __main__.main imports before run_gui imports Qt
assert "PySide6" not in sys.modules, "Qt was imported before the models"
assert "mediation_desk.store.models.cases" in sys.modules, "app.py did not import the models first"
assert "mediation_desk.store.models.system" in sys.modules, "app.py did not import the models first"
"""


def test_the_entry_point_imports_the_models_before_qt() -> None:
    """The import-order rule (docs/architecture.md, "Import order"): models first, then Qt."""
    subprocess.run([sys.executable, "-c", IMPORT_ORDER], check=True, timeout=120, cwd=ROOT)
