"""The QR code drawn on agreements: the matrix, its rectangles, and the cached signing key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from mediation_desk.documents.qr import qr_matrix, qr_path, qr_rectangles
from mediation_desk.signing.keys import load_or_create_key
from mediation_desk.signing.payload import make_qr_payload
from tests.helpers.doc_fixtures import sample_agreement


def _payload(tmp_path: Path) -> str:
    return make_qr_payload(sample_agreement(), load_or_create_key(tmp_path / "keys"))


def test_rectangles_cover_exactly_the_dark_modules(tmp_path: Path) -> None:
    matrix = qr_matrix(_payload(tmp_path))
    n = len(matrix)
    assert all(len(row) == n for row in matrix)
    covered = [[0] * n for _ in range(n)]
    for x, y, w, h in qr_rectangles(matrix):
        for row in range(y, y + h):
            for col in range(x, x + w):
                covered[row][col] += 1
    for row in range(n):
        for col in range(n):
            assert covered[row][col] == (1 if matrix[row][col] == 0 else 0), (row, col)
    # stacking identical runs saves rectangles (finder patterns, timing columns...)
    runs = sum(1 for row in matrix for i, v in enumerate(row) if v == 0 and (i == 0 or row[i - 1] != 0))
    assert len(qr_rectangles(matrix)) < runs


def test_matrix_decodes_to_the_exact_utf8_payload(tmp_path: Path) -> None:
    payload = _payload(tmp_path)
    assert any(ord(ch) > 127 for ch in payload)  # the organisation and number are Chinese
    matrix = qr_matrix(payload)
    n, scale, quiet = len(matrix), 4, 4
    image = Image.new("L", ((n + 2 * quiet) * scale,) * 2, 255)
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == 0:
                x, y = (c + quiet) * scale, (r + quiet) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    found = zxingcpp.read_barcodes(image)
    assert [bytes(f.bytes).decode("utf-8") for f in found] == [payload]
    assert found[0].ec_level == "M"


def test_qr_path_is_in_module_units(tmp_path: Path) -> None:
    payload = _payload(tmp_path)
    modules, ops = qr_path(payload)
    assert modules == len(qr_matrix(payload))
    lines = ops.splitlines()
    assert lines and all(line.endswith(" re") and len(line.split()) == 5 for line in lines)


def test_signing_key_is_loaded_once_and_reloaded_when_the_file_changes(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    first = load_or_create_key(keys)
    assert load_or_create_key(keys) is load_or_create_key(keys)
    path = keys / "agreement-signing-ed25519.pem"
    other = tmp_path / "other"
    load_or_create_key(other)
    os.replace(other / path.name, path)  # the key file is replaced (restored from a backup)
    again = load_or_create_key(keys)
    assert again.public_key().public_bytes_raw() != first.public_key().public_bytes_raw()


def test_a_key_file_damaged_after_loading_is_still_reported(tmp_path: Path) -> None:
    from mediation_desk.domain.errors import StorageError

    keys = tmp_path / "keys"
    load_or_create_key(keys)
    (keys / "agreement-signing-ed25519.pem").write_text("damaged")
    with pytest.raises(StorageError):
        load_or_create_key(keys)
