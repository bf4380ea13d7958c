"""Track eligibility and presence rules (pure domain): each refusal with its reason code."""

from __future__ import annotations

import pytest

from mediation_desk.domain.eligibility import (
    PS_EXCLUSIONS,
    CriminalFacts,
    PartyFacts,
    check_fee,
    check_override,
    check_public_security,
    check_session_presence,
    criminal_warnings,
    is_sensitive,
    offence_code,
)
from mediation_desk.domain.enums import Track
from mediation_desk.domain.errors import RuleViolation
from mediation_desk.domain.limits import Limits

LIM = Limits()
CLEAN = CriminalFacts(
    civil_dispute_origin=True,
    chapter=5,
    negligent=False,
    likely_sentence_months=12,
    intentional_crime_within_5y=False,
    specific_victim=True,
)


@pytest.mark.parametrize("exclusion", PS_EXCLUSIONS)
def test_each_public_security_exclusion_is_refused_with_its_reason(exclusion: str) -> None:
    with pytest.raises(RuleViolation) as err:
        check_public_security([exclusion], "殴打他人")
    assert err.value.code == "public_security.excluded" and err.value.params["reason"] == exclusion


def test_unknown_exclusion_and_offence_outside_article_9() -> None:
    with pytest.raises(RuleViolation) as err:
        check_public_security(["bribery"])
    assert err.value.code == "public_security.unknown_exclusion"
    with pytest.raises(RuleViolation) as err2:
        check_public_security([], "盗窃")
    assert err2.value.code == "public_security.offence_not_allowed" and err2.value.params["offence"] == "盗窃"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("assault", "assault"),
        ("故意伤害（轻微伤）", "intentional_injury"),
        ("故意损毁财物", "property_damage"),
        ("盗窃", None),
    ],
)
def test_offence_codes(text: str, code: str | None) -> None:
    assert offence_code(text) == code


@pytest.mark.parametrize("offence", ["侮辱", "殴打他人", "故意损毁财物", "  ", ""])
def test_allowed_public_security_case_passes(offence: str) -> None:
    """An Art. 9 offence with no exclusion ticked (or no offence known yet) is let through: no raise."""
    assert check_public_security([], offence) is None


def test_the_public_security_check_is_not_a_pass_for_everything() -> None:
    """The passing cases above are meaningful: the same call refuses what Art. 9 leaves out."""
    with pytest.raises(RuleViolation) as err:
        check_public_security([], "故意杀人")
    assert err.value.code == "public_security.offence_not_allowed"


def test_fees() -> None:
    with pytest.raises(RuleViolation) as err:
        check_fee(Track.PEOPLE, 100_00, LIM)
    assert err.value.code == "fee.not_allowed"
    with pytest.raises(RuleViolation) as err2:
        check_fee(Track.LAWYER, LIM.lawyer_fee_max_fen + 1, LIM)
    assert err2.value.code == "fee.too_high"
    check_fee(Track.LAWYER, LIM.lawyer_fee_max_fen, LIM)
    check_fee(Track.PEOPLE, None, LIM)


def test_clean_criminal_checklist_has_no_warnings() -> None:
    assert criminal_warnings(CLEAN) == []
    assert (
        criminal_warnings(
            CriminalFacts(
                civil_dispute_origin=True,
                chapter=2,
                negligent=True,
                likely_sentence_months=84,
                intentional_crime_within_5y=False,
                specific_victim=True,
            )
        )
        == []
    )  # negligent traffic crime, 7 years


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"civil_dispute_origin": False}, "criminal.not_civil_origin"),
        ({"chapter": 6}, "criminal.chapter_out_of_scope"),
        ({"likely_sentence_months": 37}, "criminal.sentence_too_high"),
        ({"negligent": True, "likely_sentence_months": 85}, "criminal.sentence_too_high"),
        ({"negligent": True, "chapter": 9}, "criminal.dereliction_excluded"),
        ({"intentional_crime_within_5y": True}, "criminal.recent_intentional_crime"),
        ({"specific_victim": False}, "criminal.no_specific_victim"),
        ({"specific_victim": None}, "criminal.unknown"),
    ],
)
def test_each_criminal_warning(change: dict[str, object], code: str) -> None:
    facts = CriminalFacts(**{**CLEAN.to_json(), **change})  # type: ignore[arg-type]
    assert [w.code for w in criminal_warnings(facts)] == [code]


def test_unknown_checklist_warns_for_every_item() -> None:
    fields = [w.params["field"] for w in criminal_warnings(CriminalFacts())]
    assert fields == [
        "civil_dispute_origin",
        "negligent",
        "likely_sentence_months",
        "intentional_crime_within_5y",
        "specific_victim",
        "chapter",
    ]


def test_override_needs_a_reason() -> None:
    warnings = criminal_warnings(CriminalFacts(**{**CLEAN.to_json(), "likely_sentence_months": 48}))
    with pytest.raises(RuleViolation) as err:
        check_override(warnings, "   ")
    assert err.value.code == "eligibility.override_reason_required"
    assert err.value.params["warnings"] == ["criminal.sentence_too_high"]
    assert check_override(warnings, " 检察官认为可能判处三年以下 ") == "检察官认为可能判处三年以下"


def _parties(*, age: int, consent: bool = True, guardian: bool = False) -> list[PartyFacts]:
    out = [
        PartyFacts(1, 101, "小明", "applicant", age, consent=consent),
        PartyFacts(2, 102, "李娜", "respondent", 35, consent=consent),
    ]
    if guardian:
        out.append(PartyFacts(3, 103, "王丽", "guardian", 40, guardian_of_id=1))
    return out


def test_fifteen_year_old_on_public_security_track() -> None:
    with pytest.raises(RuleViolation) as err:
        check_session_presence(Track.PUBLIC_SECURITY, _parties(age=15), [101, 102], LIM)
    assert err.value.code == "juvenile.guardian_required" and err.value.params["party"] == "小明"
    with pytest.raises(RuleViolation) as err2:
        check_session_presence(Track.PUBLIC_SECURITY, _parties(age=15, guardian=True), [101, 102], LIM)
    assert err2.value.code == "public_security.guardian_absent"
    check_session_presence(Track.PUBLIC_SECURITY, _parties(age=15, guardian=True), [101, 102, 103], LIM)


def test_seventeen_year_old_needs_a_guardian_on_the_case_but_not_present() -> None:
    with pytest.raises(RuleViolation):
        check_session_presence(Track.PEOPLE, _parties(age=17), [101, 102], LIM)
    check_session_presence(Track.PUBLIC_SECURITY, _parties(age=17, guardian=True), [101, 102], LIM)


def test_public_security_needs_consent() -> None:
    with pytest.raises(RuleViolation) as err:
        check_session_presence(Track.PUBLIC_SECURITY, _parties(age=30, consent=False), [101, 102], LIM)
    assert err.value.code == "public_security.consent_missing" and err.value.params["parties"] == [
        "小明",
        "李娜",
    ]
    check_session_presence(Track.PEOPLE, _parties(age=30, consent=False), [101, 102], LIM)


@pytest.mark.parametrize(("age", "sensitive"), [(13, True), (14, False), (None, False)])
def test_sensitive_age(age: int | None, sensitive: bool) -> None:
    assert is_sensitive(age, LIM) is sensitive
