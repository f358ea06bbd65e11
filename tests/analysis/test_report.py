"""Score, explanation, filters (accepted words, silenced rules, dismissed fingerprints), truncation."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.report import compute_score
from brandjournal.domain import FlagKind, Profile, Value

TEXT = "We are leveraging synergies. Arguably the best. I was honest."


def kinds(report):
    return [(str(f.kind), f.text) for f in report.flags]


@pytest.mark.parametrize(
    ("words", "warnings", "expressed", "score"),
    [
        (120, 0, 0, 100),
        (120, 3, 0, 67),
        (120, 3, 1, 69),
        (120, 3, 5, 72),
        (10, 3, 0, 40),
        (400, 1, 0, 95),
        (600, 1, 5, 99),
    ],
)
def test_score_formula(words, warnings, expressed, score):
    assert compute_score(words, warnings, expressed)[0] == score


def test_score_explanation_en_fr(lex):
    profile = Profile(values=(Value("Honest"),))
    report = analyze(TEXT, profile, lexicons=lex)
    assert report.words == 10
    assert report.score == 42
    assert report.score_explanation == "3 warnings in 10 words → 40, +2 for 1 expression of your values → 42"
    fr = analyze(TEXT, profile, lexicons=lex, ui_lang="fr")
    assert fr.score_explanation == "3 alertes pour 10 mots → 40, +2 pour 1 expression de vos valeurs → 42"


def test_score_explanation_exact(lex):
    report = analyze("We are leveraging data.", Profile(), lexicons=lex)
    assert (report.score, report.score_explanation) == (67, "1 warning in 4 words → 67")
    report = analyze("Nous impactons le marché.", Profile(), lexicons=lex, ui_lang="fr")
    assert (report.score, report.score_explanation) == (67, "1 alerte pour 4 mots → 67")
    report = analyze("Un bon texte.", Profile(), lexicons=lex, ui_lang="fr")
    assert (report.score, report.score_explanation) == (100, "0 alerte pour 3 mots → 100")


def test_accepted_words(lex):
    assert kinds(analyze(TEXT, Profile(accepted_words=frozenset({"synergy"})), lexicons=lex)) == [
        ("jargon", "leveraging"),
        ("hedge", "Arguably"),
    ]
    assert kinds(analyze(TEXT, Profile(accepted_words=frozenset({"Leveraging", "arguably"})), lexicons=lex)) == [
        ("jargon", "synergies"),
    ]


@pytest.mark.parametrize(
    ("silenced", "expected"),
    [
        ({"hedge"}, [("jargon", "leveraging"), ("jargon", "synergies")]),
        ({"jargon.en.leverage"}, [("jargon", "synergies"), ("hedge", "Arguably")]),
        ({"jargon.en"}, [("hedge", "Arguably")]),
        ({"jargon.e"}, [("jargon", "leveraging"), ("jargon", "synergies"), ("hedge", "Arguably")]),
    ],
)
def test_silenced_rules(lex, silenced, expected):
    assert kinds(analyze(TEXT, Profile(silenced_rules=frozenset(silenced)), lexicons=lex)) == expected


def test_dismissal_survives_unrelated_edits(lex):
    report = analyze(TEXT, Profile(), lexicons=lex)
    dismissed = frozenset({report.flags[0].fingerprint})  # "leveraging"
    edited = "Intro line added.\n\n" + TEXT.replace("Arguably the best.", "Truly the best.")
    again = analyze(edited, Profile(dismissed=dismissed), lexicons=lex)
    assert kinds(again) == [("jargon", "synergies")]
    # the same word in another sentence is a new occurrence: still flagged
    other = analyze("They keep leveraging me.", Profile(dismissed=dismissed), lexicons=lex)
    assert kinds(other) == [("jargon", "leveraging")]


def test_max_chars_truncates_with_notice(lex):
    text = "Fine words here. " * 10 + "We are leveraging data."
    report = analyze(text, Profile(), lexicons=lex, max_chars=50)
    assert report.flags == ()
    assert report.notices == ("Draft too long: analysed the first 50 characters only.",)
    full = analyze(text, Profile(), lexicons=lex, max_chars=10_000)
    assert [f.text for f in full.flags] == ["leveraging"]
    assert full.notices == ()


def test_to_dict_shape(lex):
    report = analyze("We are leveraging data.", Profile(values=(Value("Honest"),)), lexicons=lex)
    data = report.to_dict()
    assert data["language"] == "en"
    assert data["values"] == [{"name": "Honest", "expressed": 0, "betrayed": 0}]
    assert data["intention"] == {"declared": None, "detected": "share"}
    flag = data["flags"][0]
    assert (flag["kind"], flag["start"], flag["end"], flag["text"], flag["rule"]) == (
        "jargon",
        7,
        17,
        "leveraging",
        "jargon.en.leverage",
    )
    assert report.flags[0].kind is FlagKind.JARGON
