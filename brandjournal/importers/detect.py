"""Which importer a path needs, and ``parse(path, format=None)``: the one entry point for every format."""

from __future__ import annotations

from pathlib import Path

from brandjournal.importers import archives, files, linkedin, mastodon
from brandjournal.importers.common import ImportFormatError, ImportProblem, ParseResult

FORMATS = ("linkedin", "mastodon", "files")
MAX_CSV_BYTES = 1024 * 1024 * 1024
_SNIFF_BYTES = 64 * 1024


def detect_format(path: Path) -> str:
    """``"linkedin"``, ``"mastodon"`` or ``"files"``; ImportFormatError when it is none of them."""
    path = Path(path)
    if path.is_dir():
        return "files"
    if not path.exists():
        raise ImportFormatError(ImportProblem.NO_SUCH_PATH, path=path)
    if archives.is_zip(path):
        names = archives.member_names(path)
        if archives.find_member(names, "outbox.json"):
            return "mastodon"
        if archives.find_member(names, "Shares.csv"):
            return "linkedin"
        raise ImportFormatError(ImportProblem.ZIP_WITHOUT_EXPORT, name=path.name)
    if path.suffix.casefold() in files.SUFFIXES:
        return "files"
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise ImportFormatError(
            ImportProblem.UNREADABLE, path=path, reason=exc.strerror or exc, errno=exc.errno
        ) from None
    text = head.decode("utf-8-sig", errors="replace").lstrip()
    if text.startswith("{") and (path.suffix.casefold() == ".json" or '"orderedItems"' in text):
        return "mastodon"
    if linkedin.looks_like_shares_csv(text.split("\n", 1)[0]):
        return "linkedin"
    raise ImportFormatError(ImportProblem.UNKNOWN_KIND, name=path.name)


def parse(path: Path | str, format: str | None = None) -> ParseResult:
    """Read an export. ``format`` is one of ``FORMATS``, or None to detect it.

    Raises ImportFormatError (one user-facing line) when the file as a whole cannot be read; records that
    cannot be imported are listed in ``ParseResult.rejected`` instead.
    """
    path = Path(path)
    chosen = format or detect_format(path)
    if chosen == "files":
        return files.parse_path(path)
    if path.is_dir():
        raise ImportFormatError(ImportProblem.FOLDER_NOT_FILE, path=path, format=chosen)
    if chosen == "mastodon":
        return mastodon.parse_path(path)
    if chosen == "linkedin":
        return linkedin.parse_bytes(_read_csv(path))
    raise ImportFormatError(ImportProblem.UNKNOWN_FORMAT, format=format, choices=", ".join(FORMATS))


def _read_csv(path: Path) -> bytes:
    if archives.is_zip(path):
        return archives.read_member(path, "Shares.csv")
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ImportFormatError(ImportProblem.CSV_TOO_LARGE, name=path.name)
        return path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            ImportProblem.UNREADABLE, path=path, reason=exc.strerror or exc, errno=exc.errno
        ) from None
