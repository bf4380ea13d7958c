"""case list: deadline sort indexes ((due_at IS NULL), due_at) in both directions

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

The case list sorts cases without a deadline last in both directions
(``ORDER BY due_at IS NULL, due_at [DESC], id [DESC]``). The plain ``due_at`` index cannot
serve that order, so every page was a sort of the whole table (~800 ms on 100,000 cases).
These expression indexes match the two orders exactly; a page reads 200 index entries.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_case_due_order", "case", [sa.text("(due_at IS NULL)"), sa.text("due_at"), sa.text("id")]
    )
    op.create_index(
        "ix_case_due_order_desc",
        "case",
        [sa.text("(due_at IS NULL)"), sa.text("due_at DESC"), sa.text("id DESC")],
    )


def downgrade() -> None:
    op.drop_index("ix_case_due_order_desc", table_name="case")
    op.drop_index("ix_case_due_order", table_name="case")
