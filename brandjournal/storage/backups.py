"""Backups of the encrypted journal: daily automatic ones (the last 7 kept), manual ones, and restore.

A backup is a page-by-page copy made with SQLite's online backup API into a file keyed exactly like the
journal, so it is as encrypted as the journal and opens with the same key. A restore never overwrites the
current journal: the current file is first moved aside next to it.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from brandjournal import paths
from brandjournal.storage.errors import StorageError, StorageProblem, WrongKeyError
from brandjournal.storage.keys import JournalKey

KEEP_AUTOMATIC = 7
AUTO_PREFIX = "auto-"
MANUAL_PREFIX = "manual-"


def backup_folder(journal_path: Path) -> Path:
    return paths.backup_dir(journal_path)


def write_backup(source: sqlcipher.Connection, key: JournalKey, target: Path) -> Path:
    """Copy the open journal ``source`` into ``target`` (atomic: a temp file renamed at the end)."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    dest = sqlcipher.connect(str(tmp))
    try:
        dest.execute("PRAGMA cipher_log_level = NONE")
        dest.execute(key.pragma())
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dest.close()
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    return target


def list_backups(journal_path: Path) -> list[Path]:
    """Backups of this journal, newest first."""
    folder = backup_folder(journal_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.db") if p.name.startswith((AUTO_PREFIX, MANUAL_PREFIX))]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def backup_name(prefix: str, when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    return f"{prefix}{when.strftime('%Y%m%d-%H%M%S-%f')}.db"


def needs_daily_backup(journal_path: Path, today: datetime | None = None) -> bool:
    today = today or datetime.now(UTC)
    stamp = AUTO_PREFIX + today.strftime("%Y%m%d")
    return not any(p.name.startswith(stamp) for p in list_backups(journal_path))


def rotate(journal_path: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep``; manual ones are the person's to delete."""
    automatic = [p for p in list_backups(journal_path) if p.name.startswith(AUTO_PREFIX)]
    removed = automatic[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def verify_backup(path: Path, key: JournalKey) -> None:
    """Raise WrongKeyError/StorageError unless ``path`` is a readable, intact journal for ``key``."""
    if not path.is_file():
        raise StorageError(StorageProblem.NO_BACKUP, path=path)
    conn = sqlcipher.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key.pragma())
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongKeyError(path, passphrase=key.passphrase is not None) from exc
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlcipher.DatabaseError as exc:  # a damaged page can stop the check itself ("malformed")
            result = str(exc)
        if result != "ok":
            raise StorageError(StorageProblem.BACKUP_DAMAGED, path=path, detail=result)
        has_drafts = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'draft'").fetchone()
        if not has_drafts:
            raise StorageError(StorageProblem.NOT_A_JOURNAL, path=path)
    finally:
        conn.close()


def latest_good_backup(journal_path: Path, key: JournalKey) -> Path | None:
    for candidate in list_backups(journal_path):
        try:
            verify_backup(candidate, key)
        except StorageError:
            continue
        return candidate
    return None


def restore_file(journal_path: Path, backup: Path, key: JournalKey) -> Path:
    """Replace the journal file with ``backup``; returns where the previous journal was kept.

    The journal must not be open (the caller holds its lock). The backup is verified first; the current
    file (even a damaged one) is moved aside as ``<name>.before-restore-<time>``, never deleted.
    """
    verify_backup(backup, key)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = journal_path.with_name(f"{journal_path.name}.before-restore-{stamp}")
    if journal_path.exists():
        os.replace(journal_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = journal_path.with_name(journal_path.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
    tmp = journal_path.with_name(journal_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    os.chmod(tmp, 0o600)
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, journal_path)
    return aside
