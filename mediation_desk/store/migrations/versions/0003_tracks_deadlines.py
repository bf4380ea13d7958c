"""tracks and deadlines: consent records, criminal-reconciliation checklist

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

``consentrecord`` keeps each party's recorded consent (to public-security mediation, or to
an extension of the mediation limit, with the date extended to); ``linkedmatter.eligibility``
holds the criminal-reconciliation checklist as JSON text.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import mediation_desk.store.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consentrecord",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("case_party_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("given_at", mediation_desk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.ForeignKeyConstraint(["case_party_id"], ["caseparty.id"]),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consentrecord", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consentrecord_case_id"), ["case_id"], unique=False)
    with op.batch_alter_table("linkedmatter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("eligibility", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("linkedmatter", schema=None) as batch_op:
        batch_op.drop_column("eligibility")
    with op.batch_alter_table("consentrecord", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consentrecord_case_id"))
    op.drop_table("consentrecord")
