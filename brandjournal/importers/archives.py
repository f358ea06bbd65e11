"""Reading one file out of a .zip export (Mastodon archive, LinkedIn data export) without unpacking it."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from brandjournal.importers.common import ImportFormatError, ImportProblem

MAX_MEMBER_BYTES = 1024 * 1024 * 1024  # 1 GiB of JSON/CSV is far beyond any real export: refuse zip bombs
ZIP_MAGIC = b"PK\x03\x04"


def is_zip(data_or_path: bytes | Path) -> bool:
    if isinstance(data_or_path, bytes):
        return data_or_path.startswith(ZIP_MAGIC)
    try:
        with open(data_or_path, "rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError:
        return False


def member_names(source: bytes | Path) -> list[str]:
    try:
        with _open(source) as archive:
            return archive.namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ImportFormatError(ImportProblem.ZIP_UNREADABLE, detail=exc) from None


def find_member(names: list[str], basename: str) -> str | None:
    """The shallowest member called ``basename`` (case-insensitive), e.g. ``outbox.json`` at the archive root."""
    matches = [n for n in names if PurePosixPath(n).name.casefold() == basename.casefold() and not n.endswith("/")]
    return min(matches, key=lambda n: (n.count("/"), n)) if matches else None


def read_member(source: bytes | Path, basename: str) -> bytes:
    """The bytes of the member called ``basename``; ImportFormatError when absent, too big or unreadable."""
    try:
        with _open(source) as archive:
            name = find_member(archive.namelist(), basename)
            if name is None:
                raise ImportFormatError(ImportProblem.ZIP_MISSING_MEMBER, member=basename)
            info = archive.getinfo(name)
            if info.file_size > MAX_MEMBER_BYTES:
                raise ImportFormatError(ImportProblem.ZIP_MEMBER_TOO_LARGE, name=name)
            with archive.open(info) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
            if len(data) > MAX_MEMBER_BYTES:
                raise ImportFormatError(ImportProblem.ZIP_MEMBER_TOO_LARGE, name=name)
            return data
    except ImportFormatError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,  # an unsupported compression method
        RuntimeError,  # an encrypted member
        OSError,
        EOFError,
        ValueError,
        zlib.error,
    ) as exc:
        raise ImportFormatError(ImportProblem.ZIP_UNREADABLE, detail=exc) from None


def _open(source: bytes | Path) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
