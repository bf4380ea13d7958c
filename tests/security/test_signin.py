"""Class 11: an unknown user and a wrong password look the same; nothing typed at sign-in is stored."""

from __future__ import annotations

import json
import statistics
import time

import pytest
from sqlalchemy import select

from mediation_desk.domain.errors import PermissionDenied
from mediation_desk.services import accounts
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import AuditEvent

PASSWORD = "correct-horse-battery"


def _refusal(db, name: str, password: str) -> PermissionDenied:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied) as err:
        accounts.login(db, name, password)
    return err.value


def test_unknown_user_and_wrong_password_get_the_same_refusal(db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    wrong = _refusal(db, "admin", "not-the-password")
    unknown = _refusal(db, "nobody", "not-the-password")
    assert (wrong.code, wrong.params) == (unknown.code, unknown.params) == ("auth.failed", {})


def _median_ms(db, name: str) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        _refusal(db, name, "not-the-password")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def test_unknown_user_takes_about_as_long_as_a_wrong_password(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    db = sqlite_db
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    accounts.MAX_FAILURES, saved = 1000, accounts.MAX_FAILURES  # no lock during the measurement
    try:
        wrong, unknown = _median_ms(db, "admin"), _median_ms(db, "nobody")
    finally:
        accounts.MAX_FAILURES = saved
    # argon2 dominates both (0.3.1: 190 ms against 3 ms); a lenient ratio keeps a loaded machine green
    assert unknown > wrong * 0.5, (wrong, unknown)


def test_a_password_typed_as_user_name_is_never_stored(db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    secret = "S3cret-typed-in-the-wrong-field"
    _refusal(db, secret, "whatever")
    with read_session(db.engine) as s:
        events = list(s.execute(select(AuditEvent)).scalars())
    dumped = json.dumps(
        [[e.username, e.diff, e.workstation] for e in events], ensure_ascii=False, default=str
    )
    assert secret not in dumped
    failures = [e for e in events if e.action == "auth.failure"]
    assert failures and failures[-1].username == accounts.UNKNOWN_USER


def test_dummy_hash_has_the_hashers_parameters() -> None:
    assert not accounts._hasher.check_needs_rehash(accounts._DUMMY_HASH)


def test_an_unknown_name_locks_like_an_account(db) -> None:  # type: ignore[no-untyped-def]
    accounts.create_first_admin(db, username="admin", display_name="管理员", password=PASSWORD)
    known = [_refusal(db, "admin", "wrong-password").code for _ in range(accounts.MAX_FAILURES)]
    unknown = [_refusal(db, "nobody-here", "wrong-password").code for _ in range(accounts.MAX_FAILURES)]
    assert known == unknown and known[-1] == "auth.locked"
