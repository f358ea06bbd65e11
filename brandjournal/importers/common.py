"""What every importer produces: posts, rejected records, and the one error type a caller has to handle."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from brandjournal.problems import CodedError, Problem

TITLE_MAX = 80
# "2023-04-12 10:00:00 +0200" (Jekyll) or "... UTC": join the zone to the time so fromisoformat reads it.
_SPACED_ZONE = re.compile(r"^(.*\d)\s+([+-]\d{2}:?\d{2}|Z|UTC|GMT)$")


class ImportProblem(Problem):
    """Why a file as a whole cannot be imported (``ImportFormatError.code``), with the English line's facts.

    ``reason`` and ``detail`` facts are the system's or a library's own words (English); ``errno`` goes with
    ``reason`` when the system gave one, so the window can say it in the interface language.
    """

    UNKNOWN_KIND = (
        "cannot tell what kind of export {name} is: expected a LinkedIn Shares.csv, a Mastodon outbox.json or "
        "archive .zip, or a folder of Markdown/text files (or say which with --format)"
    )
    UNKNOWN_FORMAT = "unknown format {format!r}: choose one of {choices}"
    NO_SUCH_PATH = "no such file or folder: {path}"
    UNREADABLE = "cannot read {path}: {reason}"
    ZIP_WITHOUT_EXPORT = "{name} is a .zip with neither outbox.json (Mastodon) nor Shares.csv (LinkedIn)"
    FOLDER_NOT_FILE = "{path} is a folder; a {format} export is a file"
    CSV_TOO_LARGE = "{name} is larger than 1 GiB: not a LinkedIn export"
    CSV_BINARY = "this is not a LinkedIn Shares.csv (it contains NUL bytes: a binary file?)"
    CSV_EMPTY = "the file is empty: no LinkedIn Shares.csv header"
    CSV_BAD_HEADER = "this is not a LinkedIn Shares.csv (unreadable header: {detail})"
    CSV_MISSING_COLUMNS = "this is not a LinkedIn Shares.csv (the header needs the columns Date and ShareCommentary)"
    ZIP_UNREADABLE = "this .zip file cannot be read ({detail})"
    ZIP_MISSING_MEMBER = "this .zip file has no {member} in it"
    ZIP_MEMBER_TOO_LARGE = "{name} in this .zip file is larger than 1 GiB"
    OUTBOX_NOT_UTF8 = "this is not a Mastodon outbox.json (not UTF-8 at byte {byte})"
    OUTBOX_BAD_JSON = "this is not a Mastodon outbox.json (invalid JSON at line {line}, column {column})"
    OUTBOX_TOO_DEEP = "this is not a Mastodon outbox.json (JSON nested too deeply)"
    OUTBOX_NO_ITEMS = "this is not a Mastodon outbox.json (no orderedItems list)"
    HTML_UNREADABLE = "unreadable HTML ({detail})"


class ImportFormatError(CodedError):
    """The file as a whole cannot be imported (unreadable, unknown format). ``str()`` is one user-facing line.

    Raised as ``ImportFormatError(ImportProblem.X, **facts)``: ``code`` and ``facts`` say it in any language.
    """


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


class RejectProblem(Problem):
    """Why one record was left out (``Rejected.code``), with the English reason's facts.

    ``value`` is the offending text already quoted (``repr``, cut short); ``reason``/``detail`` are the system's
    or a parser's own words (English), ``errno`` the system's number when there is one.
    """

    EMPTY = "empty"
    NO_DATE = "no date"
    BAD_DATE = "bad date {value}"
    BAD_FRONT_MATTER_DATE = "bad date {value} in the front matter"
    NOT_UTF8 = "not UTF-8 text"
    NOT_UTF8_AT = "not UTF-8 text (invalid byte at offset {offset})"
    CSV_RECORD_UNREADABLE = "unreadable CSV record ({detail})"
    BINARY = "contains NUL bytes: a binary file, not a post"
    TOO_LARGE = "larger than 10 MB: probably not a post"
    UNREADABLE = "cannot read ({reason})"
    FRONT_MATTER_UNREADABLE = "unreadable front matter ({detail})"
    HTML_UNREADABLE = "unreadable HTML ({detail})"
    NOT_AN_ACTIVITY = "broken item (not an activity)"
    NO_OBJECT = "broken item (no object with the post in it)"
    NO_TEXT = "broken item (no text content)"
    NOT_A_POST_ACTIVITY = "not a post (activity type {type})"
    NOT_A_POST_OBJECT = "not a post (object type {type})"
    BAD_UNICODE = "text that is not valid Unicode (an escaped half of a character, such as \\ud83d)"
    # Left out on purpose (ParseResult.skipped), not rejected:
    BOOST = "boost"
    DIRECT_MESSAGE = "direct message"
    REPLY_TO_SOMEONE_ELSE = "reply to someone else"


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that could not be imported, and where it is: a CSV line, an archive item or a file.

    ``reason`` is the English line the CLI prints; ``code`` and ``facts`` say the same for a translation
    (built together by ``Rejected.because``). Two records are equal by place and reason.
    """

    line_or_index: int | str
    reason: str
    unit: str = "line"  # "line" (CSV physical line), "item" (index in orderedItems), "file" (relative path)
    code: RejectProblem | None = field(default=None, compare=False)
    facts: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def because(cls, line_or_index: int | str, code: RejectProblem, unit: str = "line", **facts: Any) -> Rejected:
        return cls(line_or_index, code.say(facts), unit, code, facts)

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
