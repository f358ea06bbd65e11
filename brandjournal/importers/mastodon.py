"""Mastodon archive: ``outbox.json`` (ActivityStreams), alone or inside the archive's .zip.

What is kept: the author's own ``Create`` activities of a ``Note`` (or ``Question``/``Article``/``Page``), public,
unlisted or followers-only, including the author's own threads (a reply to one of their own statuses: each part is
imported as its own post). What is skipped on purpose (``ParseResult.skipped``, not an error): boosts
(``Announce``), replies to other people, and direct messages (addressed to neither the public nor the followers),
because none of them is the author's public voice. The content warning (``summary``) becomes the title.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from brandjournal.importers import archives
from brandjournal.importers.common import (
    ImportedPost,
    ImportFormatError,
    ImportProblem,
    ParseResult,
    Rejected,
    RejectProblem,
    make_title,
    parse_timestamp,
)
from brandjournal.importers.html_text import html_to_text
from brandjournal.problems import CodedError

SOURCE = "mastodon"
PUBLIC = frozenset({"https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"})
NOTE_TYPES = frozenset({"Note", "Question", "Article", "Page"})
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Reject(CodedError):
    """This item is broken: ``code`` and ``facts`` say why."""


class _Skip(CodedError):
    """This item is left out on purpose: ``code`` says why."""


def parse_path(path: Path) -> ParseResult:
    """An ``outbox.json`` file or the archive ``.zip`` that holds one."""
    if archives.is_zip(path):
        return parse_json_bytes(archives.read_member(path, "outbox.json"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            ImportProblem.UNREADABLE, path=path, reason=exc.strerror or exc, errno=exc.errno
        ) from None
    return parse_bytes(data)


def parse_bytes(data: bytes) -> ParseResult:
    if archives.is_zip(data):
        data = archives.read_member(data, "outbox.json")
    return parse_json_bytes(data)


def parse_json_bytes(data: bytes) -> ParseResult:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(ImportProblem.OUTBOX_NOT_UTF8, byte=exc.start) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(ImportProblem.OUTBOX_BAD_JSON, line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise ImportFormatError(ImportProblem.OUTBOX_TOO_DEEP) from None
    return parse_document(document)


def parse_document(document: Any) -> ParseResult:
    """Parse an already decoded outbox (an ``OrderedCollection`` dict)."""
    items = document.get("orderedItems") if isinstance(document, dict) else None
    if not isinstance(items, list):
        raise ImportFormatError(ImportProblem.OUTBOX_NO_ITEMS)
    own_ids = {_object_id(item) for item in items} - {None}
    actors = {item.get("actor") for item in items if isinstance(item, dict) and isinstance(item.get("actor"), str)}
    result = ParseResult(SOURCE)
    for index, item in enumerate(items):
        try:
            result.posts.append(_post(item, own_ids, actors))
        except _Reject as reason:
            result.rejected.append(Rejected.because(index, reason.code, "item", **reason.facts))
        except _Skip as reason:
            result.skipped.append(Rejected.because(index, reason.code, "item", **reason.facts))
    return result


def _object_id(item: Any) -> str | None:
    if isinstance(item, dict) and isinstance(item.get("object"), dict):
        value = item["object"].get("id")
        return value if isinstance(value, str) else None
    return None


def _post(item: Any, own_ids: set[str | None], actors: set[str]) -> ImportedPost:
    if not isinstance(item, dict):
        raise _Reject(RejectProblem.NOT_AN_ACTIVITY)
    kinds = _types(item.get("type"))
    if "Announce" in kinds:
        raise _Skip(RejectProblem.BOOST)
    if "Create" not in kinds:
        raise _Reject(RejectProblem.NOT_A_POST_ACTIVITY, type=_short(item.get("type")))
    note = item.get("object")
    if not isinstance(note, dict):
        raise _Reject(RejectProblem.NO_OBJECT)
    if not NOTE_TYPES & _types(note.get("type")):
        raise _Reject(RejectProblem.NOT_A_POST_OBJECT, type=_short(note.get("type")))
    if _is_direct(item, note):
        raise _Skip(RejectProblem.DIRECT_MESSAGE)
    reply_to = note.get("inReplyTo")
    if reply_to is not None and not _is_own(reply_to, own_ids, actors):
        raise _Skip(RejectProblem.REPLY_TO_SOMEONE_ELSE)
    if _has_lone_surrogate(item):
        raise _Reject(RejectProblem.BAD_UNICODE)
    content, language = _content(note)
    try:
        body = html_to_text(content)
    except ImportFormatError as exc:
        raise _Reject(RejectProblem.HTML_UNREADABLE, detail=exc.facts.get("detail", exc)) from None
    if not body.strip():
        raise _Reject(RejectProblem.EMPTY)
    raw_date = note.get("published") or item.get("published")
    if not raw_date:
        raise _Reject(RejectProblem.NO_DATE)
    published = parse_timestamp(raw_date) if isinstance(raw_date, str) else None
    if published is None:
        raise _Reject(RejectProblem.BAD_DATE, value=_short(raw_date))
    summary = note.get("summary")
    warning = html_to_text(summary) if isinstance(summary, str) and summary.strip() else ""
    url = _url(note)
    identifier = note.get("id") if isinstance(note.get("id"), str) else item.get("id")
    if not isinstance(identifier, str) or not identifier:
        identifier = url or "sha256:" + hashlib.sha256(f"{raw_date}\x1f{body}".encode()).hexdigest()[:32]
    return ImportedPost(
        source=SOURCE,
        source_id=identifier,
        title=make_title(warning) if warning else make_title(body),
        body=body,
        published_at=published,
        url=url,
        language=language,
    )


def _has_lone_surrogate(item: Any) -> bool:
    """JSON may escape half of a character (``"\\ud83d"``): valid JSON, but not text the journal can store."""
    stack = [item]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def _types(value: Any) -> set[str]:
    """ActivityStreams ``type`` is a string, or (rarely) a list of them."""
    if isinstance(value, str):
        return {value}
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def _content(note: dict) -> tuple[str, str | None]:
    """The HTML content and, when the note says it in exactly one language, that language ("fr", "en")."""
    content = note.get("content")
    content_map = note.get("contentMap")
    language = None
    if isinstance(content_map, dict) and len(content_map) == 1:
        ((code, mapped),) = content_map.items()
        if isinstance(code, str) and code:
            language = code.split("-")[0].casefold()[:8] or None
        if not isinstance(content, str) and isinstance(mapped, str):
            content = mapped
    if not isinstance(content, str):
        raise _Reject(RejectProblem.NO_TEXT)
    return content, language


def _addressed(activity: dict, note: dict) -> list[str] | None:
    """Everyone the post is addressed to, or None when the archive does not say."""
    found: list[str] = []
    said = False
    for holder in (note, activity):
        for key in ("to", "cc"):
            value = holder.get(key)
            if value is None:
                continue
            said = True
            values = value if isinstance(value, list) else [value]
            found.extend(v for v in values if isinstance(v, str))
    return found if said else None


def _is_direct(activity: dict, note: dict) -> bool:
    audience = _addressed(activity, note)
    if audience is None:
        return False
    return not any(a in PUBLIC or a.endswith("/followers") for a in audience)


def _is_own(reply_to: Any, own_ids: set[str | None], actors: set[str]) -> bool:
    """A reply to one of the author's own statuses (a self-thread), even one deleted since."""
    if isinstance(reply_to, dict):
        reply_to = reply_to.get("id")
    if not isinstance(reply_to, str):
        return False
    return reply_to in own_ids or any(reply_to.startswith(actor.rstrip("/") + "/") for actor in actors)


def _url(note: dict) -> str | None:
    url = note.get("url")
    if isinstance(url, list):
        url = next((u for u in url if isinstance(u, str)), None) or next(
            (u.get("href") for u in url if isinstance(u, dict) and isinstance(u.get("href"), str)), None
        )
    elif isinstance(url, dict):
        url = url.get("href")
    if not isinstance(url, str) or not url:
        url = note.get("id") if isinstance(note.get("id"), str) else None
    return url or None


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:39] + "…"
