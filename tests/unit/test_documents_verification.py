"""Agreement QR verification: key handling, payload privacy, round trip through paper."""

from __future__ import annotations

import dataclasses
import os
import shutil
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image

from mediation_desk.documents import agreement
from mediation_desk.domain.errors import StorageError
from mediation_desk.signing.keys import KEY_FILE, key_id, load_or_create_key, trusted_public_keys
from mediation_desk.signing.payload import canonical_agreement_content, make_qr_payload, verify_payload
from mediation_desk.signing.scan import extract_payload_from_file
from tests.helpers.doc_fixtures import GUO_ID, GUO_PHONE, LI_ID, LI_PHONE, sample_agreement

needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)


@pytest.fixture()
def keys(tmp_path: Path) -> Path:
    return tmp_path / "keys"


def test_key_created_once_with_private_permissions(keys: Path) -> None:
    first = load_or_create_key(keys)
    path = keys / KEY_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert key_id(load_or_create_key(keys).public_key()) == key_id(first.public_key())
    assert b"PRIVATE KEY" in path.read_bytes()


def test_default_key_dir_is_outside_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(tmp_path))
    load_or_create_key()
    assert (tmp_path / "keys" / KEY_FILE).exists()


def test_corrupt_key_file_is_a_known_error(keys: Path) -> None:
    keys.mkdir()
    (keys / KEY_FILE).write_text("not a key")
    with pytest.raises(StorageError) as info:
        load_or_create_key(keys)
    assert info.value.code == "key.unreadable"


def test_payload_has_no_personal_data(keys: Path) -> None:
    a = sample_agreement()
    payload = make_qr_payload(a, load_or_create_key(keys))
    for private in (
        "郭建华",
        "李明亮",
        GUO_ID,
        LI_ID,
        GUO_PHONE,
        LI_PHONE,
        GUO_ID[-4:] + "|",
        "1,200",
        "120000",
    ):
        assert private not in payload, private
    fields = payload.split("|")
    assert fields[:5] == ["MD1", a.number, "1", "2026-11-27", a.organisation]
    assert len(fields) == 8 and len(fields[5]) == 64


def test_canonical_content_is_stable_and_ignores_masking() -> None:
    a = sample_agreement()
    masked = dataclasses.replace(a, parties=tuple(dataclasses.replace(x, id_number="***") for x in a.parties))
    assert canonical_agreement_content(a) == canonical_agreement_content(masked)
    assert canonical_agreement_content(a) != canonical_agreement_content(
        dataclasses.replace(a, facts=a.facts + "。")
    )


def test_verify_valid_altered_unknown(keys: Path) -> None:
    a = sample_agreement()
    payload = make_qr_payload(a, load_or_create_key(keys))
    public = trusted_public_keys(keys)
    archive = {(a.number, 1): canonical_agreement_content(a)}
    assert verify_payload(payload, public_keys=public, lookup=lambda n, v: archive.get((n, v))) == "valid"
    changed = dataclasses.replace(a, terms=(a.terms[0].replace("1,200", "1,300"), *a.terms[1:]))
    altered = {(a.number, 1): canonical_agreement_content(changed)}
    assert verify_payload(payload, public_keys=public, lookup=lambda n, v: altered.get((n, v))) == "altered"
    assert verify_payload(payload, public_keys=public, lookup=lambda n, v: None) == "unknown"
    forged = payload.replace("|2026-11-27|", "|2026-11-28|")
    assert verify_payload(forged, public_keys=public, lookup=lambda n, v: archive.get((n, v))) == "unknown"
    assert verify_payload("garbage", public_keys=public, lookup=lambda n, v: archive.get((n, v))) == "unknown"


def test_other_installations_key_is_unknown_unless_trusted(keys: Path, tmp_path: Path) -> None:
    a = sample_agreement()
    other = Ed25519PrivateKey.generate()
    payload = make_qr_payload(a, other)
    lookup = {(a.number, 1): canonical_agreement_content(a)}.get
    assert (
        verify_payload(payload, public_keys=trusted_public_keys(keys), lookup=lambda n, v: lookup((n, v)))
        == "unknown"
    )
    from cryptography.hazmat.primitives import serialization

    (keys / "trusted").mkdir(parents=True)
    (keys / "trusted" / "ws2.pem").write_bytes(
        other.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    assert (
        verify_payload(payload, public_keys=trusted_public_keys(keys), lookup=lambda n, v: lookup((n, v)))
        == "valid"
    )


@needs_pdftoppm
def test_round_trip_through_the_printed_pdf(keys: Path, tmp_path: Path) -> None:
    a = sample_agreement()
    payload = make_qr_payload(a, load_or_create_key(keys))
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(agreement.render(a, qr_payload=payload))
    scanned = extract_payload_from_file(pdf)
    assert scanned == payload
    archive = {(a.number, 1): canonical_agreement_content(a)}
    assert (
        verify_payload(
            scanned, public_keys=trusted_public_keys(keys), lookup=lambda n, v: archive.get((n, v))
        )
        == "valid"
    )
    one_char = dataclasses.replace(a, facts=a.facts.replace("郭建华", "郭建箪", 1))
    tampered = {(a.number, 1): canonical_agreement_content(one_char)}
    assert (
        verify_payload(
            scanned, public_keys=trusted_public_keys(keys), lookup=lambda n, v: tampered.get((n, v))
        )
        == "altered"
    )


@needs_pdftoppm
def test_extract_from_a_photo_like_image(keys: Path, tmp_path: Path) -> None:
    import subprocess

    a = sample_agreement()
    payload = make_qr_payload(a, load_or_create_key(keys))
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(agreement.render(a, qr_payload=payload))
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp_path / "p")], check=True)
    last = sorted(tmp_path.glob("p*.png"))[-1]
    jpg = tmp_path / "scan.jpg"
    Image.open(last).convert("RGB").rotate(2, expand=True, fillcolor="white").save(jpg, quality=80)
    assert extract_payload_from_file(jpg) == payload


def test_no_qr_found_returns_none(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    assert extract_payload_from_file(blank) is None
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(StorageError):
        extract_payload_from_file(bad)
