"""Voice drift against the first draft and against the author's baseline (fixture lexicons)."""

from __future__ import annotations

from brandjournal.analysis import analyze, voice_stats
from brandjournal.domain import FlagKind, Profile
from tests.analysis.helpers import check_offsets


def drift(report):
    return [(f.rule, f.text) for f in report.flags if f.kind is FlagKind.VOICE_DRIFT]


def test_removed_feeling_replaced_by_jargon_fr(lex):
    first = "Lundi, j'ai eu peur de rater la démo. Finalement tout a marché."
    current = "Lundi, un challenge stimulant avec nos synergies. Finalement tout a marché."
    report = analyze(current, Profile(), first=first, lexicons=lex, ui_lang="fr")
    check_offsets(current, report.flags)
    assert drift(report) == [("drift.first.removed_first_person", "un challenge stimulant avec nos synergies")]
    message = next(f.message for f in report.flags if f.kind is FlagKind.VOICE_DRIFT)
    assert message == (
        "Par rapport à votre premier jet : supprimé « j'ai eu peur de rater la démo », "
        "ajouté « un challenge stimulant avec nos synergies » (votre voix à la première personne)."
    )


def test_removed_concrete_detail_en(lex):
    first = "We shipped 3 fixes for Nadia in Lyon on Friday."
    current = "We shipped several fixes for a client on Friday."
    report = analyze(current, Profile(), first=first, lexicons=lex)
    assert drift(report) == [("drift.first.removed_detail", "several fixes for a client")]


def test_pure_deletion_points_at_current_sentence(lex):
    first = "The audit went fine. I was scared the whole morning. We passed."
    current = "The audit went fine. We passed."
    report = analyze(current, Profile(), first=first, lexicons=lex)
    assert drift(report) == [("drift.first.removed_first_person", "We passed.")]
    assert "removed « I was scared the whole morning » here" in report.flags[0].message


def test_moved_sentence_is_not_lost(lex):
    first = "We shipped on Thursday. It broke the layout. It's 2x faster on our queries."
    current = "We shipped on Thursday. It's 2x faster on our queries, and it broke the layout. Sorry, Ana."
    assert drift(analyze(current, Profile(), first=first, lexicons=lex)) == []


def test_jargon_replacing_plain_words(lex):
    first = "We worked together on the plan."
    current = "We leveraged synergies on the plan."
    report = analyze(current, Profile(), first=first, lexicons=lex)
    assert drift(report) == [("drift.first.added_jargon", "leveraged synergies")]


def test_same_text_or_light_edit_no_drift(lex):
    first = "I was scared before the demo with Léa."
    assert drift(analyze(first, Profile(), first=first, lexicons=lex)) == []
    edited = "I was really scared before the demo with Léa!"
    assert drift(analyze(edited, Profile(), first=first, lexicons=lex)) == []


BASE = [
    "I fixed the build today. My team helped. I am glad.",
    "We met the client. I learned a lot. We go again next week.",
]


def test_baseline_first_person_and_length(lex):
    draft = (
        "The organisation has been pursuing an ambitious transformation programme across every business unit "
        "in order to deliver sustainable value for customers, partners and shareholders in all regions while "
        "keeping costs under strict control and maintaining quality standards everywhere."
    )
    report = analyze(draft, Profile(), baseline=BASE, lexicons=lex)
    assert [r for r, _ in drift(report)] == ["drift.baseline.first_person", "drift.baseline.sentence_length"]
    assert all(t == draft for _, t in drift(report))
    messages = [f.message for f in report.flags if f.kind is FlagKind.VOICE_DRIFT]
    assert messages == [
        "You speak in the first person in 0% of words here versus 25% in your earlier posts.",
        "Sentences average 38 words here versus 4 in your earlier posts.",
    ]


def test_baseline_needs_enough_words(lex):
    assert drift(analyze("Short and punchy!!!", Profile(), baseline=BASE, lexicons=lex)) == []


def test_voice_stats(lex):
    stats = voice_stats("I leverage it! We leverage synergies. Fine.", lexicons=lex)
    assert stats == {
        "words": 7.0,
        "sentences": 3.0,
        "sentence_length": 7 / 3,
        "first_person": 2 / 7,
        "jargon_rate": 100 * 3 / 7,
        "exclamation_rate": 1 / 3,
    }
