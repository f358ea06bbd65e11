"""Plain data shared by every layer (analysis, storage, export, ui).

Nothing here imports Qt, SQL or the analysis engine: these are the nouns of the product.
The storage layer maps them to tables; the analysis layer consumes ``Profile``/``Intention``
and produces ``Report``; the UI only displays them.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Value:
    """One value the author claims: how it sounds (fits) and what betrays it."""

    name: str
    meaning: str = ""
    fits: tuple[str, ...] = ()
    betrays: tuple[str, ...] = ()
    language: str | None = None  # "fr", "en" or None for both


@dataclass(frozen=True, slots=True)
class Intention:
    """Why this post exists: free text plus an optional declared kind."""

    text: str = ""
    kind: IntentionKind | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """The author's values, presence intentions and personal tuning of the checker."""

    values: tuple[Value, ...] = ()
    intentions: tuple[str, ...] = ()
    accepted_words: frozenset[str] = frozenset()  # never flag these (personal accept list)
    silenced_rules: frozenset[str] = frozenset()  # rule ids or prefixes ("hedge.en.arguably", "hedge")
    dismissed: frozenset[str] = frozenset()  # flag fingerprints dismissed one occurrence at a time


def normalise_evidence(text: str) -> str:
    """Lower-case, accent-free, single-spaced: the form used in fingerprints."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding, pointing at ``source[start:end]`` of the Markdown source."""

    kind: FlagKind
    start: int
    end: int
    text: str
    severity: Severity
    rule: str  # stable id, e.g. "jargon.fr.synergie"
    message: str  # plain words, in the UI language
    value: str | None = None
    suggestion: str | None = None
    sentence: str = ""  # the sentence holding the evidence (for the fingerprint)

    @property
    def fingerprint(self) -> str:
        """Stable across unrelated edits: rule + normalised evidence + normalised sentence."""
        raw = "\x1f".join((self.rule, normalise_evidence(self.text), normalise_evidence(self.sentence)))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]

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


@dataclass(frozen=True, slots=True)
class ValueCount:
    name: str
    expressed: int = 0
    betrayed: int = 0


@dataclass(frozen=True, slots=True)
class Report:
    language: str  # dominant language: "fr", "en" or "mixed"
    score: int  # 0..100, see analysis.report for the formula
    flags: tuple[Flag, ...] = ()
    values: tuple[ValueCount, ...] = ()
    declared_kind: IntentionKind | None = None
    detected_kind: IntentionKind | None = None
    words: int = 0
    score_explanation: str = ""
    notices: tuple[str, ...] = field(default=())  # e.g. "draft too long: analysed the first N characters"

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


@dataclass(frozen=True, slots=True)
class Draft:
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
    source: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """A list row: everything but the body."""

    id: int
    title: str
    status: DraftStatus
    platforms: tuple[str, ...]
    score: int | None
    language: str | None
    updated_at: datetime
    snippet: str = ""  # search hit context, when from a search


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    draft_id: int
    kind: RevisionKind
    title: str
    body: str
    label: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Acknowledgement:
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


@dataclass(frozen=True, slots=True)
class ExportRecord:
    id: int
    draft_id: int
    revision_id: int | None
    platform: str
    format: str
    content_hash: str
    path: str | None
    created_at: datetime
