"""Reading a backup zip as hostile input: member names, declared sizes, ratios, capped streams.

Everything here runs before a byte is inflated to disk: a member name must stay inside the
backup's folder (no ``..``, no absolute or drive paths, no backslashes, no symlinks, no
duplicates), the members must be exactly the ones the manifest lists with the sizes it lists,
no member may claim an inflation ratio a real database or PDF never has, and the total must fit
the free space. Then every stream is copied in blocks and stopped at its declared size, so a
zip that lies still costs at most one block of memory.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST = "manifest.json"
DB_MEMBER = "database.sqlite3"
ATTACHMENTS = "attachments/"
MAX_MANIFEST_BYTES = 4 << 20
MAX_MEMBERS = 200_000
MAX_RATIO = 100  # deflated SQLite pages and PDFs: 1.5-15; a bomb: 1000
RATIO_FLOOR = 1 << 20  # small members (an empty database) may compress better
SPACE_MARGIN = 64 << 20
BLOCK = 1 << 20


class Refused(ValueError):
    """The zip is refused before inflating: ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def safe_attachment_path(rel: str) -> PurePosixPath:
    """``rel`` as a relative path confined to the attachments folder, or :class:`Refused`."""
    if not rel or "\\" in rel or "\x00" in rel or ":" in rel or rel.startswith("/"):
        raise Refused("member_name")
    path = PurePosixPath(rel)
    if path.is_absolute() or any(part in ("", ".", "..") for part in rel.split("/")):
        raise Refused("member_name")
    return path


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _bounded(info: zipfile.ZipInfo, limit: int) -> None:
    if info.file_size > limit:
        raise Refused("member_size")
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise Refused("compression_ratio")


def read_manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    """The manifest, read with its size and ratio checked first."""
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError as exc:
        raise Refused("manifest_missing") from exc
    _bounded(info, MAX_MANIFEST_BYTES)
    with zf.open(info) as fh:
        raw = fh.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise Refused("member_size")
    manifest = json.loads(raw.decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != 1:
        raise Refused("manifest_format")
    return manifest


def check_members(zf: zipfile.ZipFile, manifest: dict[str, Any], *, staging: Path) -> dict[str, int]:
    """Check names and declared sizes against the manifest before inflating anything.

    Returns:
        member name → the size it must inflate to.

    Raises:
        Refused: ``member_name``, ``member_unlisted``, ``member_missing``, ``member_size``,
            ``compression_ratio``, ``too_many_members``, ``no_space``.
    """
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise Refused("too_many_members")
    expected: dict[str, int] = {DB_MEMBER: int(manifest["database"]["size"])}
    for att in manifest.get("attachments", []):
        name = ATTACHMENTS + str(safe_attachment_path(str(att["path"])))
        if name in expected:
            raise Refused("member_name")
        expected[name] = int(att["size"])
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if name in seen or _is_symlink(info) or info.is_dir():
            raise Refused("member_name")
        seen.add(name)
        if name == MANIFEST:
            continue
        if name.startswith(ATTACHMENTS):
            safe_attachment_path(name.removeprefix(ATTACHMENTS))
        if name not in expected:
            raise Refused("member_unlisted")
        if info.file_size != expected[name] or expected[name] < 0:
            raise Refused("member_size")
        _bounded(info, expected[name])
    if set(expected) - seen:
        raise Refused("member_missing")
    total = sum(expected.values())
    if total + SPACE_MARGIN > shutil.disk_usage(staging).free:
        raise Refused("no_space")
    return expected


def copy_member(zf: zipfile.ZipFile, name: str, dest: Path, size: int) -> str:
    """Inflate ``name`` into ``dest`` in blocks, stopping past ``size``; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with zf.open(name) as src, open(dest, "wb") as out:
        while block := src.read(BLOCK):
            written += len(block)
            if written > size:
                raise Refused("member_size")
            digest.update(block)
            out.write(block)
    if written != size:
        raise Refused("member_size")
    return digest.hexdigest()


__all__ = ["Refused", "check_members", "copy_member", "read_manifest", "safe_attachment_path"]
