"""Does a SQLite file have exactly the schema our migrations build at its revision?

A restored backup must not bring its own schema: a dropped audit trigger, an extra trigger or
view, a loosened column. :func:`schema_problems` compares the file's tables (columns with type,
NOT NULL, default and key), indexes (columns, uniqueness, condition), triggers and views with a
reference database migrated to the same revision (built once per revision and process, ~1 s).
Column order is ignored, so a database upgraded through table rebuilds compares equal.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

Shape = dict[tuple[str, str], object]
_SPACE = re.compile(r"\s+")


def _norm(sql: str | None) -> str:
    return _SPACE.sub(" ", (sql or "").strip()).lower()


def schema_shape(conn: sqlite3.Connection) -> Shape:
    """Every schema object by (type, name), described independently of column order."""
    shape: Shape = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_"):
            continue
        if kind == "table":
            cols = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            fks = conn.execute(f'PRAGMA foreign_key_list("{name}")').fetchall()
            shape[(kind, name)] = (
                frozenset((c[1], str(c[2]).upper(), c[3], str(c[4]), c[5], c[6]) for c in cols),
                frozenset((f[2], f[3], f[4], f[5], f[6]) for f in fks),
                "virtual" if _norm(sql).startswith("create virtual") else "",
            )
        elif kind == "index":
            cols = conn.execute(f'PRAGMA index_xinfo("{name}")').fetchall()
            where = _norm(sql).split(" where ", 1)[1] if " where " in _norm(sql) else ""
            unique = _norm(sql).startswith("create unique")
            shape[(kind, name)] = (table, tuple((c[2], c[3]) for c in cols if c[5]), unique, where)
        else:  # trigger, view: their text is the behaviour
            shape[(kind, name)] = (table, _norm(sql))
    return shape


@lru_cache(maxsize=4)
def reference_shape(revision: str) -> Shape:
    """The shape of an empty database migrated to ``revision``."""
    from sqlalchemy import create_engine

    from . import migrate

    with tempfile.TemporaryDirectory(prefix="md-schema-") as tmp:
        path = Path(tmp) / "reference.sqlite3"
        engine = create_engine(f"sqlite:///{path}")
        try:
            migrate.upgrade(engine, revision)
        finally:
            engine.dispose()
        conn = sqlite3.connect(path)
        try:
            return schema_shape(conn)
        finally:
            conn.close()


def schema_problems(db_file: Path, revision: str) -> list[str]:
    """What differs from the reference schema at ``revision`` (empty: the same), at most 10 items."""
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        found = schema_shape(conn)
    finally:
        conn.close()
    expected = reference_shape(revision)
    problems = [f"extra {k} {n}" for k, n in sorted(set(found) - set(expected))]
    problems += [f"missing {k} {n}" for k, n in sorted(set(expected) - set(found))]
    both = sorted(set(found) & set(expected))
    problems += [f"changed {k} {n}" for k, n in both if found[(k, n)] != expected[(k, n)]]
    return problems[:10]


__all__ = ["reference_shape", "schema_problems", "schema_shape"]
