"""Bulk import of past posts into the journal: everything in ONE transaction, with duplicate detection.

Each post becomes a draft with status ``exported`` (it was published), ``source``/``source_id``/``published_at``
set, and one ``imported`` revision holding its text. Its ``created_at``/``updated_at`` are its publication time,
so years of past posts take their place in history instead of burying today's drafts at the top of the list.

A post is a duplicate when the journal (or an earlier post of the same import) already has the same
``(source, source_id)``, or the same normalised text (Unicode NFC, case-folded, whitespace collapsed; compared by
SHA-256), which also catches the same post cross-posted on two networks.

Rows go in through Core ``executemany`` inserts, which is what makes thousands of posts take a second rather than
a minute. Draft ids are given explicitly (after the current maximum): the transaction is ``BEGIN IMMEDIATE``, so
no other writer can take them meanwhile, and it spares SQLAlchemy's row-at-a-time RETURNING path.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, insert, select

from brandjournal.domain import DraftStatus, RevisionKind
from brandjournal.storage.models import DraftRow, RevisionRow

if TYPE_CHECKING:
    from brandjournal.storage.journal import Journal

Progress = Callable[[int, int], object]

BATCH_SIZE = 500
PROGRESS_EVERY = 250
# Sources whose posts were published on a platform of that name (the draft's target platform).
PLATFORM_OF_SOURCE = {"linkedin": "linkedin", "mastodon": "mastodon"}


class PostLike(Protocol):
    """What ``import_posts`` needs of a post (``brandjournal.importers.ImportedPost`` has it)."""

    source: str
    source_id: str
    title: str
    body: str
    published_at: datetime
    url: str | None
    language: str | None


def body_key(body: str) -> str:
    """The duplicate key of a text: NFC, case-folded, whitespace collapsed, hashed."""
    normal = " ".join(unicodedata.normalize("NFC", body).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def import_posts(
    journal: Journal,
    posts: Sequence[PostLike],
    progress: Progress | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    progress_every: int = PROGRESS_EVERY,
) -> tuple[int, int]:
    """Add ``posts`` as exported drafts in one transaction; returns ``(imported, duplicates)``.

    ``progress(done, total)`` is called every ``progress_every`` posts and once at the end, from inside the
    transaction: it must not use the journal, and raising from it (e.g. the person cancelled) rolls everything
    back. Any error rolls everything back: the journal is then exactly as before.
    """
    total = len(posts)
    imported = duplicates = 0
    drafts = DraftRow.__table__
    revisions = RevisionRow.__table__
    with journal._session() as session:
        connection = session.connection()
        next_id = (connection.execute(select(func.max(drafts.c.id))).scalar() or 0) + 1
        seen_ids = {
            (source, source_id)
            for source, source_id in connection.execute(
                select(drafts.c.source, drafts.c.source_id).where(drafts.c.source.is_not(None))
            )
        }
        seen_bodies = {body_key(body) for (body,) in connection.execute(select(drafts.c.body))}
        seen_bodies.update(
            body_key(body)
            for (body,) in connection.execute(
                select(revisions.c.body).where(revisions.c.kind == str(RevisionKind.IMPORTED))
            )
        )
        batch: list[PostLike] = []
        for done, post in enumerate(posts, start=1):
            identity = (post.source, post.source_id)
            key = body_key(post.body)
            if identity in seen_ids or key in seen_bodies:
                duplicates += 1
            else:
                seen_ids.add(identity)
                seen_bodies.add(key)
                batch.append(post)
            if len(batch) >= batch_size:
                next_id = _insert(connection, next_id, batch)
                imported += len(batch)
                batch = []
            if progress is not None and done % progress_every == 0 and done != total:
                progress(done, total)
        if batch:
            _insert(connection, next_id, batch)
            imported += len(batch)
        if progress is not None:
            progress(total, total)
    return imported, duplicates


def _insert(connection, first_id: int, posts: list[PostLike]) -> int:
    """Insert drafts numbered from ``first_id`` and their revisions; returns the next free id."""
    rows = []
    for draft_id, post in enumerate(posts, start=first_id):
        published = _utc(post.published_at)
        platform = PLATFORM_OF_SOURCE.get(post.source)
        rows.append(
            {
                "id": draft_id,
                "title": post.title,
                "body": post.body,
                "intention_text": "",
                "intention_kind": None,
                "platforms": [platform] if platform else [],
                "status": str(DraftStatus.EXPORTED),
                "language": post.language,
                "tags": [],
                "share_footer": False,
                "score": None,
                "source": post.source,
                "source_id": post.source_id,
                "published_at": published,
                "created_at": published,
                "updated_at": published,
            }
        )
    connection.execute(insert(DraftRow.__table__), rows)
    connection.execute(
        insert(RevisionRow.__table__),
        [
            {
                "draft_id": row["id"],
                "kind": str(RevisionKind.IMPORTED),
                "title": row["title"],
                "body": row["body"],
                "label": post.url or "",
                "created_at": row["published_at"],
            }
            for row, post in zip(rows, posts, strict=True)
        ],
    )
    return first_id + len(rows)


def _utc(moment: datetime) -> datetime:
    if not isinstance(moment, datetime):
        raise TypeError(f"published_at must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None:
        raise ValueError("published_at must be an aware datetime (UTC)")
    return moment.astimezone(UTC)
