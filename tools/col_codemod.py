"""Codemod: wrap SQLModel column attributes used in code in ``sqlmodel.col()`` so mypy types them.

SQLModel declares a table's fields as plain Python types (``Case.id: int | None``), so mypy --strict
reads ``Case.id == 5`` as a ``bool`` and ``Case.received_at.desc()`` as an error. ``col(Case.id)``
returns the very same column object at run time and gives mypy the SQL type — the fix SQLModel's
documentation recommends. This rewrites every ``Table.column`` reference (a real column of a table
class, found from SQLModel's metadata) outside ``store/models/`` into ``col(Table.column)`` and adds
``from sqlmodel import col`` where needed. Run it, then ``ruff check --fix`` (imports) and ``mypy``:

    .venv/bin/python tools/col_codemod.py mediation_desk/services/guards.py …
    .venv/bin/python tools/col_codemod.py --all       # every module mypy checks

Afterwards, ``type: ignore`` comments that only hid these errors show up as unused (mypy says so);
remove them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def columns() -> dict[str, set[str]]:
    """Table class name → its column attribute names."""
    sys.path.insert(0, str(ROOT))
    from mediation_desk.store import models

    models.load_all()
    out: dict[str, set[str]] = {}
    for name in models.HOMES:
        cls = getattr(models, name)
        out[name] = {c.key for c in cls.__table__.columns} | set(
            getattr(cls, "__sqlmodel_relationships__", {})
        )
    return out


def rewrite(text: str, table_columns: dict[str, set[str]]) -> str:
    names = "|".join(sorted(table_columns, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?<!col\()({names})\.([a-z_][a-z0-9_]*)\b(?!\s*=[^=])(?!\s*\()")

    def fix(m: re.Match[str]) -> str:
        table, attr = m.group(1), m.group(2)
        return f"col({table}.{attr})" if attr in table_columns[table] else m.group(0)

    new = pattern.sub(fix, text)
    if new != text and not re.search(r"^from sqlmodel import .*\bcol\b", new, re.M):
        if re.search(r"^from sqlmodel import ", new, re.M):
            new = re.sub(
                r"^from sqlmodel import (.*)$", r"from sqlmodel import \1, col", new, count=1, flags=re.M
            )
        else:
            new = re.sub(
                r"^(from __future__ import annotations\n)",
                r"\1\nfrom sqlmodel import col\n",
                new,
                count=1,
                flags=re.M,
            )
    return new


def main(argv: list[str]) -> int:
    if argv == ["--all"]:
        core = ("domain", "store", "services", "documents", "signing")
        paths = [
            p
            for d in core
            for p in (ROOT / "mediation_desk" / d).rglob("*.py")
            if "migrations" not in p.parts and "models" not in p.parts
        ]
    else:
        paths = [Path(a) for a in argv]
    table_columns = columns()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        new = rewrite(text, table_columns)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"rewrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
