"""The backup seal: an HMAC-SHA256 with a key this installation keeps outside the database.

The seal is the zip comment (the file's last :data:`SEAL_LEN` bytes): ``MDS1``, the key id
(16 hex digits) and the HMAC-SHA256 (hex) of every byte before it. The key is 32 random bytes
in ``<keys>/backup-seal.key`` (hex text, mode 0600), created on first use; it is never written
into a backup or the database. Without it nobody can re-seal a doctored backup: 0.3.1 sealed with
a plain SHA-256, which anyone can recompute.

Another installation's backups (a new computer, a reinstall) carry another key id. They are
refused (``backup.foreign_seal``) unless that installation's key file is given (copied from its
``keys`` folder into ``<keys>/trusted-backup-keys/`` or named with ``restore --seal-key``), or an
administrator explicitly trusts the file (``restore --trust-unverified``): the other checks still
run then, only the seal cannot prove who made the file.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ..domain.errors import StorageError

SEAL_TAG = b"MDS1"
KEY_ID_LEN = 16
SEAL_LEN = len(SEAL_TAG) + KEY_ID_LEN + 64  # tag, key id, HMAC (hex)
LEGACY_SEAL_LEN = 64  # 0.3.x: SHA-256 (hex) of the file before it, no key
SEAL_KEY_FILE = "backup-seal.key"
TRUSTED_SEAL_DIR = "trusted-backup-keys"
_HEX = re.compile(rb"[0-9a-f]+")
SealState = Literal["ok", "unkeyed", "foreign"]


def _key_from_file(path: Path) -> bytes:
    try:
        text = path.read_text("ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise StorageError("key.unreadable", path=str(path)) from exc
    if len(key) < 32:
        raise StorageError("key.unreadable", path=str(path))
    return key


def load_or_create_seal_key(directory: Path | None = None) -> bytes:
    """This installation's backup-seal key, created (mode 0600) on first use.

    Raises:
        StorageError: ``key.unreadable`` when the file exists but holds no key.
    """
    from ..paths import keys_dir

    folder = directory if directory is not None else keys_dir()
    path = folder / SEAL_KEY_FILE
    if path.exists():
        return _key_from_file(path)
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it meanwhile
        return _key_from_file(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return key


def seal_key_id(key: bytes) -> str:
    """A public name for a key (an HMAC of a constant: reveals nothing about the key)."""
    return hmac.new(key, b"mediation-desk backup seal key id", hashlib.sha256).hexdigest()[:KEY_ID_LEN]


def seal_keys(directory: Path | None = None, extra: Iterable[Path] = ()) -> dict[str, bytes]:
    """Our key plus trusted keys of other installations (``trusted-backup-keys/*.key``, ``extra``)."""
    from ..paths import keys_dir

    folder = directory if directory is not None else keys_dir()
    own = load_or_create_seal_key(folder)
    keys = {seal_key_id(own): own}
    trusted_dir = folder / TRUSTED_SEAL_DIR
    trusted = sorted(trusted_dir.glob("*.key")) if trusted_dir.is_dir() else []
    for path in [*trusted, *extra]:
        key = _key_from_file(path)
        keys[seal_key_id(key)] = key
    return keys


def _digest(path: Path, size: int, mac: hmac.HMAC | None) -> str:
    """HMAC (or plain SHA-256 when ``mac`` is None) of the first ``size`` bytes, streamed."""
    digest = mac if mac is not None else hashlib.sha256()
    with open(path, "rb") as fh:
        left = size
        while left > 0:
            block = fh.read(min(left, 1 << 20))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    return digest.hexdigest()


def _tail(path: Path, length: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - length))
        return fh.read(length)


def write_seal(path: Path, key: bytes) -> None:
    """Write the seal over the zip's placeholder comment (``SEAL_LEN`` bytes at the end)."""
    size = path.stat().st_size - SEAL_LEN
    mac = _digest(path, size, hmac.new(key, digestmod=hashlib.sha256))
    with open(path, "r+b") as fh:
        fh.seek(size)
        fh.write(SEAL_TAG + seal_key_id(key).encode("ascii") + mac.encode("ascii"))


def check_seal(path: Path, keys: dict[str, bytes]) -> tuple[SealState, str]:
    """How the backup is sealed: ``ok`` (by a key we hold), ``unkeyed`` (a 0.3.x SHA-256 seal,
    intact) or ``foreign`` (a key we do not hold); the second value is the key id (or "").

    Raises:
        ValueError: no seal, or a seal that does not match the content (the file was changed).
    """
    size = path.stat().st_size
    tail = _tail(path, SEAL_LEN)
    if len(tail) == SEAL_LEN and tail.startswith(SEAL_TAG):
        kid = tail[len(SEAL_TAG) : len(SEAL_TAG) + KEY_ID_LEN].decode("ascii", "replace")
        key = keys.get(kid)
        if key is None:
            return "foreign", kid
        mac = _digest(path, size - SEAL_LEN, hmac.new(key, digestmod=hashlib.sha256))
        if hmac.compare_digest(mac.encode("ascii"), tail[-64:]):
            return "ok", kid
        raise ValueError("seal")
    legacy = tail[-LEGACY_SEAL_LEN:]
    if size > LEGACY_SEAL_LEN and _HEX.fullmatch(legacy):
        if hmac.compare_digest(_digest(path, size - LEGACY_SEAL_LEN, None).encode("ascii"), legacy):
            return "unkeyed", ""
    raise ValueError("seal")


__all__ = [
    "SEAL_LEN",
    "check_seal",
    "load_or_create_seal_key",
    "seal_key_id",
    "seal_keys",
    "write_seal",
]
