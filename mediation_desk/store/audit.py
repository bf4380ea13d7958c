"""The audit chain: every service change appends an event whose hash covers the previous one.

``hash = SHA-256(canonical_event_json + prev_hash)``; the first event's ``prev_hash`` is 64
zeros. :func:`verify_chain` walks the chain in id order and names the first broken event.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from . import locks
from .models import AuditEvent
from .types import utcnow

GENESIS = "0" * 64
_ID18 = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")
_PHONE = re.compile(r"(\+?86)?(1[3-9]\d)(\d{4})(\d{4})(?!\d)")


def mask_value(value: Any) -> Any:
    """Mask 18-digit ID numbers and mobile numbers inside a diff value."""
    if not isinstance(value, str):
        return value
    value = _ID18.sub(lambda m: m.group(1) + "********" + m.group(3)[-4:], value)
    return _PHONE.sub(lambda m: (m.group(1) or "") + m.group(2) + "****" + m.group(4), value)


def mask_diff(diff: dict[str, Any]) -> dict[str, Any]:
    """Field-level diff with ID and phone numbers masked (also inside [old, new] pairs)."""
    out: dict[str, Any] = {}
    for key, val in diff.items():
        if isinstance(val, (list, tuple)):
            out[key] = [mask_value(v) for v in val]
        elif isinstance(val, dict):
            out[key] = mask_diff(val)
        else:
            out[key] = mask_value(val)
    return out


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(event: AuditEvent) -> str:
    """The canonical JSON of an event's content (everything but its own hash)."""
    body = {
        "action": event.action,
        "at": _iso(event.at),
        "case_id": event.case_id,
        "diff": json.loads(event.diff),
        "entity": event.entity,
        "entity_id": event.entity_id,
        "user_id": event.user_id,
        "username": event.username,
        "workstation": event.workstation,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(event: AuditEvent, prev_hash: str) -> str:
    return hashlib.sha256((canonical(event) + prev_hash).encode("utf-8")).hexdigest()


def _head_hash(session: Session) -> str:
    locks.hold(session, locks.AUDIT_CHAIN)  # appenders queue here until commit (PostgreSQL)
    row = session.execute(select(col(AuditEvent.hash)).order_by(col(AuditEvent.id).desc()).limit(1)).first()
    return row[0] if row else GENESIS


def new_event(
    *,
    action: str,
    entity: str,
    entity_id: int | None = None,
    case_id: int | None = None,
    diff: dict[str, Any] | None = None,
    user_id: int | None = None,
    username: str = "",
    workstation: str = "",
    at: datetime | None = None,
) -> AuditEvent:
    """An event not yet linked into the chain (:func:`link_and_add` links it)."""
    return AuditEvent(
        # the timestamp as the database stores it (microseconds, UTC)
        at=(at or utcnow()).astimezone(UTC),
        user_id=user_id,
        username=username,
        workstation=workstation,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        diff=json.dumps(mask_diff(diff or {}), ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=GENESIS,
        hash="",
    )


def link_and_add(session: Session, events: list[AuditEvent]) -> None:
    """Link ``events`` onto the chain's head, in order, and add them to the caller's transaction.

    On PostgreSQL this takes the chain's advisory lock, held until the transaction ends: call it
    last, just before commit, so that workstations queue on it only for the append itself (the
    chain's total order is the order in which transactions commit their events).
    """
    if not events:
        return
    prev = _head_hash(session)
    for event in events:
        event.prev_hash = prev
        event.hash = prev = event_hash(event, prev)
        session.add(event)
    session.flush()


def append(session: Session, **fields: Any) -> AuditEvent:
    """Append one event to the chain inside the caller's transaction (see :func:`new_event`).

    Takes the chain's lock (PostgreSQL) until commit: for one-off writers (start-up, demo data);
    services buffer their events in the unit of work and append them at commit.
    """
    event = new_event(**fields)
    link_and_add(session, [event])
    return event


@dataclass(frozen=True)
class ChainReport:
    """Result of :func:`verify_chain`: ``broken_id`` is the first bad event (None: intact)."""

    checked: int
    broken_id: int | None
    reason: str = ""
    head: str = GENESIS

    @property
    def ok(self) -> bool:
        return self.broken_id is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in id order; report the first event whose link or hash is wrong."""
    prev = GENESIS
    checked = 0
    for event in session.execute(select(AuditEvent).order_by(col(AuditEvent.id))).scalars():
        checked += 1
        if event.prev_hash != prev:
            return ChainReport(checked, event.id, "link", prev)
        if event_hash(event, prev) != event.hash:
            return ChainReport(checked, event.id, "hash", prev)
        prev = event.hash
    return ChainReport(checked, None, "", prev)
