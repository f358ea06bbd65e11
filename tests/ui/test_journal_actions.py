"""Importing past posts from the window runs off the UI thread and lands in the journal in one go."""

from __future__ import annotations

import csv

import pytest

from brandjournal.domain import DraftStatus
from brandjournal.storage import StorageError
from brandjournal.ui.journal_actions import import_posts

pytestmark = pytest.mark.gui


def _shares(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
        writer.writerows(rows)


def test_import_from_the_window(qtbot, ui_journal, tmp_path):
    archive = tmp_path / "Shares.csv"
    _shares(
        archive,
        [
            [
                "2025-03-04 08:15:42",
                "https://www.linkedin.com/feed/update/urn:li:share:1",
                "J'ai appris à écouter.\nVraiment.",
                "",
                "",
                "MEMBER_NETWORK",
            ],
            [
                "2025-04-05 09:00:00",
                "https://www.linkedin.com/feed/update/urn:li:share:2",
                "We shipped the rota tool.",
                "",
                "",
                "MEMBER_NETWORK",
            ],
            [
                "not a date",
                "https://www.linkedin.com/feed/update/urn:li:share:3",
                "Broken row",
                "",
                "",
                "MEMBER_NETWORK",
            ],
        ],
    )
    summary = import_posts(None, ui_journal, path=archive, quiet=True)
    assert (summary.imported, summary.duplicates, len(summary.rejected)) == (2, 0, 1)
    assert ui_journal.count_drafts(status=DraftStatus.EXPORTED) == 2
    again = import_posts(None, ui_journal, path=archive, quiet=True)
    assert (again.imported, again.duplicates) == (0, 2)


def test_unreadable_archive_imports_nothing(qtbot, ui_journal, tmp_path):
    bogus = tmp_path / "outbox.json"
    bogus.write_bytes(b"\xff\xfe not json")
    with pytest.raises(StorageError):
        import_posts(None, ui_journal, path=bogus, quiet=True)
    assert ui_journal.count_drafts() == 0
