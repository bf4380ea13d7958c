"""Accounts: first administrator, argon2id, lockout with doubling, audit, nothing secret in logs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from mediation_desk.domain.errors import PermissionDenied, ValidationError
from mediation_desk.services import accounts
from mediation_desk.store import audit
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent, User

PASSWORD = "Tiao-Jie-2026!"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def _events(db, action: str) -> int:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        return len(list(s.execute(select(AuditEvent.id).where(AuditEvent.action == action))))


def test_first_start_creates_one_administrator_with_argon2id(db) -> None:  # type: ignore[no-untyped-def]
    assert accounts.needs_first_admin(db)
    with pytest.raises(ValidationError):
        accounts.create_first_admin(db, username="admin", display_name="管理员", password="short")
    uid = accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    assert not accounts.needs_first_admin(db)
    with pytest.raises(PermissionDenied):
        accounts.create_first_admin(db, username="admin2", display_name="x", password=PASSWORD)
    with read_session(db.engine) as s:
        user = s.get(User, uid)
        assert user is not None and user.role == "admin" and user.password_hash.startswith("$argon2id$")
    admin = accounts.login(db, "admin", PASSWORD)
    assert admin.role == "admin" and admin.user_id == uid
    # a mediator cannot create accounts; the administrator can
    mediator = accounts.create_user(
        db,
        admin,
        username="wang",
        display_name="王淑英",
        role="mediator",
        password=PASSWORD,
        organisation_id=1,
    )
    with pytest.raises(PermissionDenied):
        accounts.create_user(
            db,
            accounts.login(db, "wang", PASSWORD),
            username="x",
            display_name="x",
            role="admin",
            password=PASSWORD,
        )
    assert mediator > uid


def test_five_failures_lock_for_ten_minutes_doubling(db) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD, clock=clock)
    for _ in range(4):
        with pytest.raises(PermissionDenied) as err:
            accounts.login(db, "admin", "wrong-password", clock=clock)
        # the same refusal as for an unknown name (issue 14): no "N more attempts" that tells names apart
        assert err.value.code == "auth.failed" and "remaining" not in err.value.params
    with pytest.raises(PermissionDenied) as err:
        accounts.login(db, "admin", "wrong-password", clock=clock)
    assert err.value.code == "auth.locked"
    clock.advance(minutes=9, seconds=59)
    with pytest.raises(PermissionDenied) as err:
        accounts.login(db, "admin", PASSWORD, clock=clock)  # the right password, still locked
    assert err.value.code == "auth.locked"
    clock.advance(seconds=1)
    assert accounts.login(db, "admin", PASSWORD, clock=clock).username == "admin"
    # the success reset the level: the next lock is 10 minutes again...
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            accounts.login(db, "admin", "wrong-password", clock=clock)
    # ...and a lock straight after it, with no success in between, lasts twice as long
    clock.advance(minutes=10)
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            accounts.login(db, "admin", "wrong-password", clock=clock)
    clock.advance(minutes=19)
    with pytest.raises(PermissionDenied) as err:
        accounts.login(db, "admin", PASSWORD, clock=clock)
    assert err.value.code == "auth.locked"
    clock.advance(minutes=1)
    accounts.login(db, "admin", PASSWORD, clock=clock)
    with read_session(db.engine) as s:
        user = s.execute(select(User).where(User.username == "admin")).scalar_one()
        assert user.failed_logins == 0 and user.lock_level == 0
        assert audit.verify_chain(s).ok
    counts = {a: _events(db, a) for a in ("auth.login", "auth.failure", "auth.lock", "auth.unlock")}
    print(f"\nlockout: 10 min then 20 min; audit events {counts}")
    assert counts == {"auth.login": 2, "auth.failure": 17, "auth.lock": 3, "auth.unlock": 3}


def test_unknown_user_and_wrong_password_look_the_same(db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    with pytest.raises(PermissionDenied) as a:
        accounts.login(db, "nobody", PASSWORD)
    with pytest.raises(PermissionDenied) as b:
        accounts.login(db, "admin", "nope-nope-nope")
    assert a.value.code == b.value.code == "auth.failed"


def test_screen_lock_and_unlock_are_audited(db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    actor = accounts.login(db, "admin", PASSWORD)
    accounts.lock_screen(db, actor)
    with pytest.raises(PermissionDenied):
        accounts.unlock_screen(db, actor, "wrong-password")
    assert accounts.unlock_screen(db, actor, PASSWORD).user_id == actor.user_id
    assert (_events(db, "auth.screen_lock"), _events(db, "auth.screen_unlock")) == (1, 1)


def test_no_password_or_hash_in_any_log_file(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        admin_id = accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
        admin = accounts.login(db, "admin", PASSWORD)
        for _ in range(6):
            with pytest.raises(PermissionDenied):
                accounts.login(db, "admin", "Wrong-Secret-99")
        accounts.set_password(db, admin, admin_id, "New-Secret-Pass-1")
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    text = log_file.read_text("utf-8")
    with read_session(db.engine) as s:
        stored_hash = s.get(User, admin_id).password_hash  # type: ignore[union-attr]
        diffs = " ".join(s.execute(select(AuditEvent.diff)).scalars())
    secrets = [PASSWORD, "Wrong-Secret-99", "New-Secret-Pass-1", stored_hash, "$argon2"]
    leaked = [x for x in secrets if x in text or x in diffs]
    print(f"\nlog lines written: {len(text.splitlines())}; secrets found in log or audit: {len(leaked)}")
    assert "locked" in text and leaked == []
