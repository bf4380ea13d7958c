"""48-hour clock cached on the case; follow-ups record performance, contact, response

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

``case.fast_track_due_at`` caches when a running 48-hour fast-track clock runs out (summons +
the limit, None once the trial is recorded or the case is finished), kept by
``services/deadlines.refresh_due_at`` like ``due_at``. The case list shows it as a column read
from the case's own row (no join, no change to the list's keyset paging), and the dashboard
lists running clocks from its index, soonest first.

``followup`` gains ``performance`` (performed / partly / not_performed), ``contact_person``,
``response`` (what they said) and ``satisfaction_asked``. Existing follow-ups are filled from
``performed``; a stored satisfaction was an answer, so it was asked.
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

from mediation_desk.store.types import UTCDateTime

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

FINISHED = ("declined", "withdrawn", "mediation_failed", "closed", "archived")


def upgrade() -> None:
    op.add_column("case", sa.Column("fast_track_due_at", UTCDateTime(), nullable=True))
    op.create_index("ix_case_fast_track_due_at", "case", ["fast_track_due_at"])
    op.add_column("followup", sa.Column("performance", sa.String(length=20), nullable=True))
    op.add_column(
        "followup", sa.Column("contact_person", sa.String(length=100), nullable=False, server_default="")
    )
    op.add_column(
        "followup", sa.Column("response", sa.String(length=1000), nullable=False, server_default="")
    )
    op.add_column(
        "followup", sa.Column("satisfaction_asked", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute(
        "UPDATE followup SET performance = CASE WHEN performed THEN 'performed' "
        "ELSE 'not_performed' END WHERE performed IS NOT NULL"
    )
    op.execute("UPDATE followup SET satisfaction_asked = (satisfaction IS NOT NULL)")
    _fill_clocks()


def _fill_clocks() -> None:
    case = sa.table(
        "case",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("fast_track_due_at", UTCDateTime()),
    )
    matter = sa.table(
        "linkedmatter",
        sa.column("case_id", sa.Integer),
        sa.column("procedure", sa.String),
        sa.column("summoned_at", UTCDateTime()),
        sa.column("trial_done_at", UTCDateTime()),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(matter.c.case_id, matter.c.summoned_at)
        .join(case, case.c.id == matter.c.case_id)
        .where(
            matter.c.procedure == "fast_track_48h",
            matter.c.summoned_at.is_not(None),
            matter.c.trial_done_at.is_(None),
            case.c.status.not_in(FINISHED),
        )
    ).all()
    for case_id, summoned in rows:  # the limit's default (an administrator's change refreshes all)
        conn.execute(
            sa.update(case)
            .where(case.c.id == case_id)
            .values(fast_track_due_at=summoned + timedelta(hours=48))
        )


def downgrade() -> None:
    op.drop_column("followup", "satisfaction_asked")
    op.drop_column("followup", "response")
    op.drop_column("followup", "contact_person")
    op.drop_column("followup", "performance")
    op.drop_index("ix_case_fast_track_due_at", table_name="case")
    op.drop_column("case", "fast_track_due_at")
