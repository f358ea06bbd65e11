"""What an export produces."""

from __future__ import annotations

from dataclasses import dataclass

from brandjournal.domain import Platform
from brandjournal.export.platforms import ExportFormat

#: Between two posts of a thread in ``ExportResult.text`` (what "copy all" puts on the clipboard).
THREAD_SEPARATOR = "\n\n---\n\n"


@dataclass(frozen=True, slots=True)
class ExportWarning:
    """Something the author should know before publishing; ``code`` is stable, ``message`` is English."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    platform: Platform
    format: ExportFormat
    parts: tuple[str, ...]  # one per post of a thread; a single part when not split
    text: str  # the parts joined with THREAD_SEPARATOR: the whole export, what a file holds
    length: int  # by the platform's counting, of the longest part
    limit: int | None  # None: no limit (blog)
    warnings: tuple[ExportWarning, ...]
    content_hash: str  # sha256 hex of ``text`` encoded as UTF-8
    suggested_filename: str

    @property
    def is_thread(self) -> bool:
        return len(self.parts) > 1

    @property
    def over_limit(self) -> bool:
        """True only when a part could not be made to fit (a URL longer than a whole post)."""
        return self.limit is not None and self.length > self.limit
