"""Agreement verification by QR code, signed with this installation's Ed25519 key.

The printed agreement carries a QR code with only the agreement number, version, date, issuing
organisation, the SHA-256 of the canonical agreement content, the key id and the signature — no
names, ID numbers or phone numbers (a photo of the paper must not leak personal data). Scanning
it back and comparing with the archived agreement tells ``valid`` / ``altered`` / ``unknown``.

The private key is a PEM file in the keys directory (outside the database file), created on
first use with 0600 permissions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mediation_desk.domain.errors import KnownError, StorageError
from mediation_desk.paths import keys_dir

from .snapshot import AgreementSnapshot

PREFIX = "MD1"
KEY_FILE = "agreement-signing-ed25519.pem"
TRUSTED_DIR = "trusted"  # public keys (*.pem) of other workstations of the same centre
Verdict = Literal["valid", "altered", "unknown"]
Lookup = Callable[[str, int], bytes | None]


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


def canonical_agreement_content(a: AgreementSnapshot) -> bytes:
    """Stable JSON (sorted keys, UTF-8) of the legally relevant content of an agreement.

    ID numbers and phone numbers are left out (they may be printed masked or not); names and
    roles, facts, terms, obligations with amounts and dates, and performance are in.
    """

    def day(value: Any) -> str | None:
        return value.isoformat() if value is not None else None

    content = {
        "schema": 1,
        "number": a.number,
        "version": a.version,
        "track": str(a.track),
        "form": str(a.form),
        "organisation": a.organisation,
        "case_number": a.case_number,
        "parties": [{"role": str(x.role), "name": x.name, "represents": x.represents} for x in a.parties],
        "mediators": [m.name for m in a.mediators],
        "facts": a.facts,
        "issues": a.issues,
        "responsibility": a.responsibility,
        "terms": list(a.terms),
        "obligations": [
            {
                "payer": o.payer,
                "payee": o.payee,
                "description": o.description,
                "amount_fen": o.amount_fen,
                "due_date": day(o.due_date),
                "on_the_spot": o.on_the_spot,
            }
            for o in a.obligations
        ],
        "performance": [a.performance_method, a.performance_place, day(a.performance_deadline)],
        "signed_on": day(a.signed_on),
        "confidential_amounts": a.confidential_amounts,
        "criminal": [a.offender_admission, a.apology, a.victim_requests_leniency],
        "police": [a.police_organ, a.police_case_number, a.charge],
    }
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def make_qr_payload(a: AgreementSnapshot, key: Ed25519PrivateKey) -> str:
    """``MD1|number|version|date|org|sha256hex|keyid|signature`` (signature over the rest)."""
    fields = [a.number, str(a.version), a.signed_on.isoformat(), a.organisation]
    if any("|" in f for f in fields):
        raise KnownError("verification.bad_field")
    digest = hashlib.sha256(canonical_agreement_content(a)).hexdigest()
    body = "|".join([PREFIX, *fields, digest, key_id(key.public_key())])
    return f"{body}|{_b64(key.sign(body.encode('utf-8')))}"


def verify_payload(payload: str, *, public_keys: Mapping[str, Ed25519PublicKey], lookup: Lookup) -> Verdict:
    """Check a scanned payload against our keys and the archive.

    Args:
        payload: The decoded QR text.
        public_keys: Trusted public keys by key id (see :func:`trusted_public_keys`).
        lookup: ``lookup(number, version)`` → the archived canonical content, or ``None``.

    Returns:
        ``unknown`` for a foreign key, a bad signature, a malformed payload or an agreement not in
        the archive; ``altered`` when the archived content no longer hashes to the signed digest;
        ``valid`` otherwise.
    """
    parts = payload.strip().split("|")
    if len(parts) != 8 or parts[0] != PREFIX:
        return "unknown"
    _, number, version, _day, _org, digest, kid, signature = parts
    public = public_keys.get(kid)
    if public is None:
        return "unknown"
    try:
        public.verify(_unb64(signature), "|".join(parts[:7]).encode("utf-8"))
    except (InvalidSignature, ValueError, binascii.Error):
        return "unknown"
    if not version.isdigit():
        return "unknown"
    archived = lookup(number, int(version))
    if archived is None:
        return "unknown"
    return "valid" if hashlib.sha256(archived).hexdigest() == digest else "altered"


def _decode_image(image: Any) -> str | None:
    import zxingcpp

    for result in zxingcpp.read_barcodes(image):
        try:
            text = bytes(result.bytes).decode("utf-8")
        except UnicodeDecodeError:
            text = result.text
        if text.startswith(PREFIX + "|"):
            return text
    return None


def extract_payload_from_file(path: Path) -> str | None:
    """Find an agreement QR payload in a PDF (rasterised at 200 dpi) or an image.

    Args:
        path: A ``.pdf`` or an image file (PNG, JPEG...).

    Returns:
        The payload text, or ``None`` when no agreement QR code is found.

    Raises:
        KnownError: ``verification.no_rasteriser`` when a PDF is given and ``pdftoppm`` is absent.
        StorageError: ``file.unreadable`` when the file cannot be opened.
    """
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if path.suffix.lower() != ".pdf":
        try:
            with Image.open(path) as image:
                return _decode_image(image.convert("L"))
        except (OSError, UnidentifiedImageError) as exc:
            raise StorageError("file.unreadable", path=str(path)) from exc
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise KnownError("verification.no_rasteriser")
    with tempfile.TemporaryDirectory(prefix="md-verify-") as tmp:
        proc = subprocess.run(
            [tool, "-r", "200", "-gray", "-png", str(path), str(Path(tmp) / "page")],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if proc.returncode != 0:
            raise StorageError("file.unreadable", path=str(path))
        for page in sorted(Path(tmp).glob("page*.png"), reverse=True):  # the QR is on the last page
            with Image.open(page) as image:
                found = _decode_image(image.copy())
            if found:
                return found
    return None
