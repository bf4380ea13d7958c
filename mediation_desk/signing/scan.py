"""Reading an agreement file to verify — a PDF or a scan — as hostile input, within limits.

Whatever the file, the work is bounded before it starts: the file size (:data:`MAX_FILE_BYTES`),
the number of pages (:data:`MAX_PAGES`), the pixels of a page at :data:`DPI` or of an image
(:data:`MAX_PIXELS`, checked from the page box or the image header before anything is drawn or
decoded), the decoded drawing operators of a page (:data:`MAX_CONTENT_BYTES`, so a compressed
bomb is refused before the rasteriser parses it) and the time (:data:`TIME_LIMIT`, also the
rasteriser's timeout; the rasteriser runs in its own process under an address-space cap).
Over a limit: one of :data:`LIMIT_CODES`; a file that cannot be parsed: ``file.unreadable``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from mediation_desk.domain.errors import KnownError, StorageError

from .payload import PREFIX

MAX_FILE_BYTES = 50 << 20
MAX_PAGES = 50
DPI = 200
MAX_PIXELS = 40_000_000  # A4 at 200 dpi: 3.9 Mpx; a 10 x 10 m page: 6 Gpx
MAX_CONTENT_BYTES = 16 << 20  # the drawing operators of one page, decoded; an agreement page: ~20 KB
TIME_LIMIT = 30.0
RASTER_MEMORY = 1 << 30  # address space of the rasteriser process (POSIX)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp")


@dataclass(frozen=True)
class ReadFile:
    """What was read: the QR payload (or None), the printed text (empty for a scan) and pages."""

    kind: Literal["pdf", "image"]
    payload: str | None
    text: str
    pages: int


#: The codes of the limits; each has its message and ``verify`` exits with 5 for them.
LIMIT_CODES = {
    "file_size": "verification.file_too_large",
    "pages": "verification.too_many_pages",
    "page_pixels": "verification.page_too_large",
    "image_pixels": "verification.image_too_large",
    "content": "verification.content_too_large",
    "time": "verification.timeout",
}


def too_large(what: str, limit: int) -> KnownError:
    return KnownError(LIMIT_CODES[what], limit=limit)


class _Clock:
    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds
        self.seconds = seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise KnownError(LIMIT_CODES["time"], limit=int(self.seconds))
        return left


def read_agreement_file(path: Path, *, time_limit: float = TIME_LIMIT) -> ReadFile:
    """Read ``path`` (a PDF, or an image of the paper) within the limits above.

    Raises:
        KnownError: one of :data:`LIMIT_CODES` (parameter ``limit``),
            ``verification.no_rasteriser``.
        StorageError: ``file.unreadable``.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StorageError("file.unreadable", path=str(path)) from exc
    if size > MAX_FILE_BYTES:
        raise too_large("file_size", MAX_FILE_BYTES >> 20)
    clock = _Clock(time_limit)
    with open(path, "rb") as fh:
        is_pdf = fh.read(1024).lstrip().startswith(b"%PDF") or path.suffix.lower() == ".pdf"
    if not is_pdf:
        return ReadFile("image", _image_payload(path), "", 1)
    return _read_pdf(path, clock)


def _image_payload(path: Path) -> str | None:
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:  # reads the header only
                if image.width * image.height > MAX_PIXELS:
                    raise too_large("image_pixels", MAX_PIXELS // 1_000_000)
                return _decode_image(image.convert("L"))
    except Image.DecompressionBombError as exc:
        raise too_large("image_pixels", MAX_PIXELS // 1_000_000) from exc
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        raise StorageError("file.unreadable", path=str(path)) from exc


def _read_pdf(path: Path, clock: _Clock) -> ReadFile:
    import pypdf
    from pypdf.errors import LimitReachedError

    try:
        reader = pypdf.PdfReader(path, strict=False)
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise too_large("pages", MAX_PAGES)
        texts = []
        for page in reader.pages:
            unit = float(page.user_unit or 1)
            w, h = (abs(float(v)) * unit / 72 * DPI for v in (page.mediabox.width, page.mediabox.height))
            if w * h > MAX_PIXELS:
                raise too_large("page_pixels", MAX_PIXELS // 1_000_000)
            clock.left()
            contents = page.get_contents()  # decoded within pypdf's limit (LimitReachedError)
            if contents is not None and len(contents.get_data()) > MAX_CONTENT_BYTES:
                raise too_large("content", MAX_CONTENT_BYTES >> 20)
            texts.append(page.extract_text() or "")
    except KnownError:
        raise
    except LimitReachedError as exc:  # a stream that inflates past pypdf's bound: a bomb
        raise too_large("content", MAX_CONTENT_BYTES >> 20) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf on a hostile file raises anything; it is "unreadable"
        raise StorageError("file.unreadable", path=str(path)) from exc
    if count == 0:
        raise StorageError("file.unreadable", path=str(path))
    payload = None
    for number in range(count, 0, -1):  # the QR code is on the signature page, the last one
        payload = _raster_payload(path, number, clock)
        if payload:
            break
    return ReadFile("pdf", payload, "\n".join(texts), count)


def _limit_memory() -> None:  # runs in the rasteriser's process before exec
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (RASTER_MEMORY, RASTER_MEMORY))


def _raster_payload(path: Path, page: int, clock: _Clock) -> str | None:
    from PIL import Image

    tool = shutil.which("pdftoppm")
    if tool is None:
        raise KnownError("verification.no_rasteriser")
    from mediation_desk.paths import data_dir

    # named like mediation_desk.store.scratch folders, so a killed run's folder is removed at start
    with tempfile.TemporaryDirectory(prefix=f".md-scratch-verify-{os.getpid()}-", dir=data_dir()) as tmp:
        args = [tool, "-r", str(DPI), "-gray", "-png", "-f", str(page), "-l", str(page), str(path)]
        try:
            proc = subprocess.run(
                [*args, str(Path(tmp) / "page")],
                capture_output=True,
                timeout=clock.left(),
                check=False,
                preexec_fn=_limit_memory if os.name == "posix" else None,  # noqa: PLW1509
            )
        except subprocess.TimeoutExpired as exc:
            raise KnownError(LIMIT_CODES["time"], limit=int(clock.seconds)) from exc
        if proc.returncode != 0:
            raise StorageError("file.unreadable", path=str(path))
        for image_path in sorted(Path(tmp).glob("page*.png")):
            with Image.open(image_path) as image:
                found = _decode_image(image.copy())
            if found:
                return found
    return None


def _decode_image(image: Any) -> str | None:
    import zxingcpp

    for result in zxingcpp.read_barcodes(image):
        try:
            text = bytes(result.bytes).decode("utf-8")
        except UnicodeDecodeError:
            text = result.text
        if text.startswith(PREFIX + "|"):
            return text
    return None


def extract_payload_from_file(path: Path) -> str | None:
    """The agreement QR payload of a PDF or image, or None (see :func:`read_agreement_file`)."""
    return read_agreement_file(path).payload


__all__ = [
    "DPI",
    "LIMIT_CODES",
    "MAX_FILE_BYTES",
    "MAX_PAGES",
    "MAX_PIXELS",
    "TIME_LIMIT",
    "ReadFile",
    "extract_payload_from_file",
    "read_agreement_file",
]
