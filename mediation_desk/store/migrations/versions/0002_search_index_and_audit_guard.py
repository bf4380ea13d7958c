"""search index (grams + FTS5/pg_trgm) and append-only audit table

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Builds the search index for the cases already in the database, so an upgraded
file finds its old cases.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_GUARDS = [
    "CREATE TRIGGER auditevent_no_update BEFORE UPDATE ON auditevent "
    "BEGIN SELECT RAISE(ABORT, 'auditevent is append-only'); END",
    "CREATE TRIGGER auditevent_no_delete BEFORE DELETE ON auditevent "
    "BEGIN SELECT RAISE(ABORT, 'auditevent is append-only'); END",
]
PG_GUARDS = [
    "CREATE OR REPLACE FUNCTION auditevent_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'auditevent is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER auditevent_no_update BEFORE UPDATE OR DELETE ON auditevent "
    "FOR EACH ROW EXECUTE FUNCTION auditevent_append_only()",
    "CREATE TRIGGER auditevent_no_truncate BEFORE TRUNCATE ON auditevent "
    "FOR EACH STATEMENT EXECUTE FUNCTION auditevent_append_only()",
]


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table(
        "searchgram",
        sa.Column("gram", sa.String(length=4), nullable=False),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("case.id"), nullable=False),
        sa.PrimaryKeyConstraint("gram", "case_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_searchgram_case_id", "searchgram", ["case_id"])
    if sqlite:
        op.execute("CREATE VIRTUAL TABLE case_fts USING fts5(doc, tokenize='trigram')")
        for stmt in SQLITE_GUARDS:
            op.execute(stmt)
    else:
        op.create_table(
            "case_fts",
            sa.Column("case_id", sa.Integer(), sa.ForeignKey("case.id"), primary_key=True),
            sa.Column("doc", sa.Text(), nullable=False),
        )
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_case_fts_doc_trgm ON case_fts USING gin (doc gin_trgm_ops)")
        for stmt in PG_GUARDS:
            op.execute(stmt)
    _backfill(bind)


def _backfill(bind: sa.engine.Connection) -> None:
    from mediation_desk.store.search import grams

    parties: dict[int, list[tuple[str, str | None, str | None, str | None]]] = {}
    for case_id, name, idno, uscc, phone in bind.execute(
        sa.text(
            "SELECT cp.case_id, p.name, p.id_number, p.uscc, p.phone FROM caseparty cp "
            "JOIN person p ON p.id = cp.person_id"
        )
    ):
        parties.setdefault(case_id, []).append((name, idno, uscc, phone))
    sqlite = bind.dialect.name == "sqlite"
    for case_id, number, title, facts in bind.execute(sa.text('SELECT id, number, title, facts FROM "case"')):
        people = parties.get(case_id, [])
        rows = [{"g": g, "c": case_id} for g in grams((p[0] for p in people), title)]
        if rows:
            bind.execute(sa.text("INSERT INTO searchgram(gram, case_id) VALUES (:g, :c)"), rows)
        parts = [number, title, facts]
        for name, idno, uscc, phone in people:
            parts += [name, idno or "", uscc or "", phone or "", (phone or "").removeprefix("+86")]
        doc = "\n".join(p for p in parts if p)
        if sqlite:
            bind.execute(
                sa.text("INSERT INTO case_fts(rowid, doc) VALUES (:c, :d)"), {"c": case_id, "d": doc}
            )
        else:
            bind.execute(
                sa.text("INSERT INTO case_fts(case_id, doc) VALUES (:c, :d)"), {"c": case_id, "d": doc}
            )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS auditevent_no_update")
        op.execute("DROP TRIGGER IF EXISTS auditevent_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS auditevent_no_update ON auditevent")
        op.execute("DROP TRIGGER IF EXISTS auditevent_no_truncate ON auditevent")
        op.execute("DROP FUNCTION IF EXISTS auditevent_append_only()")
    op.execute("DROP TABLE IF EXISTS case_fts")
    op.drop_index("ix_searchgram_case_id", table_name="searchgram")
    op.drop_table("searchgram")
