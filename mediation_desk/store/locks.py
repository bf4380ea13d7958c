"""Named locks for rules that no single row protects (PostgreSQL advisory locks; SQLite: one writer).

A rule about *several* cases — the same room or committee member booked twice at once — has no row
to lock with ``SELECT … FOR UPDATE``. Writers that check it take a transaction-scoped advisory lock
first (released at commit or rollback), so the second workstation checks what the first committed.
SQLite needs nothing: its write transactions already run one at a time (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

#: the audit chain's head (store/audit.py), taken just before commit
AUDIT_CHAIN = 4242001
#: session bookings: rooms and committee members (services/sessions.py)
SESSION_BOOKINGS = 4242002


def hold(session: Session, key: int) -> None:
    """Take lock ``key`` until the transaction ends (PostgreSQL; a no-op on SQLite)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
