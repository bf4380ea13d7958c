"""case list: sort by status in workflow order (expression index)

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27

The case list sorted the Status column by the status code (alphabetical: accepted, agreement_reached,
archived, …). Users expect the workflow order (``CaseStatus``: registered, accepted, declined, …,
closed, archived). The list now orders by ``CASE status WHEN 'registered' THEN 0 … END`` (see
``store/queries/case_list.py``); this index holds that expression and ``id``, so a sorted page and a
keyset page (``(rank, id) > (…)``) stay one index seek, in either direction (read backwards).
The expression must stay identical to the query's (SQLite matches index expressions by their form).
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

#: ``CaseStatus`` in workflow order at this revision (a later change of the order needs a new revision).
ORDER = (
    "registered",
    "accepted",
    "declined",
    "in_mediation",
    "agreement_reached",
    "mediation_failed",
    "withdrawn",
    "performing",
    "performed",
    "not_performed",
    "closed",
    "archived",
)
RANK = (
    "CASE status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(ORDER)) + f" ELSE {len(ORDER)} END"
)


def upgrade() -> None:
    op.execute(f'CREATE INDEX ix_case_status_order ON "case" (({RANK}), id)')


def downgrade() -> None:
    op.drop_index("ix_case_status_order", table_name="case")
