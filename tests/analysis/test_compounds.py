"""Label compounds ("AI-native", "people-first", "purpose-led"): brandjournal/analysis/rules/compounds.py, through
the real engine. Context jargon: shown only in a post already dense with jargon."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile

_DENSE = "We leverage synergies to move the needle. "


def _rules(text: str) -> list[tuple[str, str, str]]:
    return [(text[f.start : f.end], f.rule, f.severity.value) for f in analyze(text, Profile()).flags]


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Our hospitality-led studio opens in May.", "hospitality-led"),
        ("Our model is cashflow-first.", "cashflow-first"),
        ("A talent-dense team ships faster.", "talent-dense"),
        ("The whole team is ops-native.", "ops-native"),
    ],
)
def test_a_label_compound_in_a_dense_post_is_context_information(sentence: str, evidence: str) -> None:
    assert (evidence, "jargon.en.label_compound", "info") in _rules(_DENSE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Our hospitality-led studio opens in May.",  # not dense: the post has no other buzzword
        "The solar-powered pump runs all summer.",  # literal first halves
        "We ran a volunteer-led clean-up of the canal.",
        "The food-grade tubing arrived on Tuesday.",
        "She works a 24-hour shift on Saturdays.",
    ],
)
def test_plain_or_literal_compounds_are_left_alone(sentence: str) -> None:
    text = sentence if sentence.startswith("Our hospitality") else _DENSE + sentence
    assert not [r for r in _rules(text) if r[1] == "jargon.en.label_compound"]


def test_a_compound_another_list_holds_keeps_its_kind() -> None:
    text = "Introducing the new Vireo X5 headphones: studio-grade sound, unrivalled comfort and a sleek design."
    flags = analyze(text, Profile()).flags
    assert [(text[f.start : f.end], f.kind.value) for f in flags if "grade" in text[f.start : f.end]] == [
        ("studio-grade", "peacock")
    ]
