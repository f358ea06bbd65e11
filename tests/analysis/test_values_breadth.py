"""Values with the BUNDLED lexicons: a value named only by its name ("Sobriété", "Exigence", "Ownership") is seen
through its derivations, the bundled concept's fits and betrays, and French/English negations.

The sentences are our own, written for these tests (not taken from the evaluation corpus).
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.rules.values import name_derivations
from brandjournal.domain import FlagKind, Profile, Value
from tests.analysis.helpers import check_offsets

VALUE_KINDS = (FlagKind.VALUE_EXPRESSED, FlagKind.VALUE_BETRAYED)


def value_spans(text: str, *values: Value) -> list[tuple[str, str, str | None]]:
    report = analyze(text, Profile(values=values))
    check_offsets(text, report.flags)
    return [(str(f.kind), f.text, f.value) for f in report.flags if f.kind in VALUE_KINDS]


EXPRESSED, BETRAYED = "value_expressed", "value_betrayed"

CASES = [
    # derivations of the value's name: adverbs, -isme/-iste, French verbs of -e nouns
    ("Honnêteté", "Honnêtement, je ne pensais pas tenir six mois.", [(EXPRESSED, "Honnêtement")]),
    ("Humilité", "Je l'ai appris humblement, à mes dépens.", [(EXPRESSED, "humblement")]),
    ("Humility", "She humbly asked the interns what they thought.", [(EXPRESSED, "humbly")]),
    ("Optimisme", "Je reste optimiste pour la saison prochaine.", [(EXPRESSED, "optimiste")]),
    ("Partage", "J'ai partagé mes supports de cours avec toute la promo.", [(EXPRESSED, "partagé mes")]),
    ("Patience", "Mon fils a appris à lacer ses chaussures, patiemment.", [(EXPRESSED, "patiemment")]),
    # ... but not into words that mean something else
    ("Patience", "Les patients attendaient depuis l'aube.", []),
    ("Équité", "Il faut faire mieux la prochaine fois.", []),  # English "fair" is not French "faire"
    ("Exigence", "Elle m'a demandé un café.", []),  # English "demanding" is not French "demandé"
    # negations beyond ne...pas
    ("Transparence", "Une réorganisation dénuée de toute transparence.", [(BETRAYED, "dénuée de toute transparence")]),
    ("Empathie", "Un courrier de licenciement dépourvu d'empathie.", [(BETRAYED, "dépourvu d'empathie")]),
    ("Écoute", "Le projet a échoué faute d'écoute.", [(BETRAYED, "faute d'écoute")]),
    ("Humilité", "Son discours était tout sauf humble.", [(BETRAYED, "tout sauf humble")]),
    ("Empathy", "The reply was devoid of empathy.", [(BETRAYED, "devoid of empathy")]),
    ("Gratitude", "Je n'ai jamais remercié mon premier chef d'atelier.", [(BETRAYED, "jamais remercié")]),
    ("Honnêteté", "Un discours à peine honnête.", [(BETRAYED, "à peine honnête")]),
    ("Écoute", "Un déficit d'écoute flagrant.", [(BETRAYED, "déficit d'écoute")]),
    ("Bienveillance", "Une carence en bienveillance.", [(BETRAYED, "carence en bienveillance")]),
    ("Empathy", "A dearth of empathy.", [(BETRAYED, "dearth of empathy")]),
    ("Transparence", "La direction est de moins en moins transparente.", [(BETRAYED, "moins transparente")]),
    ("Honesty", "He was less honest than he claims.", [(BETRAYED, "less honest")]),
    ("Honesty", "She is no less honest for it.", [(EXPRESSED, "honest")]),
    ("Transparence", "Au moins transparent, ce board.", [(EXPRESSED, "transparent")]),
    # concepts added for values people name: sobriety, service, pragmatism, optimism, joy, passion
    (
        "Sobriété",
        "Tous nos ordinateurs sont reconditionnés et nos meubles viennent de seconde main.",
        [(EXPRESSED, "reconditionnés"), (EXPRESSED, "seconde main")],
    ),
    ("Sobriété", "Le PDG est venu en jet privé pour parler de la planète.", [(BETRAYED, "jet privé")]),
    ("Frugality", "Our CEO flew in on a private jet to talk about the climate.", [(BETRAYED, "private jet")]),
    (
        "Service",
        "Après la panne, nous avons rappelé chaque client pour expliquer ce qui s'était passé.",
        [(EXPRESSED, "nous avons rappelé")],
    ),
    ("Pragmatisme", "Le nouvel outil interne est une usine à gaz.", [(BETRAYED, "usine à gaz")]),
    ("Optimism", "Everyone kept saying we were doomed.", [(BETRAYED, "doomed")]),
    ("Joie", "On a eu un fou rire en plein inventaire.", [(EXPRESSED, "fou rire")]),
    ("Passion", "Pour lui, c'est juste un job.", [(BETRAYED, "juste un job")]),
    # the opposite behaviours, named only by the value
    ("Bienveillance", "Il lui a répondu sèchement devant tout le monde.", [(BETRAYED, "sèchement")]),
    ("Exigence", "On a rendu un travail à moitié fini, et le client l'a vu.", [(BETRAYED, "travail à moitié")]),
    ("Écoute", "En réunion, il m'a coupé la parole trois fois.", [(BETRAYED, "coupé la parole")]),
    ("Confiance", "Le micromanagement a fait partir mes deux meilleurs développeurs.", [(BETRAYED, "micromanagement")]),
    (
        "Équité",
        "Les femmes de l'équipe étaient payées 15 % de moins que leurs collègues.",
        [(BETRAYED, "15 % de moins que")],
    ),
    ("Équité", "Du stagiaire au directeur, tout le monde a eu la même prime.", [
        (EXPRESSED, "Du stagiaire au directeur"),
        (EXPRESSED, "même prime"),
    ]),
    ("Ownership", "Ce n'est pas ma faute, c'est le prestataire.", [(BETRAYED, "Ce n'est pas ma faute")]),
    ("Responsabilité", "C'est ma faute, et je m'en excuse auprès de vous.", [(EXPRESSED, "C'est ma faute")]),
    ("Autonomie", "Je dois demander la permission pour chaque achat de fournitures.", [
        (BETRAYED, "demander la permission"),
    ]),
    ("Loyauté", "Il a rejoint un concurrent en emportant le fichier clients.", [
        (BETRAYED, "emportant le fichier clients"),
    ]),
    (
        "Transparency",
        "I can't say much yet, but something big is coming.",
        [(BETRAYED, "I can't say much"), (BETRAYED, "something big is coming")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), CASES)
def test_value_named_only_by_its_name(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert value_spans(text, Value(name)) == [(kind, evidence, name) for kind, evidence in expected]


AUTHOR_CASES = [
    # an action noun also matches its verb
    (Value("Rigueur", fits=("vérification",)), "Hier, j'ai vérifié chaque ligne.", [(EXPRESSED, "j'ai vérifié")]),
    (Value("Collaboration"), "We collaborated with the design team.", [(EXPRESSED, "We collaborated")]),
    (Value("Calme", betrays=("arrogant",)), "Son arrogance a tout gâché.", [(BETRAYED, "arrogance")]),
    # any determiner
    (
        Value("Transparence", fits=("partager les chiffres",)),
        "Chaque mois, je partage nos chiffres avec l'équipe.",
        [(EXPRESSED, "partage nos chiffres")],
    ),
    (
        Value("Transparency", fits=("share the numbers",)),
        "Every month I share our numbers with the team.",
        [(EXPRESSED, "share our numbers")],
    ),
    # possessives and reflexive pronouns of any person
    (
        Value("Audace", fits=("sortir de sa zone de confort",)),
        "Cette année, je suis sortie de ma zone de confort.",
        [(EXPRESSED, "sortie de ma zone de confort")],
    ),
    (
        Value("Humilité", fits=("se tromper",)),
        "Nous nous sommes trompés sur le prix.",
        [(EXPRESSED, "nous sommes trompés")],
    ),
    # irregular French verbs the suffix rules miss
    (
        Value("Respect", betrays=("interrompre",)),
        "J'ai été interrompue dix fois pendant ma présentation.",
        [(BETRAYED, "interrompue")],
    ),
    (
        Value("Honnêteté", betrays=("promettre l'impossible",)),
        "Pour signer, on a promis l'impossible au client.",
        [(BETRAYED, "promis l'impossible")],
    ),
    (
        Value("Responsabilité", fits=("reconnaître ses erreurs",)),
        "J'ai reconnu mes erreurs devant toute l'équipe.",
        [(EXPRESSED, "reconnu mes erreurs")],
    ),
    (
        Value("Générosité", fits=("transmettre",)),
        "Je transmets ce que mon maître d'apprentissage m'a appris.",
        [(EXPRESSED, "transmets")],
    ),
]


@pytest.mark.parametrize(("value", "text", "expected"), AUTHOR_CASES)
def test_author_patterns_in_any_person_and_tense(value: Value, text: str, expected: list[tuple[str, str]]) -> None:
    assert value_spans(text, value) == [(kind, evidence, value.name) for kind, evidence in expected]


@pytest.mark.parametrize(
    ("name", "included", "excluded"),
    [
        ("honnete", {"honnetement", "honnetete"}, set()),
        ("humble", {"humblement", "humbly"}, set()),
        ("optimisme", {"optimiste"}, set()),
        ("solidarite", {"solidaire", "solidairement"}, set()),
        ("partage", {"partager"}, set()),
        ("patience", {"patiemment", "patiently"}, {"patient", "patients"}),
        ("curieux", set(), {"curieusement"}),
        ("fair", set(), {"fairly"}),
    ],
)
def test_name_derivations(name: str, included: set[str], excluded: set[str]) -> None:
    forms = name_derivations(name)
    assert included <= forms
    assert not excluded & forms


def test_ambiguous_names_only_give_adverbs() -> None:
    assert name_derivations("ouvert", adverbs_only=True) >= {"ouvertement"}
    assert "ouverte" not in name_derivations("ouvert", adverbs_only=True)


OPPOSITE_CASES = [
    # prefixed and suffixed opposites of the value's (or its concept's) names
    ("Loyauté", "Un comportement déloyal envers ses associés.", [(BETRAYED, "déloyal")]),
    ("Loyalty", "It was a disloyal move.", [(BETRAYED, "disloyal")]),
    ("Care", "A careless reply to a grieving customer.", [(BETRAYED, "careless")]),
    ("Joy", "Another joyless meeting.", [(BETRAYED, "joyless")]),
    # a denial AFTER the value word
    ("Transparence", "Pendant la fusion, la transparence était totalement absente.", [
        (BETRAYED, "transparence était totalement absente"),
    ]),
    ("Empathy", "Empathy was missing from the whole process.", [(BETRAYED, "Empathy was missing")]),
    ("Écoute", "L'écoute faisait cruellement défaut.", [(BETRAYED, "écoute faisait cruellement défaut")]),
    ("Humilité", "L'humilité a disparu avec le succès.", [(BETRAYED, "humilité a disparu")]),
    # ... unless that denial is itself negated, or means something else
    ("Bienveillance", "Dans cette équipe, la bienveillance ne manque pas.", [(EXPRESSED, "bienveillance")]),
    ("Transparence", "Ils sont transparents par défaut.", [(EXPRESSED, "transparents")]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), OPPOSITE_CASES)
def test_opposites_and_denials_after_the_value(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert value_spans(text, Value(name)) == [(kind, evidence, name) for kind, evidence in expected]


def test_negated_author_betray_makes_its_behaviour_a_fit() -> None:
    value = Value("Fiabilité", betrays=("ne pas tenir ses promesses",))
    assert value_spans("Cette année, je n'ai pas tenu mes promesses envers mes clients.", value) == [
        (BETRAYED, "n'ai pas tenu mes promesses", "Fiabilité")
    ]
    assert value_spans("Cette année, j'ai tenu mes promesses.", value) == [
        (EXPRESSED, "tenu mes promesses", "Fiabilité")
    ]
    listening = Value("Listening", betrays=("never listen",))
    assert value_spans("I did not listen to my team.", listening) == [(BETRAYED, "not listen", "Listening")]
    assert value_spans("That was my problem.", Value("Ownership", betrays=("not my problem",))) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Transparence", "La transparence n'a jamais été notre point fort.", [
            (BETRAYED, "transparence n'a jamais été notre point fort"),
        ]),
        ("Listening", "Listening was never our strength.", [(BETRAYED, "Listening was never our strength")]),
        ("Humilité", "L'humilité, ce n'est pas mon truc.", [(BETRAYED, "humilité, ce n'est pas mon truc")]),
        # a negation after the value that denies something else
        ("Intégrité", "L'intégrité, ce n'est pas une slide dans un deck.", [(EXPRESSED, "intégrité")]),
        ("Humilité", "L'humilité n'est pas une faiblesse, c'est notre force.", [(EXPRESSED, "humilité")]),
    ],
)  # fmt: skip
def test_value_denied_as_a_strength(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert value_spans(text, Value(name)) == [(kind, evidence, name) for kind, evidence in expected]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Écoute active", "En réunion, il m'a coupé la parole trois fois.", [(BETRAYED, "coupé la parole")]),
        ("Extreme ownership", "That's on me, not the team.", [(EXPRESSED, "That's on me")]),
        ("Radical candor", "I was not candid with her.", [(BETRAYED, "not candid")]),
    ],
)
def test_a_longer_name_maps_to_the_concept_one_of_its_words_names(
    name: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert value_spans(text, Value(name)) == [(kind, evidence, name) for kind, evidence in expected]


def test_a_value_naming_two_concepts_uses_both() -> None:
    value = Value("Honnêteté et transparence")
    text = "Je ne peux pas en dire plus. Je ne suis pas honnête."
    assert value_spans(text, value) == [
        (BETRAYED, "Je ne peux pas en dire plus", value.name),
        (BETRAYED, "ne suis pas honnête", value.name),
    ]
    both = Value("Respect & kindness")
    assert value_spans("He humiliated her. Be kind.", both) == [
        (BETRAYED, "humiliated", both.name),
        (EXPRESSED, "Be kind", both.name),
    ]


def test_odd_value_names() -> None:
    text = "Il m'a coupé la parole. Ses choix. Je ne suis pas honnête."
    assert value_spans(text, Value("C++")) == []  # a lone "c" must not become "ce", "ses"
    assert value_spans(text, Value("L'écoute")) == [(BETRAYED, "coupé la parole", "L'écoute")]
    assert value_spans(text, Value("L’honnêteté")) == [(BETRAYED, "ne suis pas honnête", "L’honnêteté")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Je me suis trompé sur presque tout.", "value_expressed"),  # "se tromper" admits a mistake
        ("J'ai été bluffé par son travail.", None),  # "bluffé" means impressed
    ],
)
def test_french_words_that_look_like_deceit_but_are_not(text: str, kind: str | None) -> None:
    report = analyze(text, Profile(values=(Value(name="Honnêteté", meaning=""),)))
    kinds = {f.kind.value for f in report.flags if f.kind.value.startswith("value")}
    assert kinds == ({kind} if kind else set())
