"""Markdown → plain text for LinkedIn, Mastodon, X and Bluesky: exact layout."""

from __future__ import annotations

import pytest

from brandjournal.export.plaintext import markdown_to_plain_text
from tests.export.export_samples import ENGLISH_PLAIN, ENGLISH_POST, FRENCH_PLAIN, FRENCH_POST


def test_french_post() -> None:
    assert markdown_to_plain_text(FRENCH_POST, "fr") == FRENCH_PLAIN


def test_english_post() -> None:
    assert markdown_to_plain_text(ENGLISH_POST, "en") == ENGLISH_PLAIN


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**gras** et _italique_ et ***les deux***", "gras et italique et les deux"),
        ("# Un titre\n\nLe texte.", "Un titre\n\nLe texte."),
        ("## Sous-titre ##\nSuite", "Sous-titre\n\nSuite"),
        ("#leadership #valeurs", "#leadership #valeurs"),  # hashtags are not headings
        ("Première ligne\nDeuxième ligne", "Première ligne\nDeuxième ligne"),  # the author's line breaks stay
        ("Dur  \nsaut", "Dur\nsaut"),  # a Markdown hard break is one line break
        ("Un `code` ici", "Un code ici"),
        ("[site](https://example.com)", "site (https://example.com)"),
        ("[https://example.com](https://example.com)", "https://example.com"),
        ("<https://example.com>", "https://example.com"),
        ("Bare https://example.com/x.", "Bare https://example.com/x."),
        ("[écrivez-moi](mailto:a@example.com)", "écrivez-moi (mailto:a@example.com)"),
        ("<ana@example.com>", "ana@example.com"),
        ("[example.com](https://example.com/)", "https://example.com/"),
        ("[www.example.fr](http://www.example.fr)", "http://www.example.fr"),
        ("![L’équipe au complet](photo.jpg)", "[image: L’équipe au complet]"),
        ("![](photo.jpg)", "[image]"),
        ("AT&amp;T &eacute;t&eacute; &#128578; &lt;tag&gt;", "AT&T été 🙂 <tag>"),
        ("Du <b>HTML</b> <span style='color:red'>brut</span>", "Du HTML brut"),
        ("Avant<script>alert(1)</script> après", "Avant après"),
        ("\\*pas en italique\\*", "*pas en italique*"),
        ("1. un\n2. deux\n\n---\n\nfin", "1. un\n2. deux\n\n———\n\nfin"),
        ("3. trois\n4. quatre", "3. trois\n4. quatre"),
        ("- a\n    - a.1\n    - a.2\n- b", "• a\n  • a.1\n  • a.2\n• b"),
        ("```\nx = 1\n  y = 2\n```", "x = 1\n  y = 2"),
        ("| Valeur | Note |\n|---|---|\n| Honnêteté | 5 |", "Valeur | Note\nHonnêteté | 5"),
        ("Un fait[^1].\n\n[^1]: La source.", "Un fait[1].\n\n———\n\n1. La source."),
    ],
)
def test_markdown_constructs(source: str, expected: str) -> None:
    assert markdown_to_plain_text(source, "fr") == expected


def test_block_quote_uses_the_language_quotes() -> None:
    assert markdown_to_plain_text("> Be kind.", "en") == "“Be kind.”"
    assert markdown_to_plain_text("> Sois gentil.", "fr") == "«\u00a0Sois gentil.\u00a0»"
    assert markdown_to_plain_text("> Un.\n>\n> Deux.", "fr-CA") == "«\u00a0Un.\n\nDeux.\u00a0»"


def test_paragraphs_are_separated_by_exactly_one_blank_line() -> None:
    assert markdown_to_plain_text("Un.\n\n\n\nDeux.\n\n\n", "fr") == "Un.\n\nDeux."
