"""Writing exports to disk: portable file names, no silent overwrite, private and atomic files."""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Literal

MAX_SLUG_LENGTH = 60
MAX_NAME_BYTES = 255  # the usual per-component limit on Linux, macOS and Windows
_FOLDS = str.maketrans(
    {"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
     "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "&": " ", "’": " ", "'": " "}
)  # fmt: skip
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(1, 10)} | {f"lpt{n}" for n in range(1, 10)}
)
_FORBIDDEN_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class ExportExistsError(FileExistsError):
    """The export file is already there and we were asked not to overwrite it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"An export named {path.name!r} already exists in {str(path.parent)!r}: "
            "choose another name, or ask to keep both (on_conflict='rename')."
        )
        self.path = path


def slugify(title: str, *, max_length: int = MAX_SLUG_LENGTH, fallback: str = "post") -> str:
    """ASCII, lower-case, dash-separated; accents folded ("Été à Paris" → "ete-a-paris")."""
    folded = unicodedata.normalize("NFKD", title.translate(_FOLDS))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length]
        if "-" in slug[max_length // 2 :]:
            slug = slug[: slug.rindex("-")]  # cut at a word boundary when one is close to the end
        slug = slug.strip("-")
    if not slug:
        slug = fallback
    if slug in _WINDOWS_RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


def suggested_filename(
    title: str, platform: str, extension: str, *, date: datetime.date | None = None, blog: bool = False
) -> str:
    """``2026-11-25-my-title.md`` for the blog (the Jekyll convention), ``my-title-linkedin.txt`` otherwise."""
    slug = slugify(title)
    if not blog:
        return f"{slug}-{platform}.{extension}"
    stem = f"{date.isoformat()[:10]}-{slug}" if date is not None else slug
    return f"{stem}.{extension}"


def check_filename(name: str) -> None:
    """``ValueError`` unless ``name`` is a single, portable file name."""
    problem = None
    if not name or name in (".", ".."):
        problem = "it is empty"
    elif _FORBIDDEN_IN_NAME.search(name):
        problem = 'it contains a path separator or one of < > : " | ? * or a control character'
    elif name[-1] in ". ":
        problem = "it ends with a dot or a space (invalid on Windows)"
    elif name.split(".")[0].lower() in _WINDOWS_RESERVED:
        problem = "it is a reserved device name on Windows"
    elif len(name.encode("utf-8")) > MAX_NAME_BYTES:
        problem = f"it is longer than {MAX_NAME_BYTES} bytes"
    if problem:
        raise ValueError(f"Cannot use {name!r} as an export file name: {problem}.")


def _alternative_names(name: str) -> list[str]:
    stem, dot, extension = name.rpartition(".")
    if not stem:  # no extension, or a dot file
        stem, dot, extension = name, "", ""
    return [f"{stem}-{number}{dot}{extension}" for number in range(2, 10_000)]


def _place_new(temporary: Path, target: Path) -> bool:
    """Move ``temporary`` to ``target`` unless ``target`` exists; True when placed.

    A hard link fails atomically when the target exists, so two writers can never clobber each
    other. Where hard links are unsupported (some network or FAT drives) we fall back to a check
    followed by ``os.replace``, which leaves a tiny race window.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        return False
    except OSError:
        if os.path.lexists(target):
            return False
        os.replace(temporary, target)
        return True
    os.unlink(temporary)
    return True


def _sync_folder(folder: Path) -> None:
    """Persist the new directory entry (POSIX); silently skipped where folders cannot be opened."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def write_export(
    folder: str | os.PathLike[str],
    name: str,
    content: str | bytes,
    overwrite: bool = False,
    *,
    on_conflict: Literal["error", "rename"] = "error",
) -> Path:
    """Write ``content`` (UTF-8) to ``folder/name`` and return the path actually written.

    The file is written to a temporary file in the same folder (created 0o600), flushed to disk, then
    moved into place, so readers never see a half-written export. Unless ``overwrite`` is true an
    existing file is never replaced: ``on_conflict="error"`` raises ``ExportExistsError``,
    ``on_conflict="rename"`` writes ``name-2.ext`` (then ``-3``...) instead.
    """
    if on_conflict not in ("error", "rename"):
        raise ValueError(f"on_conflict must be 'error' or 'rename', not {on_conflict!r}")
    check_filename(name)
    directory = Path(folder)
    if not directory.is_dir():
        raise FileNotFoundError(f"The export folder {str(directory)!r} does not exist.")
    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    descriptor, temporary_name = tempfile.mkstemp(dir=directory, prefix=".brandjournal-", suffix=".tmp")
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        target = directory / name
        if overwrite:
            os.replace(temporary, target)
        elif not _place_new(temporary, target):
            if on_conflict == "error":
                raise ExportExistsError(target)
            for candidate in _alternative_names(name):
                target = directory / candidate
                if _place_new(temporary, target):
                    break
            else:
                raise ExportExistsError(directory / name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _sync_folder(directory)
    return target
