"""Copy a SQLite installation onto a PostgreSQL server (``mediation-desk migrate-to URL``).

The target schema is created by :func:`open_database` (Alembic, the same revisions); then
every table is copied in foreign-key order with its explicit ids (self-references are filled
in a second pass), the id sequences are moved past the copied ids, the search index is
rebuilt, and the result is compared with the source: row counts of every table and the head
of the audit chain (which proves the whole history arrived unchanged). The audit table's
append-only guard refuses UPDATE and DELETE only, so the plain INSERT copy passes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from ..domain.errors import StorageError
from . import audit, models, search
from .database import Database, open_database
from .engine import read_session, write_session

SKIP = {"searchgram"}  # derived data: rebuilt on the target
BATCH = 1000


@dataclass
class TransferReport:
    """Per-table row counts on both sides and the audit-chain heads."""

    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    source_head: str = ""
    target_head: str = ""
    target_chain_ok: bool = False
    search_rebuilt: int = 0

    @property
    def ok(self) -> bool:
        same = all(a == b for a, b in self.counts.values())
        return same and self.target_chain_ok and self.source_head == self.target_head


def _tables() -> list[Table]:
    models.load_all()
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in SKIP]


def _self_refs(table: Table) -> list[str]:
    return sorted({fk.parent.name for fk in table.foreign_keys if fk.column.table is table})


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _copy_table(src: Connection, dst: Connection, table: Table) -> None:
    refs = _self_refs(table)
    order = list(table.primary_key.columns)
    rows = [dict(r._mapping) for r in src.execute(select(table).order_by(*order))]
    later = [{"_id": r["id"], **{c: r[c] for c in refs}} for r in rows if any(r[c] is not None for c in refs)]
    for r in rows:
        for c in refs:
            r[c] = None
    for i in range(0, len(rows), BATCH):
        dst.execute(table.insert(), rows[i : i + BATCH])
    if later:
        from sqlalchemy import bindparam

        stmt = table.update().where(table.c.id == bindparam("_id")).values({c: bindparam(c) for c in refs})
        dst.execute(stmt, later)


def _reset_sequences(dst: Connection) -> None:
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].name != "id":
            continue
        dst.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                f'COALESCE((SELECT MAX(id) FROM "{table.name}"), 0) + 1, false)'
            )
        )


def migrate_to(source_url: str, target_url: str) -> TransferReport:
    """Copy the database at ``source_url`` (SQLite) to an empty PostgreSQL database at ``target_url``.

    Raises:
        StorageError: ``transfer.source_not_sqlite``, ``transfer.target_not_postgresql``,
            ``transfer.target_not_empty`` (nothing written), ``transfer.mismatch`` (after the copy).
    """
    if not source_url.startswith("sqlite"):
        raise StorageError("transfer.source_not_sqlite")
    if not target_url.startswith("postgresql"):
        raise StorageError("transfer.target_not_postgresql")
    source = open_database(source_url)
    target = open_database(target_url)
    try:
        return _transfer(source, target)
    finally:
        source.dispose()
        target.dispose()


def _transfer(source: Database, target: Database) -> TransferReport:
    report = TransferReport()
    with target.engine.connect() as probe:
        filled = [t.name for t in _tables() if _count(probe, t)]
    if filled:
        raise StorageError("transfer.target_not_empty", tables=filled)
    with source.engine.connect() as src, target.engine.begin() as dst:
        for table in _tables():
            _copy_table(src, dst, table)
        _reset_sequences(dst)
    with write_session(target.engine) as session:
        report.search_rebuilt = search.rebuild_all(session)
    with source.engine.connect() as src, target.engine.connect() as dst:
        for table in _tables():
            report.counts[table.name] = (_count(src, table), _count(dst, table))
    with read_session(source.engine) as s:
        report.source_head = audit.verify_chain(s).head
    with read_session(target.engine) as s:
        chain = audit.verify_chain(s)
        report.target_head, report.target_chain_ok = chain.head, chain.ok
    if not report.ok:
        bad: dict[str, Any] = {k: v for k, v in report.counts.items() if v[0] != v[1]}
        raise StorageError(
            "transfer.mismatch", tables=bad, source_head=report.source_head, target_head=report.target_head
        )
    return report


__all__ = ["TransferReport", "migrate_to"]
