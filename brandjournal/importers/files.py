"""A folder of Markdown or text files (``*.md``, ``*.markdown``, ``*.txt``, searched recursively).

Each file is one post. The title comes from the front matter's ``title`` or the first heading/line; the date from
the front matter's ``date`` (a date without a zone is the computer's local time, as a person writes it) or else
the file's modification time. The front matter is removed from the body. Hidden files and folders (``.git``,
``.obsidian``) are left alone; symbolic links to folders are not followed (no loops).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from brandjournal.importers import frontmatter
from brandjournal.importers.common import (
    ImportedPost,
    ImportFormatError,
    ImportProblem,
    ParseResult,
    Rejected,
    RejectProblem,
    clean_text,
    make_title,
    parse_timestamp,
)

SOURCE = "files"
SUFFIXES = frozenset({".md", ".markdown", ".txt"})
MAX_FILE_BYTES = 10 * 1024 * 1024


def parse_path(path: Path) -> ParseResult:
    """A folder (searched recursively) or a single Markdown/text file."""
    path = Path(path)
    if path.is_dir():
        root, found = path, _walk(path)
    elif path.is_file():
        root, found = path.parent, [path]
    else:
        raise ImportFormatError(ImportProblem.NO_SUCH_PATH, path=path)
    result = ParseResult(SOURCE)
    for file in found:
        name = file.relative_to(root).as_posix()
        try:
            data = file.read_bytes() if file.stat().st_size <= MAX_FILE_BYTES else None
            mtime = datetime.fromtimestamp(file.stat().st_mtime, UTC)
        except (OSError, OverflowError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            errno = getattr(exc, "errno", None)
            result.rejected.append(Rejected.because(name, RejectProblem.UNREADABLE, "file", reason=reason, errno=errno))
            continue
        if data is None:
            result.rejected.append(Rejected.because(name, RejectProblem.TOO_LARGE, "file"))
            continue
        outcome = parse_file(data, name, mtime)
        (result.posts if isinstance(outcome, ImportedPost) else result.rejected).append(outcome)  # type: ignore[arg-type]
    return result


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.casefold() in SUFFIXES:
                found.append(Path(folder) / name)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def parse_file(data: bytes, name: str, mtime: datetime) -> ImportedPost | Rejected:
    """One file's post, or why it cannot be one. ``name`` is its path relative to the imported folder."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejected.because(name, RejectProblem.NOT_UTF8_AT, "file", offset=exc.start)
    if "\x00" in text:
        return Rejected.because(name, RejectProblem.BINARY, "file")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        document = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        return Rejected.because(name, RejectProblem.FRONT_MATTER_UNREADABLE, "file", detail=exc.detail)
    body = clean_text(document.body)
    if not body.strip():
        return Rejected.because(name, RejectProblem.EMPTY, "file")
    raw_date = frontmatter.as_text(document.meta.get("date", ""))
    if raw_date:
        published = parse_timestamp(raw_date, naive_is_local=True)
        if published is None:
            return Rejected.because(name, RejectProblem.BAD_FRONT_MATTER_DATE, "file", value=repr(raw_date[:40]))
    else:
        published = mtime
    title = frontmatter.as_text(document.meta.get("title", "")) or make_title(body, Path(name).stem)
    language = frontmatter.as_text(document.meta.get("lang", "") or document.meta.get("language", ""))
    return ImportedPost(
        source=SOURCE,
        source_id=name,
        title=make_title(title),
        body=body,
        published_at=published,
        url=frontmatter.as_text(document.meta.get("url", "")) or None,
        language=language.split("-")[0].casefold()[:8] or None,
    )
