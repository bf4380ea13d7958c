"""Cells for spreadsheets handed to others: text stays text, stored data never breaks the file.

* A value beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would be read as a
  formula by Excel or LibreOffice (OWASP "CSV injection"): :func:`safe_row` writes it as a text
  cell with Excel's quote prefix, so ``=HYPERLINK(…)`` in a party's name shows as typed and never
  runs; :func:`csv_field` prefixes a ``'`` for CSV files.
* Characters XML cannot hold (``\\x07``, NUL… typed before the input checks existed) are replaced
  by U+FFFD instead of making the export fail.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

#: What makes a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_MAX_CELL = 32_767  # Excel's limit for one cell
_ILLEGAL = {c: "\ufffd" for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)}


def sheet_text(value: str) -> str:
    """``value`` with the characters XML refuses replaced, cut to what one cell holds."""
    return value.translate(_ILLEGAL)[:_MAX_CELL]


def safe_row(ws: Worksheet, values: Iterable[Any]) -> list[Any]:
    """``values`` ready for ``ws.append``: text that looks like a formula becomes a text cell."""
    out: list[Any] = []
    for value in values:
        if not isinstance(value, str):
            out.append(value)
            continue
        text = sheet_text(value)
        if text.startswith(FORMULA_START):
            cell = Cell(ws)
            cell.value = text
            cell.data_type = "s"  # a string, whatever openpyxl guessed from the leading "="
            cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
            out.append(cell)
        else:
            out.append(text)
    return out


def csv_field(value: object) -> str:
    """One CSV field: a formula-looking text gets a leading ``'`` (OWASP)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text
