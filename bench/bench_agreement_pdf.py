"""Benchmark: agreement PDF generation vs. a plain ReportLab story of the same content.

Run: ``python bench/bench_agreement_pdf.py [runs]``. Both sides use the same registered TTF (so
subsetting and embedding cost the same); the baseline is a bare SimpleDocTemplate with the same
paragraphs and one plain table — no numbered canvas, no custom flowables. Target: ≤ 1.3×.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from mediation_desk.documents import agreement  # noqa: E402
from mediation_desk.documents.fonts import ensure_font  # noqa: E402
from mediation_desk.documents.qr import qr_path  # noqa: E402
from mediation_desk.domain.money import format_money, to_capitals  # noqa: E402
from mediation_desk.signing.keys import load_or_create_key  # noqa: E402
from mediation_desk.signing.payload import make_qr_payload  # noqa: E402
from tests.helpers.doc_fixtures import sample_agreement  # noqa: E402


def _texts(flowables: list[Any]) -> list[str]:
    """Every paragraph text of a story, tables and KeepTogether groups flattened."""
    out: list[str] = []
    for f in flowables:
        if isinstance(f, Paragraph):
            out.append(f.text)
        elif isinstance(f, Table):
            out += _texts([c for row in f._cellvalues for c in row if not isinstance(c, str)])
        elif isinstance(f, list):
            out += _texts(f)
        elif hasattr(f, "_content"):
            out += _texts(f._content)
        elif hasattr(f, "label"):  # signature cells (their label is a Paragraph)
            out.append(f.label.text if isinstance(f.label, Paragraph) else f.label)
    return out


def plain(a: Any) -> bytes:
    """The same text with a bare ReportLab story: one style, one plain table, default canvas."""
    font = ensure_font()
    body = ParagraphStyle("b", fontName=font, fontSize=14, leading=21, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=font, fontSize=10.5, leading=14.7, wordWrap="CJK")
    texts = _texts(agreement.story(a))
    story: list[Any] = [Paragraph(t, body) for t in texts]
    rows = [
        [
            Paragraph(c, cell)
            for c in (
                o.description,
                o.payer,
                o.payee,
                format_money(o.amount_fen),
                to_capitals(o.amount_fen, prefix=True),
                str(o.due_date),
            )
        ]
        for o in a.obligations
    ]
    story.insert(
        len(story) // 2, Table(rows, colWidths=[30 * mm, 18 * mm, 18 * mm, 23 * mm, 37 * mm, 30 * mm])
    )
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=True).build(story)
    return buf.getvalue()


def timed(cases: dict[str, Callable[[], bytes]], runs: int) -> dict[str, list[tuple[float, float]]]:
    """Run the variants interleaved (one of each per round) so machine noise hits all alike.

    Returns:
        Per variant, one ``(wall ms, CPU ms)`` per run.
    """
    for fn in cases.values():
        fn()  # warm-up: font parsing, imports
    out: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, fn in cases.items():
            start, cpu = time.perf_counter(), time.process_time()
            fn()
            out[name].append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return out


def with_qr(a: Any, keys: Path) -> bytes:
    """Load the key, sign, encode (QR cache cleared: no free ride) and render, as the service does."""
    qr_path.cache_clear()
    return agreement.render(a, qr_payload=make_qr_payload(a, load_or_create_key(keys)))


def main(runs: int = 30) -> None:
    import tempfile

    a = sample_agreement()
    with tempfile.TemporaryDirectory() as tmp:
        keys = Path(tmp)
        load_or_create_key(keys)
        cases = {
            "plain ReportLab story": lambda: plain(a),
            "agreement (no QR)": lambda: agreement.render(a),
            "agreement + QR (sign+encode)": lambda: with_qr(a, keys),
        }
        results = timed(cases, runs)
    wall = {name: [w for w, _ in r] for name, r in results.items()}
    cpu = {name: [c for _, c in r] for name, r in results.items()}
    base = statistics.median(wall["plain ReportLab story"])
    base_cpu = statistics.median(cpu["plain ReportLab story"])
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {runs} runs")
    head = ("variant", "median ms", "p95 ms", "ratio", "CPU med", "CPU p95", "CPU ratio")
    print("{:30} {:>9} {:>7} {:>6} {:>8} {:>8} {:>9}".format(*head))
    for name in results:
        w, c = wall[name], cpu[name]
        print(
            f"{name:30} {statistics.median(w):9.1f} {_p95(w):7.1f} {statistics.median(w) / base:6.2f} "
            f"{statistics.median(c):8.1f} {_p95(c):8.1f} {statistics.median(c) / base_cpu:9.2f}"
        )


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
