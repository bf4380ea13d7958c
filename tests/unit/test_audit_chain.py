"""The audit chain: tampering by raw SQL is found, and the database refuses edits."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mediation_desk.services import cases
from mediation_desk.store import audit
from mediation_desk.store.engine import read_session
from tests.helpers.factories import MEDIATOR, new_case, person


def _fill(db) -> list[int]:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        org = s.execute(text("SELECT id FROM organisation")).scalar_one()
    for i, name in enumerate(["王强", "刘洋", "陈静"]):
        cases.register_case(
            db, MEDIATOR, new_case(org, applicant=person(name, seq=100 + i, phone=f"1370000{i:04d}"))
        )
    with read_session(db.engine) as s:
        ids = [r[0] for r in s.execute(text("SELECT id FROM auditevent ORDER BY id"))]
        assert audit.verify_chain(s).ok
    assert len(ids) >= 8
    return ids


def _drop_guards(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER auditevent_no_update"))
            conn.execute(text("DROP TRIGGER auditevent_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER auditevent_no_update ON auditevent"))


def _first_broken(db) -> int | None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return audit.verify_chain(s).broken_id


def test_database_refuses_update_and_delete_of_audit_events(db) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(db)
    for stmt in (
        "UPDATE auditevent SET action = 'x' WHERE id = :id",
        "DELETE FROM auditevent WHERE id = :id",
    ):
        with pytest.raises(DBAPIError):
            with db.engine.begin() as conn:
                conn.execute(text(stmt), {"id": ids[2]})
    assert _first_broken(db) is None


def test_edited_field_is_named(db) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(db)
    _drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE auditevent SET username = 'mallory' WHERE id = :id"), {"id": ids[4]})
    assert _first_broken(db) == ids[4]


def test_deleted_row_is_named(db) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(db)
    _drop_guards(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM auditevent WHERE id = :id"), {"id": ids[3]})
    assert _first_broken(db) == ids[4]  # the event after the gap no longer links


def test_swapped_rows_are_named(db) -> None:  # type: ignore[no-untyped-def]
    ids = _fill(db)
    _drop_guards(db)
    a, b = ids[2], ids[5]
    cols = "at, user_id, username, workstation, action, entity, entity_id, case_id, diff, prev_hash, hash"
    with db.engine.begin() as conn:
        ra = conn.execute(text(f"SELECT {cols} FROM auditevent WHERE id = :id"), {"id": a}).mappings().one()
        rb = conn.execute(text(f"SELECT {cols} FROM auditevent WHERE id = :id"), {"id": b}).mappings().one()
        sets = ", ".join(f"{c.strip()} = :{c.strip()}" for c in cols.split(","))
        conn.execute(text(f"UPDATE auditevent SET {sets} WHERE id = :id"), {**dict(rb), "id": a})
        conn.execute(text(f"UPDATE auditevent SET {sets} WHERE id = :id"), {**dict(ra), "id": b})
    assert _first_broken(db) == a


def test_diff_masks_id_and_phone_numbers(db) -> None:  # type: ignore[no-untyped-def]
    _fill(db)
    with read_session(db.engine) as s:
        diffs = " ".join(r[0] for r in s.execute(text("SELECT diff FROM auditevent")))
    assert "********" in diffs
    import re

    assert not re.search(r"\d{17}[\dX]", diffs)
    assert not re.search(r"1[3-9]\d{9}", diffs)
