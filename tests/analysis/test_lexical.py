"""Jargon / hedge / peacock matching through inflections, with exact spans (fixture lexicons)."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.patterns import compile_pattern, decode_slots, encode_slots
from brandjournal.domain import FlagKind, Profile, Severity
from tests.analysis.helpers import SURFACE, check_offsets, spans

CASES = [
    # English inflections and multiword variants
    ("We are leveraging data.", [("jargon", "leveraging")]),
    ("She leveraged it; he leverages it.", [("jargon", "leveraged"), ("jargon", "leverages")]),
    ("Real synergies appeared.", [("jargon", "synergies")]),
    ("They pushed the envelope again.", [("jargon", "pushed the envelope")]),
    ("She keeps pushing the envelope.", [("jargon", "pushing the envelope")]),
    ("Two game-changers this year.", [("jargon", "game-changers")]),
    ("A game changer, truly.", [("jargon", "game changer")]),
    ("Thanks to our ecosystem.", [("jargon", "our ecosystem")]),
    ("Learnings from the week.", [("jargon", "Learnings")]),
    ("We need to move the needle.", [("jargon", "move the needle")]),
    ("It moved the proverbial needle.", [("jargon", "moved the proverbial needle")]),
    ("We drive real growth.", [("jargon", "drive real growth")]),
    ("A WORLD-CLASS team.", [("jargon", "WORLD-CLASS")]),
    ("Why Great Teams Leverage Every Meeting", [("jargon", "Leverage")]),  # Title Case: not a proper noun
    ("Arguably the best week.", [("hedge", "Arguably")]),
    ("I think it matters.", [("hedge", "I think")]),
    # French: gender, number, conjugations, elision
    ("Nos synergies sont là.", [("jargon", "synergies")]),
    ("Des outils disruptifs.", [("jargon", "disruptifs")]),
    ("Une approche disruptive.", [("jargon", "disruptive")]),
    ("Nous impactons le marché.", [("jargon", "impactons")]),
    ("Cela a impacté l'équipe.", [("jargon", "impacté")]),
    ("Bienvenue dans l'écosystème.", [("jargon", "écosystème")]),
    ("Elle fait bouger les lignes.", [("jargon", "fait bouger les lignes")]),
    ("Un résultat incroyable.", [("peacock", "incroyable")]),
    ("Il me semble que oui.", [("hedge", "Il me semble")]),
    # Franglais: English jargon inside a French sentence
    ("Nous allons leverager, enfin leverage, nos données.", [("jargon", "leverage")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lexical_spans(lex, text, expected):
    report = analyze(text, Profile(), lexicons=lex)
    check_offsets(text, report.flags)
    assert spans(report, *SURFACE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We learned a lot from the learning sessions.",  # =learnings is exact: "learning" is fine
        "I met the founders of Leverage yesterday.",  # capitalised mid-sentence: a proper noun
        "Do you think it works?",  # a hedge in a question to the reader is a real question
        "The envelope was pushed under the door.",  # words out of order
        "We push, the envelope is sealed.",  # punctuation breaks a phrase
        "```\nleverage synergy\n```\nAll good here.",  # code block
        "See `leverage()` in the docs.",  # code span
        "Read https://example.com/leverage-synergy today.",  # URL
        "[our notes](https://x.io/synergy) are online.",  # link target
        "#Synergy #leverage for the win.",  # hashtags are topic labels
        "Thanks @synergy_team for the help.",  # mentions
        '<span class="synergy">Hello</span> there.',  # HTML tag attributes
    ],
)
def test_no_false_positive(lex, text):
    report = analyze(text, Profile(), lexicons=lex)
    assert spans(report, *SURFACE) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [('I banned the word "synergy" from our meetings.', "synergy"), ("Je déteste le mot « synergie ».", "synergie")],
)
def test_quoted_words_are_information_only(lex, text, evidence):
    report = analyze(text, Profile(), lexicons=lex)
    assert [(f.kind, f.text, f.severity) for f in report.flags] == [(FlagKind.JARGON, evidence, Severity.INFO)]
    assert report.score == 100


def test_same_words_in_two_lexicons_are_flagged_once(lex):
    report = analyze("A world-class team.", Profile(), lexicons=lex)
    assert [(f.kind, f.text, f.rule) for f in report.flags] == [
        (FlagKind.JARGON, "world-class", "jargon.en.world_class")
    ]


def test_info_severity_from_lexicon(lex):
    report = analyze("An amazing day.", Profile(), lexicons=lex)
    assert [(f.kind, f.severity, f.rule) for f in report.flags] == [
        (FlagKind.PEACOCK, Severity.INFO, "peacock.en.amazing")
    ]
    assert report.score == 100


def test_message_says_why_and_which_words(lex):
    report = analyze("We are leveraging data.", Profile(), lexicons=lex, ui_lang="en")
    (flag,) = report.flags
    assert flag.message == (
        "« leveraging » is jargon: it sounds corporate rather than like you. A long word for use. Try « use »."
    )
    assert flag.suggestion == "use"
    report_fr = analyze("We are leveraging data.", Profile(), lexicons=lex, ui_lang="fr")
    assert report_fr.flags[0].message == (
        "« leveraging » est du jargon : cela sonne « entreprise » plutôt que vous. Essayez « use »."
    )


@pytest.mark.parametrize(
    "pattern",
    [
        "push the envelope",
        "% off",
        "?really excited",
        "our|my|the ecosystem",
        "* followers",
        "s'approprier",
        "=learnings",
    ],
)
def test_stored_pattern_roundtrip(pattern):
    slots = compile_pattern(pattern, None)
    assert decode_slots(encode_slots(slots)) == slots


def test_markdown_emphasis_keeps_original_offsets(lex):
    text = "# Title\n\n**We are leveraging** _synergies_, really."
    report = analyze(text, Profile(), lexicons=lex)
    check_offsets(text, report.flags)
    assert spans(report) == [("jargon", "leveraging"), ("jargon", "synergies")]
