"""Property tests: any Unicode input, no exception, valid spans; lexicon suggestions never loop."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandjournal.analysis import analyze, detect_language, voice_stats
from brandjournal.analysis.lexicons import load
from brandjournal.domain import FlagKind, Intention, IntentionKind, Profile, Value
from tests.analysis.helpers import SURFACE, check_offsets

PROFILE = Profile(values=(Value("Transparence", fits=("coulisses",), betrays=("sans commentaire",)), Value("Honest")))

# pieces that exercise the tricky paths: markdown, French spacing, emoji ZWJ, RTL, NUL, combining marks
PIECES = st.sampled_from(
    [
        "Nous impactons ",
        "leveraging ",
        "synergies",
        "« ",
        " »",
        " ?",
        " !",
        " : ",
        "\n",
        "\n\n",
        "- ",
        "# ",
        "**",
        "_",
        "`",
        "```\n",
        "[a](http://x.io)",
        "@ana ",
        "#Tag ",
        "👨‍👩‍👧",
        "🎉",
        "\u200f",
        "\u202e",
        "\x00",
        "e\u0301",
        "ﬁ",
        "İ",
        "ß",
        "M. ",
        "etc. ",
        "je ne suis pas transparent",
        "not honest",
        "9h30",
        "1,000",
        "<b>",
        "</b>",
        "&amp;",
        "'",
        "’",
        "-",
        "l'écosystème ",
        "I think ",
        "DM me ",
        "\r\n",
        "\t",
        "\ufeff",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, first=st.one_of(st.none(), TEXTS), kind=st.sampled_from([None, *IntentionKind]))
def test_any_input_gives_valid_spans(text, first, kind):
    report = analyze(text, PROFILE, Intention("", kind), first=first, baseline=[text], ui_lang="fr")
    check_offsets(text, report.flags)
    assert 0 <= report.score <= 100
    assert report.language in ("fr", "en", "mixed")
    assert detect_language(text) in ("fr", "en", "mixed")
    assert set(voice_stats(text)) >= {"sentence_length", "first_person", "jargon_rate", "exclamation_rate"}


@pytest.mark.slow
@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, first=st.one_of(st.none(), TEXTS))
def test_any_input_gives_valid_spans_long(text, first):
    report = analyze(text, PROFILE, Intention("", IntentionKind.SHARE), first=first, max_chars=200)
    check_offsets(text[:200], report.flags)


def _suggestions() -> list[tuple[str, str, str]]:
    lex = load()
    return sorted(
        {(rule, e.lang, e.suggestion) for ld in lex.langs.values() for rule, e in ld.entries.items() if e.suggestion}
    )


@pytest.mark.skipif(not _suggestions(), reason="no bundled lexicon suggestions yet")
def test_suggestions_never_loop():
    """Every suggestion, analysed alone, must not itself be flagged as jargon, hedge or peacock."""
    looping = []
    for rule, lang, suggestion in _suggestions():
        report = analyze(suggestion, Profile(), lang=lang)
        bad = [f.rule for f in report.flags if f.kind in SURFACE]
        if bad:
            looping.append((rule, suggestion, bad))
    assert looping == []


def test_kinds_are_known():
    report = analyze("We are leveraging synergies, honestly.", PROFILE)
    assert {f.kind for f in report.flags} <= set(FlagKind)
