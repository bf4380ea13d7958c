"""committee directory: person.active (a member no longer available is not offered)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27

Committee members leave (retire, move to another court, stop volunteering). Their
memberships of past and current cases stay; they are only no longer offered when a case
needs a member. Existing rows are active.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: SQLite adds a NOT NULL column with a constant default in place, while a
    # batch (copy-and-rename) would have to drop ``person``, which foreign keys refer to.
    op.add_column("person", sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    op.drop_column("person", "active")  # SQLite 3.35+ drops a column in place
