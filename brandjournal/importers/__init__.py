"""Importers of past posts (LinkedIn Shares.csv, Mastodon outbox.json/.zip, folders of Markdown/text files).

Pure Python, no Qt. ``parse(path, format=None)`` reads an export into ``ImportedPost`` records (and the rejected
ones, with their line or item); ``import_into(journal, result)`` writes them in one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brandjournal.importers.common import (
    ImportedPost,
    ImportFormatError,
    ImportProblem,
    ImportSummary,
    ParseResult,
    Rejected,
    RejectProblem,
)
from brandjournal.importers.detect import FORMATS, detect_format, parse

if TYPE_CHECKING:
    from brandjournal.importers.apply import import_into


def __getattr__(name: str):
    # The storage layer (SQLAlchemy, SQLCipher) loads only when something is imported, not to parse a file.
    if name == "import_into":
        from brandjournal.importers.apply import import_into

        return import_into
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FORMATS",
    "ImportFormatError",
    "ImportProblem",
    "ImportSummary",
    "ImportedPost",
    "ParseResult",
    "RejectProblem",
    "Rejected",
    "detect_format",
    "import_into",
    "parse",
]
