"""First-start set-up: the organisation, default categories, the first administrator."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.enums import DEFAULT_CATEGORIES, OrgKind
from ..domain.validation import clean
from ..store.database import Database
from ..store.models import Category, Organisation
from .base import SYSTEM, Actor, unit_of_work

CATEGORY_EN = {
    "neighbour": "Neighbour",
    "property_damage": "Property damage",
    "injury": "Injury compensation",
    "family": "Marriage and family",
    "labour": "Labour",
    "consumer": "Consumer",
    "property_mgmt": "Property management",
    "parking": "Parking",
    "noise": "Noise",
    "traffic": "Traffic",
    "other": "Other",
}


def is_initialised(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(Organisation)).scalar_one())


def initialise(
    db: Database,
    *,
    org_name: str,
    org_code: str,
    org_kind: OrgKind = OrgKind.COMMITTEE,
    actor: Actor = SYSTEM,
) -> int:
    """Create the first organisation and the default categories; returns the organisation id."""
    with unit_of_work(db, actor) as uow:
        for order, (code, zh) in enumerate(DEFAULT_CATEGORIES.items()):
            if uow.session.get(Category, code) is None:
                uow.session.add(
                    Category(code=code, name_zh=zh, name_en=CATEGORY_EN.get(code, code), sort_order=order)
                )
        org = Organisation(
            name=clean("name", org_name), kind=org_kind.value, org_code=clean("org_code", org_code)
        )
        uow.session.add(org)
        uow.session.flush()
        uow.audit(
            "setup.initialise",
            "organisation",
            org.id,
            diff={"name": [None, org.name], "org_code": [None, org.org_code]},
        )
        return org.id  # type: ignore[return-value]
