"""English "-ing" words in French sentences (brandjournal/analysis/rules/franglais.py), through the real engine."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile


def _flags(text: str) -> list[tuple[str, str, str]]:
    return [(text[f.start : f.end], f.rule, f.severity.value) for f in analyze(text, Profile()).flags]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("On a fait un gros travail de nudging auprès des clients.", "nudging"),
        ("Le scoping du projet a pris trois semaines de plus que prévu.", "scoping"),
        ("Je fais du masterminding avec deux amies entrepreneuses.", "masterminding"),
    ],
)
def test_an_english_ing_word_in_a_french_sentence_is_flagged_as_information(text: str, evidence: str) -> None:
    assert (evidence, "jargon.fr.anglicisme_ing", "info") in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai trouvé une place de parking près du camping.",  # borrowings French has made its own
        "Le planning de la semaine est affiché en salle de pause.",
        "Elle travaille chez Boeing depuis 2019.",  # a name
        "We're scoping the project this week.",  # English is English
    ],
)
def test_everyday_borrowings_names_and_english_sentences_are_left_alone(text: str) -> None:
    assert not [f for f in _flags(text) if f[1] == "jargon.fr.anglicisme_ing"]
