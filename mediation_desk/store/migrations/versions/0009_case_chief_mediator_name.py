"""case list: case.chief_mediator_name (denormalised, indexed for the sort by chief mediator)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27

The case list sorts by the chief mediator's *name*. Joined from ``person``, no index of
``case`` could serve that order: every page sorted the whole table (230–340 ms on 100,000
cases). ``case`` now carries a copy of the name (kept by ``store/models/denorm.py``), with
expression indexes matching the list's order in both directions, cases without a chief
mediator last (``ORDER BY chief_mediator_name IS NULL, chief_mediator_name [DESC], id [DESC]``,
as migration 0007 does for deadlines). Existing cases are filled from ``person``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (nullable): in place on SQLite, no copy of ``case``.
    op.add_column("case", sa.Column("chief_mediator_name", sa.String(length=100), nullable=True))
    op.execute(
        'UPDATE "case" SET chief_mediator_name = '
        '(SELECT person.name FROM person WHERE person.id = "case".chief_mediator_id) '
        "WHERE chief_mediator_id IS NOT NULL"
    )
    op.create_index(
        "ix_case_mediator_order",
        "case",
        [sa.text("(chief_mediator_name IS NULL)"), sa.text("chief_mediator_name"), sa.text("id")],
    )
    op.create_index(
        "ix_case_mediator_order_desc",
        "case",
        [sa.text("(chief_mediator_name IS NULL)"), sa.text("chief_mediator_name DESC"), sa.text("id DESC")],
    )


def downgrade() -> None:
    op.drop_index("ix_case_mediator_order_desc", table_name="case")
    op.drop_index("ix_case_mediator_order", table_name="case")
    op.drop_column("case", "chief_mediator_name")
