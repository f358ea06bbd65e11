"""Markdown masking, sentence splitting and per-sentence language detection."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze, detect_language
from brandjournal.analysis.engine import parse
from brandjournal.analysis.text import mask_markdown
from brandjournal.domain import Profile


def sentences(lex, text):
    doc, _ = parse(text, lex)
    return [doc.sentence_text(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Dupont est venu. Il a parlé.", ["M. Dupont est venu.", "Il a parlé."]),
        ("Dr. Smith said hi. We left.", ["Dr. Smith said hi.", "We left."]),
        ("Use tools, e.g. Figma. Then ship.", ["Use tools, e.g. Figma.", "Then ship."]),
        ("Des outils, etc. Ensuite on livre.", ["Des outils, etc.", "Ensuite on livre."]),
        ("Vraiment ? Oui ! Enfin : c'est fait.", ["Vraiment ?", "Oui !", "Enfin : c'est fait."]),
        ("Il a dit « Bravo ! » Puis il est parti.", ["Il a dit « Bravo ! »", "Puis il est parti."]),
        ("Line one\nLine two\n\nLine three", ["Line one", "Line two", "Line three"]),
        ("A long sentence that wraps\nonto the next line.", ["A long sentence that wraps\nonto the next line."]),
        ("What I learned:\n- be kind\n- ship often", ["What I learned:", "be kind", "ship often"]),
        ("Big day 🎉 Thanks to all.", ["Big day 🎉", "Thanks to all."]),
        ("Family 👨‍👩‍👧 first. Always.", ["Family 👨‍👩‍👧 first.", "Always."]),
        ("We grew 3.5% in Q2. Nice.", ["We grew 3.5% in Q2.", "Nice."]),
        ("J. K. Rowling wrote it. Yes.", ["J. K. Rowling wrote it.", "Yes."]),
        ("", []),
        ("🎉🎉🎉", []),
    ],
)
def test_sentence_split(lex, text, expected):
    assert sentences(lex, text) == expected


def test_mask_keeps_length_and_newlines():
    text = "Hi @ana, see [doc](https://x.io) and `code` #tag <b>ok</b>\n```\nx\n```"
    masked = mask_markdown(text)
    assert len(masked) == len(text)
    assert masked.count("\n") == text.count("\n")
    assert masked.split() == ["Hi", ",", "see", "doc", "and", "ok"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hier, j'ai rencontré l'équipe et nous avons parlé du projet.", "fr"),
        ("Yesterday I met the team and we talked about the project.", "en"),
        (
            "Hier, j'ai rencontré l'équipe. Nous avons beaucoup parlé. "
            "Then we went to the office and it was great. It was a good day for the team.",
            "mixed",
        ),
        ("Merci à tous. Thanks!", "fr"),
        ("", "en"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_language_per_sentence(lex):
    doc, lang = parse("Nous avons livré la version. We shipped it on time and it works.", lex)
    assert [s.lang for s in doc.sentences] == ["fr", "en"]
    assert lang == "en" or lang == "fr"


def test_letters_joined_by_an_ampersand_are_one_word(lex):
    """ "P&L", "R&D", "M&A" are read as one word, so a pattern written "own the p&l" can match; a spaced "&" still
    separates words."""
    doc, _ = parse("We own the P&L and the R&D budget; Tom & Jerry approve.", lex)
    words = [doc.source[t.start : t.end] for s in doc.sentences for t in s.tokens]
    assert words == ["We", "own", "the", "P&L", "and", "the", "R&D", "budget", "Tom", "Jerry", "approve"]
    report = analyze("You will own the P&L for EMEA.", Profile())
    assert [(f.rule, f.text) for f in report.flags] == [("jargon.en.own_the", "own the P&L")]
