"""This installation's Ed25519 agreement-signing key and the public keys it trusts.

The private key is a PEM file in the keys directory (outside the database file), created on
first use with 0600 permissions. ``<keys>/trusted/*.pem`` holds the public keys of the other
workstations of the same centre, so their agreements verify here too.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mediation_desk.domain.errors import StorageError
from mediation_desk.paths import keys_dir

KEY_FILE = "agreement-signing-ed25519.pem"
TRUSTED_DIR = "trusted"  # public keys (*.pem) of other workstations of the same centre


# Loaded keys by file, with the (inode, size, mtime) they were read at: a render signs without
# re-reading and parsing the PEM, and a replaced key file is read again.
_KEYS: dict[Path, tuple[tuple[int, int, int], Ed25519PrivateKey]] = {}


def load_or_create_key(directory: Path | None = None) -> Ed25519PrivateKey:
    """This installation's signing key, created (mode 0600) on first use.

    Args:
        directory: Keys directory; defaults to :func:`mediation_desk.paths.keys_dir`.

    Returns:
        The private key (the same object while the file is unchanged).

    Raises:
        StorageError: ``key.unreadable`` when the file exists but is not an Ed25519 PEM key.
    """
    folder = directory if directory is not None else keys_dir()
    path = folder / KEY_FILE
    try:
        st = path.stat()
    except FileNotFoundError:
        return _create_key(folder)
    stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
    cached = _KEYS.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise StorageError("key.unreadable", path=str(path)) from exc
    if not isinstance(loaded, Ed25519PrivateKey):
        raise StorageError("key.unreadable", path=str(path))
    _KEYS[path] = (stamp, loaded)
    return loaded


def _create_key(folder: Path) -> Ed25519PrivateKey:
    folder.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        fd = os.open(folder / KEY_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it in the meantime
        return load_or_create_key(folder)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    return key


def key_id(public_key: Ed25519PublicKey) -> str:
    """Fingerprint of a public key: the first 16 hex digits of SHA-256 of its raw bytes."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def trusted_public_keys(directory: Path | None = None) -> dict[str, Ed25519PublicKey]:
    """Our own public key plus the public keys in ``<keys>/trusted/*.pem``, by key id."""
    folder = directory if directory is not None else keys_dir()
    own = load_or_create_key(folder).public_key()
    keys = {key_id(own): own}
    for pem in sorted((folder / TRUSTED_DIR).glob("*.pem")):
        try:
            loaded = serialization.load_pem_public_key(pem.read_bytes())
        except ValueError:
            continue
        if isinstance(loaded, Ed25519PublicKey):
            keys[key_id(loaded)] = loaded
    return keys


__all__ = ["KEY_FILE", "TRUSTED_DIR", "key_id", "load_or_create_key", "trusted_public_keys"]
