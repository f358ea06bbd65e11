"""The coherence view's figures, on a real encrypted journal with posts over several months."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from brandjournal.domain import DraftStatus, Value
from brandjournal.insights import (
    Cancelled,
    PostCache,
    Scope,
    VoiceBaseline,
    compute_overview,
    overview_key,
    place_draft,
)
from brandjournal.storage import Journal

VALUES = (
    Value("Honesty", fits=("transparent",), betrays=("spin",)),
    Value("Care", fits=("listen",), betrays=("crush",)),
)
# (text, published_at, status): words, flags and voice figures noted for each (checked by the analysis tests).
POSTS = (
    # 9 words, 1 sentence; Honesty expressed
    ("We were transparent with the team about the delay.", datetime(2025, 1, 5, 9, tzinfo=UTC), "exported"),
    # 9 words, 1 sentence; jargon x2 (synergy, game-changer)
    ("Our synergy is a game-changer for every client.", datetime(2025, 1, 20, 9, tzinfo=UTC), "exported"),
    # 9 words, 2 sentences; Care expressed
    ("I listen first. Then I decide with the team.", datetime(2025, 3, 2, 9, tzinfo=UTC), "approved"),
    # 8 words, 1 sentence; Care and Honesty betrayed, jargon x1; 23:30 UTC on March 31st is April in Paris
    ("We crush the competition with spin and synergy.", datetime(2025, 3, 31, 23, 30, tzinfo=UTC), "exported"),
    # 10 words, 2 sentences, one "!"; Honesty expressed, jargon x1 (synergie), peacock x1 (incroyable)
    (
        "Nous avons été transparents avec l'équipe. Une synergie incroyable !",
        datetime(2025, 4, 10, 9, tzinfo=UTC),
        "exported",
    ),
)


def add_posts(journal: Journal) -> dict[str, int]:
    journal.set_values(VALUES)
    ids = {}
    for n, (text, published, status) in enumerate(POSTS):
        draft = journal.create_draft(f"post {n}", text, status=DraftStatus(status), published_at=published)
        ids[f"post{n}"] = draft.id
    # Not posts: a draft being written, an archived post, an exported post without text.
    ids["draft"] = journal.create_draft("draft", "Short note about the week.").id
    ids["archived"] = journal.create_draft(
        "old", "Synergy synergy synergy.", status=DraftStatus.ARCHIVED, published_at=datetime(2024, 6, 1, tzinfo=UTC)
    ).id
    journal.create_draft("empty", "  \n", status=DraftStatus.EXPORTED, published_at=datetime(2025, 2, 1, tzinfo=UTC))
    return ids


def test_monthly_values_and_flags(journal):
    add_posts(journal)
    overview = compute_overview(journal, tz=UTC)
    assert overview.posts == 5
    assert overview.months == (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1))
    flags = overview.flags
    assert flags.posts == (2, 0, 2, 1)
    assert flags.words == (18, 0, 17, 10)
    assert flags.jargon == (2, 0, 1, 1)
    assert flags.peacock == (0, 0, 0, 1)
    assert flags.hedge == (0, 0, 0, 0)
    assert flags.jargon_rate == pytest.approx((100 * 2 / 18, None, 100 / 17, 10.0))
    assert flags.peacock_rate == (0.0, None, 0.0, 10.0)
    honesty, care = overview.values
    assert (honesty.name, honesty.expressed, honesty.betrayed) == ("Honesty", (1, 0, 0, 1), (0, 0, 1, 0))
    assert (care.name, care.expressed, care.betrayed) == ("Care", (0, 0, 1, 0), (0, 0, 1, 0))
    assert (honesty.total_expressed, honesty.total_betrayed) == (2, 1)


def test_months_follow_the_time_zone(journal):
    add_posts(journal)
    paris_summer = timezone(timedelta(hours=2))
    overview = compute_overview(journal, tz=paris_summer)
    assert overview.flags.posts == (2, 0, 1, 2)
    assert overview.values[1].betrayed == (0, 0, 0, 1)


def test_baseline_medians_and_draft_position(journal):
    ids = add_posts(journal)
    overview = compute_overview(journal, tz=UTC, draft_id=ids["draft"])
    assert overview.baseline_posts == 5
    sentence = overview.baseline_of("sentence_length")
    assert sentence.samples == (4.5, 5.0, 8.0, 9.0, 9.0)
    assert (sentence.median, sentence.q1, sentence.q3) == (8.0, 5.0, 9.0)
    assert overview.baseline_of("jargon_rate").median == 12.5
    assert overview.baseline_of("exclamation_rate").samples == (0.0, 0.0, 0.0, 0.0, 0.5)
    assert overview.baseline_of("first_person").median == pytest.approx(1 / 9)
    # "Short note about the week.": 5 words, one sentence, no first person, no jargon.
    positions = {p.metric: p for p in overview.draft}
    assert list(positions) == ["sentence_length", "first_person", "jargon_rate", "exclamation_rate"]
    assert positions["sentence_length"].value == 5.0
    assert positions["sentence_length"].percentile == 30.0  # above 4.5, level with 5.0
    assert positions["sentence_length"].ratio == 0.625
    assert positions["jargon_rate"].percentile == 20.0  # level with the two posts without jargon
    assert positions["jargon_rate"].ratio == 0.0
    assert positions["exclamation_rate"].ratio is None  # the median post has no "!"


def test_the_placed_post_is_left_out_of_its_baseline(journal):
    ids = add_posts(journal)
    overview = compute_overview(journal, tz=UTC, draft_id=ids["post0"])
    assert overview.baseline_posts == 4
    assert overview.baseline_of("sentence_length").samples == (4.5, 5.0, 8.0, 9.0)
    assert overview.draft[0].percentile == 87.5
    assert overview.posts == 5  # still counted in its month


def test_baseline_takes_the_newest_posts(journal):
    add_posts(journal)
    overview = compute_overview(journal, tz=UTC, baseline_posts=2)
    assert overview.baseline_of("sentence_length").samples == (5.0, 8.0)  # April's post and March 31st's
    assert overview.flags.posts == (2, 0, 2, 1)  # the monthly figures still cover every post


def test_all_drafts_scope(journal):
    add_posts(journal)
    overview = compute_overview(journal, scope=Scope.ALL, tz=UTC)
    now = datetime.now(UTC)
    assert overview.posts == 7  # + the draft and the archived post; never the empty one
    assert overview.months[0] == date(2024, 6, 1)
    assert overview.months[-1] == date(now.year, now.month, 1)
    assert overview.flags.jargon[0] == 3
    assert overview.flags.posts[-1] == 1
    assert overview.baseline_posts == 5  # the baseline is published posts only


def test_empty_journal(journal):
    overview = compute_overview(journal, tz=UTC)
    assert overview.posts == 0
    assert overview.months == ()
    assert overview.values == ()
    assert overview.baseline_of("sentence_length") == VoiceBaseline("sentence_length", (), 0.0, 0.0, 0.0, 0.0, 0.0)
    assert place_draft(overview.baseline, "") == ()


def test_progress_cache_and_cancel(journal):
    ids = add_posts(journal)
    calls: list[tuple[int, int]] = []
    cache = PostCache()
    compute_overview(journal, scope=Scope.ALL, tz=UTC, cache=cache, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 7), (7, 7)]
    calls.clear()
    compute_overview(journal, scope=Scope.ALL, tz=UTC, cache=cache, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(7, 7)]  # nothing analysed again
    calls.clear()
    journal.save_text(ids["draft"], "I listen. I listen again.")
    overview = compute_overview(
        journal, scope=Scope.ALL, tz=UTC, cache=cache, progress=lambda d, t: calls.append((d, t))
    )
    assert calls == [(6, 7), (7, 7)]  # only the edited draft
    assert overview.values[1].expressed[-1] == 2

    def stop(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        compute_overview(journal, scope=Scope.ALL, progress=stop)


def test_cache_is_dropped_when_the_values_change(journal):
    add_posts(journal)
    cache = PostCache()
    compute_overview(journal, tz=UTC, cache=cache)
    journal.set_values([Value("Courage", fits=("delay",))])
    overview = compute_overview(journal, tz=UTC, cache=cache)
    assert [(v.name, v.expressed) for v in overview.values] == [("Courage", (1, 0, 0, 0))]


def test_overview_key_changes_only_with_the_journal(journal):
    ids = add_posts(journal)
    key = overview_key(journal)
    assert compute_overview(journal, tz=UTC).key == key
    assert overview_key(journal) == key
    journal.save_text(ids["draft"], "A draft changes nothing to the posts.")
    assert overview_key(journal) == key
    assert overview_key(journal, Scope.ALL) != overview_key(journal, Scope.ALL, draft_id=ids["draft"])
    journal.record_export(ids["draft"], "linkedin", "text", "hash")
    assert overview_key(journal) != key
    key = overview_key(journal)
    journal.set_values([*VALUES, Value("Courage")])
    assert overview_key(journal) != key


def test_insights_load_without_qt():
    code = (
        "import sys, brandjournal.insights, brandjournal.storage.queries; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'numpy'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
