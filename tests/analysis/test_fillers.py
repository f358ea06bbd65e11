"""Set phrases with a filler word inside (brandjournal/analysis/rules/fillers.py), through the real engine."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile


def _evidence(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyze(text, Profile()).flags if f.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("This quarter we had to think really outside the box.", "think really outside the box"),
        ("Il faut sortir vraiment de sa zone de confort.", "sortir vraiment de sa zone de confort"),
    ],
)
def test_a_filler_inside_a_set_phrase_does_not_hide_it(text: str, evidence: str) -> None:
    assert evidence in _evidence(text, "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "We really care about the people who call us at night.",
        "On a vraiment bien mangé chez Paulette, merci encore.",
    ],
)
def test_fillers_in_plain_sentences_make_no_phrase(text: str) -> None:
    assert _evidence(text, "jargon") == [] and _evidence(text, "peacock") == []


def test_two_words_around_an_adverb_are_not_joined_into_a_phrase() -> None:
    text = "Our customers absolutely love the new opening hours."
    assert _evidence(text, "jargon") == []  # not "customer love" ("absolutely love" is puffery on its own)
