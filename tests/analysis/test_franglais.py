"""English "-ing" words in French sentences (brandjournal/analysis/rules/franglais.py), through the real engine."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.lexicons import WordList, word_list
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


# Other English words: context, shown only in a post already dense with jargon (fr/loanwords.toml, build-time list).
_DENSE = "Il faut synergiser nos équipes et capitaliser sur nos leviers de croissance. "


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("On en reparle en off avant jeudi.", "off"),
        ("Le staff est au complet pour la saison.", "staff"),
        ("Les chiffres sont dans le spreadsheet partagé.", "spreadsheet"),
        ("On lance notre marketplace en mars.", "marketplace"),
        ("Premier rendez-vous avec un prospect ce matin.", "prospect"),
    ],
)
def test_an_english_word_in_a_dense_french_post_is_context_information(sentence: str, evidence: str) -> None:
    flags = _flags(_DENSE + sentence)
    assert (evidence, "jargon.fr.anglicisme", "info") in flags, flags


@pytest.mark.parametrize(
    "sentence",
    [
        "On en reparle en off avant jeudi.",
        "Le staff est au complet pour la saison.",
        "Les chiffres sont dans le spreadsheet partagé.",
    ],
)
def test_an_english_word_in_a_plain_french_post_is_left_alone(sentence: str) -> None:
    assert not [f for f in _flags(sentence) if f[1] == "jargon.fr.anglicisme"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le drive du supermarché était fermé, on a fait un brunch à la place.",  # loans French has made its own
        "Nos adhérents ont voté en région pour la coopérative.",  # accented French words, English without accents
        "Le rapport est arrivé chez Deloitte mardi.",  # a name
        "Sorry for the delay, we will send the deck tomorrow.",  # English is English
    ],
)
def test_everyday_loans_french_words_names_and_english_sentences_are_not_borrowings(sentence: str) -> None:
    assert not [f for f in _flags(_DENSE + sentence) if f[1] == "jargon.fr.anglicisme"]


def test_a_stored_word_list_finds_exactly_its_words() -> None:
    words = ["bench", "benchmark", "deal", "deadline", "off", "offboarding", "inbox"]
    stored = word_list(words)
    found = WordList(**stored)
    assert all(w in found for w in words)
    assert [w for w in ("ben", "benc", "benchmarks", "dea", "of", "offb", "inboxes", "zzz", "") if w in found] == []
    assert "deal" in found and "deal" in found  # the second answer comes from the memo
    assert not WordList(**word_list([]))
