"""case lists of a mediator: the cases a person is on, read from indexes alone

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28

Every list, search and statistic of a mediator is limited to the cases they are on: chief
mediator, a current committee membership, or registered by them (``services/policy.py``). The
list walks its sort column's index and keeps the cases whose id is in that set, so the set must
come from indexes: ``ix_membership_person_case`` covers a person's memberships with their dates,
``ix_case_created_by`` the cases a user registered (the chief mediator already had an index).
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_membership_person_case", "membership", ["person_id", "case_id", "from_date", "to_date"]
    )
    op.create_index("ix_case_created_by", "case", ["created_by"])


def downgrade() -> None:
    op.drop_index("ix_case_created_by", table_name="case")
    op.drop_index("ix_membership_person_case", table_name="membership")
