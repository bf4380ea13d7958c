"""Class 6 and 13: ``verify`` compares the printed text, and is bounded for any input.

On 0.3.1 only the QR code was checked: a PDF whose printed terms were changed, and one carrying
another agreement's QR code, were both "valid"; a huge PDF page ran for 37 s and ended in a
traceback with exit code 1, documented as "altered".
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from mediation_desk.__main__ import main
from mediation_desk.documents.dossier import render_agreement
from mediation_desk.services import dossier
from tests.helpers.documents_case import signed_case
from tests.helpers.factories import MEDIATOR

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")


def _verify(db, path: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--database", db.url, "verify", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out + out.err


def _forged(db, tmp_path: Path, agreement_id: int, payload_of: int, **changes) -> Path:  # type: ignore[no-untyped-def]
    """The agreement ``agreement_id`` printed with ``changes``, carrying the QR of ``payload_of``."""
    snap = dossier.build_agreement_snapshot(db, MEDIATOR, agreement_id)
    code = dossier.qr_payload_for(dossier.build_agreement_snapshot(db, MEDIATOR, payload_of))
    path = tmp_path / f"forged-{agreement_id}-{payload_of}.pdf"
    path.write_bytes(render_agreement(dataclasses.replace(snap, **changes), qr_payload=code))
    return path


def test_the_untouched_pdf_is_valid_and_says_what_was_checked(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    code, out = _verify(db, pdf, capsys)
    assert code == 0, out
    assert "printed text: compared" in out and "no difference" in out and "QR signature" in out


def test_changed_printed_text_is_altered(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    c = signed_case(db)
    snap = dossier.build_agreement_snapshot(db, MEDIATOR, c.agreement_id)
    terms = (snap.terms[0].replace("12,300.00", "32,300.00"), *snap.terms[1:])
    forged = _forged(db, tmp_path, c.agreement_id, c.agreement_id, terms=terms)
    code, out = _verify(db, forged, capsys)
    assert code == 1, out
    assert "altered" in out and "32,300.00" in out  # the difference is named
    extra = (*snap.terms, "甲方另付违约金五万元。")
    added = _forged(db, tmp_path, c.agreement_id, c.agreement_id, terms=extra)
    code, out = _verify(db, added, capsys)
    assert code == 1 and "违约金" in out, out  # an added clause, every archived item still printed


def test_another_agreements_code_on_this_text_is_altered(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from tests.helpers.documents_case import T0

    a = signed_case(db)
    b = signed_case(db, session_at=T0 + timedelta(days=1))  # its own session time
    forged = _forged(db, tmp_path, a.agreement_id, b.agreement_id)
    code, out = _verify(db, forged, capsys)
    assert code == 1, out
    assert b.number in out  # the code names agreement b; a's text is not b's


def test_a_scan_shows_the_archived_content_to_compare(db, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from mediation_desk.services import accounts
    from mediation_desk.services.base import SYSTEM

    c = signed_case(db)
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(dossier.agreement_pdf(db, MEDIATOR, c.agreement_id))
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(pdf), str(tmp_path / "scan")], check=True)
    scan = sorted(tmp_path.glob("scan*.png"))[-1]
    code, out = _verify(db, scan, capsys)
    assert code == 4, out
    assert "NOT checked" in out and "archived content not shown" in out
    assert "张伟" not in out and "6,300.00" not in out  # no names or amounts without an account
    accounts.create_user(
        db,
        SYSTEM,
        username="director1",
        display_name="刘主任",
        role="director",
        password="correct-horse-battery",
        organisation_id=1,
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("correct-horse-battery\n"))
    code = main(["--database", db.url, "verify", str(scan), "--user", "director1", "--password-stdin"])
    out = capsys.readouterr().out
    assert code == 4, out
    assert "archived signed content" in out
    assert "张伟" in out and "第一期赔偿款" in out and "6,300.00" in out


def _huge_page(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(14400, 14400))  # 200 x 200 inches: 1.6 Gpx at 200 dpi
    pdf.drawString(100, 100, "MD1")
    pdf.showPage()
    pdf.save()
    return path


def _many_pages(path: Path) -> Path:
    pdf = canvas.Canvas(str(path))
    for _ in range(400):
        pdf.showPage()
    pdf.save()
    return path


def test_hostile_files_end_quickly_with_a_documented_exit_code(sqlite_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + b"\x00\xff" * 5000)
    wide = tmp_path / "wide.png"
    Image.new("1", (20000, 20000), 1).save(wide)  # 400 megapixels, a small file
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:
        fh.truncate(60 << 20)
    cases = [
        (_huge_page(tmp_path / "huge.pdf"), 5, "megapixels"),
        (_many_pages(tmp_path / "pages.pdf"), 5, "too many pages"),
        (wide, 5, "megapixels"),
        (big, 5, "too large"),
        (garbage, 3, "could not be read"),
    ]
    for path, expected, words in cases:
        start = time.perf_counter()
        code, out = _verify(sqlite_db, path, capsys)
        took = time.perf_counter() - start
        print(f"\nverify {path.name}: exit {code} in {took:.2f} s")
        assert code == expected, (path.name, out)
        assert words in out
        assert took < 5


def _pdf_bomb(path: Path, inflated: int = 256 << 20) -> Path:
    """One A4 page whose content stream (white space) inflates from ~250 KB to ``inflated``."""
    import zlib

    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(b" " * (1 << 20)) for _ in range(inflated >> 20)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


CHILD = """
import json, resource, sys, time
cap = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from mediation_desk.__main__ import main
start = time.perf_counter()
code = main(sys.argv[2:])
# VmHWM: this process's peak resident memory (ru_maxrss would carry the forking parent's over exec)
peak = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
print(json.dumps({"code": code, "seconds": time.perf_counter() - start, "peak_kib": peak}))
"""


def test_a_pdf_bomb_is_refused_under_a_memory_cap(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import sys

    bomb = _pdf_bomb(tmp_path / "bomb.pdf")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(768 << 20), "--database", sqlite_db.url, "verify", str(bomb)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=False,
    )
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"\nPDF bomb: {bomb.stat().st_size / 1e3:.0f} KB inflating to 256 MiB -> {result}")
    assert result["code"] == 5 and "content_too_large" in proc.stderr
    assert result["peak_kib"] < 400 * 1024 and result["seconds"] < 10


def test_exit_codes_are_documented(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    text = capsys.readouterr().out
    lines = ("0  valid", "1  altered", "2  unknown", "3  the file could not", "4  code and", "5  over a")
    assert all(line in text for line in lines)
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    assert "5  over a limit" in readme
