"""Putting a parse result into the journal (one transaction, see ``storage.bulk``)."""

from __future__ import annotations

from brandjournal.importers.common import ImportSummary, ParseResult
from brandjournal.storage.bulk import Progress, import_posts
from brandjournal.storage.journal import Journal


def import_into(journal: Journal, result: ParseResult, progress: Progress | None = None) -> ImportSummary:
    """Import every parsed post that is not a duplicate; all or nothing.

    ``progress(done, total)`` is called every few hundred posts (see ``storage.bulk.import_posts``).
    """
    imported, duplicates = import_posts(journal, result.posts, progress)
    return ImportSummary(imported, duplicates, list(result.rejected), skipped=len(result.skipped))
