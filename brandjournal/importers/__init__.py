"""Importers of past posts (LinkedIn Shares.csv, Mastodon outbox.json/.zip, folders of Markdown/text files).

Pure Python, no Qt. ``parse(path, format=None)`` reads an export into ``ImportedPost`` records (and the rejected
ones, with their line or item); ``import_into(journal, result)`` writes them in one transaction.
"""

from brandjournal.importers.apply import import_into
from brandjournal.importers.common import (
    ImportedPost,
    ImportFormatError,
    ImportSummary,
    ParseResult,
    Rejected,
)
from brandjournal.importers.detect import FORMATS, detect_format, parse

__all__ = [
    "FORMATS",
    "ImportFormatError",
    "ImportSummary",
    "ImportedPost",
    "ParseResult",
    "Rejected",
    "detect_format",
    "import_into",
    "parse",
]
