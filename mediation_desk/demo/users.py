"""Demo accounts for a demo database: one per role, all with the password :data:`DEMO_PASSWORD`.

Only for databases filled by the demo generator (``mediation-desk demo`` or the first-start
demo offer): real installations create personal accounts in the user-management dialog. The
administrator is created by the first-start dialog, not here. The mediator and lawyer accounts
are linked to the demo committee members with the most cases, so they see work at once.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..services import accounts
from ..services.base import SYSTEM
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import Case, Membership, Organisation, Person, User

DEMO_PASSWORD = "demo1234"

#: (user name, display name, role) of the demo accounts.
DEMO_ACCOUNTS = (
    ("director", "演示主任", "director"),
    ("mediator1", "演示调解员一", "mediator"),
    ("mediator2", "演示调解员二", "mediator"),
    ("lawyer", "演示律师", "member"),
    ("custodian", "演示封存记录管理员", "custodian"),
    ("auditor", "演示审计员", "auditor"),
)


def _busiest_mediators(db: Database, org_id: int) -> list[int]:
    with read_session(db.engine) as s:
        n = func.count(Case.id)  # type: ignore[arg-type]
        stmt = (
            select(Case.chief_mediator_id, n)  # type: ignore[call-overload]
            .where(Case.organisation_id == org_id, Case.chief_mediator_id.is_not(None))  # type: ignore[union-attr]
            .group_by(Case.chief_mediator_id)
            .order_by(n.desc(), Case.chief_mediator_id)
            .limit(2)
        )
        return [int(r[0]) for r in s.execute(stmt).all()]


def _busiest_lawyer(db: Database) -> int | None:
    with read_session(db.engine) as s:
        n = func.count(Membership.id)  # type: ignore[arg-type]
        stmt = (
            select(Person.id, n)  # type: ignore[call-overload]
            .join(Membership, Membership.person_id == Person.id)
            .where(Person.member_role == "lawyer")
            .group_by(Person.id)
            .order_by(n.desc(), Person.id)
            .limit(1)
        )
        row = s.execute(stmt).first()
        return int(row[0]) if row else None


def create_demo_users(db: Database, *, password: str = DEMO_PASSWORD) -> list[str]:
    """Create the demo accounts that do not exist yet; returns the user names created."""
    with read_session(db.engine) as s:
        org_id = s.execute(select(Organisation.id).order_by(Organisation.id)).scalars().first()  # type: ignore[call-overload]
        existing = set(s.execute(select(User.username)).scalars())  # type: ignore[call-overload]
    if org_id is None:
        return []
    mediators = _busiest_mediators(db, int(org_id))
    people: dict[str, int | None] = {
        "mediator1": mediators[0] if mediators else None,
        "mediator2": mediators[1] if len(mediators) > 1 else None,
        "lawyer": _busiest_lawyer(db),
    }
    created: list[str] = []
    for username, display, role in DEMO_ACCOUNTS:
        if username in existing:
            continue
        accounts.create_user(
            db,
            SYSTEM,
            username=username,
            display_name=display,
            role=role,
            password=password,
            organisation_id=int(org_id),
            person_id=people.get(username),
        )
        created.append(username)
    return created


__all__ = ["DEMO_ACCOUNTS", "DEMO_PASSWORD", "create_demo_users"]
