"""The PyInstaller bundle starts without any Python environment and passes its self-test.

Runs only when ``dist/mediation-desk/mediation-desk`` exists (``pyinstaller --noconfirm
build.spec``, or ``MD_BUILD_BUNDLE=1 tools/test.sh``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "mediation-desk" / "mediation-desk"

pytestmark = pytest.mark.skipif(
    not BUNDLE.exists(), reason=f"no bundle at {BUNDLE} (build it with: pyinstaller --noconfirm build.spec)"
)


def _bare_env(home: Path) -> dict[str, str]:
    """An environment with no Python on PATH and nothing inherited (as on a fresh workstation)."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}


def test_bundle_passes_self_test_from_an_empty_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [str(BUNDLE), "--self-test"],
        cwd=tmp_path,
        env=_bare_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[FAIL]" not in result.stdout
    assert "[ OK ]" in result.stdout


def test_bundle_reports_the_package_version(tmp_path: Path) -> None:
    from mediation_desk import __version__

    result = subprocess.run(
        [str(BUNDLE), "--version"],
        cwd=tmp_path,
        env=_bare_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert __version__ in result.stdout
