"""Administrator settings stored in the database: limits, organisation, type codes."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import Session

from ..domain.limits import DEFAULT_TYPE_CODES, Limits
from ..store.models import Setting
from .base import UnitOfWork

LIMITS_KEY = "limits"
TYPE_CODES_KEY = "type_codes"


def get_value(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def set_value(uow: UnitOfWork, key: str, value: Any) -> None:
    row = uow.session.get(Setting, key)
    old = json.loads(row.value) if row is not None else None
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        uow.session.add(Setting(key=key, value=text))
    else:
        row.value = text
    uow.audit("settings.update", "settings", None, diff={key: [old, value]})


def limits(session: Session) -> Limits:
    return Limits.from_json(get_value(session, LIMITS_KEY, {}))


def type_code(session: Session, track: str) -> str:
    codes = {**DEFAULT_TYPE_CODES, **get_value(session, TYPE_CODES_KEY, {})}
    return codes.get(track, "调")
