"""Draft list paging: ``Journal.list_drafts(limit=100, offset=5000)`` on an encrypted journal of 10,000 drafts.

    .venv/bin/python benchmarks/bench_draft_pages.py [--drafts 10000] [--runs 15] [--offset 5000]

Before/after migration 0003 (the ``ix_draft_updated`` index on ``(updated_at, id)``), with the same code:

- ``0002``: the journal built at schema 0002 and opened WITHOUT migrating (the engine is made on the keyed
  connection and handed to ``Journal`` directly), i.e. the query the window ran before the index existed;
- ``head``: a copy of that file opened with ``open_journal``, which upgrades it (the upgrade time is printed).

Both journals stay open and the runs alternate between them, so the machine's noise falls on both alike; the
medians are what to compare. The pages read from both are checked to be identical. Also timed: the first page,
the same page with a status filter (served by ``ix_draft_status_updated`` before and after), and an autosave
(``save_text``), which now also updates the new index.

The 0002 journal (drafts in six statuses, ``updated_at`` in steps of one second shared by three drafts, so the
id tie-break matters) is built once and cached in the temp folder.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from filelock import FileLock  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from brandjournal.domain import DraftStatus  # noqa: E402
from brandjournal.storage import database, open_journal  # noqa: E402
from brandjournal.storage.journal import Journal  # noqa: E402
from brandjournal.storage.keys import JournalKey  # noqa: E402
from brandjournal.storage.models import DraftRow  # noqa: E402
from brandjournal.storage.opening import lock_path  # noqa: E402

PASSPHRASE = "benchmark passphrase"
STATUSES = list(DraftStatus)
BODY = (
    "I was wrong about the migration. We had tested the backups every night, never a restore. "
    "Here is what I learnt, and what we changed in our runbooks since then.\n\n"
) * 4


def build_0002_journal(path: Path, drafts: int) -> None:
    """A journal at schema 0002 holding ``drafts`` drafts, inserted in one transaction."""
    key = JournalKey(passphrase=PASSPHRASE)
    conn = database.connect(path, key, create=True)
    engine = database.make_engine(conn)
    try:
        database.migrate(engine, path, target="0002")
        start = datetime(2024, 1, 1, tzinfo=UTC)
        rows = [
            {
                "id": n + 1,
                "title": f"Draft number {n}",
                "body": BODY + str(n),
                "intention_text": "",
                "platforms": ["linkedin"],
                "status": str(STATUSES[n % len(STATUSES)]),
                "tags": [],
                "share_footer": False,
                "created_at": start + timedelta(seconds=n),
                # Three drafts per second, in an order unlike their ids: the id breaks the ties.
                "updated_at": start + timedelta(seconds=(n * 7919 % drafts) // 3),
            }
            for n in range(drafts)
        ]
        with engine.begin() as connection:
            connection.execute(insert(DraftRow.__table__), rows)
        assert database.current_revision(engine) == "0002"
    finally:
        engine.dispose()
        conn.close()


def open_without_migrating(path: Path) -> Journal:
    """The journal at whatever schema it has (here 0002), as ``Journal.open`` would give it minus the upgrade."""
    lock = FileLock(lock_path(path), thread_local=False)
    lock.acquire(timeout=0)
    conn = database.connect(path, JournalKey(passphrase=PASSPHRASE), create=False)
    return Journal(path, JournalKey(passphrase=PASSPHRASE), conn, database.make_engine(conn), lock)


def timed(call) -> tuple[float, list]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--offset", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / f"brandjournal-bench-pages-{args.drafts}"
    folder.mkdir(exist_ok=True)
    source = folder / "journal-0002.db"
    if not source.exists():
        started = time.perf_counter()
        build_0002_journal(source, args.drafts)
        print(f"built a 0002 journal of {args.drafts} drafts in {time.perf_counter() - started:.1f} s")
    before_path, after_path = folder / "before.db", folder / "after.db"
    for copy in (before_path, after_path):
        for suffix in ("", "-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, copy)

    before = open_without_migrating(before_path)
    upgrade_ms, after = timed(lambda: open_journal(after_path, passphrase=PASSPHRASE))
    try:
        print(
            f"schema {before.schema_revision()} vs {after.schema_revision()}; "
            f"open + upgrade of the copy: {upgrade_ms:.0f} ms"
        )
        cases = {
            f"page offset={args.offset}": {"limit": 100, "offset": args.offset},
            "first page": {"limit": 100, "offset": 0},
            f"status=draft, offset={args.offset // 6}": {
                "limit": 100,
                "offset": args.offset // 6,
                "status": DraftStatus.DRAFT,
            },
        }
        for label, kwargs in cases.items():
            times: dict[str, list[float]] = {"0002": [], "head": []}
            for _ in range(args.runs):
                ms_before, page_before = timed(lambda kw=kwargs: before.list_drafts(**kw))
                ms_after, page_after = timed(lambda kw=kwargs: after.list_drafts(**kw))
                if page_before != page_after:
                    print(f"{label}: the pages differ between 0002 and head", file=sys.stderr)
                    return 1
                times["0002"].append(ms_before)
                times["head"].append(ms_after)
            print(
                f"{label:28} 0002 median {statistics.median(times['0002']):7.2f} ms "
                f"(min {min(times['0002']):.2f}) | head median {statistics.median(times['head']):7.2f} ms "
                f"(min {min(times['head']):.2f}) over {args.runs} runs; {len(page_after)} rows, identical"
            )
        # The index's cost: one autosave (body + updated_at, one transaction, fsync) now also moves an index entry.
        saves: dict[str, list[float]] = {"0002": [], "head": []}
        for n in range(args.runs):
            for name, journal in (("0002", before), ("head", after)):
                saves[name].append(timed(lambda j=journal, n=n: j.save_text(42, BODY + f"edit {n}"))[0])
        print(
            f"{'autosave (save_text)':28} 0002 median {statistics.median(saves['0002']):7.2f} ms | "
            f"head median {statistics.median(saves['head']):7.2f} ms over {args.runs} runs"
        )
    finally:
        before.close()
        after.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
