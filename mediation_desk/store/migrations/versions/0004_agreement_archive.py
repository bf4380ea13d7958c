"""agreement archive: the canonical content of every signed agreement version

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

``agreementarchive`` keeps the canonical content (stable JSON) of an agreement version as it
was at signing, with its SHA-256. The QR code on the printed agreement carries the signed
digest; ``mediation-desk verify`` looks the content up here by (number, version).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import mediation_desk.store.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreementarchive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", mediation_desk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreement.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number", "version"),
        sa.UniqueConstraint("agreement_id"),
    )
    with op.batch_alter_table("agreementarchive", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreementarchive_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("agreementarchive", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreementarchive_case_id"))
    op.drop_table("agreementarchive")
