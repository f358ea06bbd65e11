"""The coherence view's figures: how the author's posts, taken together, live up to their values over time.

Pure Python (no Qt). ``compute_overview(journal)`` reads the author's posts (approved and exported drafts, or
every draft), analyses each one once, and returns plain frozen dataclasses the UI draws and tests assert:

- per value, how often it was expressed and betrayed, month by month (``ValueSeries``);
- jargon, polish (peacock) and hedge flags per 100 words, month by month (``MonthlySeries``);
- the author's baseline voice (``VoiceBaseline``: median and spread of ``analysis.voice_stats`` figures over the
  newest published posts) and where a given draft sits against it (``DraftPosition``).

A post belongs to the month of its ``published_at`` (imported and exported posts) or else of its ``updated_at``,
in the time zone given (the computer's by default). Monthly rates pool the month: flags of the month per 100
words of the month, so a one-line post does not weigh as much as a long one. A month without posts has rate
``None`` (nothing was said), not 0 (something was said without jargon).

Cost: one ``analyze`` per post, plus one ``voice_stats`` per baseline post (the newest ``BASELINE_POSTS``
published ones). Each body is read once, a page at a time. A ``PostCache`` kept between runs makes the next run
re-analyse only the posts that changed; ``overview_key`` tells, with one cheap query, whether anything changed.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING

from brandjournal.analysis import analyze, voice_stats
from brandjournal.domain import DraftStatus, FlagKind, Profile
from brandjournal.storage import queries
from brandjournal.storage.errors import DraftNotFound

if TYPE_CHECKING:
    from brandjournal.storage.journal import Journal

PUBLISHED = (DraftStatus.APPROVED, DraftStatus.EXPORTED)
# The voice baseline: medians over this many of the newest published posts (the author's current voice, and a
# bounded cost: voice_stats is about as dear as analyze). None would take every published post.
BASELINE_POSTS = 500
# voice_stats keys drawn as the baseline, in display order.
VOICE_METRICS = ("sentence_length", "first_person", "jargon_rate", "exclamation_rate")
PROGRESS_EVERY = 50

Progress = Callable[[int, int], object]


class Scope(StrEnum):
    POSTS = "posts"  # approved and exported drafts: what the author actually stands behind
    ALL = "all"  # every draft with text, whatever its status


class Cancelled(Exception):
    """Raise it from a ``progress`` callback to stop ``compute_overview`` (the person closed the view)."""


# --- results ---


@dataclass(frozen=True, slots=True)
class OverviewKey:
    """Equal keys mean an equal overview: the drafts in scope, the published posts and the profile are unchanged."""

    scope: Scope
    draft_id: int | None
    drafts: queries.Fingerprint
    published: queries.Fingerprint
    profile: str  # hash of the values and the checker's tuning


@dataclass(frozen=True, slots=True)
class ValueSeries:
    """One value's expressed/betrayed counts per month (aligned with ``MonthlySeries.months``)."""

    name: str
    expressed: tuple[int, ...]
    betrayed: tuple[int, ...]

    @property
    def total_expressed(self) -> int:
        return sum(self.expressed)

    @property
    def total_betrayed(self) -> int:
        return sum(self.betrayed)


@dataclass(frozen=True, slots=True)
class MonthlySeries:
    """Per month, from the first month with a post to the last, empty months included (zero posts)."""

    months: tuple[date, ...]  # the first day of each month
    posts: tuple[int, ...]
    words: tuple[int, ...]
    jargon: tuple[int, ...]  # flag counts
    peacock: tuple[int, ...]
    hedge: tuple[int, ...]

    @staticmethod
    def _rate(counts: tuple[int, ...], words: tuple[int, ...]) -> tuple[float | None, ...]:
        return tuple(100.0 * c / w if w else None for c, w in zip(counts, words, strict=True))

    @property
    def jargon_rate(self) -> tuple[float | None, ...]:
        """Jargon flags per 100 words; None for a month without words."""
        return self._rate(self.jargon, self.words)

    @property
    def peacock_rate(self) -> tuple[float | None, ...]:
        return self._rate(self.peacock, self.words)

    @property
    def hedge_rate(self) -> tuple[float | None, ...]:
        return self._rate(self.hedge, self.words)


@dataclass(frozen=True, slots=True)
class VoiceBaseline:
    """One voice figure over the baseline posts: the sorted samples and their summary."""

    metric: str  # a voice_stats key
    samples: tuple[float, ...]  # sorted
    median: float
    q1: float
    q3: float
    low: float  # 10th percentile
    high: float  # 90th percentile

    @classmethod
    def of(cls, metric: str, samples: Iterable[float]) -> VoiceBaseline:
        ordered = tuple(sorted(samples))
        if not ordered:
            return cls(metric, (), 0.0, 0.0, 0.0, 0.0, 0.0)
        if len(ordered) == 1:
            (only,) = ordered
            return cls(metric, ordered, only, only, only, only, only)
        q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
        deciles = statistics.quantiles(ordered, n=10, method="inclusive")
        return cls(metric, ordered, median, q1, q3, deciles[0], deciles[-1])

    def percentile(self, value: float) -> float:
        """Share of baseline posts below ``value``, ties counting half (0..100; 50 = typical)."""
        if not self.samples:
            return 50.0
        below = bisect.bisect_left(self.samples, value)
        ties = bisect.bisect_right(self.samples, value) - below
        return 100.0 * (below + ties / 2) / len(self.samples)


@dataclass(frozen=True, slots=True)
class DraftPosition:
    """Where one figure of a draft sits against the author's baseline."""

    metric: str
    value: float
    median: float
    percentile: float  # 0..100
    ratio: float | None  # value / median; None when the median is 0


@dataclass(frozen=True, slots=True)
class CoherenceOverview:
    key: OverviewKey
    posts: int  # posts analysed (with some text)
    values: tuple[ValueSeries, ...]  # in the order of journal.values()
    flags: MonthlySeries
    baseline: tuple[VoiceBaseline, ...]  # in VOICE_METRICS order
    baseline_posts: int
    draft: tuple[DraftPosition, ...] = ()  # empty without a draft

    @property
    def months(self) -> tuple[date, ...]:
        return self.flags.months

    def baseline_of(self, metric: str) -> VoiceBaseline:
        return next(b for b in self.baseline if b.metric == metric)


# --- per-post figures and their cache ---


@dataclass(frozen=True, slots=True)
class PostFigures:
    """What one post contributes (kept in a PostCache so an unchanged post is not analysed again)."""

    updated_at: datetime
    words: int
    expressed: tuple[int, ...]  # per value, in profile order
    betrayed: tuple[int, ...]
    jargon: int
    peacock: int
    hedge: int
    voice: tuple[float, ...] | None = None  # VOICE_METRICS, for baseline posts only


@dataclass
class PostCache:
    """Per-post figures from earlier runs, valid while the profile is the same. Not thread-safe: give each
    run its own, or one at a time."""

    profile: str = ""
    posts: dict[int, PostFigures] = field(default_factory=dict)


def profile_hash(profile: Profile) -> str:
    """Values, accept list and silenced rules: what changes the analysis of an unchanged post."""
    raw = json.dumps(
        [
            [[v.name, v.meaning, list(v.fits), list(v.betrays), v.language] for v in profile.values],
            sorted(profile.accepted_words),
            sorted(profile.silenced_rules),
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _statuses(scope: Scope) -> tuple[DraftStatus, ...] | None:
    return PUBLISHED if scope is Scope.POSTS else None


def overview_key(
    journal: Journal, scope: Scope = Scope.POSTS, draft_id: int | None = None, profile: Profile | None = None
) -> OverviewKey:
    """A few milliseconds, whatever the journal's size: compare it with ``overview.key`` before recomputing."""
    profile = profile or journal.profile()
    published = queries.fingerprint(journal, PUBLISHED)
    drafts = published if scope is Scope.POSTS else queries.fingerprint(journal, _statuses(scope))
    return OverviewKey(Scope(scope), draft_id, drafts, published, profile_hash(profile))


def _figures(text: str, profile: Profile, meta: queries.PostMeta, with_voice: bool) -> PostFigures:
    report = analyze(text, profile, meta.intention)
    kinds = [f.kind for f in report.flags]
    voice = None
    if with_voice:
        stats = voice_stats(text)
        voice = tuple(stats[m] for m in VOICE_METRICS)
    return PostFigures(
        updated_at=meta.updated_at,
        words=report.words,
        expressed=tuple(v.expressed for v in report.values),
        betrayed=tuple(v.betrayed for v in report.values),
        jargon=kinds.count(FlagKind.JARGON),
        peacock=kinds.count(FlagKind.PEACOCK),
        hedge=kinds.count(FlagKind.HEDGE),
        voice=voice,
    )


def _month(moment: datetime, tz: tzinfo | None) -> date:
    local = moment.astimezone(tz)
    return date(local.year, local.month, 1)


def _month_range(first: date, last: date) -> list[date]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def place_draft(baseline: Iterable[VoiceBaseline], text: str) -> tuple[DraftPosition, ...]:
    """Where ``text`` sits against each baseline figure (empty when the text has no words)."""
    stats = voice_stats(text)
    if not stats["words"]:
        return ()
    positions = []
    for base in baseline:
        value = stats[base.metric]
        ratio = value / base.median if base.median else None
        positions.append(DraftPosition(base.metric, value, base.median, base.percentile(value), ratio))
    return tuple(positions)


def compute_overview(
    journal: Journal,
    *,
    scope: Scope = Scope.POSTS,
    draft_id: int | None = None,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
    cache: PostCache | None = None,
    baseline_posts: int | None = BASELINE_POSTS,
) -> CoherenceOverview:
    """Analyse the posts in ``scope`` (once each) and gather them by month; see the module docstring.

    ``draft_id``: a draft to place against the baseline (it is left out of the baseline itself).
    ``tz``: months are calendar months in this zone (default: the computer's). ``progress(done, total)`` is
    called every ``PROGRESS_EVERY`` posts and at the end; raising ``Cancelled`` from it stops the run.
    ``cache``: per-post figures from a previous run, updated in place.
    """
    profile = journal.profile()
    key = overview_key(journal, scope, draft_id, profile)
    cache = cache if cache is not None else PostCache()
    if cache.profile != key.profile:
        cache.profile, cache.posts = key.profile, {}

    metas = queries.post_metas(journal, _statuses(scope))
    # The baseline: the newest published posts, the draft being placed left out.
    published = [m for m in metas if m.status in PUBLISHED and m.id != draft_id]
    published.sort(key=lambda m: (m.when, m.id), reverse=True)
    in_baseline = {m.id for m in published[:baseline_posts]}

    def stale(meta: queries.PostMeta) -> bool:
        known = cache.posts.get(meta.id)
        return known is None or known.updated_at != meta.updated_at or (meta.id in in_baseline and known.voice is None)

    todo = [m for m in metas if stale(m)]
    by_id = {m.id: m for m in todo}
    total = len(metas)
    done = total - len(todo)
    if progress is not None and todo:
        progress(done, total)
    for page in queries.bodies(journal, [m.id for m in todo]):
        for post_id, body in page.items():
            meta = by_id[post_id]
            cache.posts[post_id] = _figures(body, profile, meta, post_id in in_baseline)
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0 and done != total:
                progress(done, total)
    if progress is not None:
        progress(total, total)
    metas = [m for m in metas if m.id in cache.posts]  # a post deleted while this ran had no body to read
    live = {m.id for m in metas}
    for gone in [i for i in cache.posts if i not in live]:
        del cache.posts[gone]

    overview = _gather(key, profile, metas, cache, in_baseline, tz)
    if draft_id is not None:
        try:
            text = journal.get_draft(draft_id).body
        except DraftNotFound:  # deleted meanwhile: nothing to place
            text = ""
        overview = replace(overview, draft=place_draft(overview.baseline, text))
    return overview


def _gather(
    key: OverviewKey,
    profile: Profile,
    metas: list[queries.PostMeta],
    cache: PostCache,
    in_baseline: set[int],
    tz: tzinfo | None,
) -> CoherenceOverview:
    names = [v.name for v in profile.values]
    if metas:
        buckets = {m.id: _month(m.when, tz) for m in metas}
        months = _month_range(min(buckets.values()), max(buckets.values()))
    else:
        buckets, months = {}, []
    index = {month: i for i, month in enumerate(months)}
    n = len(months)
    posts, words, jargon, peacock, hedge = ([0] * n for _ in range(5))
    expressed = [[0] * n for _ in names]
    betrayed = [[0] * n for _ in names]
    voices: list[tuple[float, ...]] = []
    for meta in metas:
        figures = cache.posts[meta.id]
        i = index[buckets[meta.id]]
        posts[i] += 1
        words[i] += figures.words
        jargon[i] += figures.jargon
        peacock[i] += figures.peacock
        hedge[i] += figures.hedge
        for v in range(len(names)):
            expressed[v][i] += figures.expressed[v]
            betrayed[v][i] += figures.betrayed[v]
        if meta.id in in_baseline and figures.voice is not None and figures.words:
            voices.append(figures.voice)
    return CoherenceOverview(
        key=key,
        posts=len(metas),
        values=tuple(ValueSeries(name, tuple(expressed[v]), tuple(betrayed[v])) for v, name in enumerate(names)),
        flags=MonthlySeries(tuple(months), tuple(posts), tuple(words), tuple(jargon), tuple(peacock), tuple(hedge)),
        baseline=tuple(VoiceBaseline.of(m, (v[k] for v in voices)) for k, m in enumerate(VOICE_METRICS)),
        baseline_posts=len(voices),
    )
