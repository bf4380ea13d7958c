"""person: an ID number or credit code may stand on more than one record

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

Intake reuses a person's record only when the user may see it (issue 14, class 1): a person who
is party only to sealed or juvenile cases, or to cases of another committee, is never shown nor
reused, whatever is typed. Registering that person again therefore makes a second record with
the same ID number, so ``person.id_number`` and ``person.uscc`` keep a plain index for the
look-up instead of a unique constraint.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_NAMES = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("person_id_number_key", "person", type_="unique")
        op.drop_constraint("person_uscc_key", "person", type_="unique")
        op.create_index("ix_person_id_number", "person", ["id_number"])
        op.create_index("ix_person_uscc", "person", ["uscc"])
        return
    # SQLite: the constraints are unnamed; batch mode names them by the convention to drop them
    with op.batch_alter_table("person", recreate="always", naming_convention=_NAMES) as batch:
        batch.drop_constraint("uq_person_id_number", type_="unique")
        batch.drop_constraint("uq_person_uscc", type_="unique")
        batch.create_index("ix_person_id_number", ["id_number"])
        batch.create_index("ix_person_uscc", ["uscc"])


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_index("ix_person_uscc")
        batch.drop_index("ix_person_id_number")
        batch.create_unique_constraint("uq_person_id_number", ["id_number"])
        batch.create_unique_constraint("uq_person_uscc", ["uscc"])
