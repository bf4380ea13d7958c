"""Table classes load with their module when first asked for (issue 8: a faster start)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mediation_desk.store import models


def _run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_asking_for_the_case_table_skips_the_agreement_tables_but_keeps_the_name_hook() -> None:
    out = _run(
        "import sys\n"
        "from mediation_desk.store.models import Case, User\n"
        "print('mediation_desk.store.models.work' in sys.modules,\n"
        "      'mediation_desk.store.models.denorm' in sys.modules)\n"
    )
    assert out == "False True"  # no Agreement/Payment classes built; the chief-mediator-name hook is on


def test_load_all_puts_every_table_in_the_metadata() -> None:
    out = _run(
        "from sqlmodel import SQLModel\n"
        "from mediation_desk.store import models\n"
        "models.load_all()\n"
        "print(sorted(SQLModel.metadata.tables))\n"
    )
    names = {getattr(models, name).__tablename__ for name in models.HOMES}
    assert sorted(names) == eval(out)  # noqa: S307 - our own subprocess's repr of a list of str


def test_every_name_resolves_to_its_class_and_an_unknown_name_is_an_error() -> None:
    for name in models.HOMES:
        assert getattr(models, name).__name__ == name
    with pytest.raises(AttributeError):
        models.NoSuchTable  # noqa: B018
