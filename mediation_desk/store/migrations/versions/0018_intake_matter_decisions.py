"""decisions of the linked criminal or administrative matter, on every track

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07

``matterdecision`` keeps each decision of the police, procuratorate or court in the matter behind
the dispute — 不起诉, 撤案, 判决, 行政处罚, 取保候审… — with its date, the deciding authority and
a note, on any track (a 人民调解 case too: the seed's bike theft ended in a 不起诉 decision).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mediation_desk.store.types import UTCDateTime

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "matterdecision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("case.id"), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("authority", sa.String(length=100), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id"), nullable=True),
    )
    op.create_index("ix_matterdecision_case_id", "matterdecision", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_matterdecision_case_id", table_name="matterdecision")
    op.drop_table("matterdecision")
