"""Every limit an administrator can set has a label in both languages (no raw field names)."""

from __future__ import annotations

from dataclasses import fields

import pytest

from mediation_desk.domain.limits import Limits


@pytest.mark.gui
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_limit_has_a_label_on_the_settings_page_and_in_messages(qapp: object, language: str) -> None:
    """``hotline_reply_days`` (12345 tickets) showed as its field name on the Chinese settings page."""
    from mediation_desk.ui import i18n
    from mediation_desk.ui.messages import labels
    from mediation_desk.ui.pages.admin_settings import limit_units

    try:
        assert i18n.install(qapp, language)  # type: ignore[arg-type]
        names = [f.name for f in fields(Limits)]
        page, messages = limit_units(), labels.limit_labels()
        assert [n for n in names if n not in page] == []
        assert [n for n in names if n not in messages] == []
        if language == "zh_CN":
            assert all(not text.isascii() for text, _unit in page.values())
            assert all(not text.isascii() for text in messages.values())
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]
