"""versions on every editable record: row_version, changed_by, changed_at

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

Cases had a version; the other records a user edits (agreements and their obligations, sessions,
follow-ups, court confirmations, parties, linked matters, memberships, people, organisations,
settings, categories) now carry one too, with who changed the record last and when, so that a save
based on an older version is refused with "changed by X at T" (store/versions.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mediation_desk.store.types import UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = (
    "agreement",
    "obligation",
    "mediationsession",
    "followup",
    "judicialconfirmation",
    "caseparty",
    "linkedmatter",
    "membership",
    "person",
    "organisation",
    "setting",
    "category",
)


def upgrade() -> None:
    # Plain ADD COLUMNs with constant defaults: SQLite adds them in place (a batch copy would have
    # to drop tables that foreign keys refer to).
    for table in TABLES:
        op.add_column(table, sa.Column("changed_by", sa.String(length=50), nullable=False, server_default=""))
        op.add_column(table, sa.Column("changed_at", UTCDateTime(), nullable=True))
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        for column in ("row_version", "changed_at", "changed_by"):
            op.drop_column(table, column)
