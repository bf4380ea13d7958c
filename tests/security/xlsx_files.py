"""Crafted ledger workbooks for the hostile-import tests."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from mediation_desk.services.ledger import COLUMNS

GOOD = [
    "（2025）京朝调字第0001号",
    date(2025, 5, 6),
    date(2025, 5, 6),
    date(2025, 5, 20),
    "申请人：孙一；被申请人：李二",
    "邻里纠纷",
    "当事人申请",
    "人民调解",
    "王调解",
    "调解成功",
    "（2025）京朝调协字第0001号",
    800,
    800,
    "已履行",
    date(2025, 6, 1),
    "基本满意",
]


def row(n: int = 1, **changes: object) -> list[object]:
    """A valid ledger row numbered ``n`` (its own parties), with ``changes`` by column name."""
    values = dict(zip(COLUMNS, GOOD, strict=True))
    values["案件编号"] = f"（2025）京朝调字第{n:04d}号"
    values["协议编号"] = f"（2025）京朝调协字第{n:04d}号"
    values.update(changes)
    return [values[c] for c in COLUMNS]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台账"
    ws.append(list(COLUMNS))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def rewrite_sheet(path: Path, edit: object) -> Path:
    """Rewrite ``xl/worksheets/sheet1.xml`` of ``path`` through ``edit(xml) -> xml``."""
    src = zipfile.ZipFile(path)
    parts = {i.filename: src.read(i) for i in src.infolist()}
    src.close()
    name = "xl/worksheets/sheet1.xml"
    parts[name] = edit(parts[name].decode()).encode()  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for part, data in parts.items():
            out.writestr(part, data)
    return path


def lying_dimension(path: Path, rows: int) -> Path:
    """A workbook of ``rows`` rows whose ``<dimension>`` claims only 3 rows."""
    workbook(path, [row(n) for n in range(1, rows + 1)])
    return rewrite_sheet(path, lambda xml: re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:P3"', xml))


def far_columns(path: Path, rows: int) -> Path:
    """A small file whose dimension claims the whole sheet and each row a cell in the last column."""
    workbook(path, [row(1)])
    cells = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c><c r="XFD{r}"><v>1</v></c></row>'
        for r in range(3, rows + 3)
    )

    def edit(xml: str) -> str:
        xml = re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:XFD1048576"', xml)
        return xml.replace("</sheetData>", cells + "</sheetData>")

    return rewrite_sheet(path, edit)


def inflating(path: Path, megabytes: int) -> Path:
    """A workbook whose sheet holds ``megabytes`` MiB of blanks: a tiny file that inflates hugely."""
    workbook(path, [row(1)])
    pad = " " * (1 << 20)
    return rewrite_sheet(path, lambda xml: xml.replace("<sheetData>", "<sheetData>" + pad * megabytes))
