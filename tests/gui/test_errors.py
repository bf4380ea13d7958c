"""Known error codes become sentences with their parameters; unknown codes stay human."""

from __future__ import annotations

import pytest

from mediation_desk.domain.errors import ConflictError, RuleViolation, ValidationError
from mediation_desk.domain.idcard import parse_resident_id
from mediation_desk.ui import errors

pytestmark = pytest.mark.gui


def test_id_checksum_names_the_expected_character(qapp: object) -> None:
    with pytest.raises(ValidationError) as info:
        parse_resident_id("110105198503141010")
    text = errors.message(info.value)
    assert "last character should be" in text
    assert info.value.params["expected"] in text


def test_parameters_are_made_readable(qapp: object) -> None:
    owed = errors.message(RuleViolation("case.unpaid_obligations", outstanding_fen=120000))
    assert "¥1,200.00" in owed
    moved = errors.message(RuleViolation("workflow.transition", current="closed", target="in_mediation"))
    assert '"Closed"' in moved and '"In mediation"' in moved
    changed = errors.message(ConflictError("case.changed", by="王调解员", at="2026-03-02 10:15"))
    assert "王调解员" in changed and "2026-03-02 10:15" in changed
    long = errors.message(ValidationError("text.too_long", field="facts", max=20000, length=20001))
    assert long.startswith("Facts is too long")


def test_unknown_code_gets_a_generic_message_with_the_code(qapp: object) -> None:
    text = errors.message(RuleViolation("brand.new_rule", x=1))
    assert "brand.new_rule" in text
    assert "could not be completed" in text


def test_missing_parameter_does_not_crash(qapp: object) -> None:
    assert "?" in errors.message(ValidationError("id.length"))
