"""Copy a built demo batch (a scratch SQLite file) into the database.

Rows of a batch carry batch-local negative ids (-1, -2, ...) for every table but ``case``
(whose ids come with the plan); here they become real ids, ``next id - local - 1``, in the
``id`` column and in every foreign key to such a table, while positive ids (set-up rows,
committee members, organisation parties) pass unchanged. Agreements are numbered here, in
the order they were made, from the number series.

SQLite: the batch file is ATTACHed and copied with ``INSERT … SELECT`` — no Python per row.
Other databases: rows are read back through SQLAlchemy and inserted with Core.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, insert, select, text
from sqlmodel import Session

from ..domain.numbering import format_case_number
from .setup import ID_TABLES, TABLES

LOCAL = [name for name in ID_TABLES if name != "case"]  # tables whose new rows have local ids
SCHEMA = "demo_batch"


def _target(table: Table, column: str) -> str | None:
    """The local-id table a column points into (its own table for ``id``), or None."""
    if column == "id":
        return table.name if table.name in LOCAL else None
    for fk in table.c[column].foreign_keys:
        name = fk.column.table.name
        return name if name in LOCAL else None
    return None


def _columns(conn: sqlite3.Connection, schema: str, name: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA {schema}.table_info("{name}")')]


def number_agreements(
    keys: list[tuple[int, int, str, int]], series: dict[tuple[int, str, int], int], org_codes: dict[int, str]
) -> list[tuple[str, int]]:
    """(number, local id) for each agreement key ``(local id, org id, type code, year)``, made in order."""
    out = []
    for aid, org, tcode, year in sorted(keys, reverse=True):  # -1 first: the order they were made
        seq = series[(org, tcode, year)] = series.get((org, tcode, year), 0) + 1
        out.append((format_case_number(year=year, org_code=org_codes[org], type_code=tcode, seq=seq), aid))
    return out


#: Pages between WAL checkpoints while a fresh file is filled (SQLite's default is 1,000).
BULK_CHECKPOINT_PAGES = 10_000


def bulk_begin(conn: sqlite3.Connection, fresh: bool) -> bool:
    """Faster settings for copying many batches into a *fresh* database; returns whether they were set.

    Only for a database that had no cases before the run (a brand-new demo file), and only on
    the copying connection, between transactions: foreign keys are not checked (the batches
    reference their own rows and set-up rows; tests run ``PRAGMA foreign_key_check``), WAL
    commits are not synced and checkpoints come every :data:`BULK_CHECKPOINT_PAGES` pages.
    The file stays a WAL database throughout. Measured on 100,000 cases: copying CPU 44 → 34 s,
    and the copy no longer waits for ~100 fsyncs (137 → 57 s wall on a loaded disk).
    :func:`bulk_end` restores ``synchronous = FULL``, ``foreign_keys = ON`` and the default
    checkpoint interval, then checkpoints, so the finished file is durable like any other.
    A database that already holds cases (real or demo) keeps the normal settings.
    """
    if not fresh:
        return False
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
    return True


def bulk_end(conn: sqlite3.Connection, was_set: bool) -> None:
    """Undo :func:`bulk_begin` (house settings of :mod:`mediation_desk.store.engine`) and checkpoint."""
    if not was_set:
        return
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA wal_autocheckpoint = 1000")
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


def copy_sqlite(
    conn: sqlite3.Connection,
    path: Path,
    next_ids: dict[str, int],
    series: dict[tuple[int, str, int], int],
    org_codes: dict[int, str],
) -> tuple[Counter[str], Counter[str]]:
    """Copy one batch into the main database of ``conn`` (autocommit driver connection), one transaction.

    Returns:
        (rows per table, cases per status).
    """
    conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", (str(path),))
    try:
        conn.execute(f"PRAGMA {SCHEMA}.journal_mode = OFF")
        present = {
            r[0] for r in conn.execute(f"SELECT name FROM {SCHEMA}.sqlite_master WHERE type = 'table'")
        }
        counts: Counter[str] = Counter()
        conn.execute("BEGIN IMMEDIATE")
        try:
            if "agreement_key" in present:
                keys = conn.execute(f"SELECT id, org_id, tcode, year FROM {SCHEMA}.agreement_key").fetchall()
                conn.executemany(
                    f"UPDATE {SCHEMA}.agreement SET number = ? WHERE id = ?",
                    number_agreements(keys, series, org_codes),
                )
            for name, table in TABLES.items():
                if name not in present:
                    continue
                if name == "case_fts":
                    conn.execute(
                        f"INSERT INTO main.case_fts(rowid, doc) SELECT id, doc FROM {SCHEMA}.case_fts"
                    )
                    counts[name] = conn.execute(f"SELECT count(*) FROM {SCHEMA}.case_fts").fetchone()[0]
                    continue
                have = _columns(conn, SCHEMA, name)
                exprs, params = [], []
                for col in have:
                    target = _target(table, col)
                    exprs.append(
                        f'"{col}"'
                        if target is None
                        else f'CASE WHEN "{col}" < 0 THEN {int(next_ids[target])} - "{col}" - 1 '
                        f'ELSE "{col}" END'
                    )
                cols = list(have)
                for c in table.columns:  # columns a later revision added: their scalar default
                    if c.name not in have:
                        cols.append(c.name)
                        exprs.append("?")
                        params.append(
                            c.default.arg if c.default is not None and c.default.is_scalar else None
                        )
                # searchgram: in the target's key order; agreement: made first, inserted first
                order = {"searchgram": " ORDER BY gram, case_id", "agreement": " ORDER BY id DESC"}.get(
                    name, ""
                )
                names = ", ".join(f'"{c}"' for c in cols)
                cur = conn.execute(
                    f'INSERT INTO main."{name}" ({names}) SELECT {", ".join(exprs)} '
                    f'FROM {SCHEMA}."{name}"{order}',
                    params,
                )
                counts[name] = cur.rowcount
            statuses = Counter(
                dict(conn.execute(f'SELECT status, count(*) FROM {SCHEMA}."case" GROUP BY status'))
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute(f"DETACH DATABASE {SCHEMA}")
    for name in LOCAL:
        next_ids[name] += counts.get(name, 0)
    return counts, statuses


def copy_other(
    session: Session,
    path: Path,
    next_ids: dict[str, int],
    series: dict[tuple[int, str, int], int],
    org_codes: dict[int, str],
) -> tuple[Counter[str], Counter[str]]:
    """Copy one batch through SQLAlchemy (PostgreSQL), inside ``session``'s transaction."""
    engine = create_engine(f"sqlite:///{path}")
    counts: Counter[str] = Counter()
    try:
        with engine.connect() as src:
            present = set(
                src.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
            )
            numbers: dict[int, str] = {}
            if "agreement_key" in present:
                keys = [
                    tuple(r) for r in src.exec_driver_sql("SELECT id, org_id, tcode, year FROM agreement_key")
                ]
                numbers = {aid: number for number, aid in number_agreements(keys, series, org_codes)}  # type: ignore[arg-type]

            def real(target: str, value: Any) -> Any:
                return next_ids[target] - value - 1 if value is not None and value < 0 else value

            for name, table in TABLES.items():
                if name not in present:
                    continue
                if name == "case_fts":
                    rows = [
                        {"id": i, "doc": d} for i, d in src.exec_driver_sql("SELECT id, doc FROM case_fts")
                    ]
                    session.execute(text("INSERT INTO case_fts(case_id, doc) VALUES (:id, :doc)"), rows)
                    counts[name] = len(rows)
                    continue
                have = [r[1] for r in src.exec_driver_sql(f'PRAGMA table_info("{name}")')]
                targets = {c: _target(table, c) for c in have}
                items = []
                for row in src.execute(select(*(table.c[c] for c in have))).mappings():
                    item = dict(row)
                    if name == "agreement":
                        item["number"] = numbers[item["id"]]
                    for c, target in targets.items():
                        if target is not None:
                            item[c] = real(target, item[c])
                    items.append(item)
                session.execute(insert(table), items)
                counts[name] = len(items)
            statuses = Counter(
                dict(src.exec_driver_sql('SELECT status, count(*) FROM "case" GROUP BY status').all())
            )
    finally:
        engine.dispose()
    for name in LOCAL:
        next_ids[name] += counts.get(name, 0)
    return counts, statuses
