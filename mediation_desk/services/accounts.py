"""Personal accounts: first administrator, argon2id passwords, lockout, screen lock.

* Passwords are hashed with argon2id (``argon2-cffi`` :class:`PasswordHasher` defaults,
  re-hashed on login when the defaults grow stronger). No password or hash is ever logged or
  written into an audit diff.
* :data:`MAX_FAILURES` wrong passwords in a row lock the account for :data:`LOCK_MINUTES`
  minutes; each further lock doubles the time (``col(User.lock_level)``); a successful login resets it.
* Every login, failure, lock, unlock and screen lock/unlock is an audit event.
* ``clock`` parameters (a callable returning an aware datetime) let tests move time.
"""

from __future__ import annotations

import hashlib
import logging
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlmodel import col

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.validation import clean
from ..store.database import Database
from ..store.engine import read_session
from ..store.models import User
from ..store.types import utcnow
from . import list_plans, policy
from .base import Actor, unit_of_work

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]

MAX_FAILURES = 5
LOCK_MINUTES = 10
MIN_PASSWORD = 8
ROLES = ("mediator", "director", "member", "custodian", "admin", "auditor")
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (refuses passwords shorter than :data:`MIN_PASSWORD`)."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password.too_short", minimum=MIN_PASSWORD)
    if len(password) > 256:
        raise ValidationError("password.too_long", maximum=256)
    return _hasher.hash(password)


def actor_of(user: User, workstation: str | None = None) -> Actor:
    """The :class:`Actor` a signed-in user acts as."""
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        workstation=workstation or socket.gethostname(),
        person_id=user.person_id,
        organisation_id=user.organisation_id,
    )


def needs_first_admin(db: Database) -> bool:
    """True until an administrator account exists (the first start asks for one)."""
    with read_session(db.engine) as s:
        stmt = (
            select(func.count())
            .select_from(User)
            .where(col(User.role) == "admin", col(User.active).is_(True))
        )
        return s.execute(stmt).scalar_one() == 0  # type: ignore[no-any-return]


def _check_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("user.name_required")
    if len(name) > 50:
        raise ValidationError("text.too_long", field="username", max=50, length=len(name))
    return name


def _add_user(
    db: Database,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    organisation_id: int | None,
    person_id: int | None,
    now: datetime,
) -> int:
    if role not in ROLES:
        raise ValidationError("user.role", role=role)
    name = _check_username(username)
    hashed = hash_password(password)
    with unit_of_work(db, actor, now=now) as uow:
        if uow.session.execute(select(col(User.id)).where(col(User.username) == name)).first() is not None:
            raise ValidationError("user.exists", username=name)
        user = User(
            username=name,
            display_name=clean("display_name", display_name) or name,
            role=role,
            organisation_id=organisation_id,
            person_id=person_id,
            password_hash=hashed,
            created_at=now,
        )
        uow.session.add(user)
        uow.session.flush()
        uow.audit(
            "user.create",
            "user",
            user.id,
            diff={"username": [None, name], "role": [None, role], "organisation_id": [None, organisation_id]},
        )
        log.info("user %s created with role %s", name, role)
        return user.id  # type: ignore[return-value]


def create_first_admin(
    db: Database,
    *,
    username: str,
    display_name: str,
    password: str,
    organisation_id: int | None = None,
    clock: Clock = utcnow,
) -> int:
    """Create the first administrator (refused once one exists)."""
    if not needs_first_admin(db):
        raise PermissionDenied("user.admin_exists")
    system = Actor(user_id=None, username="system", role="system")
    return _add_user(
        db,
        system,
        username=username,
        display_name=display_name,
        role="admin",
        password=password,
        organisation_id=organisation_id,
        person_id=None,
        now=clock(),
    )


def create_user(
    db: Database,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: str,
    password: str,
    organisation_id: int | None = None,
    person_id: int | None = None,
    clock: Clock = utcnow,
) -> int:
    """An administrator creates a personal account."""
    policy.require(actor, policy.USERS)
    return _add_user(
        db,
        actor,
        username=username,
        display_name=display_name,
        role=role,
        password=password,
        organisation_id=organisation_id,
        person_id=person_id,
        now=clock(),
    )


def set_password(db: Database, actor: Actor, user_id: int, password: str, *, clock: Clock = utcnow) -> None:
    """An administrator resets a password (or a user changes their own)."""
    if actor.user_id != user_id:
        policy.require(actor, policy.USERS)
    hashed = hash_password(password)
    with unit_of_work(db, actor, now=clock()) as uow:
        user = uow.get(User, user_id)
        user.password_hash = hashed
        uow.audit("user.password", "user", user.id, diff={"password": [None, "changed"]})


def unlock_user(db: Database, actor: Actor, user_id: int, *, clock: Clock = utcnow) -> None:
    """An administrator lifts a lock before it expires."""
    policy.require(actor, policy.USERS)
    with unit_of_work(db, actor, now=clock()) as uow:
        user = uow.get(User, user_id)
        user.locked_until = None
        user.failed_logins = 0
        uow.audit("auth.unlock", "user", user.id, diff={"by_admin": [None, actor.username]})


@dataclass(frozen=True)
class _Outcome:
    actor: Actor | None
    error: PermissionDenied | None


#: An argon2id hash of a password nobody has, with the hasher's parameters: an unknown or locked
#: user name is verified against it, so every failed sign-in costs the same time (issue 14).
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$0C6Z4DkzL2JUBK1oYM0Y/A$XdE2rYGOJimdBnHSwDfC6ZrErIadP/05fK8jMpxBqVg"
)
#: What the audit records for a user name that matches no account: the text typed may be a
#: password typed into the wrong field, so it is never stored.
UNKNOWN_USER = "(unknown user)"


def _verify_hash(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _verify(user: User, password: str) -> bool:
    return _verify_hash(user.password_hash or _DUMMY_HASH, password)


#: Failed sign-ins of names that match no account, by a hash of the name (never the name): an
#: unknown name "locks" after :data:`MAX_FAILURES` like an account does, so a lock tells nothing
#: about whether the name exists (in this process; accounts keep their lock in the database).
_unknown_failures: dict[tuple[str, str], tuple[int, datetime | None]] = {}


def _unknown_refusal(db: Database, name: str, now: datetime) -> PermissionDenied:
    key = (db.url, hashlib.sha256(name.encode("utf-8")).hexdigest())
    count, until = _unknown_failures.get(key, (0, None))
    if until is not None and until > now:
        return PermissionDenied("auth.locked", until=until.isoformat())
    count += 1
    if count >= MAX_FAILURES:
        _unknown_failures[key] = (0, now + timedelta(minutes=LOCK_MINUTES))
        return PermissionDenied("auth.locked", until=(now + timedelta(minutes=LOCK_MINUTES)).isoformat())
    _unknown_failures[key] = (count, None)
    return PermissionDenied("auth.failed")


def _attempt(
    db: Database, username: str, password: str, workstation: str, now: datetime, action: str
) -> _Outcome:
    anonymous = Actor(user_id=None, username=UNKNOWN_USER, role="system", workstation=workstation)
    name = username.strip()[:50]
    with unit_of_work(db, anonymous, now=now) as uow:
        user = uow.session.execute(select(User).where(col(User.username) == name)).scalars().first()
        if user is None or not user.active:
            _verify_hash(_DUMMY_HASH, password)  # the same time as a wrong password
            uow.audit(
                "auth.failure", "user", user.id if user else None, diff={"reason": [None, "unknown_user"]}
            )
            return _Outcome(None, _unknown_refusal(db, name, now))
        uow.actor = actor_of(user, workstation)
        if user.locked_until is not None:
            if user.locked_until > now:
                _verify_hash(_DUMMY_HASH, password)
                uow.audit("auth.failure", "user", user.id, diff={"reason": [None, "locked"]})
                return _Outcome(None, PermissionDenied("auth.locked", until=user.locked_until.isoformat()))
            user.locked_until = None
            user.failed_logins = 0
            uow.audit("auth.unlock", "user", user.id, diff={"reason": [None, "expired"]})
        if not _verify(user, password):
            user.failed_logins += 1
            uow.audit(
                "auth.failure",
                "user",
                user.id,
                diff={"reason": [None, "password"], "failed_logins": [None, user.failed_logins]},
            )
            log.warning("failed sign-in for %s (%d in a row)", user.username, user.failed_logins)
            if user.failed_logins >= MAX_FAILURES:
                minutes = LOCK_MINUTES * 2**user.lock_level
                user.locked_until = now + timedelta(minutes=minutes)
                user.lock_level += 1
                user.failed_logins = 0
                uow.audit(
                    "auth.lock",
                    "user",
                    user.id,
                    diff={"minutes": [None, minutes], "until": [None, user.locked_until.isoformat()]},
                )
                log.warning("account %s locked for %d minutes", user.username, minutes)
                return _Outcome(None, PermissionDenied("auth.locked", until=user.locked_until.isoformat()))
            return _Outcome(None, PermissionDenied("auth.failed"))  # the same as for an unknown name
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.failed_logins = 0
        user.lock_level = 0
        uow.audit(action, "user", user.id)
        log.info("%s: %s at %s", action, user.username, workstation)
        actor = actor_of(user, workstation)
        if actor.role in ("mediator", "director", "member"):
            actor = list_plans.with_list_plans(uow.session, actor)
        return _Outcome(actor, None)


def login(
    db: Database, username: str, password: str, *, workstation: str | None = None, clock: Clock = utcnow
) -> Actor:
    """Check a password and return the signed-in :class:`Actor`.

    Raises:
        PermissionDenied: ``auth.failed`` (unknown user or wrong password — the same code, so
            names cannot be probed; ``remaining`` attempts for a known user) or ``auth.locked``
            (with ``until``). The failure is recorded (audit, counter) before raising.
    """
    outcome = _attempt(db, username, password, workstation or socket.gethostname(), clock(), "auth.login")
    if outcome.error is not None:
        raise outcome.error
    assert outcome.actor is not None
    return outcome.actor


def logout(db: Database, actor: Actor, *, clock: Clock = utcnow) -> None:
    """End the session: sealed-case grants are forgotten; audited."""
    policy.clear_grants(actor)
    with unit_of_work(db, actor, now=clock()) as uow:
        uow.audit("auth.logout", "user", actor.user_id)


def lock_screen(db: Database, actor: Actor, *, reason: str = "idle", clock: Clock = utcnow) -> None:
    """The screen was locked (idle timeout or by hand); sealed-case grants end; audited."""
    policy.clear_grants(actor)
    with unit_of_work(db, actor, now=clock()) as uow:
        uow.audit("auth.screen_lock", "user", actor.user_id, diff={"reason": [None, reason]})


def unlock_screen(db: Database, actor: Actor, password: str, *, clock: Clock = utcnow) -> Actor:
    """Give the password again to unlock the screen (failures count towards the lockout)."""
    outcome = _attempt(db, actor.username, password, actor.workstation, clock(), "auth.screen_unlock")
    if outcome.error is not None:
        raise outcome.error
    assert outcome.actor is not None
    return outcome.actor
