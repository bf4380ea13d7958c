"""Class 4 and 13: hostile backups never reach the live database.

On 0.3.1 a backup re-sealed with a plain SHA-256 replaced the live file, a traversal member was
caught only after the swap (``backup.damaged`` with the live file already replaced), a 1 GiB
member of a 2 MB backup was read into memory (2.1 GB), and killed backups left their temporary
folders behind for good.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from mediation_desk import paths
from mediation_desk.domain.errors import StorageError
from mediation_desk.services import cases
from mediation_desk.store import backup, health
from mediation_desk.store.engine import read_session
from mediation_desk.store.models import Organisation
from mediation_desk.store.restore import restore_backup
from mediation_desk.store.scratch import SCRATCH_PREFIX
from tests.helpers.factories import MEDIATOR, new_case
from tests.security.backup_craft import rebuild

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def made(sqlite_db, tmp_path):  # type: ignore[no-untyped-def]
    """A database with 2 cases and an attachment, its backup, and the live state to compare."""
    backup.ensure_installation_id(sqlite_db.engine)
    with read_session(sqlite_db.engine) as s:
        org = s.execute(select(Organisation.id)).scalar_one()
    for _ in range(2):
        cases.register_case(sqlite_db, MEDIATOR, new_case(org))
    att = paths.attachments_dir() / "2026" / "agreement-1.pdf"
    att.parent.mkdir(parents=True)
    att.write_bytes(b"%PDF-1.4 signed " * 50)
    info = backup.create_backup(sqlite_db.path, kind="manual")
    sqlite_db.dispose()
    return info.path, sqlite_db.path


def _live(db_path: Path) -> tuple[str, bytes]:
    return backup.sha256_file(db_path), (paths.attachments_dir() / "2026" / "agreement-1.pdf").read_bytes()


def _refused(crafted: Path, db_path: Path, code: str, reason: str | None = None, **kw: object) -> None:
    before = _live(db_path)
    with pytest.raises(StorageError) as caught:
        restore_backup(crafted, db_path, **kw)  # type: ignore[arg-type]
    assert caught.value.code == code, caught.value
    if reason is not None:
        assert caught.value.params["reason"] == reason
    assert _live(db_path) == before, "a refused restore must leave the live database untouched"
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(SCRATCH_PREFIX)]


def _add_case_row(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("UPDATE \"case\" SET title = title || '（伪造）'")


def test_a_backup_resealed_with_a_plain_sha256_is_refused(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    crafted = rebuild(source, tmp_path / "crafted.zip", doctor_db=_add_case_row, seal="sha256")
    _refused(crafted, db_path, "backup.unkeyed")


def test_a_changed_byte_breaks_the_keyed_seal(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    raw = bytearray(source.read_bytes())
    raw[40] ^= 1
    crafted = tmp_path / "flipped.zip"
    crafted.write_bytes(bytes(raw))
    _refused(crafted, db_path, "backup.damaged", "seal")


def test_another_installations_backup_needs_its_key(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    other_key = os.urandom(32)
    crafted = rebuild(source, tmp_path / "other.zip", seal="key", key=other_key)
    _refused(crafted, db_path, "backup.foreign_seal")
    key_file = tmp_path / "backup-seal.key"
    key_file.write_text(other_key.hex())
    result = restore_backup(crafted, db_path, seal_key_files=(key_file,))
    assert backup.sha256_file(db_path) == result.backup.manifest["database"]["sha256"]


def _drop_audit_trigger(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("DROP TRIGGER auditevent_no_delete")


def _extra_trigger(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute('CREATE TRIGGER leak AFTER INSERT ON "case" BEGIN DELETE FROM auditevent; END')


def _loosened_column(conn) -> None:  # type: ignore[no-untyped-def]
    conn.execute("ALTER TABLE person ADD COLUMN note TEXT")


@pytest.mark.parametrize("doctor", [_drop_audit_trigger, _extra_trigger, _loosened_column])
def test_a_doctored_schema_is_refused_even_under_a_valid_seal(made, tmp_path, doctor) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    crafted = rebuild(source, tmp_path / "schema.zip", doctor_db=doctor, seal="key")
    _refused(crafted, db_path, "backup.damaged", "schema")


def test_trusting_an_unverified_seal_still_runs_every_other_check(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    crafted = rebuild(source, tmp_path / "old.zip", doctor_db=_drop_audit_trigger, seal="sha256")
    _refused(crafted, db_path, "backup.damaged", "schema", trust_unverified=True)
    plain = rebuild(source, tmp_path / "plain.zip", seal="sha256")  # a 0.3.x backup, untouched
    restore_backup(plain, db_path, trust_unverified=True)


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    ("rel", "member"),
    [
        ("../../evil.pdf", "attachments/../../evil.pdf"),
        ("/tmp/evil.pdf", "attachments//tmp/evil.pdf"),
        ("..\\..\\evil.pdf", "attachments/..\\..\\evil.pdf"),
        ("link.pdf", _symlink("attachments/link.pdf")),
    ],
)
def test_member_names_stay_inside_the_backup_folder(made, tmp_path, rel, member) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    body = b"/etc/passwd" if isinstance(member, zipfile.ZipInfo) else b"evil"
    from tests.security.backup_craft import sha256_bytes

    def listed(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["attachments"].append({"path": rel, "sha256": sha256_bytes(body), "size": len(body)})

    crafted = rebuild(source, tmp_path / "names.zip", extra=[(member, body)], edit_manifest=listed)
    _refused(crafted, db_path, "backup.damaged", "member_name")
    assert not list(paths.data_dir().parent.rglob("evil.pdf"))


def test_an_unlisted_member_is_refused(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source, db_path = made
    crafted = rebuild(source, tmp_path / "extra.zip", extra=[("attachments/unlisted.pdf", b"x")])
    _refused(crafted, db_path, "backup.damaged", "member_unlisted")


BOMB = 1 << 30  # 1 GiB of zeros, ~1 MB deflated


def _bomb(source: Path, out: Path) -> Path:
    """A sealed backup whose manifest honestly lists a 1 GiB attachment (ratio ~1000)."""
    import hashlib

    digest = hashlib.sha256()
    block = bytes(1 << 20)
    for _ in range(BOMB >> 20):
        digest.update(block)
    entry = {"path": "2026/huge.pdf", "sha256": digest.hexdigest(), "size": BOMB}
    crafted = rebuild(source, out, edit_manifest=lambda m: m["attachments"].append(entry), seal="none")
    # append the member by streaming (never 1 GiB in memory here either), then seal
    from mediation_desk.store.backup_seal import SEAL_LEN, load_or_create_seal_key, write_seal

    with zipfile.ZipFile(crafted, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("attachments/2026/huge.pdf", "w", force_zip64=True) as fh:
            for _ in range(BOMB >> 20):
                fh.write(block)
        zf.comment = b"0" * SEAL_LEN
    write_seal(crafted, load_or_create_seal_key())
    return crafted


CHILD = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[3]), int(sys.argv[3])))
    from mediation_desk.domain.errors import StorageError
    from mediation_desk.store.restore import restore_backup
    try:
        restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
        outcome = "restored"
    except StorageError as exc:
        outcome = f"{exc.code}:{exc.params.get('reason')}"
    # VmHWM: this process's peak resident memory (ru_maxrss would carry the forking parent's over exec)
    peak = int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1])
    print(json.dumps({"outcome": outcome, "peak_kib": peak}))
    """
)


@pytest.mark.slow  # long: CI runs it; `pytest -m "not slow"` skips it locally
def test_a_zip_bomb_is_refused_before_inflating_with_bounded_memory(made, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    source, db_path = made
    crafted = _bomb(source, tmp_path / "bomb.zip")
    assert crafted.stat().st_size < 3 << 20  # a ~2 MB file…
    before = _live(db_path)
    cap = 768 << 20  # …restored under a 768 MiB address-space cap (0.3.1 needed 2.1 GB)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(crafted), str(db_path), str(cap)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"\nzip bomb: {crafted.stat().st_size / 1e6:.1f} MB file, 1 GiB member -> {result}")
    assert result["outcome"] == "backup.damaged:compression_ratio"
    assert result["peak_kib"] < 400 * 1024
    assert _live(db_path) == before


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_scratch_folders_of_a_killed_backup_are_removed_at_start(made) -> None:  # type: ignore[no-untyped-def]
    _source, db_path = made
    child = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from mediation_desk.store import backup
        def stall(done, total):
            print("copying", flush=True)
            time.sleep(120)
        backup.create_backup(Path(sys.argv[1]), progress=stall)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "copying"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    left = [p for p in paths.backup_dir().iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    assert len(left) == 1, "the killed backup left its scratch folder"
    dead = _dead_pid()
    planted = [d / f"{SCRATCH_PREFIX}restore-{dead}-0badf00d" for d in (paths.data_dir(), db_path.parent)]
    for folder in planted:
        folder.mkdir()
        (folder / "database.sqlite3").write_bytes(b"x" * 1000)
    mine = paths.backup_dir() / f"{SCRATCH_PREFIX}backup-{os.getpid()}-live"
    mine.mkdir()  # a folder of a running process stays
    health.startup_check(f"sqlite:///{db_path}")
    assert not [p for p in (*left, *planted) if p.exists()]
    assert mine.exists()
