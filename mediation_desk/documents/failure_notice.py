"""调解不成告知书 — notice that mediation ended without agreement, naming the other routes
(People's Mediation Law Art. 26: arbitration, administrative and judicial channels)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from .base import OFFICIAL, build_pdf, fmt_date, p
from .signatures import seal_block, signature_grid
from .snapshot import CaseSnapshot

WIDTH_MM = 210 - OFFICIAL.left - OFFICIAL.right
ROUTES = (
    "（一）向有管辖权的人民法院提起民事诉讼；",
    "（二）依照仲裁协议或者法律规定申请仲裁（劳动争议等纠纷可以向劳动人事争议仲裁委员会申请仲裁）；",
    "（三）请求有关行政机关依法处理（行政途径）。",
)


def story(case: CaseSnapshot) -> list[Flowable]:
    """The flowables of the notice."""
    closing = case.closing
    reason = (
        closing.failure_reason if closing is not None and closing.failure_reason else "双方当事人分歧较大"
    )
    when = closing.closed_on if closing is not None else None
    names = "、".join(x.name for x in case.principal_parties)
    out: list[Flowable] = [p("人民调解终止（调解不成）告知书", "title"), p(case.number, "number_c")]
    out.append(p(f"{names}：", "plain"))
    out.append(
        p(
            f"你（单位）与对方当事人之间的{case.title}，本委员会于{fmt_date(case.accepted_on)}受理并进行了调解。"
            f"因{reason}，未能达成调解协议。根据《中华人民共和国人民调解法》第二十六条的规定，"
            "本委员会决定终止调解。"
        )
    )
    out.append(p("你（单位）可以依法通过下列途径维护自己的合法权益："))
    out += [p(route) for route in ROUTES]
    out.append(p("特此告知。"))
    out.append(seal_block(case.organisation, fmt_date(when), WIDTH_MM))
    out.append(p("当事人签收：", "heading"))
    out.append(signature_grid([x.name for x in case.principal_parties], WIDTH_MM))
    return out


def render(case: CaseSnapshot) -> bytes:
    """Render the notice for a case whose mediation failed."""
    return build_pdf(
        story(case), title="调解不成告知书", margins=OFFICIAL, author=case.organisation, subject=case.number
    )
