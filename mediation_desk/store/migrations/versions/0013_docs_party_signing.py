"""parties as the papers print them: person.employer, person.legal_rep_title, caseparty.power_of_attorney

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07

The 受理登记表 and the agreement print a natural person's 工作单位 beside their 职业 (and 民族,
already recorded), and an organisation's signatory: its 法定代表人 with their title (职务), or the
委托代理人 who acts for it — with the 授权委托书 on file (``caseparty.power_of_attorney`` on the
agent's row). Existing rows get empty text and no power of attorney.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs with constant defaults (SQLite adds them in place; see 0008).
    op.add_column("person", sa.Column("employer", sa.String(length=100), nullable=False, server_default=""))
    op.add_column(
        "person", sa.Column("legal_rep_title", sa.String(length=30), nullable=False, server_default="")
    )
    op.add_column(
        "caseparty", sa.Column("power_of_attorney", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("caseparty", "power_of_attorney")
    op.drop_column("person", "legal_rep_title")
    op.drop_column("person", "employer")
