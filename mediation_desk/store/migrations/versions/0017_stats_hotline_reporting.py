"""statistics: 12345 tickets, dispute-screening rounds, a case's facts for the official table

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

* ``hotlineticket`` — a case from the 12345 hotline: 工单号, received, the platform's reply
  deadline, first response, reply, the citizen's return visit (resolved; 满意/基本满意/不满意).
* ``screeninground`` — a committee's rounds of 矛盾纠纷排查 and the disputes each found.
* ``casereport`` — per case: prevented, 防止民转刑 / 防止群体性上访 (with persons), official source.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import mediation_desk.store.types

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_UTC = mediation_desk.store.types.UTCDateTime
_STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "hotlineticket",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("ticket_no", _STR(length=40), nullable=False),
        sa.Column("received_at", _UTC(timezone=True), nullable=False),
        sa.Column("reply_due_at", _UTC(timezone=True), nullable=False),
        sa.Column("first_response_at", _UTC(timezone=True), nullable=True),
        sa.Column("first_response_note", _STR(length=500), nullable=False),
        sa.Column("reply_at", _UTC(timezone=True), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("visit_at", _UTC(timezone=True), nullable=True),
        sa.Column("visit_resolved", sa.Boolean(), nullable=True),
        sa.Column("visit_satisfaction", _STR(length=30), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )
    op.create_index("ix_hotlineticket_ticket_no", "hotlineticket", ["ticket_no"])
    op.create_index("ix_hotlineticket_received_at", "hotlineticket", ["received_at"])
    op.create_table(
        "screeninground",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("scope", _STR(length=200), nullable=False),
        sa.Column("disputes_found", sa.Integer(), nullable=False),
        sa.Column("note", _STR(length=1000), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"]),
        sa.ForeignKeyConstraint(["created_by"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_screeninground_organisation_id", "screeninground", ["organisation_id"])
    op.create_index("ix_screeninground_held_on", "screeninground", ["held_on"])
    op.create_table(
        "casereport",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("prevented", sa.Boolean(), nullable=False),
        sa.Column("prevent_crime", sa.Boolean(), nullable=False),
        sa.Column("prevent_crime_persons", sa.Integer(), nullable=False),
        sa.Column("prevent_petition", sa.Boolean(), nullable=False),
        sa.Column("prevent_petition_persons", sa.Integer(), nullable=False),
        sa.Column("official_source", _STR(length=20), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id"),
    )


def downgrade() -> None:
    op.drop_table("casereport")
    op.drop_index("ix_screeninground_held_on", table_name="screeninground")
    op.drop_index("ix_screeninground_organisation_id", table_name="screeninground")
    op.drop_table("screeninground")
    op.drop_index("ix_hotlineticket_received_at", table_name="hotlineticket")
    op.drop_index("ix_hotlineticket_ticket_no", table_name="hotlineticket")
    op.drop_table("hotlineticket")
