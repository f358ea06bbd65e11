"""Migration 0003: the draft list's order (updated_at DESC, id DESC) is read from an index, never sorted.

Real SQLCipher files throughout. A journal is built at schema 0002 with drafts whose ``updated_at`` values tie
(three drafts a second, in an order unlike their ids), then opened: the upgrade must keep every draft, add the
index, and leave every page of ``list_drafts`` exactly as the same code read it at 0002.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from filelock import FileLock
from sqlalchemy import event, insert, text

from brandjournal.domain import DraftStatus
from brandjournal.storage import JournalTooNewError, database, open_journal
from brandjournal.storage.journal import Journal
from brandjournal.storage.keys import JournalKey
from brandjournal.storage.models import DraftRow, SQLModel
from brandjournal.storage.opening import lock_path
from tests.conftest import PASSPHRASE

DRAFTS = 240
STATUSES = list(DraftStatus)
START = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
INDEX_SQL = "CREATE INDEX ix_draft_updated ON draft (updated_at, id)"


def _updated(n: int) -> datetime:
    """Draft ``n`` (0-based): three drafts per second, in an order unlike their ids (67 is prime to 240)."""
    return START + timedelta(seconds=(n * 67 % DRAFTS) // 3)


def _journal_at_0002(path: Path) -> None:
    """A journal as schema 0002 left it, holding DRAFTS drafts in the six statuses."""
    conn = database.connect(path, JournalKey(passphrase=PASSPHRASE), create=True)
    engine = database.make_engine(conn)
    database.migrate(engine, path, target="0002")
    rows = [
        {
            "id": n + 1,
            "title": f"Brouillon {n}",
            "body": f"Texte du brouillon {n}",
            "intention_text": "",
            "platforms": ["linkedin"],
            "status": str(STATUSES[n % len(STATUSES)]),
            "tags": [],
            "share_footer": False,
            "created_at": START + timedelta(seconds=n),
            "updated_at": _updated(n),
        }
        for n in range(DRAFTS)
    ]
    with engine.begin() as connection:
        connection.execute(insert(DraftRow.__table__), rows)
    assert database.current_revision(engine) == "0002"
    engine.dispose()
    conn.close()


def _open_without_migrating(path: Path) -> Journal:
    """The same ``Journal`` code on the file's own schema: how the list was read before the upgrade."""
    lock = FileLock(lock_path(path), thread_local=False)
    lock.acquire(timeout=0)
    key = JournalKey(passphrase=PASSPHRASE)
    conn = database.connect(path, key, create=False)
    return Journal(path, key, conn, database.make_engine(conn), lock)


def _draft_indexes(journal: Journal) -> dict[str, str]:
    rows = journal._connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'draft' AND sql IS NOT NULL"
    ).fetchall()
    return dict(rows)


def _pages(journal: Journal, status: DraftStatus | None = None) -> list[list[tuple]]:
    pages = []
    offset = 0
    while page := journal.list_drafts(status=status, limit=50, offset=offset):
        pages.append([(d.id, d.title, d.status, d.updated_at) for d in page])
        offset += 50
    return pages


def test_a_0002_journal_is_upgraded_on_open_keeping_its_drafts_and_getting_the_index(tmp_path):
    path = tmp_path / "journal.db"
    _journal_at_0002(path)
    with _open_without_migrating(path) as old:
        assert old.schema_revision() == "0002"
        assert "ix_draft_updated" not in _draft_indexes(old)
        pages_before = _pages(old)
        filtered_before = _pages(old, DraftStatus.REVIEW)
        first_page_before = old.list_drafts(limit=100)

    with open_journal(path, passphrase=PASSPHRASE) as journal:
        assert journal.schema_revision() == "0003" == database.HEAD_REVISION
        assert _draft_indexes(journal)["ix_draft_updated"] == INDEX_SQL
        assert journal.count_drafts() == DRAFTS
        assert journal.get_draft(1).title == "Brouillon 0"
        assert [d.id for d in journal.search("brouillon 170")] == [171]  # FTS rows and triggers kept
        assert _pages(journal) == pages_before
        assert _pages(journal, DraftStatus.REVIEW) == filtered_before
        assert journal.list_drafts(limit=100) == first_page_before
        assert journal.integrity_check() == "ok"

    with open_journal(path, passphrase=PASSPHRASE) as journal:  # reopening at head changes nothing
        assert journal.schema_revision() == "0003"
        assert _pages(journal) == pages_before


def test_pages_follow_updated_at_then_id_newest_first(tmp_path):
    path = tmp_path / "journal.db"
    _journal_at_0002(path)
    expected = sorted(range(1, DRAFTS + 1), key=lambda i: (_updated(i - 1), i), reverse=True)
    with open_journal(path, passphrase=PASSPHRASE) as journal:
        ids = [row[0] for page in _pages(journal) for row in page]
        assert ids == expected
        # Ties exist and are broken by id, highest first, across page boundaries too.
        assert expected[:6] == [198, 155, 112, 223, 69, 26]
        assert _updated(197) == _updated(154) == _updated(111) > _updated(222) == _updated(68) == _updated(25)
        assert [d.id for d in journal.list_drafts(limit=2, offset=1)] == [155, 112]
        assert [d.id for d in journal.list_drafts(limit=2, offset=2)] == [112, 223]
        reviews = [row[0] for page in _pages(journal, DraftStatus.REVIEW) for row in page]
        assert reviews == [i for i in expected if STATUSES[(i - 1) % len(STATUSES)] is DraftStatus.REVIEW]


def _plans(journal: Journal, **kwargs) -> list[str]:
    """EXPLAIN QUERY PLAN of each SELECT ``list_drafts(**kwargs)`` sends to SQLite, as one text per query."""
    sent: list[tuple[str, tuple]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, tuple(parameters)))

    event.listen(journal._engine, "before_cursor_execute", record)
    try:
        journal.list_drafts(**kwargs)
    finally:
        event.remove(journal._engine, "before_cursor_execute", record)
    assert sent
    return [
        "\n".join(row[3] for row in journal._connection.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        for sql, params in sent
    ]


def test_the_list_queries_read_the_index_without_a_sort(journal):
    for n in range(30):
        journal.create_draft(f"Draft {n}", "Body", status=STATUSES[n % len(STATUSES)])
    assert _plans(journal, limit=100, offset=5000) == ["SCAN draft USING INDEX ix_draft_updated"]
    assert _plans(journal, limit=100) == ["SCAN draft USING INDEX ix_draft_updated"]
    assert _plans(journal) == ["SCAN draft USING INDEX ix_draft_updated"]
    assert _plans(journal, status=DraftStatus.DRAFT, limit=100, offset=100) == [
        "SEARCH draft USING INDEX ix_draft_status_updated (status=?)"
    ]


def test_before_the_upgrade_the_unfiltered_list_was_sorted_in_a_temp_b_tree(tmp_path):
    """What 0003 fixes: at 0002 the same call scanned the table and sorted it."""
    path = tmp_path / "journal.db"
    _journal_at_0002(path)
    with _open_without_migrating(path) as old:
        assert _plans(old, limit=100, offset=5000) == ["SCAN draft\nUSE TEMP B-TREE FOR ORDER BY"]


def test_the_models_declare_the_indexes_the_migrations_create(journal):
    """Alembic's comparison of the head schema with the SQLModel metadata finds nothing but the FTS5 tables
    (created by raw SQL in 0001, not declared as models)."""
    with journal._engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert {d[1].name for d in diffs if d[0] == "remove_table"} == {
        "draft_fts",
        "draft_fts_config",
        "draft_fts_data",
        "draft_fts_docsize",
        "draft_fts_idx",
    }
    assert [d for d in diffs if d[0] != "remove_table"] == []


def test_the_migration_downgrades_to_0002_without_the_index(tmp_path):
    path = tmp_path / "journal.db"
    _journal_at_0002(path)
    open_journal(path, passphrase=PASSPHRASE).close()  # upgraded to 0003
    with _open_without_migrating(path) as journal:
        config = database._alembic_config()
        with journal._engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        assert journal.schema_revision() == "0002"
        assert "ix_draft_updated" not in _draft_indexes(journal)
        assert journal.count_drafts() == DRAFTS
    with open_journal(path, passphrase=PASSPHRASE) as journal:  # and up again on the next open
        assert _draft_indexes(journal)["ix_draft_updated"] == INDEX_SQL


def test_a_journal_newer_than_0003_is_still_refused_untouched(tmp_path):
    path = tmp_path / "journal.db"
    with open_journal(path, passphrase=PASSPHRASE) as journal, journal._session() as session:
        session.connection().execute(text("UPDATE alembic_version SET version_num = '0004'"))
    before = path.read_bytes()
    with pytest.raises(JournalTooNewError) as raised:
        open_journal(path, passphrase=PASSPHRASE)
    assert "(schema 0004)" in str(raised.value)
    assert path.read_bytes() == before
