"""case list sort indexes: case.title and case.party_names

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27

The case list sorts by any column in SQL and reads one page at a time. A column without an
index makes every page a sort of the whole table (about 100 ms on 100,000 cases, more on a
million); with one, SQLite and PostgreSQL read the index in order and stop after the page.
The other sortable columns (number, category, track, status, received_at, due_at) are indexed
already.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_title"), ["title"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_party_names"), ["party_names"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_party_names"))
        batch_op.drop_index(batch_op.f("ix_case_title"))
