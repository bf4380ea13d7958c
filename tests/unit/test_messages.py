"""Every error code raised below ``ui/`` has a message, in Chinese and in English (issue 18).

The codes are read from the source with ``ast``: the first argument of every call to a
:class:`~mediation_desk.domain.errors.KnownError` class (``ValidationError("party.duplicate", …)``),
when it is a literal string. The messages come from :mod:`mediation_desk.ui.messages`, which the
windows and the command line share.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mediation_desk.domain import errors as domain_errors
from mediation_desk.domain.errors import KnownError, RuleViolation, ValidationError
from mediation_desk.paths import resources_dir
from mediation_desk.ui import messages
from mediation_desk.ui.messages import tr

PACKAGE = Path(messages.__file__).parents[2]
ERROR_CLASSES = {
    name
    for name, value in vars(domain_errors).items()
    if isinstance(value, type) and issubclass(value, KnownError)
}


def raised_codes() -> dict[str, str]:
    """code → "file:line" of every literal code passed to a known-error class below ``ui/``."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or "migrations" in rel.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if name in ERROR_CLASSES and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, f"{rel}:{node.lineno}")
    return found


def test_the_scan_finds_the_codes_it_should() -> None:
    codes = raised_codes()
    assert len(codes) > 100
    assert {"party.duplicate", "case.parties_min", "perm.role"} <= set(codes)


def test_every_raised_code_has_a_message() -> None:
    known = messages.templates()
    missing = sorted(f"{code}  ({where})" for code, where in raised_codes().items() if code not in known)
    assert not missing, "codes without a message in ui/messages/:\n" + "\n".join(missing)


def test_each_code_lives_in_the_module_of_its_area() -> None:
    seen: dict[str, str] = {}
    for area, prefixes in messages.AREAS.items():
        for code in area.templates():
            assert code.split(".")[0] in prefixes, f"{code} is in {area.__name__}: its prefix is not"
            assert code not in seen, f"{code} is in both {seen[code]} and {area.__name__}"
            seen[code] = area.__name__


def _finished(language: str) -> set[str]:
    ts = resources_dir() / "i18n" / f"mediation_desk_{language}.ts"
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != "Errors":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            if done and (translation.text or "").strip():  # type: ignore[union-attr]
                out.add(message.findtext("source") or "")
    return out


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_message_is_translated(language: str) -> None:
    with tr.using(lambda _context, text: text):
        sources = messages.templates()
    finished = _finished(language)
    missing = sorted(code for code, source in sources.items() if source not in finished)
    assert not missing, f"messages without a finished {language} translation: {missing}"


def test_the_command_line_reads_chinese_without_qt() -> None:
    with tr.using(tr.catalogue("zh_CN")):
        text = messages.render(RuleViolation("organisation.none"))
    assert text and text.isascii() is False and "organisation.none" not in text


def test_the_command_line_prints_the_message_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    from mediation_desk.cli.common import report_error
    from mediation_desk.domain.errors import NotFoundError

    assert report_error(NotFoundError("organisation.none")) == 2
    err = capsys.readouterr().err
    assert "错误：此数据库尚未设立调解组织" in err
    assert "error: This database has no organisation yet" in err and "[organisation.none]" in err


def test_a_missing_parameter_shows_a_question_mark_not_a_traceback() -> None:
    assert "?" in messages.render(ValidationError("id.length"))
