"""case list: the sort indexes carry the visibility rule's columns

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

A page of the case list walks its order's index and keeps the cases the user may see
(``services/policy.py``): the same organisation, and not sealed or juvenile unless the user is on
the case. Those three columns were read from each case's row, one random read for every case
the walk passes. Where invisible cases stand in long runs of an order — the studio's lawyer-track
cases (another organisation) in the track order, sealed public-security records — a director's
page passed tens of thousands of them: at a million cases single pages took 0.7–1.4 s and the
track order's p95 was 65–71 ms. Each sort index now carries ``id, organisation_id, sealed,
juvenile`` after its key: the order is unchanged (``id`` is unique), and SQLite tests the rule
from the index alone, reading a case's row only for the cases the page shows.

The expressions of ``ix_case_status_order``, ``ix_case_due_order*`` and ``ix_case_mediator_order*``
stay identical to the queries' (SQLite matches index expressions by their form).
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: ``CaseStatus`` in workflow order, as in revision 0010.
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
VISIBILITY = "organisation_id, sealed, juvenile"

#: index name → (its key before this revision, the key now; the visibility columns follow)
INDEXES = {
    "ix_case_title": ("title", "title, id"),
    "ix_case_category": ("category", "category, id"),
    "ix_case_track": ("track", "track, id"),
    "ix_case_party_names": ("party_names", "party_names, id"),
    "ix_case_received_at": ("received_at", "received_at, id"),
    "ix_case_status_order": (f"({RANK}), id", f"({RANK}), id"),
    "ix_case_due_order": ("(due_at IS NULL), due_at, id", "(due_at IS NULL), due_at, id"),
    "ix_case_due_order_desc": (
        "(due_at IS NULL), due_at DESC, id DESC",
        "(due_at IS NULL), due_at DESC, id DESC",
    ),
    "ix_case_mediator_order": (
        "(chief_mediator_name IS NULL), chief_mediator_name, id",
        "(chief_mediator_name IS NULL), chief_mediator_name, id",
    ),
    "ix_case_mediator_order_desc": (
        "(chief_mediator_name IS NULL), chief_mediator_name DESC, id DESC",
        "(chief_mediator_name IS NULL), chief_mediator_name DESC, id DESC",
    ),
}


def _rebuild(name: str, key: str) -> None:
    op.drop_index(name, table_name="case")
    op.execute(f'CREATE INDEX {name} ON "case" ({key})')


def upgrade() -> None:
    for name, (_old, new) in INDEXES.items():
        _rebuild(name, f"{new}, {VISIBILITY}")


def downgrade() -> None:
    for name, (old, _new) in INDEXES.items():
        _rebuild(name, old)
