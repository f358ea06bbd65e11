"""Opening in two steps (``unlock_journal`` then ``finish``): the light first step reads what the full journal reads,
reports the same errors, and never leaves the lock behind."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from brandjournal.domain import DraftStatus
from brandjournal.storage import (
    JournalLockedError,
    JournalTooNewError,
    StorageError,
    WrongKeyError,
    open_journal,
    unlock_journal,
)
from brandjournal.storage.models import utcnow
from tests.conftest import PASSPHRASE


def _journal_with_drafts(path, count: int = 25) -> None:
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        for n in range(count):
            draft = journal.create_draft(f"Draft {n}", f"Body {n}", platforms=("linkedin", "mastodon")[: n % 3])
            if n % 4 == 0:
                journal.update_draft(draft.id, status=DraftStatus.REVIEW, score=n)
        # Two drafts with the same edit time: the tie is broken by id, in both readers.
        same = (utcnow() + timedelta(minutes=5)).replace(tzinfo=None).isoformat(sep=" ")
        with journal._session() as session:
            session.connection().exec_driver_sql("UPDATE draft SET updated_at = ? WHERE id IN (3, 7)", (same,))


def test_the_light_reader_returns_the_pages_of_the_full_journal(tmp_path):
    path = tmp_path / "journal.db"
    _journal_with_drafts(path)
    unlocked = unlock_journal(path, passphrase=PASSPHRASE)
    try:
        assert unlocked.readable
        light = {
            "count": unlocked.count_drafts(),
            "count_review": unlocked.count_drafts(status=DraftStatus.REVIEW),
            "first": unlocked.list_drafts(limit=10),
            "second": unlocked.list_drafts(limit=10, offset=10),
            "all": unlocked.list_drafts(),
            "review": unlocked.list_drafts(status=DraftStatus.REVIEW, limit=3, offset=1),
            "either": unlocked.list_drafts(status=[DraftStatus.REVIEW, DraftStatus.DRAFT], limit=4),
        }
        journal = unlocked.finish()
        assert not unlocked.readable  # from now on, everything goes through the journal
        full = {
            "count": journal.count_drafts(),
            "count_review": journal.count_drafts(status=DraftStatus.REVIEW),
            "first": journal.list_drafts(limit=10),
            "second": journal.list_drafts(limit=10, offset=10),
            "all": journal.list_drafts(),
            "review": journal.list_drafts(status=DraftStatus.REVIEW, limit=3, offset=1),
            "either": journal.list_drafts(status=[DraftStatus.REVIEW, DraftStatus.DRAFT], limit=4),
        }
        assert light == full
        assert light["count"] == 25 and light["count_review"] == 7
        assert [d.id for d in light["first"][:2]] == [7, 3]
        assert light["first"][1].platforms == ("linkedin", "mastodon")
        assert light["first"][0].updated_at.tzinfo is not None
        with pytest.raises(StorageError):
            unlocked.list_drafts(limit=1)
        journal.create_draft("After", "written through the journal")  # the connection is the journal's now
        assert journal.count_drafts() == 26
    finally:
        unlocked.close()
    with open_journal(path, passphrase=PASSPHRASE) as again:  # closed: lock released, data kept
        assert again.count_drafts() == 26


def test_unlocking_reads_the_list_without_importing_the_orm(tmp_path):
    path = tmp_path / "journal.db"
    _journal_with_drafts(path, 3)
    code = textwrap.dedent(
        """
        import sys
        from brandjournal.storage import unlock_journal
        unlocked = unlock_journal(sys.argv[1], passphrase=sys.argv[2])
        titles = [d.title for d in unlocked.list_drafts(limit=2)]
        heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "pydantic", "alembic") if m in sys.modules)
        unlocked.finish()
        unlocked.close()
        print(titles, heavy)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path), PASSPHRASE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['Draft 2', 'Draft 1'] []"


def test_unlock_reports_the_errors_of_open_and_releases_the_lock(tmp_path):
    path = tmp_path / "journal.db"
    _journal_with_drafts(path, 2)
    with pytest.raises(WrongKeyError):
        unlock_journal(path, passphrase="not the passphrase")
    first = unlock_journal(path, passphrase=PASSPHRASE)
    with pytest.raises(JournalLockedError):
        unlock_journal(path, passphrase=PASSPHRASE)
    with pytest.raises(JournalLockedError):
        open_journal(path, passphrase=PASSPHRASE)
    first.close()  # never finished: the connection and the lock are released
    first.close()
    unlock_journal(path, passphrase=PASSPHRASE).close()


def test_a_journal_changed_underneath_fails_to_finish_and_releases_the_lock(tmp_path):
    """Between the two steps another program rewrote the schema version: ``finish`` refuses, like ``open``."""
    path = tmp_path / "journal.db"
    _journal_with_drafts(path, 2)
    unlocked = unlock_journal(path, passphrase=PASSPHRASE)
    assert [d.title for d in unlocked.list_drafts(limit=5)] == ["Draft 1", "Draft 0"]
    other = sqlcipher.connect(str(path))
    other.execute("PRAGMA key = '" + PASSPHRASE + "'")
    other.execute("UPDATE alembic_version SET version_num = '9999'")
    other.commit()
    other.close()
    with pytest.raises(JournalTooNewError):
        unlocked.finish()
    assert unlocked.journal is None
    unlocked.close()  # nothing left to release
    again = unlock_journal(path, passphrase=PASSPHRASE)  # the lock is free
    assert not again.readable  # an unknown schema is never read the light way
    again.close()


def test_an_older_schema_is_not_read_the_light_way_but_migrated_by_finish(tmp_path):
    from tests.storage.test_journal import _old_journal

    path = tmp_path / "old.db"
    _old_journal(path)
    unlocked = unlock_journal(path, passphrase=PASSPHRASE)
    try:
        assert unlocked.revision == "0001" and not unlocked.readable
        with pytest.raises(StorageError):
            unlocked.count_drafts()
        journal = unlocked.finish()
        assert journal.schema_revision() == "0003"
        assert [d.title for d in journal.list_drafts()] == ["Ancien brouillon"]
    finally:
        unlocked.close()
