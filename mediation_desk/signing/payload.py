"""The agreement's QR payload: canonical content, signing, and checking a scanned payload.

The printed agreement carries a QR code with only the agreement number, version, date, issuing
organisation, the SHA-256 of the canonical agreement content, the key id and the signature — no
names, ID numbers or phone numbers (a photo of the paper must not leak personal data). Checking
a payload against our keys and the archive tells ``valid`` / ``altered`` / ``unknown`` *for the
code*; :mod:`.compare` then checks the printed text itself.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from mediation_desk.documents.snapshot import AgreementSnapshot
from mediation_desk.domain.errors import KnownError

from .keys import key_id

PREFIX = "MD1"
Verdict = Literal["valid", "altered", "unknown"]
Lookup = Callable[[str, int], bytes | None]


@dataclass(frozen=True)
class PayloadCheck:
    """What the QR code says and how it checked out: ``verdict`` for the code alone."""

    verdict: Verdict
    number: str = ""
    version: int = 0
    archived: bytes | None = None  # the archived canonical content the code names


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
    """The verdict of :func:`check_payload` alone."""
    return check_payload(payload, public_keys=public_keys, lookup=lookup).verdict


def check_payload(
    payload: str, *, public_keys: Mapping[str, Ed25519PublicKey], lookup: Lookup
) -> PayloadCheck:
    """Check a scanned payload against our keys and the archive.

    Args:
        payload: The decoded QR text.
        public_keys: Trusted public keys by key id (see :func:`trusted_public_keys`).
        lookup: ``lookup(number, version)`` → the archived canonical content, or ``None``.

    Returns:
        ``unknown`` for a foreign key, a bad signature, a malformed payload or an agreement not in
        the archive; ``altered`` when the archived content no longer hashes to the signed digest;
        ``valid`` otherwise — with the agreement number, version and archived content named.
    """
    unknown = PayloadCheck("unknown")
    parts = payload.strip().split("|")
    if len(parts) != 8 or parts[0] != PREFIX:
        return unknown
    _, number, version, _day, _org, digest, kid, signature = parts
    public = public_keys.get(kid)
    if public is None:
        return unknown
    try:
        public.verify(_unb64(signature), "|".join(parts[:7]).encode("utf-8"))
    except (InvalidSignature, ValueError, binascii.Error):
        return unknown
    if not version.isdigit() or len(version) > 6:
        return unknown
    archived = lookup(number, int(version))
    if archived is None:
        return unknown
    verdict: Verdict = "valid" if hashlib.sha256(archived).hexdigest() == digest else "altered"
    return PayloadCheck(verdict, number, int(version), archived)


__all__ = [
    "PREFIX",
    "PayloadCheck",
    "Verdict",
    "canonical_agreement_content",
    "check_payload",
    "make_qr_payload",
    "verify_payload",
]
