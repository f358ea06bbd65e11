"""Read-only queries for the coherence view (``brandjournal.insights``): many drafts, few columns.

``Journal`` returns whole drafts one at a time; the coherence view reads thousands of them. These helpers read
only the columns it needs through Core selects (no ORM objects), in short transactions: the journal's one
connection is shared with the window (autosave), which must never wait behind a long scan.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from brandjournal.domain import DraftStatus, Intention, IntentionKind
from brandjournal.storage.models import DraftRow

if TYPE_CHECKING:
    from brandjournal.storage.journal import Journal

# Bodies are read this many at a time (one short transaction each; well under SQLite's variable limit).
BODY_PAGE = 250

_drafts = DraftRow.__table__
# Enum lookups by value are slow (~20 µs); thousands of rows make it show.
_STATUSES = {str(s): s for s in DraftStatus}
_KINDS = {str(k): k for k in IntentionKind}


@dataclass(frozen=True, slots=True)
class PostMeta:
    """A draft without its body: what the coherence view needs to place it in time."""

    id: int
    status: DraftStatus
    when: datetime  # published_at when set, else updated_at; aware UTC
    updated_at: datetime  # aware UTC: changes whenever the text changes
    intention: Intention


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Changes when a draft in scope is added, removed, edited or changes status (cheap: one aggregate query)."""

    count: int
    last_update: datetime | None
    id_sum: int


def _utc(value: datetime | str | None) -> datetime | None:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def _status_filter(statuses: Iterable[DraftStatus] | None):
    if statuses is None:
        return None
    return _drafts.c.status.in_([str(s) for s in statuses])


def _has_text():
    return func.trim(_drafts.c.body, " \t\r\n") != ""  # SQLite's trim() removes only spaces by default


def post_metas(journal: Journal, statuses: Iterable[DraftStatus] | None = None) -> list[PostMeta]:
    """Every draft with some text (``statuses`` or all), by id; bodies are not read into Python."""
    query = select(
        _drafts.c.id,
        _drafts.c.status,
        _drafts.c.published_at,
        _drafts.c.updated_at,
        _drafts.c.intention_text,
        _drafts.c.intention_kind,
    ).where(_has_text())
    where = _status_filter(statuses)
    if where is not None:
        query = query.where(where)
    query = query.order_by(_drafts.c.id)
    with journal._session() as session:
        rows = session.connection().execute(query).all()
    metas = []
    for id_, status, published_at, updated_at, intention_text, intention_kind in rows:
        updated = _utc(updated_at)
        metas.append(
            PostMeta(
                id=id_,
                status=_STATUSES[status],
                when=_utc(published_at) or updated,
                updated_at=updated,
                intention=Intention(intention_text or "", _KINDS[intention_kind] if intention_kind else None),
            )
        )
    return metas


def bodies(journal: Journal, ids: Sequence[int], *, page: int = BODY_PAGE) -> Iterable[dict[int, str]]:
    """The bodies of ``ids``, one page (a dict id -> body) at a time, each page its own short transaction."""
    for start in range(0, len(ids), page):
        chunk = list(ids[start : start + page])
        query = select(_drafts.c.id, _drafts.c.body).where(_drafts.c.id.in_(chunk))
        with journal._session() as session:
            yield dict(session.connection().execute(query).all())


def fingerprint(journal: Journal, statuses: Iterable[DraftStatus] | None = None) -> Fingerprint:
    """Count, newest ``updated_at`` and sum of ids of the drafts with text in scope."""
    query = select(func.count(), func.max(_drafts.c.updated_at), func.coalesce(func.sum(_drafts.c.id), 0)).where(
        _has_text()
    )
    where = _status_filter(statuses)
    if where is not None:
        query = query.where(where)
    with journal._session() as session:
        count, last, id_sum = session.connection().execute(query).one()
    return Fingerprint(int(count), _utc(last), int(id_sum))
