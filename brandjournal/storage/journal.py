"""The journal: one encrypted SQLite file, and the small API the window and the CLI both use.

Every public method is one transaction; records come back as immutable ``domain`` dataclasses, so callers
never hold a session. A process-wide lock file keeps a second writer (window or CLI) away.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from filelock import FileLock
from sqlalchemy import Engine, func, text
from sqlalchemy import exc as sa_exc
from sqlmodel import Session, col, select

from brandjournal.domain import (
    Acknowledgement,
    Draft,
    DraftStatus,
    DraftSummary,
    ExportRecord,
    Flag,
    Intention,
    IntentionKind,
    Profile,
    Revision,
    RevisionKind,
    Value,
)
from brandjournal.storage import backups, database
from brandjournal.storage.database import is_damage
from brandjournal.storage.errors import DraftNotFound, JournalDamagedError, StorageError, StorageProblem
from brandjournal.storage.keys import JournalKey, JournalMeta
from brandjournal.storage.models import (
    AcknowledgementRow,
    DraftRow,
    ExportRow,
    PresenceIntentionRow,
    RevisionRow,
    SettingRow,
    ValueRow,
    utcnow,
)
from brandjournal.storage.opening import summary as _summary
from brandjournal.storage.opening import to_utc as _dt
from brandjournal.storage.opening import unlock

# The first draft follows the text during the first writing session, then is frozen for good.
FIRST_DRAFT_SESSION = timedelta(minutes=30)
# An autosave becomes a revision when this much changed, or this long after the last revision.
AUTOSAVE_REVISION_CHARS = 200
AUTOSAVE_REVISION_AGE = timedelta(minutes=10)

ACCEPTED_WORDS = "accepted_words"
SILENCED_RULES = "silenced_rules"

_UNSET = object()
NO_INTENTION = Intention()


class Journal:
    """An open journal. Use ``Journal.open`` (or ``storage.open_journal`` to resolve the key too)."""

    def __init__(self, path: Path, key: JournalKey, connection, engine: Engine, lock: FileLock) -> None:
        self.path = path
        self._key = key
        self._connection = connection  # the one SQLCipher connection behind the engine's StaticPool
        self._engine = engine
        self._lock = lock
        self._mutex = threading.RLock()

    # --- opening and closing ---

    @classmethod
    def open(
        cls, path: Path | str, key: JournalKey, *, create: bool = False, meta: JournalMeta | None = None
    ) -> Journal:
        """Open (or create) the journal at ``path`` with ``key``, migrating its schema to the newest.

        Raises WrongKeyError (nothing touched), JournalLockedError, JournalTooNewError, StorageError.
        """
        return unlock(path, key, create=create, meta=meta).finish()

    @classmethod
    def adopt(
        cls, path: Path, key: JournalKey, conn, lock: FileLock, *, is_new: bool, meta: JournalMeta | None
    ) -> Journal:
        """The journal on an unlocked connection (``opening.unlock``): engine, migrations, sidecar of a new file.

        On failure the connection is closed and the lock released before the error is raised.
        """
        try:
            engine = database.make_engine(conn)
            try:
                database.migrate(engine, path)
            except Exception as exc:
                engine.dispose()
                if isinstance(exc, sa_exc.DatabaseError) and is_damage(exc.orig):
                    raise JournalDamagedError(path, str(exc.orig)) from exc
                raise
            if is_new:
                (meta or JournalMeta.read(path) or JournalMeta("", key.source)).write(path)
            return cls(path, key, conn, engine, lock)
        except BaseException:
            conn.close()
            lock.release()
            raise

    @property
    def key(self) -> JournalKey:
        """The key this journal was opened with (to restore a backup into it, or reopen it)."""
        return self._key

    def close(self) -> None:
        with self._mutex:
            if self._engine is None:
                return
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
            self._connection.close()
            self._engine = None  # type: ignore[assignment]
            self._lock.release()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        if self._engine is None:
            raise StorageError(StorageProblem.JOURNAL_CLOSED)
        try:
            with self._mutex, Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except sa_exc.DatabaseError as exc:
            if is_damage(exc.orig):
                raise JournalDamagedError(self.path, str(exc.orig)) from exc
            raise

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt every page under a new passphrase (SQLCipher's ``PRAGMA rekey``, one transaction).

        Interrupted (killed) half-way, the journal keeps opening with the old passphrase: the rewrite is
        rolled back like any unfinished transaction.
        """
        if self._key.passphrase is None:
            raise StorageError(StorageProblem.NO_PASSPHRASE_TO_CHANGE)
        new_key = JournalKey(passphrase=new_passphrase)
        with self._mutex:
            self._connection.execute("PRAGMA rekey = " + new_key.pragma().split("=", 1)[1].strip())
            self._key = new_key

    # --- backups ---

    def backup_now(self, target: Path | None = None) -> Path:
        """A manual backup (kept until the person deletes it), as encrypted as the journal."""
        target = target or backups.backup_folder(self.path) / backups.backup_name(backups.MANUAL_PREFIX)
        with self._mutex:
            return backups.write_backup(self._connection, self._key, Path(target))

    def auto_backup(self) -> Path | None:
        """Today's automatic backup if there is none yet; keeps the last ``KEEP_AUTOMATIC``."""
        if not backups.needs_daily_backup(self.path):
            return None
        with self._mutex:
            made = backups.write_backup(
                self._connection, self._key, backups.backup_folder(self.path) / backups.backup_name(backups.AUTO_PREFIX)
            )
        backups.rotate(self.path)
        return made

    def schema_revision(self) -> str | None:
        return database.current_revision(self._engine)

    def verify(self) -> None:
        """Read every page (``PRAGMA quick_check``); JournalDamagedError if any is damaged.

        About 0.45 s on a 47 MB journal of 10,000 drafts: run it in the background, not on the open path.
        """
        result = self.integrity_check(quick=True)
        if result != "ok":
            raise JournalDamagedError(self.path, result.splitlines()[-1][:200])

    def integrity_check(self, *, quick: bool = False) -> str:
        with self._mutex, self._engine.connect() as connection:
            pragma = "quick_check" if quick else "integrity_check"
            try:
                rows = connection.exec_driver_sql(f"PRAGMA {pragma}").all()
            except sa_exc.DatabaseError as exc:
                return str(exc.orig)
            return "\n".join(str(r[0]) for r in rows)

    # --- drafts ---

    def create_draft(
        self,
        title: str = "",
        body: str = "",
        *,
        intention: Intention = NO_INTENTION,
        platforms: Sequence[str] = (),
        status: DraftStatus = DraftStatus.DRAFT,
        language: str | None = None,
        tags: Sequence[str] = (),
        source: str | None = None,
        source_id: str | None = None,
        published_at=None,
        first_kind: RevisionKind = RevisionKind.FIRST,
    ) -> Draft:
        with self._session() as session:
            row = DraftRow(
                title=title,
                body=body,
                intention_text=intention.text,
                intention_kind=str(intention.kind) if intention.kind else None,
                platforms=[str(p) for p in platforms],
                status=str(status),
                language=language,
                tags=list(tags),
                source=source,
                source_id=source_id,
                published_at=published_at,
            )
            session.add(row)
            session.flush()
            if body.strip():
                session.add(RevisionRow(draft_id=row.id, kind=str(first_kind), title=title, body=body))
            return _draft(row)

    def get_draft(self, draft_id: int) -> Draft:
        with self._session() as session:
            return _draft(self._row(session, draft_id))

    def update_draft(
        self,
        draft_id: int,
        *,
        title: str | None = None,
        intention: Intention | None = None,
        platforms: Sequence[str] | None = None,
        status: DraftStatus | None = None,
        language: object = _UNSET,
        tags: Sequence[str] | None = None,
        share_footer: bool | None = None,
        score: object = _UNSET,
    ) -> Draft:
        """Change a draft's metadata (not its body: see ``save_text``)."""
        with self._session() as session:
            row = self._row(session, draft_id)
            if title is not None:
                row.title = title
            if intention is not None:
                row.intention_text = intention.text
                row.intention_kind = str(intention.kind) if intention.kind else None
            if platforms is not None:
                row.platforms = [str(p) for p in platforms]
            if status is not None:
                row.status = str(status)
            if language is not _UNSET:
                row.language = language  # type: ignore[assignment]
            if tags is not None:
                row.tags = list(tags)
            if share_footer is not None:
                row.share_footer = share_footer
            if score is not _UNSET:
                row.score = score  # type: ignore[assignment]
            else:
                row.updated_at = utcnow()
            session.add(row)
            return _draft(row)

    def save_text(
        self,
        draft_id: int,
        body: str,
        *,
        title: str | None = None,
        revision: RevisionKind | None = None,
        label: str = "",
    ) -> Draft:
        """Save the body (and title) in one transaction, with a revision when it is due.

        ``revision=None`` is an autosave: a revision is added only when the change is significant (see the
        constants above). ``RevisionKind.MANUAL`` (Ctrl+S) always adds one. The first draft (the first revision)
        keeps following the text during the first writing session, then never changes again.
        Editing an approved post sends it back to ``draft``.
        """
        with self._session() as session:
            row = self._row(session, draft_id)
            changed = row.body != body or (title is not None and title != row.title)
            if title is not None:
                row.title = title
            if changed:
                row.body = body
                row.updated_at = utcnow()
                if row.status in (DraftStatus.APPROVED, DraftStatus.EXPORTED):
                    row.status = str(DraftStatus.DRAFT)
                session.add(row)
            last = session.exec(
                select(RevisionRow).where(RevisionRow.draft_id == draft_id).order_by(col(RevisionRow.id).desc())
            ).first()
            first = session.exec(
                select(RevisionRow).where(RevisionRow.draft_id == draft_id, RevisionRow.kind == str(RevisionKind.FIRST))
            ).first()
            if first is None and body.strip():
                session.add(RevisionRow(draft_id=draft_id, kind=str(RevisionKind.FIRST), title=row.title, body=body))
                return _draft(row)
            if (
                first is not None
                and last is not None
                and last.id == first.id
                and revision is None
                and utcnow() - first.created_at < FIRST_DRAFT_SESSION
            ):
                first.body = body
                first.title = row.title
                session.add(first)
                return _draft(row)
            due = revision is not None  # an explicit save always makes a revision (it also freezes the first)
            if revision is None and last is not None and changed:
                due = (
                    abs(len(body) - len(last.body)) >= AUTOSAVE_REVISION_CHARS
                    or utcnow() - last.created_at >= AUTOSAVE_REVISION_AGE
                )
                revision = RevisionKind.AUTOSAVE
            if due and revision is not None:
                session.add(RevisionRow(draft_id=draft_id, kind=str(revision), title=row.title, body=body, label=label))
            return _draft(row)

    def set_status(self, draft_id: int, status: DraftStatus) -> Draft:
        return self.update_draft(draft_id, status=status)

    def delete_draft(self, draft_id: int) -> None:
        with self._session() as session:
            session.delete(self._row(session, draft_id))

    def list_drafts(
        self,
        *,
        status: DraftStatus | Iterable[DraftStatus] | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "updated",
    ) -> list[DraftSummary]:
        """Drafts without their bodies, newest edit first (``order``: updated, created, title, score)."""
        columns = (
            DraftRow.id,
            DraftRow.title,
            DraftRow.status,
            DraftRow.platforms,
            DraftRow.score,
            DraftRow.language,
            DraftRow.updated_at,
        )
        query = select(*columns)
        query = _where_status(query, status)
        ordering = {
            "updated": col(DraftRow.updated_at).desc(),
            "created": col(DraftRow.created_at).desc(),
            "title": func.lower(DraftRow.title),
            "score": col(DraftRow.score).desc(),
        }[order]
        query = query.order_by(ordering, col(DraftRow.id).desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._session() as session:
            return [_summary(*r) for r in session.exec(query).all()]

    def count_drafts(self, *, status: DraftStatus | Iterable[DraftStatus] | None = None) -> int:
        query = _where_status(select(func.count()).select_from(DraftRow), status)
        with self._session() as session:
            return int(session.exec(query).one())

    def search(self, query: str, *, limit: int = 50, status: DraftStatus | None = None) -> list[DraftSummary]:
        """Ranked full-text search over titles and bodies; accents and case are ignored."""
        match = fts_query(query)
        if not match:
            return []
        # Rank and cut to ``limit`` inside FTS5 first (ORDER BY rank with LIMIT lets FTS5 stop early), then
        # build snippets and join the drafts for those rows only. Title hits weigh 5x body hits.
        sql = (
            "SELECT d.id, d.title, d.status, d.platforms, d.score, d.language, d.updated_at, hit.snip "
            "FROM (SELECT rowid AS id, rank AS r, snippet(draft_fts, 1, '[', ']', '…', 12) AS snip FROM draft_fts "
            "      WHERE draft_fts MATCH :match AND rank MATCH 'bm25(5.0, 1.0)' "
            "      ORDER BY rank LIMIT :fetch) AS hit "
            "JOIN draft d ON d.id = hit.id"
            + (" WHERE d.status = :status" if status else "")
            + " ORDER BY hit.r LIMIT :limit"
        )
        fetch = limit if status is None else limit * 20
        params = {"match": match, "limit": limit, "fetch": fetch, "status": str(status) if status else None}
        with self._session() as session:
            rows = session.connection().execute(text(sql), params).all()
        return [_summary(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], _dt(r[6]), r[7]) for r in rows]

    # --- revisions ---

    def revisions(self, draft_id: int) -> list[Revision]:
        with self._session() as session:
            return [_revision(r) for r in _of_draft(session, RevisionRow, draft_id)]

    def first_revision(self, draft_id: int) -> Revision | None:
        with self._session() as session:
            row = session.exec(
                select(RevisionRow).where(RevisionRow.draft_id == draft_id, RevisionRow.kind == str(RevisionKind.FIRST))
            ).first()
            return _revision(row) if row else None

    def get_revision(self, revision_id: int) -> Revision:
        with self._session() as session:
            row = session.get(RevisionRow, revision_id)
            if row is None:
                raise StorageError(StorageProblem.NO_REVISION, revision_id=revision_id)
            return _revision(row)

    def add_revision(self, draft_id: int, kind: RevisionKind, label: str = "") -> Revision:
        """Snapshot the draft's current text as a revision (e.g. the approved text)."""
        with self._session() as session:
            row = self._row(session, draft_id)
            rev = RevisionRow(draft_id=draft_id, kind=str(kind), title=row.title, body=row.body, label=label)
            session.add(rev)
            session.flush()
            return _revision(rev)

    def restore_revision(self, draft_id: int, revision_id: int) -> Draft:
        """Make an old revision the current text; the current text is kept as a revision first."""
        with self._session() as session:
            row = self._row(session, draft_id)
            old = session.get(RevisionRow, revision_id)
            if old is None or old.draft_id != draft_id:
                raise StorageError(StorageProblem.REVISION_OF_ANOTHER_DRAFT, revision_id=revision_id, draft_id=draft_id)
            session.add(
                RevisionRow(
                    draft_id=draft_id,
                    kind=str(RevisionKind.MANUAL),
                    title=row.title,
                    body=row.body,
                    label="before restore",
                )
            )
            row.body = old.body
            row.title = old.title or row.title
            row.updated_at = utcnow()
            if row.status in (DraftStatus.APPROVED, DraftStatus.EXPORTED):
                row.status = str(DraftStatus.DRAFT)
            session.add(row)
            session.add(
                RevisionRow(
                    draft_id=draft_id,
                    kind=str(RevisionKind.MANUAL),
                    title=row.title,
                    body=old.body,
                    label=f"restored revision {revision_id}",
                )
            )
            return _draft(row)

    # --- values, intentions, profile ---

    def values(self) -> list[Value]:
        with self._session() as session:
            rows = session.exec(select(ValueRow).order_by(col(ValueRow.position), col(ValueRow.id))).all()
            return [_value(r) for r in rows]

    def set_values(self, values: Sequence[Value]) -> None:
        """Replace all values with ``values``, in that order."""
        with self._session() as session:
            for row in session.exec(select(ValueRow)).all():
                session.delete(row)
            session.flush()
            for position, value in enumerate(values):
                session.add(
                    ValueRow(
                        name=value.name,
                        meaning=value.meaning,
                        fits=list(value.fits),
                        betrays=list(value.betrays),
                        language=value.language,
                        position=position,
                    )
                )

    def presence_intentions(self) -> list[str]:
        with self._session() as session:
            rows = session.exec(select(PresenceIntentionRow).order_by(col(PresenceIntentionRow.position))).all()
            return [r.text for r in rows]

    def set_presence_intentions(self, intentions: Sequence[str]) -> None:
        with self._session() as session:
            for row in session.exec(select(PresenceIntentionRow)).all():
                session.delete(row)
            session.flush()
            for position, intention in enumerate(i for i in intentions if i.strip()):
                session.add(PresenceIntentionRow(text=intention.strip(), position=position))

    def get_setting(self, key: str, default=None):
        with self._session() as session:
            row = session.get(SettingRow, key)
            return json.loads(row.value) if row else default

    def set_setting(self, key: str, value) -> None:
        with self._session() as session:
            row = session.get(SettingRow, key) or SettingRow(key=key, value="")
            row.value = json.dumps(value, ensure_ascii=False)
            session.add(row)

    def profile(self, draft_id: int | None = None) -> Profile:
        """Values, intentions and tuning; with a draft, its acknowledged flags count as dismissed."""
        dismissed = frozenset(self.acknowledged_fingerprints(draft_id)) if draft_id is not None else frozenset()
        return Profile(
            values=tuple(self.values()),
            intentions=tuple(self.presence_intentions()),
            accepted_words=frozenset(self.get_setting(ACCEPTED_WORDS, [])),
            silenced_rules=frozenset(self.get_setting(SILENCED_RULES, [])),
            dismissed=dismissed,
        )

    # --- acknowledgements ---

    def acknowledge(self, draft_id: int, flag: Flag, reason: str, *, revision_id: int | None = None) -> Acknowledgement:
        """Keep a warning on purpose, with the author's reason (required)."""
        if not reason.strip():
            raise StorageError(StorageProblem.ACKNOWLEDGEMENT_NEEDS_REASON)
        with self._session() as session:
            self._row(session, draft_id)
            row = _ack_row(draft_id, flag, reason, revision_id)
            session.add(row)
            session.flush()
            return _ack(row)

    def acknowledgements(self, draft_id: int) -> list[Acknowledgement]:
        with self._session() as session:
            return [_ack(r) for r in _of_draft(session, AcknowledgementRow, draft_id)]

    def acknowledged_fingerprints(self, draft_id: int) -> set[str]:
        with self._session() as session:
            return set(
                session.exec(
                    select(AcknowledgementRow.fingerprint).where(AcknowledgementRow.draft_id == draft_id)
                ).all()
            )

    def remove_acknowledgement(self, acknowledgement_id: int) -> None:
        with self._session() as session:
            row = session.get(AcknowledgementRow, acknowledgement_id)
            if row is not None:
                session.delete(row)

    def approve(self, draft_id: int, kept: Sequence[tuple[Flag, str]], *, score: int | None = None) -> Revision:
        """Freeze the current text as the approved revision, store the reasons for the warnings kept, and mark
        the draft approved: one transaction, so an approval is never half recorded."""
        if any(not reason.strip() for _, reason in kept):
            raise StorageError(StorageProblem.KEPT_WARNING_NEEDS_REASON)
        with self._session() as session:
            row = self._row(session, draft_id)
            revision = RevisionRow(draft_id=draft_id, kind=str(RevisionKind.APPROVED), title=row.title, body=row.body)
            session.add(revision)
            session.flush()
            for flag, reason in kept:
                session.add(_ack_row(draft_id, flag, reason, revision.id))
            row.status = str(DraftStatus.APPROVED)
            if score is not None:
                row.score = score
            session.add(row)
            return _revision(revision)

    def baseline_bodies(self, *, exclude: int | None = None, limit: int = 100) -> list[str]:
        """The author's own voice: bodies of their approved and exported posts, newest first."""
        query = (
            select(DraftRow.body)
            .where(col(DraftRow.status).in_([str(DraftStatus.APPROVED), str(DraftStatus.EXPORTED)]))
            .order_by(col(DraftRow.updated_at).desc())
            .limit(limit)
        )
        if exclude is not None:
            query = query.where(DraftRow.id != exclude)
        with self._session() as session:
            return [b for b in session.exec(query).all() if b.strip()]

    # --- exports ---

    def record_export(
        self,
        draft_id: int,
        platform: str,
        fmt: str,
        content_hash: str,
        *,
        path: str | None = None,
        revision_id: int | None = None,
        mark_exported: bool = True,
    ) -> ExportRecord:
        with self._session() as session:
            draft = self._row(session, draft_id)
            row = ExportRow(
                draft_id=draft_id,
                revision_id=revision_id,
                platform=str(platform),
                format=str(fmt),
                content_hash=content_hash,
                path=path,
            )
            session.add(row)
            if mark_exported:
                draft.status = str(DraftStatus.EXPORTED)
                session.add(draft)
            session.flush()
            return _export(row)

    def exports(self, draft_id: int) -> list[ExportRecord]:
        with self._session() as session:
            return [_export(r) for r in _of_draft(session, ExportRow, draft_id)]

    # --- helpers ---

    @staticmethod
    def _row(session: Session, draft_id: int) -> DraftRow:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise DraftNotFound(draft_id)
        return row


def fts_query(query: str) -> str:
    """Turn what a person types into a safe FTS5 query: every word must appear, the last as a prefix."""
    words = ["".join(ch for ch in w if ch.isalnum()) for w in query.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def _where_status(query, status):
    if status is None:
        return query
    if isinstance(status, DraftStatus | str):
        return query.where(DraftRow.status == str(status))
    return query.where(col(DraftRow.status).in_([str(s) for s in status]))


def _draft(row: DraftRow) -> Draft:
    return Draft(
        id=row.id or 0,
        title=row.title,
        body=row.body,
        intention=Intention(row.intention_text, IntentionKind(row.intention_kind) if row.intention_kind else None),
        platforms=tuple(row.platforms or ()),
        status=DraftStatus(row.status),
        language=row.language,
        tags=tuple(row.tags or ()),
        share_footer=bool(row.share_footer),
        score=row.score,
        created_at=row.created_at,
        updated_at=row.updated_at,
        source=row.source,
        published_at=row.published_at,
    )


def _revision(row: RevisionRow) -> Revision:
    return Revision(
        id=row.id or 0,
        draft_id=row.draft_id,
        kind=RevisionKind(row.kind),
        title=row.title,
        body=row.body,
        label=row.label,
        created_at=row.created_at,
    )


def _value(row: ValueRow) -> Value:
    return Value(
        name=row.name,
        meaning=row.meaning,
        fits=tuple(row.fits or ()),
        betrays=tuple(row.betrays or ()),
        language=row.language,
    )


def _of_draft(session: Session, model, draft_id: int) -> list:
    """The rows of ``model`` that belong to a draft, oldest first."""
    return list(session.exec(select(model).where(model.draft_id == draft_id).order_by(col(model.id))).all())


def _ack_row(draft_id: int, flag: Flag, reason: str, revision_id: int | None) -> AcknowledgementRow:
    return AcknowledgementRow(
        draft_id=draft_id,
        revision_id=revision_id,
        fingerprint=flag.fingerprint,
        rule=flag.rule,
        kind=str(flag.kind),
        evidence=flag.text,
        message=flag.message,
        reason=reason.strip(),
    )


def _record(cls, row, **overrides):
    """A domain record whose fields are copied by name from a table row."""
    return cls(**{f.name: overrides.get(f.name, getattr(row, f.name, None)) for f in dataclasses.fields(cls)})


def _ack(row: AcknowledgementRow) -> Acknowledgement:
    return _record(Acknowledgement, row, id=row.id or 0)


def _export(row: ExportRow) -> ExportRecord:
    return _record(ExportRecord, row, id=row.id or 0)
