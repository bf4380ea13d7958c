"""The embedded font: registration, missing glyphs, and rendering on a PC with no fonts at all."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from mediation_desk.documents import agreement
from mediation_desk.documents.fonts import default_font_path, glyph_safe, register_font
from mediation_desk.domain.errors import StorageError
from tests.helpers.doc_fixtures import GUO, LI, sample_agreement

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")


def test_bundled_font_and_licence_are_vendored() -> None:
    font = default_font_path()
    assert font.exists() and font.stat().st_size < 15 * 1024 * 1024
    assert font.read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType (glyf), not CFF 'OTTO'
    assert (font.parent / "LICENSE-arphic.txt").read_text(encoding="utf-8").count(
        "ARPHIC PUBLIC LICENSE"
    ) >= 1


def test_cff_otf_is_refused(tmp_path: Path) -> None:
    otf = tmp_path / "SourceHanSerif.otf"
    otf.write_bytes(b"OTTO\x00\x01\x00\x00" + b"\x00" * 64)
    with pytest.raises(StorageError) as info:
        register_font(otf)
    assert info.value.code == "font.unusable" and info.value.params["path"] == str(otf)
    with pytest.raises(StorageError):
        register_font(tmp_path / "missing.ttf")


@pytest.mark.skipif(not UMING.exists(), reason="fonts-arphic-uming not installed")
def test_another_truetype_collection_can_be_chosen() -> None:
    try:
        assert register_font(UMING, subfont_index=0)
        assert glyph_safe("¥") == "¥"  # UMing has the half-width yen sign
        assert agreement.render(sample_agreement())[:5] == b"%PDF-"
    finally:
        register_font()
    assert glyph_safe("¥12") == "￥12"  # gbsn00lp lacks U+00A5: full-width look-alike


def _ink(png: Path) -> int:
    return sum(Image.open(png).convert("L").histogram()[:128])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_renders_on_a_machine_without_any_font(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(agreement.render(sample_agreement()))
    conf = tmp_path / "fonts.conf"
    empty = tmp_path / "nofonts"
    empty.mkdir()
    conf.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{empty}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>\n"
    )
    bare_env = {**os.environ, "FONTCONFIG_FILE": str(conf), "FONTCONFIG_PATH": str(tmp_path)}
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "bare")],
        env=bare_env,
        check=True,
        capture_output=True,
    )
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "normal")],
        check=True,
        capture_output=True,
    )
    bare, normal = _ink(next(tmp_path.glob("bare*.png"))), _ink(next(tmp_path.glob("normal*.png")))
    assert bare > 1500, f"page is (nearly) blank without system fonts ({bare} ink pixels)"
    assert abs(bare - normal) <= normal * 0.01
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(" yes yes " in row for row in rows), listing


def test_vendored_faces_are_small_truetype_with_their_licence() -> None:
    from mediation_desk.paths import resources_dir

    folder = resources_dir() / "fonts"
    licences = {
        "FandolFang-GB2312.ttf": "LICENSE-Fandol.txt",
        "NotoSerifSC-Bold-GB2312L1.ttf": "LICENSE-OFL-NotoSerifCJK.txt",
        "NotoSerifSC-Regular-TGH.ttf": "LICENSE-OFL-NotoSerifCJK.txt",
    }
    for font, licence in licences.items():
        data = (folder / font).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00" and len(data) < 6 * 1024 * 1024, font
        assert font in (folder / licence).read_text(encoding="utf-8")


def test_names_with_rarer_characters_print_without_boxes() -> None:
    from mediation_desk.documents import fonts

    fonts.ensure_font()
    # 通用规范汉字表 characters outside GB2312, common in given names
    for char in "玥昇珺堃喆赟镕":
        face = fonts.font_runs(char, fonts.FONT_NAME)[0][0]
        assert fonts.has_glyph(face, char), char
    pdf = agreement.render(sample_agreement(parties=(dataclasses.replace(GUO, name="王玥昇"), LI)))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "王玥昇" in text.replace(" ", "")
