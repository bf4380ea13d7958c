"""Build the vendored document fonts in ``resources/fonts/`` from free CFF-flavoured OpenType fonts.

ReportLab embeds only TrueType (``glyf``) outlines, while the free faces in the styles an
official paper asks for are CFF: FandolFang (仿宋-style body, CTeX project, GPL with the font
exception) and Noto Serif CJK SC Bold (小标宋-style title, SIL OFL 1.1). This script converts the
cubic CFF outlines to quadratic ``glyf`` outlines (fontTools ``cu2qu``), keeps only the characters
papers need — GB2312 levels 1 and 2, its symbols, ASCII and the common full-width punctuation —
and writes small TrueType files.

Not a runtime dependency: run by hand when the fonts change, in any Python with fontTools::

    pip install fonttools
    python tools/make_fonts.py --fang FandolFang-Regular.otf --title NotoSerifCJK-Bold.ttc

Sources on Debian: ``texlive-lang-chinese`` (``.../fonts/opentype/public/fandol/``) and
``fonts-noto-cjk`` (``/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc``, face 2 = SC).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

OUT = Path(__file__).resolve().parents[1] / "resources" / "fonts"
MAX_ERR = (
    2.0  # font units (1/1000 em): the approximation error of the quadratic curves, invisible at print sizes
)


def charset(*, level2: bool = True) -> set[int]:
    """GB2312 (symbols, level 1 and — unless ``level2`` is false — level 2 hanzi), printable ASCII
    and the punctuation papers use. Titles need only level 1 (the 3,755 common characters): a
    character outside it is drawn in the body face (see ``documents/fonts.py``)."""
    chars = set(range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8 if level2 else 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    chars.update(ord(c) for c in "，。、；：？！“”‘’（）《》〈〉【】〔〕—…·￥¥●○□■√×－～　「」『』")
    chars.update(range(0xFF01, 0xFF5F))  # full-width ASCII forms
    return chars


def to_truetype(font: TTFont) -> None:
    """Replace the ``CFF `` table of ``font`` by ``glyf``/``loca`` with quadratic outlines."""
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["head"].indexToLocFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["post"].glyphOrder = None
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"


SUPPLEMENT = Path(__file__).with_name("tgh_supplement.txt")


def supplement_charset() -> set[int]:
    """The 1,467 characters of the 通用规范汉字表 (2013) that GB2312 lacks — many are common in names
    (玥, 昇, 珺, 堃, 喆, 赟, 镕). ``tools/tgh_supplement.txt`` was made from Unihan's ``kTGH`` field
    (Debian ``unicode-data``, ``Unihan_OtherMappings.txt``) minus GB2312."""
    return {ord(c) for c in SUPPLEMENT.read_text(encoding="utf-8").strip()}


def build(
    source: Path, index: int, target: Path, family: str, *, level2: bool = True, chars: set[int] | None = None
) -> None:
    """Subset ``source`` (face ``index`` of a collection) and write it as TrueType ``target``."""
    font = TTFont(str(source), fontNumber=index, lazy=False)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars if chars is not None else charset(level2=level2))
    subsetter.subset(font)
    to_truetype(font)
    for record in font["name"].names:  # a derived, subset font: say so in its name
        if record.nameID in (1, 4, 16):
            record.string = family
        elif record.nameID == 6:
            record.string = family.replace(" ", "")
    font.save(str(target))
    print(f"{target.name}: {target.stat().st_size / 1e6:.2f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fang", type=Path, required=True, help="FandolFang-Regular.otf")
    parser.add_argument("--title", type=Path, required=True, help="NotoSerifCJK-Bold.ttc (or an SC .otf)")
    parser.add_argument("--title-index", type=int, default=2, help="face of the collection (2 = SC)")
    parser.add_argument("--supplement", type=Path, help="NotoSerifCJK-Regular.ttc: names' rarer characters")
    args = parser.parse_args()
    if args.supplement is not None:
        build(
            args.supplement,
            args.title_index,
            OUT / "NotoSerifSC-Regular-TGH.ttf",
            "Noto Serif SC TGH",
            chars=supplement_charset(),
        )
    if args.fang.exists():
        build(args.fang, 0, OUT / "FandolFang-GB2312.ttf", "FandolFang GB2312")
    build(
        args.title,
        args.title_index,
        OUT / "NotoSerifSC-Bold-GB2312L1.ttf",
        "Noto Serif SC Bold GB2312L1",
        level2=False,
    )


if __name__ == "__main__":
    main()
