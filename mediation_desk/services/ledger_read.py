"""Reading a ledger workbook someone handed over: bounded in bytes, rows, columns and memory.

A workbook is a zip of XML parts. Before openpyxl opens it, the zip's directory is checked: the
file size, the number of parts, the declared uncompressed size of each part and of all of them,
and each part's compression ratio (a 2 MB file that inflates to gigabytes is refused, never
inflated; Python's zipfile never inflates a part past its declared size). The sheet is then read
row by row without trusting its ``<dimension>`` (``reset_dimensions``): every row is read, however
few the file claims, and each row is cut to the header's width.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from ..domain.errors import StorageError, ValidationError
from . import ledger as L

MAX_FILE_BYTES = 20 * 1024 * 1024  # a ledger of 10,000 cases is about 1 MB
MAX_PARTS = 200
MAX_PART_BYTES = 100 * 1024 * 1024  # declared uncompressed size of one part
MAX_TOTAL_BYTES = 200 * 1024 * 1024  # ... and of all parts
MAX_RATIO = 100  # uncompressed ÷ compressed, for parts over 1 MiB (sheet XML compresses ~10–20×)
MAX_ROWS = 10_000
MAX_HEADER_COLUMNS = 64
MAX_CELL_CHARS = 5_000


def check_archive(path: Path) -> None:
    """Refuse a file that is not a workbook or would inflate past the limits (nothing inflated).

    Raises:
        ValidationError: ``import.not_found``, ``import.too_large`` (``size``, ``maximum``),
            ``import.not_xlsx``, ``import.bomb`` (a part too large or too compressed).
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise ValidationError("import.not_found", path=str(path)) from None
    if size > MAX_FILE_BYTES:
        raise ValidationError("import.too_large", size=size, maximum=MAX_FILE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ValidationError("import.not_xlsx", path=path.name) from None
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
        raise ValidationError("import.not_xlsx", path=path.name)
    if len(infos) > MAX_PARTS:
        raise ValidationError("import.bomb", part=f"{len(infos)} parts")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or (info.file_size > 1 << 20 and ratio > MAX_RATIO):
            raise ValidationError("import.bomb", part=info.filename[:80])
    if total > MAX_TOTAL_BYTES:
        raise ValidationError("import.bomb", part="total")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[: MAX_CELL_CHARS + 1]  # still too long for any column: refused by its check
    return value


def read_sheet(path: Path) -> list[tuple[Any, ...]]:
    """The rows of the ledger sheet (header first), each cut to the header's width.

    Raises:
        ValidationError: every :func:`check_archive` code; ``import.too_many_rows`` (``maximum``).
        StorageError: ``file.unreadable`` for a workbook openpyxl cannot read.
    """
    from openpyxl import load_workbook

    check_archive(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a crafted workbook raises anything from zipfile, XML or openpyxl
        raise StorageError("file.unreadable", path=path.name, reason=type(exc).__name__) from exc
    try:
        ws = wb[L.SHEET] if L.SHEET in wb.sheetnames else wb.worksheets[0]
        ws.reset_dimensions()  # read every row, whatever <dimension> claims
        rows = ws.iter_rows(values_only=True, max_col=MAX_HEADER_COLUMNS)
        header = next(rows, None)
        if header is None:
            return []
        width = max((i + 1 for i, h in enumerate(header) if h not in (None, "")), default=0)
        out: list[tuple[Any, ...]] = [tuple(header[:width])]
        for values in rows:
            if len(out) > MAX_ROWS:
                raise ValidationError("import.too_many_rows", maximum=MAX_ROWS)
            out.append(tuple(_cell(v) for v in values[:width]))
        return out
    except (ValidationError, StorageError):
        raise
    except Exception as exc:  # malformed sheet XML, impossible cell values...
        raise StorageError("file.unreadable", path=path.name, reason=type(exc).__name__) from exc
    finally:
        wb.close()
