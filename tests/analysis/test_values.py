"""Values expressed / betrayed, negation in both languages, concept mapping (fixture lexicons)."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import FlagKind, Profile, Severity, Value, ValueCount
from tests.analysis.helpers import check_offsets

VALUE_KINDS = (FlagKind.VALUE_EXPRESSED, FlagKind.VALUE_BETRAYED)


def value_spans(report):
    return [(str(f.kind), f.text, f.value) for f in report.flags if f.kind in VALUE_KINDS]


TRANSPARENCE = Profile(values=(Value("Transparence"),))
HONEST = Profile(values=(Value("Honest"),))
HUMILITE = Profile(values=(Value("Humilité"),))

CASES = [
    # the concept is found from a value named only "Transparence" / "Honest" / "Humilité"
    (TRANSPARENCE, "Voici les coulisses du projet.", [("value_expressed", "les coulisses", "Transparence")]),
    (TRANSPARENCE, "Je veux partager les chiffres.", [("value_expressed", "partager les chiffres", "Transparence")]),
    (TRANSPARENCE, "We went behind the scenes.", [("value_expressed", "behind the scenes", "Transparence")]),
    (TRANSPARENCE, "Une équipe transparente.", [("value_expressed", "transparente", "Transparence")]),
    (TRANSPARENCE, "Je ne suis pas transparent.", [("value_betrayed", "ne suis pas transparent", "Transparence")]),
    (TRANSPARENCE, "Jamais transparent, ce board.", [("value_betrayed", "Jamais transparent", "Transparence")]),
    (
        TRANSPARENCE,
        "Un projet sans aucune transparence.",
        [("value_betrayed", "sans aucune transparence", "Transparence")],
    ),
    (TRANSPARENCE, "Sans commentaire.", [("value_betrayed", "Sans commentaire", "Transparence")]),
    (TRANSPARENCE, "We were not transparent.", [("value_betrayed", "not transparent", "Transparence")]),
    (TRANSPARENCE, "It isn't transparent.", [("value_betrayed", "isn't transparent", "Transparence")]),
    (TRANSPARENCE, "There was a lack of transparency.", [("value_betrayed", "lack of transparency", "Transparence")]),
    (TRANSPARENCE, "Not only transparent but kind.", [("value_expressed", "transparent", "Transparence")]),
    (TRANSPARENCE, "Ce n'est pas opaque, c'est transparent.", [("value_expressed", "transparent", "Transparence")]),
    (TRANSPARENCE, "Il ne fait que rester transparent.", [("value_expressed", "transparent", "Transparence")]),
    (TRANSPARENCE, "Rien n'est plus transparent.", [("value_betrayed", "Rien n'est plus transparent", "Transparence")]),
    (TRANSPARENCE, "Le plus transparent possible.", [("value_expressed", "transparent", "Transparence")]),
    (TRANSPARENCE, "Un board peu transparent.", [("value_betrayed", "peu transparent", "Transparence")]),
    (TRANSPARENCE, "Un peu plus transparent.", [("value_expressed", "transparent", "Transparence")]),
    (TRANSPARENCE, "It was less than transparent.", [("value_betrayed", "less than transparent", "Transparence")]),
    (TRANSPARENCE, "Anything but transparent.", [("value_betrayed", "Anything but transparent", "Transparence")]),
    (TRANSPARENCE, "Il est loin d'être transparent.", [("value_betrayed", "loin d'être transparent", "Transparence")]),
    (
        HONEST,
        "To be frank, I was honest.",
        [("value_expressed", "To be frank", "Honest"), ("value_expressed", "honest", "Honest")],
    ),
    (HONEST, "Not honest at all.", [("value_betrayed", "Not honest", "Honest")]),
    (HONEST, "Without honesty, nothing works.", [("value_betrayed", "Without honesty", "Honest")]),
    (HONEST, "Just a white lie.", [("value_betrayed", "white lie", "Honest")]),
    (HONEST, "I have never been honest.", [("value_betrayed", "never been honest", "Honest")]),
    (HUMILITE, "Un leader sans aucune humilité.", [("value_betrayed", "sans aucune humilité", "Humilité")]),
    (HUMILITE, "Ce discours n'a rien d'humble.", [("value_betrayed", "n'a rien d'humble", "Humilité")]),
    (HUMILITE, "Je me suis trompée, et je le dis.", [("value_expressed", "Je me suis trompée", "Humilité")]),
    (HUMILITE, "Tout ça grâce à moi.", [("value_betrayed", "grâce à moi", "Humilité")]),
    (HUMILITE, "Je ne dirai pas « grâce à moi », c'est l'équipe.", []),  # quoted betray: a mention
    (HONEST, "No more white lie here.", [("value_betrayed", "white lie", "Honest")]),  # negated: info only
]


@pytest.mark.parametrize(("profile", "text", "expected"), CASES)
def test_value_spans(lex, profile, text, expected):
    report = analyze(text, profile, lexicons=lex)
    check_offsets(text, report.flags)
    assert value_spans(report) == expected


def test_author_fits_and_betrays_with_inflections(lex):
    profile = Profile(values=(Value("Écoute", fits=("écouter", "prendre le temps"), betrays=("couper la parole",)),))
    text = "J'ai écouté Léa. Nous prenons le temps. Il coupait la parole."
    report = analyze(text, profile, lexicons=lex)
    assert value_spans(report) == [
        ("value_expressed", "écouté", "Écoute"),
        ("value_expressed", "prenons le temps", "Écoute"),
        ("value_betrayed", "coupait la parole", "Écoute"),
    ]
    assert report.values == (ValueCount("Écoute", 2, 1),)
    rules = [f.rule for f in report.flags]
    assert rules == ["value.expressed.ecoute", "value.expressed.ecoute", "value.betrayed.ecoute"]


def test_french_pronominal_verbs_in_compound_tenses(lex):
    profile = Profile(values=(Value("Collaboration", betrays=("s'approprier",)),))
    report = analyze("Il s'est approprié le travail. Elle s'approprie tout.", profile, lexicons=lex)
    assert value_spans(report) == [
        ("value_betrayed", "s'est approprié", "Collaboration"),
        ("value_betrayed", "s'approprie", "Collaboration"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was dishonest.", [("value_betrayed", "dishonest", "Honest")]),
        ("Un choix malhonnête.", [("value_betrayed", "malhonnête", "Honest")]),
        ("Not dishonest, just tired.", []),  # a double negative is no betrayal
    ],
)
def test_prefixed_antonyms_betray(lex, text, expected):
    report = analyze(text, HONEST, lexicons=lex)
    assert value_spans(report) == expected
    assert all(f.rule == "value.betrayed.honesty.antonym" for f in report.flags)


def test_rule_ids_use_concept_and_negation_suffix(lex):
    report = analyze("Transparent, mais pas transparent.", TRANSPARENCE, lexicons=lex)
    assert [f.rule for f in report.flags] == [
        "value.expressed.transparency",
        "value.betrayed.transparency.negation",
    ]


def test_negated_betray_is_information_only(lex):
    report = analyze("Never a white lie.", HONEST, lexicons=lex)
    (flag,) = report.flags
    assert (flag.kind, flag.severity, flag.rule, flag.text) == (
        FlagKind.VALUE_BETRAYED,
        Severity.INFO,
        "value.betrayed.honesty.negated",
        "white lie",
    )
    assert flag.message == (
        "« white lie » usually goes against your value « Honest »; here it is negated (« Never »): "
        "check that it reads as you mean."
    )
    assert report.score == 100


def test_values_counted_in_profile_order(lex):
    profile = Profile(values=(Value("Honest"), Value("Transparence"), Value("Courage")))
    report = analyze("Honest and transparent. Not honest.", profile, lexicons=lex)
    assert report.values == (
        ValueCount("Honest", 1, 1),
        ValueCount("Transparence", 1, 0),
        ValueCount("Courage", 0, 0),
    )


def test_betrayed_message_names_value_and_negation(lex):
    report = analyze("Je ne suis pas transparent.", TRANSPARENCE, lexicons=lex, ui_lang="fr")
    assert report.flags[0].message == (
        "« ne suis pas transparent » nie votre valeur « Transparence » (négation « ne »)."
    )
    report = analyze("We were not transparent.", TRANSPARENCE, lexicons=lex, ui_lang="en")
    assert report.flags[0].message == ("« not transparent » denies your value « Transparence » (negated by « not »).")


def test_french_wording_of_a_concept_is_not_looked_for_in_english_sentences():
    """Accents ignored, French "omission" and "rumeurs" are English words: the bundled concept's French wording
    applies to French (and mixed) sentences only; its English wording applies everywhere (franglais)."""
    profile = Profile(values=(Value("Transparency"),))
    english = analyze("That omission was mine, and the rumeurs were wrong.", profile)
    assert value_spans(english) == []
    french = analyze("Cette omission était la mienne, et les rumeurs étaient fausses.", profile)
    assert value_spans(french) == [
        ("value_betrayed", "omission", "Transparency"),
        ("value_betrayed", "rumeurs", "Transparency"),
    ]
    franglais = analyze("On a publié le post-mortem, et nous partageons les chiffres.", profile)
    assert ("value_expressed", "post-mortem", "Transparency") in value_spans(franglais)
