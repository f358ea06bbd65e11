"""Plain data shared by every layer (analysis, storage, export, ui).

Nothing here imports Qt, SQL or the analysis engine: these are the nouns of the product.
The storage layer maps them to tables; the analysis layer consumes ``Profile``/``Intention``
and produces ``Report``; the UI only displays them.

The records behave as frozen, slotted dataclasses (keyword or positional construction, equality and hashing by
their fields, ``repr``, read-only attributes, ``dataclasses.replace``/``fields``/``asdict``, pickling) but are
written out by hand: ``brandjournal check`` is a short process, and importing ``dataclasses`` (which imports
``inspect``, ``ast``, ``dis``...) then generating the methods of eleven classes cost it ~35 ms, a third of its run.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing (annotations are never evaluated here)
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any, ClassVar


class FlagKind(StrEnum):
    VALUE_EXPRESSED = "value_expressed"
    VALUE_BETRAYED = "value_betrayed"
    JARGON = "jargon"
    HEDGE = "hedge"
    PEACOCK = "peacock"
    INTENTION_MISMATCH = "intention_mismatch"
    VOICE_DRIFT = "voice_drift"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


class IntentionKind(StrEnum):
    SHARE = "share"  # an experience or a lesson
    INFORM = "inform"
    CELEBRATE = "celebrate"  # others
    ASK = "ask"  # for help or opinions
    ANNOUNCE = "announce"
    PROMOTE = "promote"  # sell, hire, recruit


class DraftStatus(StrEnum):
    IDEA = "idea"
    DRAFT = "draft"
    REVIEW = "review"
    APPROVED = "approved"
    EXPORTED = "exported"
    ARCHIVED = "archived"


class RevisionKind(StrEnum):
    FIRST = "first"  # the author's first draft, kept whole forever
    AUTOSAVE = "autosave"
    MANUAL = "manual"  # Ctrl+S, or kept aside before a restore
    APPROVED = "approved"  # the frozen text that was approved
    IMPORTED = "imported"  # a past post brought in from an archive


class Platform(StrEnum):
    LINKEDIN = "linkedin"
    MASTODON = "mastodon"
    X = "x"
    BLUESKY = "bluesky"
    BLOG = "blog"


class _DataclassFields:
    """``__dataclass_fields__`` of a record class, made on first use (by ``dataclasses.replace``, ``fields``...)
    from an equivalent frozen dataclass, so that the ``dataclasses`` functions see real metadata."""

    def __get__(self, instance: object, owner: type[_Record]) -> dict[str, Any]:
        import dataclasses

        defaults = owner.__init__.__defaults__ or ()  # the parameters of ``__init__`` are the fields, in order
        first_default = len(owner._fields) - len(defaults)
        specs: list[tuple] = []
        for position, name in enumerate(owner._fields):
            annotation = owner.__annotations__.get(name, "Any")
            if position >= first_default:
                specs.append((name, annotation, dataclasses.field(default=defaults[position - first_default])))
            else:
                specs.append((name, annotation))
        shadow = dataclasses.make_dataclass(owner.__name__, specs, frozen=True)
        owner.__dataclass_params__ = shadow.__dataclass_params__  # type: ignore[attr-defined]
        owner.__dataclass_fields__ = shadow.__dataclass_fields__  # replaces this descriptor for ``owner``
        return shadow.__dataclass_fields__


class _Record:
    """Base of the records: immutable, compared and hashed by the tuple of their fields (``_fields``)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # the slots, in the order of the parameters of ``__init__``
    __dataclass_fields__ = _DataclassFields()

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._values() == other._values()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({fields})"

    def __getstate__(self) -> tuple:
        return self._values()

    def __setstate__(self, state: tuple) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)


_set = object.__setattr__


class Value(_Record):
    """One value the author claims: how it sounds (fits) and what betrays it."""

    __slots__ = __match_args__ = _fields = ("name", "meaning", "fits", "betrays", "language")
    name: str
    meaning: str
    fits: tuple[str, ...]
    betrays: tuple[str, ...]
    language: str | None  # "fr", "en" or None for both

    def __init__(
        self,
        name: str,
        meaning: str = "",
        fits: tuple[str, ...] = (),
        betrays: tuple[str, ...] = (),
        language: str | None = None,
    ) -> None:
        _set(self, "name", name)
        _set(self, "meaning", meaning)
        _set(self, "fits", fits)
        _set(self, "betrays", betrays)
        _set(self, "language", language)


class Intention(_Record):
    """Why this post exists: free text plus an optional declared kind."""

    __slots__ = __match_args__ = _fields = ("text", "kind")
    text: str
    kind: IntentionKind | None

    def __init__(self, text: str = "", kind: IntentionKind | None = None) -> None:
        _set(self, "text", text)
        _set(self, "kind", kind)


class Profile(_Record):
    """The author's values, presence intentions and personal tuning of the checker."""

    __slots__ = __match_args__ = _fields = ("values", "intentions", "accepted_words", "silenced_rules", "dismissed")
    values: tuple[Value, ...]
    intentions: tuple[str, ...]
    accepted_words: frozenset[str]  # never flag these (personal accept list)
    silenced_rules: frozenset[str]  # rule ids or prefixes ("hedge.en.arguably", "hedge")
    dismissed: frozenset[str]  # flag fingerprints dismissed one occurrence at a time

    def __init__(
        self,
        values: tuple[Value, ...] = (),
        intentions: tuple[str, ...] = (),
        accepted_words: frozenset[str] = frozenset(),
        silenced_rules: frozenset[str] = frozenset(),
        dismissed: frozenset[str] = frozenset(),
    ) -> None:
        _set(self, "values", values)
        _set(self, "intentions", intentions)
        _set(self, "accepted_words", accepted_words)
        _set(self, "silenced_rules", silenced_rules)
        _set(self, "dismissed", dismissed)


def normalise_evidence(text: str) -> str:
    """Lower-case, accent-free, single-spaced: the form used in fingerprints."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def _sha256() -> Any:
    """SHA-256, preferably CPython's own small module: ``hashlib`` loads OpenSSL, several ms of every
    ``brandjournal check --format json`` (the digest is the same)."""
    global _SHA256
    if _SHA256 is None:
        try:
            from _sha256 import sha256  # CPython 3.11
        except ImportError:
            try:
                from _sha2 import sha256  # CPython 3.12+
            except ImportError:
                from hashlib import sha256
        _SHA256 = sha256
    return _SHA256


_SHA256: Any = None


class Flag(_Record):
    """One finding, pointing at ``source[start:end]`` of the Markdown source."""

    __slots__ = __match_args__ = _fields = (
        "kind",
        "start",
        "end",
        "text",
        "severity",
        "rule",
        "message",
        "value",
        "suggestion",
        "sentence",
    )
    kind: FlagKind
    start: int
    end: int
    text: str
    severity: Severity
    rule: str  # stable id, e.g. "jargon.fr.synergie"
    message: str  # plain words, in the UI language
    value: str | None
    suggestion: str | None
    sentence: str  # the sentence holding the evidence (for the fingerprint)

    def __init__(
        self,
        kind: FlagKind,
        start: int,
        end: int,
        text: str,
        severity: Severity,
        rule: str,
        message: str,
        value: str | None = None,
        suggestion: str | None = None,
        sentence: str = "",
    ) -> None:
        _set(self, "kind", kind)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)
        _set(self, "severity", severity)
        _set(self, "rule", rule)
        _set(self, "message", message)
        _set(self, "value", value)
        _set(self, "suggestion", suggestion)
        _set(self, "sentence", sentence)

    @property
    def fingerprint(self) -> str:
        """Stable across unrelated edits: rule + normalised evidence + normalised sentence."""
        raw = "\x1f".join((self.rule, normalise_evidence(self.text), normalise_evidence(self.sentence)))
        return _sha256()(raw.encode("utf-8")).hexdigest()[:24]

    def to_dict(self) -> dict:
        return {
            "kind": str(self.kind),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "severity": str(self.severity),
            "value": self.value,
            "rule": self.rule,
            "message": self.message,
            "suggestion": self.suggestion,
            "fingerprint": self.fingerprint,
        }


class ValueCount(_Record):
    __slots__ = __match_args__ = _fields = ("name", "expressed", "betrayed")
    name: str
    expressed: int
    betrayed: int

    def __init__(self, name: str, expressed: int = 0, betrayed: int = 0) -> None:
        _set(self, "name", name)
        _set(self, "expressed", expressed)
        _set(self, "betrayed", betrayed)


class Report(_Record):
    __slots__ = __match_args__ = _fields = (
        "language",
        "score",
        "flags",
        "values",
        "declared_kind",
        "detected_kind",
        "words",
        "score_explanation",
        "notices",
    )
    language: str  # dominant language: "fr", "en" or "mixed"
    score: int  # 0..100, see analysis.report for the formula
    flags: tuple[Flag, ...]
    values: tuple[ValueCount, ...]
    declared_kind: IntentionKind | None
    detected_kind: IntentionKind | None
    words: int
    score_explanation: str
    notices: tuple[str, ...]  # e.g. "draft too long: analysed the first N characters"

    def __init__(
        self,
        language: str,
        score: int,
        flags: tuple[Flag, ...] = (),
        values: tuple[ValueCount, ...] = (),
        declared_kind: IntentionKind | None = None,
        detected_kind: IntentionKind | None = None,
        words: int = 0,
        score_explanation: str = "",
        notices: tuple[str, ...] = (),
    ) -> None:
        _set(self, "language", language)
        _set(self, "score", score)
        _set(self, "flags", flags)
        _set(self, "values", values)
        _set(self, "declared_kind", declared_kind)
        _set(self, "detected_kind", detected_kind)
        _set(self, "words", words)
        _set(self, "score_explanation", score_explanation)
        _set(self, "notices", notices)

    @property
    def warnings(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.severity is Severity.WARNING)

    def to_dict(self) -> dict:
        return {
            "language": self.language,
            "score": self.score,
            "flags": [f.to_dict() for f in self.flags],
            "values": [{"name": v.name, "expressed": v.expressed, "betrayed": v.betrayed} for v in self.values],
            "intention": {
                "declared": str(self.declared_kind) if self.declared_kind else None,
                "detected": str(self.detected_kind) if self.detected_kind else None,
            },
            "words": self.words,
            "score_explanation": self.score_explanation,
            "notices": list(self.notices),
        }


# --- Journal records (what storage returns; plain, immutable, safe to pass between threads) ---


class Draft(_Record):
    __slots__ = __match_args__ = _fields = (
        "id",
        "title",
        "body",
        "intention",
        "platforms",
        "status",
        "language",
        "tags",
        "share_footer",
        "score",
        "created_at",
        "updated_at",
        "source",
        "published_at",
    )
    id: int
    title: str
    body: str
    intention: Intention
    platforms: tuple[str, ...]
    status: DraftStatus
    language: str | None
    tags: tuple[str, ...]
    share_footer: bool
    score: int | None
    created_at: datetime
    updated_at: datetime
    source: str | None
    published_at: datetime | None

    def __init__(
        self,
        id: int,
        title: str,
        body: str,
        intention: Intention,
        platforms: tuple[str, ...],
        status: DraftStatus,
        language: str | None,
        tags: tuple[str, ...],
        share_footer: bool,
        score: int | None,
        created_at: datetime,
        updated_at: datetime,
        source: str | None = None,
        published_at: datetime | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "title", title)
        _set(self, "body", body)
        _set(self, "intention", intention)
        _set(self, "platforms", platforms)
        _set(self, "status", status)
        _set(self, "language", language)
        _set(self, "tags", tags)
        _set(self, "share_footer", share_footer)
        _set(self, "score", score)
        _set(self, "created_at", created_at)
        _set(self, "updated_at", updated_at)
        _set(self, "source", source)
        _set(self, "published_at", published_at)


class DraftSummary(_Record):
    """A list row: everything but the body."""

    __slots__ = __match_args__ = _fields = (
        "id",
        "title",
        "status",
        "platforms",
        "score",
        "language",
        "updated_at",
        "snippet",
    )
    id: int
    title: str
    status: DraftStatus
    platforms: tuple[str, ...]
    score: int | None
    language: str | None
    updated_at: datetime
    snippet: str  # search hit context, when from a search

    def __init__(
        self,
        id: int,
        title: str,
        status: DraftStatus,
        platforms: tuple[str, ...],
        score: int | None,
        language: str | None,
        updated_at: datetime,
        snippet: str = "",
    ) -> None:
        _set(self, "id", id)
        _set(self, "title", title)
        _set(self, "status", status)
        _set(self, "platforms", platforms)
        _set(self, "score", score)
        _set(self, "language", language)
        _set(self, "updated_at", updated_at)
        _set(self, "snippet", snippet)


class Revision(_Record):
    __slots__ = __match_args__ = _fields = ("id", "draft_id", "kind", "title", "body", "label", "created_at")
    id: int
    draft_id: int
    kind: RevisionKind
    title: str
    body: str
    label: str
    created_at: datetime

    def __init__(
        self,
        id: int,
        draft_id: int,
        kind: RevisionKind,
        title: str,
        body: str,
        label: str,
        created_at: datetime,
    ) -> None:
        _set(self, "id", id)
        _set(self, "draft_id", draft_id)
        _set(self, "kind", kind)
        _set(self, "title", title)
        _set(self, "body", body)
        _set(self, "label", label)
        _set(self, "created_at", created_at)


class Acknowledgement(_Record):
    __slots__ = __match_args__ = _fields = (
        "id",
        "draft_id",
        "revision_id",
        "fingerprint",
        "rule",
        "kind",
        "evidence",
        "message",
        "reason",
        "created_at",
    )
    id: int
    draft_id: int
    revision_id: int | None
    fingerprint: str
    rule: str
    kind: str
    evidence: str
    message: str
    reason: str
    created_at: datetime

    def __init__(
        self,
        id: int,
        draft_id: int,
        revision_id: int | None,
        fingerprint: str,
        rule: str,
        kind: str,
        evidence: str,
        message: str,
        reason: str,
        created_at: datetime,
    ) -> None:
        _set(self, "id", id)
        _set(self, "draft_id", draft_id)
        _set(self, "revision_id", revision_id)
        _set(self, "fingerprint", fingerprint)
        _set(self, "rule", rule)
        _set(self, "kind", kind)
        _set(self, "evidence", evidence)
        _set(self, "message", message)
        _set(self, "reason", reason)
        _set(self, "created_at", created_at)


class ExportRecord(_Record):
    __slots__ = __match_args__ = _fields = (
        "id",
        "draft_id",
        "revision_id",
        "platform",
        "format",
        "content_hash",
        "path",
        "created_at",
    )
    id: int
    draft_id: int
    revision_id: int | None
    platform: str
    format: str
    content_hash: str
    path: str | None
    created_at: datetime

    def __init__(
        self,
        id: int,
        draft_id: int,
        revision_id: int | None,
        platform: str,
        format: str,
        content_hash: str,
        path: str | None,
        created_at: datetime,
    ) -> None:
        _set(self, "id", id)
        _set(self, "draft_id", draft_id)
        _set(self, "revision_id", revision_id)
        _set(self, "platform", platform)
        _set(self, "format", format)
        _set(self, "content_hash", content_hash)
        _set(self, "path", path)
        _set(self, "created_at", created_at)
