"""The other dossier papers and the merged dossier."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from pypdf import PdfReader

from mediation_desk.documents import (
    application,
    closing_report,
    failure_notice,
    follow_up,
    judicial,
    oral_agreement,
    receipt,
    rights_notice,
    session_record,
)
from mediation_desk.documents.dossier import plan, render_dossier
from mediation_desk.documents.snapshot import ClosingSnapshot
from mediation_desk.domain.enums import AgreementForm, CaseStatus, Source
from tests.helpers.doc_fixtures import (
    AGREEMENT_NUMBER,
    CASE_NUMBER,
    GUO_ID,
    criminal_agreement,
    page_count,
    pdf_text,
    sample_agreement,
    sample_case,
)


@pytest.fixture(scope="module")
def case():  # type: ignore[no-untyped-def]
    return sample_case()


def _has(pdf: bytes, *needles: str) -> str:
    text = pdf_text(pdf)
    for needle in needles:
        assert needle in text, needle
    total = page_count(pdf)
    assert f"第1页共{total}页" in text
    return text


def test_registration_form(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        application.render_registration(case),
        "人民调解受理登记表",
        CASE_NUMBER,
        "2026年11月25日10时20分",
        "公安机关移交",
        "财产损害纠纷",
        "人民调解",
        "郭建华",
        "李明亮",
        GUO_ID,
        "纠纷简要情况",
        "当事人请求",
        "决定受理",
        "京公朝立字〔2026〕04561号",
        "承办调解员",
        "王淑英、赵志刚",
    )


def test_application_and_declined_registration(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        application.render_application(dataclasses.replace(case, source=Source.APPLICATION)),
        "人民调解申请书",
        "申请事项",
        "本人自愿申请人民调解委员会调解",
        "申请人郭建华（签名或者按指印）",
    )
    _has(
        application.render_registration(dataclasses.replace(case, declined_reason="已经起诉")),
        "决定不予受理",
        "已经起诉",
    )


def test_rights_and_duties_notice(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        rights_notice.render(case),
        "人民调解当事人权利义务告知书",
        "第二十三条",
        "选择或者接受人民调解员",
        "要求终止调解",
        "公开进行或者不公开进行",
        "第二十四条",
        "如实陈述纠纷事实",
        "尊重人民调解员",
        "尊重对方当事人行使权利",
        "人民调解不收取任何费用",
        "郭建华（签名）",
        "李明亮（签名）",
    )


def test_session_record(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        session_record.render(case, case.sessions[0]),
        "人民调解记录",
        "第一次",
        "2026年11月27日14时00分至15时30分",
        "主持人",
        "王淑英",
        "记录人",
        "赵志刚",
        "周立新",
        "是否申请调解员回避",
        "达成调解协议",
        "申请人郭建华（签名或者按指印）",
        "被申请人李明亮（签名或者按指印）",  # each party signs on a line of their own
    )


def test_receipts_one_per_payment(case) -> None:  # type: ignore[no-untyped-def]
    first, second = (receipt.render(case, pay) for pay in case.payments)
    _has(
        first,
        "收条",
        "SK2026-0031",
        "今收到李明亮",
        AGREEMENT_NUMBER,
        "第一期赔偿款",
        "人民币陆佰元整",
        "600.00",
        "现金",
        "2026年11月27日15时40分",
        "收款人郭建华（签名或者按指印）",
    )
    _has(second, "SK2026-0042", "第二期赔偿款", "微信", "2026年12月8日")


def test_follow_up_record(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        follow_up.render(case, case.follow_ups[0]),
        "人民调解回访记录",
        "2026年12月15日10时00分",
        "电话回访",
        "协议履行情况",
        "付清全部赔偿款",
        "■满意",
        "□基本满意",
        "□不满意",
        "对调解结果满意",
    )


def test_judicial_confirmation_application(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        judicial.render(case),
        "司法确认申请书",
        "请求事项",
        "确认申请人于2026年11月27日",
        AGREEMENT_NUMBER,
        "三十日内共同申请司法确认",
        "2026年12月27日前",
        "北京市朝阳区人民法院",
        "申请人承诺",
        "申请人郭建华（签名）",
        "申请人李明亮（签名）",
    )


def test_failure_notice_names_the_other_routes(case) -> None:  # type: ignore[no-untyped-def]
    failed = dataclasses.replace(
        case,
        agreement=None,
        closing=ClosingSnapshot(
            status=CaseStatus.MEDIATION_FAILED,
            closed_on=case.closing.closed_on,
            summary="调解不成",
            failure_reason="双方对赔偿数额分歧较大",
        ),
    )
    _has(
        failure_notice.render(failed),
        "调解不成",
        "双方对赔偿数额分歧较大",
        "第二十六条",
        "终止调解",
        "人民法院提起民事诉讼",
        "申请仲裁",
        "行政机关依法处理",
        "2026年12月16日",
        "当事人签收",
    )
    assert [i.title for i in plan(failed) if i.section == 7][-1] == "调解不成告知书"


def test_oral_agreement_form() -> None:
    oral = sample_agreement(form=AgreementForm.ORAL)
    _has(
        oral_agreement.render(oral),
        "人民调解口头协议登记表",
        "协议内容",
        "第二期赔偿款",
        "人民币壹仟贰佰元整",
        "1,200.00",
        "口头调解协议自各方当事人达成协议之日起生效",
        "人民调解员王淑英（签名）",
    )


def test_closing_report(case) -> None:  # type: ignore[no-untyped-def]
    _has(
        closing_report.render(case),
        "结案报告表",
        "2026年12月16日",
        "1次",
        "人民币壹仟贰佰元整",
        "已全部履行",
        "满意",
        "北京市朝阳区人民法院",
        "相对不起诉",
        "张卫东",
    )


def test_closing_report_keeps_confidential_amounts_out() -> None:
    text = pdf_text(closing_report.render(sample_case(criminal_agreement(confidential=True))))
    assert "另行记载" in text and "壹仟贰佰" not in text and "1,200" not in text


def test_dossier_in_fixed_order_with_progress(case) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []
    pdf = render_dossier(case, progress=lambda done, total: calls.append((done, total)))
    items = plan(case)
    sections = [i.section for i in items]
    assert sections == sorted(sections) and sections[-2:] == [12, 13]
    assert calls[-1][0] == calls[-1][1] and [c[0] for c in calls] == sorted(c[0] for c in calls)
    reader = PdfReader(io.BytesIO(pdf))
    order = [
        "人民调解卷宗",
        "卷内目录",
        "人民调解受理登记表",
        "人民调解当事人权利义务告知书",
        "人民调解记录",
        "人民调解协议书",
        "收条",
        "人民调解回访记录",
        "司法确认申请书",
        "结案报告表",
        "卷内备考表",
        "封底",
    ]
    seen: list[str] = []
    for page in reader.pages:
        head = re.sub(r"\s+", "", page.extract_text())[:60]
        title = min((t for t in order if t in head), key=head.index, default=None)
        if title and (not seen or seen[-1] != title):
            seen.append(title)
    assert seen == order
    text = pdf_text(pdf)
    assert "保管期限：长期" in text and "纸质材料2页" in text


def test_long_text_grows_the_row_instead_of_overflowing(case) -> None:  # type: ignore[no-untyped-def]
    long_facts = "双方因自行车损坏赔偿问题发生争执。" * 60
    pdf = application.render_registration(dataclasses.replace(case, facts=long_facts))
    assert long_facts in pdf_text(pdf)
    assert page_count(pdf) >= 2


def test_agreement_carries_the_qr_caption() -> None:
    from mediation_desk.documents import agreement

    text = pdf_text(
        agreement.render(sample_agreement(), qr_payload="MD1|x|1|2026-11-27|org|" + "0" * 64 + "|k|s")
    )
    assert "扫码核验" in text


def test_documents_import_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import pkgutil, importlib, mediation_desk.documents as d\n"
        "for m in pkgutil.iter_modules(d.__path__): importlib.import_module(f'{d.__name__}.{m.name}')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
