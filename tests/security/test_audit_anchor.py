"""Audit anchoring: a cut tail or a rehashed chain is caught by ``check``.

On 0.3.1 the chain was only checked against itself: deleting its last events, or editing an
event and recomputing every later hash, left ``mediation-desk check`` saying "audit chain ok".
Now the head (sequence and hash) is written into every backup manifest, every monthly report and
a sealed anchors file outside the database, and ``check`` compares the chain with the newest one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from mediation_desk import paths
from mediation_desk.__main__ import main
from mediation_desk.services import cases
from mediation_desk.services.base import Actor
from mediation_desk.services.statistics_report import export_monthly_report
from mediation_desk.store import audit, backup
from mediation_desk.store.anchors import ANCHORS_FILE, chain_head
from mediation_desk.store.engine import read_session, write_session
from mediation_desk.store.models import AuditEvent, Organisation
from tests.helpers.factories import MEDIATOR, new_case

SYSTEM = Actor(user_id=None, username="sys", role="system")


def _register(db, n: int) -> None:  # type: ignore[no-untyped-def]
    with read_session(db.engine) as s:
        org = s.execute(select(Organisation.id)).scalar_one()
    for _ in range(n):
        cases.register_case(db, MEDIATOR, new_case(org))


def _unguard(db) -> None:  # type: ignore[no-untyped-def]
    """What someone holding the database does first: drop the append-only triggers."""
    with write_session(db.engine) as s:
        if db.engine.dialect.name == "sqlite":
            s.execute(text("DROP TRIGGER IF EXISTS auditevent_no_update"))
            s.execute(text("DROP TRIGGER IF EXISTS auditevent_no_delete"))
        else:
            s.execute(text("ALTER TABLE auditevent DISABLE TRIGGER USER"))


def _cut_tail(db, keep: int) -> None:  # type: ignore[no-untyped-def]
    _unguard(db)
    with write_session(db.engine) as s:
        s.execute(text("DELETE FROM auditevent WHERE id > :n"), {"n": keep})


def _rewrite(db, event_id: int) -> None:  # type: ignore[no-untyped-def]
    """Edit one event's diff and recompute every hash from there on: the chain verifies again."""
    _unguard(db)
    with write_session(db.engine) as s:
        events = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().all()  # type: ignore[arg-type]
        prev = audit.GENESIS
        for event in events:
            if event.id == event_id:
                event.diff = json.dumps({"title": ["", "（已删除）"]}, ensure_ascii=False)
            event.prev_hash = prev
            event.hash = audit.event_hash(event, prev)
            prev = event.hash
    with read_session(db.engine) as s:
        assert audit.verify_chain(s).ok  # the chain alone no longer tells


def _check(db, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--database", db.url, "check"])
    out = capsys.readouterr()
    return code, out.out + out.err


def _anchor_by_report(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "report.pdf"
    now = datetime.now(UTC)
    export_monthly_report(db, SYSTEM, report, now.year, now.month)
    with read_session(db.engine) as s:
        head = chain_head(s)
    printed = "".join(page.extract_text() for page in PdfReader(report).pages).replace(" ", "")
    assert f"第{head.seq - 1}条事件" in printed  # the head before the report's own audit event


def test_a_cut_tail_is_caught(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _register(db, 3)
    _anchor_by_report(db, tmp_path)
    assert _check(db, capsys)[0] == 0
    with read_session(db.engine) as s:
        head = chain_head(s)
    _cut_tail(db, head.seq - 3)
    code, out = _check(db, capsys)
    assert code == 3, out
    assert "cut short" in out


def test_a_rehashed_chain_is_caught(db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _register(db, 3)
    _anchor_by_report(db, tmp_path)
    _register(db, 1)  # later events are fine
    code, out = _check(db, capsys)
    assert code == 0 and "audit anchor ok" in out, out
    _rewrite(db, 2)
    code, out = _check(db, capsys)
    assert code == 3, out
    assert "rewritten" in out


def test_every_backup_carries_the_anchor_and_a_restore_moves_it(sqlite_db, capsys) -> None:  # type: ignore[no-untyped-def]
    from mediation_desk.store.restore import restore_backup

    _register(sqlite_db, 2)
    info = backup.create_backup(sqlite_db.path)
    with read_session(sqlite_db.engine) as s:
        head = chain_head(s)
    assert (info.manifest["audit_seq"], info.manifest["audit_head"]) == (head.seq, head.hash)
    _register(sqlite_db, 2)
    later = backup.create_backup(sqlite_db.path)
    sqlite_db.dispose()
    restore_backup(info.path, sqlite_db.path)  # a restore goes back in time: not a cut tail
    assert _check(sqlite_db, capsys)[0] == 0
    assert later.manifest["audit_seq"] > info.manifest["audit_seq"]


def test_a_forged_anchor_line_is_caught(sqlite_db, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    _register(sqlite_db, 3)
    _anchor_by_report(sqlite_db, tmp_path)
    anchors = paths.data_dir() / ANCHORS_FILE
    entry = json.loads(anchors.read_text("utf-8").splitlines()[-1])
    entry["seq"] = 1  # moved back to hide a cut tail, without the seal key
    with open(anchors, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")
    code, out = _check(sqlite_db, capsys)
    assert code == 3 and "anchors file altered" in out, out


@pytest.mark.parametrize("where", ["report"])
def test_no_anchor_yet_is_not_an_error(sqlite_db, capsys, where) -> None:  # type: ignore[no-untyped-def]
    _register(sqlite_db, 1)
    code, out = _check(sqlite_db, capsys)
    assert code == 0 and "no audit anchor yet" in out
