"""UI preferences live with the data folder when MEDIATION_DESK_HOME names one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mediation_desk.ui import preferences as prefs


def test_a_data_folder_keeps_its_own_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefs, "_current", None)
    monkeypatch.setattr(prefs, "_home", None)
    first, second = tmp_path / "one", tmp_path / "two"
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(first))
    prefs.preferences().set(prefs.LAST_PAGE, 4)  # e.g. an administrator's session ends on Settings
    prefs.preferences().sync()
    assert (first / "preferences.ini").exists()
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(second))
    assert prefs.preferences().get(prefs.LAST_PAGE) == 0  # another installation starts on the dashboard
    monkeypatch.setenv("MEDIATION_DESK_HOME", str(first))
    assert prefs.preferences().get(prefs.LAST_PAGE) == 4
