"""The three agreement forms: statutory elements, money in figures and capitals, copies, font."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from mediation_desk.documents import agreement, criminal_agreement, ps_agreement
from mediation_desk.documents.agreement_parts import redact_amounts
from mediation_desk.documents.dossier import render_agreement
from mediation_desk.domain.enums import AgreementForm, PartyRole, Track
from tests.helpers.doc_fixtures import (
    AGREEMENT_NUMBER,
    GUO_ID,
    LI_ID,
    ORG,
    page_count,
    pdf_text,
    sample_agreement,
)
from tests.helpers.doc_fixtures import (
    criminal_agreement as criminal_snapshot,
)
from tests.helpers.doc_fixtures import (
    ps_agreement as ps_snapshot,
)


@pytest.fixture(scope="module")
def people_pdf() -> bytes:
    return agreement.render(sample_agreement())


def test_people_agreement_has_every_article_29_element(people_pdf: bytes) -> None:
    text = pdf_text(people_pdf)
    for needed in (
        "人民调解协议书",
        AGREEMENT_NUMBER,
        # (1) parties' basic information
        "申请人：郭建华",
        "被申请人：李明亮",
        "1985年3月12日出生",
        GUO_ID,
        LI_ID,
        "13811226655",
        "北京市朝阳区望京街道阜荣街10号院3号楼1单元802室",
        # (2) facts, disputed issues, responsibility
        "纠纷主要事实",
        "公路自行车",
        "争议事项",
        "各方责任",
        "应当承担全部赔偿责任",
        # (3) terms and performance
        "自愿达成如下协议",
        "（一）被申请人李明亮",
        "履行方式",
        "履行地点",
        "履行期限：2026年12月10日",
        # signatures, seal, date, copies
        "申请人郭建华（签名）",
        "被申请人李明亮（签名）",
        "捺印",
        "人民调解员王淑英（签名）",
        "人民调解员赵志刚（签名）",
        "（印章）",
        "2026年11月27日",
        "本协议一式三份，当事人各执一份，人民调解委员会留存一份",
        "三十日内共同向人民法院申请司法确认",
    ):
        assert needed in text, needed
    assert ORG[:14] in text


def test_amounts_in_figures_and_capitals(people_pdf: bytes) -> None:
    text = pdf_text(people_pdf)
    assert "1,200.00" in text and "600.00" in text
    assert "人民币壹仟贰佰元整" in text and "陆佰元整" in text  # the table says 金额（大写）: no prefix
    assert "当场履行" in text and "2026年12月10日前" in text
    assert re.search(r"[¥￥]1,200\.00", text)


def test_page_numbers_on_every_page(people_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(people_pdf))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, 1):
        assert f"第{number}页共{total}页" in re.sub(r"\s+", "", page.extract_text())


def test_font_is_embedded_as_truetype_subset(people_pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(people_pdf))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts, "no fonts"
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+.+", name), f"{name} is not an embedded subset"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} has no embedded TrueType program"


def test_copies_count_by_track() -> None:
    assert sample_agreement().copies == 3
    three_parties = sample_agreement(parties=(*sample_agreement().parties, sample_agreement().parties[1]))
    assert three_parties.copies == 4
    assert ps_snapshot().copies == 3
    assert criminal_snapshot().copies == 3


def test_guardian_signs_but_gets_no_copy() -> None:
    base = sample_agreement()
    guardian = base.parties[1].__class__(role=PartyRole.GUARDIAN, name="李国强", represents="李明亮")
    a = sample_agreement(parties=(*base.parties, guardian))
    assert a.copies == 3
    text = pdf_text(agreement.render(a))
    assert "法定代理人李国强（签名）" in text and "系李明亮的法定代理人" in text


def test_public_security_agreement() -> None:
    text = pdf_text(ps_agreement.render(ps_snapshot()))
    for needed in (
        "治安调解协议书",
        "调解机关：北京市公安局朝阳分局",
        "主要事实（包括伤情或者财产损失情况）",
        "公安机关对违反治安管理行为人不再处罚",
        "本协议一式三份，双方当事人各执一份，公安机关留存一份",
        "主持调解人民警察周立新（签名）",
        "北京市公安局朝阳分局（印章）",
        "人民币壹仟贰佰元整",
    ):
        assert needed in text, needed


def test_criminal_reconciliation_elements() -> None:
    text = pdf_text(criminal_agreement.render(criminal_snapshot()))
    for needed in (
        "刑事和解协议书",
        "被害人：郭建华",
        "犯罪嫌疑人：李明亮",
        "涉嫌罪名：盗窃",
        "认罪悔罪",
        "真诚悔罪",
        "赔礼道歉",
        "赔偿损失",
        "1,200.00",
        "人民币壹仟贰佰元整",
        "请求（同意）司法机关对犯罪嫌疑人依法从宽处理",
        "一式三份",
        "另一份交办案机关附卷备查",
        "被害人郭建华（签名）",
        "犯罪嫌疑人李明亮（签名）",
    ):
        assert needed in text, needed


def test_confidential_amounts_leave_no_amount_on_paper() -> None:
    text = pdf_text(criminal_agreement.render(criminal_snapshot(confidential=True)))
    assert "（赔偿金额依当事人要求保密，另行记载）" in text
    for amount in ("1,200", "1200", "600.00", "600元", "壹仟贰佰", "陆佰", "¥", "￥"):
        assert amount not in text, amount
    assert "请求（同意）司法机关" in text


def test_redact_amounts_patterns() -> None:
    assert "1,200" not in redact_amounts("赔偿人民币1,200.00元")
    assert "壹仟" not in redact_amounts("赔偿人民币壹仟贰佰元整")
    assert "￥" not in redact_amounts("赔偿￥600")
    assert redact_amounts("于2026年12月10日前") == "于2026年12月10日前"


def test_dispatcher_picks_the_form() -> None:
    assert "刑事和解协议书" in pdf_text(render_agreement(criminal_snapshot()))
    assert "治安调解协议书" in pdf_text(render_agreement(ps_snapshot()))
    assert "口头协议登记表" in pdf_text(render_agreement(sample_agreement(form=AgreementForm.ORAL)))
    assert "调解协议书" in pdf_text(render_agreement(sample_agreement(track=Track.LAWYER)))


def test_rendering_is_deterministic(people_pdf: bytes) -> None:
    assert agreement.render(sample_agreement()) == people_pdf
    assert page_count(people_pdf) <= 3


def test_long_party_data_wraps_instead_of_overflowing() -> None:
    long_address = "北京市朝阳区" + "某某街道某某社区某某小区" * 8
    base = sample_agreement()
    party = base.parties[0].__class__(role=PartyRole.APPLICANT, name="欧阳建华", address=long_address)
    text = pdf_text(agreement.render(sample_agreement(parties=(party, base.parties[1]))))
    assert long_address in text
