"""What every importer produces: posts, rejected records, and the one error type a caller has to handle."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

TITLE_MAX = 80
# "2023-04-12 10:00:00 +0200" (Jekyll) or "... UTC": join the zone to the time so fromisoformat reads it.
_SPACED_ZONE = re.compile(r"^(.*\d)\s+([+-]\d{2}:?\d{2}|Z|UTC|GMT)$")


class ImportFormatError(Exception):
    """The file as a whole cannot be imported (unreadable, unknown format). ``str()`` is one user-facing line."""


@dataclass(frozen=True, slots=True)
class ImportedPost:
    """One past post, ready for the journal. ``published_at`` is always an aware UTC datetime."""

    source: str  # "linkedin", "mastodon", "files"
    source_id: str  # stable id within the source (share URN, status URI, relative file path)
    title: str
    body: str  # Markdown or plain text
    published_at: datetime
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not be imported, and where it is: a CSV line, an archive item or a file."""

    line_or_index: int | str
    reason: str
    unit: str = "line"  # "line" (CSV physical line), "item" (index in orderedItems), "file" (relative path)

    @property
    def location(self) -> str:
        return f"{self.unit} {self.line_or_index}" if self.unit != "file" else str(self.line_or_index)


@dataclass(slots=True)
class ParseResult:
    """What a parser found. ``skipped`` holds records left out on purpose (boosts, replies to others...)."""

    source: str
    posts: list[ImportedPost] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Rejected] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    imported: int
    duplicates: int
    rejected: list[Rejected]
    skipped: int = 0


def make_title(body: str, fallback: str = "") -> str:
    """The first non-empty line, without Markdown heading marks, cut at a word within ``TITLE_MAX`` characters."""
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= TITLE_MAX:
                return line
            cut = line[: TITLE_MAX - 1]
            space = cut.rfind(" ")
            if space > TITLE_MAX // 2:
                cut = cut[:space]
            return cut.rstrip(" \u00a0\u202f,;:") + "…"
    return fallback


def parse_timestamp(value: str, *, naive_is_local: bool = False) -> datetime | None:
    """An ISO-8601-ish timestamp as aware UTC, or None when it is not one.

    Accepts "2023-04-12 08:15:42" (LinkedIn), "2023-04-12T08:15:42.000Z" (Mastodon), offsets, a spaced offset
    or "UTC" after the time, and bare dates. A timestamp without a zone is UTC, or local time when
    ``naive_is_local`` (what a person typed by hand).
    """
    text = value.strip()
    if not text or len(text) > 64:
        return None
    spaced = _SPACED_ZONE.match(text)
    if spaced:
        zone = spaced.group(2)
        text = spaced.group(1) + ("+00:00" if zone in ("UTC", "GMT") else zone)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        if naive_is_local:
            try:
                return parsed.astimezone().astimezone(UTC)  # astimezone() on naive means local time
            except (OverflowError, OSError, ValueError):
                return None
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def clean_text(text: str) -> str:
    """Unix line ends, no trailing spaces on lines, no blank lines at either end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def has_surrogates(text: str) -> bool:
    """True when text decoded with ``errors="surrogateescape"`` held bytes that are not UTF-8."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)
