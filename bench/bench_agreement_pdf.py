"""Benchmark: agreement PDF generation vs. a plain ReportLab story of the same content.

Run: ``python bench/bench_agreement_pdf.py [runs]``. Both sides use the same registered TTF (so
subsetting and embedding cost the same); the baseline is a bare SimpleDocTemplate with the same
paragraphs and one plain table — no numbered canvas, no custom flowables. Target: ≤ 1.3×.
"""

from __future__ import annotations

import io
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
from mediation_desk.documents.signatures import qr_matrix  # noqa: E402
from mediation_desk.documents.verification import load_or_create_key, make_qr_payload  # noqa: E402
from mediation_desk.domain.money import format_money, to_capitals  # noqa: E402
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
        elif hasattr(f, "label"):  # signature cells
            out.append(f.label)
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


def timed(cases: dict[str, Callable[[], bytes]], runs: int) -> dict[str, list[float]]:
    """Run the variants interleaved (one of each per round) so machine noise hits all alike."""
    for fn in cases.values():
        fn()  # warm-up: font parsing, imports
    out: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            out[name].append((time.perf_counter() - start) * 1000)
    return out


def with_qr(a: Any, key: Any) -> bytes:
    """Sign, encode (QR matrix cache cleared: no free ride) and render."""
    qr_matrix.cache_clear()
    return agreement.render(a, qr_payload=make_qr_payload(a, key))


def main(runs: int = 30) -> None:
    import tempfile

    a = sample_agreement()
    with tempfile.TemporaryDirectory() as keys:
        key = load_or_create_key(Path(keys))
        cases = {
            "plain ReportLab story": lambda: plain(a),
            "agreement (no QR)": lambda: agreement.render(a),
            "agreement + QR (sign+encode)": lambda: with_qr(a, key),
        }
        results = timed(cases, runs)
    base = statistics.median(results["plain ReportLab story"])
    print(f"{'variant':32} {'median ms':>10} {'p95 ms':>8} {'ratio':>6}   ({runs} runs)")
    for name, times in results.items():
        p95 = statistics.quantiles(times, n=20)[18]
        print(f"{name:32} {statistics.median(times):10.1f} {p95:8.1f} {statistics.median(times) / base:6.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
