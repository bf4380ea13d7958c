"""The verification QR code of agreements, drawn as vector rectangles."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .fonts import ensure_font

_DARK_RUN = re.compile(rb"\x00+")


def qr_matrix(payload: str) -> tuple[bytes, ...]:
    """The QR modules of ``payload`` (UTF-8 byte mode without ECI, level M, no quiet zone).

    Encoded by zxing-cpp (C++, already used to read the codes back): ~1 ms where the pure-Python
    ``qrcode`` package took ~8 ms.

    Returns:
        One ``bytes`` per row, one byte per module: 0 dark, 255 light.
    """
    import zxingcpp

    code = zxingcpp.create_barcode(payload.encode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image: Any = code.to_image(add_quiet_zones=False)  # one 8-bit pixel per module (buffer protocol)
    size = image.shape[0]
    raw = bytes(memoryview(image))
    return tuple(raw[i : i + size] for i in range(0, size * size, size))


def qr_rectangles(matrix: tuple[bytes, ...]) -> list[tuple[int, int, int, int]]:
    """Dark modules merged into rectangles ``(col, row, width, height)``: horizontal runs, then
    identical runs of consecutive rows stacked."""
    above: dict[tuple[int, int], int] = {}  # run (start, end) in the previous row → its top row
    done: list[tuple[int, int, int, int]] = []
    for r, row in enumerate(matrix):
        here: dict[tuple[int, int], int] = {}
        for match in _DARK_RUN.finditer(row):
            span = match.span()
            here[span] = above.pop(span, r)
        done += [(s, top, e - s, r - top) for (s, e), top in above.items()]
        above = here
    done += [(s, top, e - s, len(matrix) - top) for (s, e), top in above.items()]
    done.sort()
    return done


@lru_cache(maxsize=32)
def qr_path(payload: str) -> tuple[int, str]:
    """The module count and the PDF path operators (``x y w h re`` in module units, rows
    downwards) of the QR code of ``payload``; the caller scales it with one ``cm``."""
    matrix = qr_matrix(payload)
    ops = "\n".join(f"{x} {y} {w} {h} re" for x, y, w, h in qr_rectangles(matrix))
    return len(matrix), ops


class QrCode(Flowable):  # type: ignore[misc]
    """A vector QR code with a caption underneath."""

    def __init__(self, payload: str, size_mm: float = 32, caption: str = "扫码核验") -> None:
        super().__init__()
        self.modules, self.path = qr_path(payload)
        self.caption = caption
        self.size = size_mm * mm
        self.width, self.height = self.size, self.size + 5 * mm

    def draw(self) -> None:
        c = self.canv
        m = self.size / self.modules
        # One literal path, filled once, in module units: the matrix maps row 0 to the top.
        c.addLiteral(f"q 0 g {m:.4f} 0 0 {-m:.4f} 0 {self.height:.3f} cm\n{self.path}\nf Q")
        c.setFont(ensure_font(), 9)
        c.drawCentredString(self.width / 2, 0.5 * mm, self.caption)
