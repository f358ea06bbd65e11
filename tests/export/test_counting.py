"""Each platform's counting rule, on the cases that differ between platforms."""

from __future__ import annotations

import pytest

from brandjournal.domain import Platform
from brandjournal.export import SPECS
from brandjournal.export.counting import (
    count_graphemes,
    count_mastodon,
    count_utf16,
    count_x,
    url_spans,
)

FAMILY = "👨‍👩‍👧"  # man ZWJ woman ZWJ girl: 5 code points, 8 UTF-16 units, one grapheme
E_COMBINING = "e\u0301"  # é written as e + combining acute accent
LONG_URL = "https://example.com/articles/2026/11/why-i-stopped-writing-for-the-algorithm?utm_source=bj"


def test_limits_per_platform() -> None:
    assert {platform: spec.limit for platform, spec in SPECS.items()} == {
        Platform.LINKEDIN: 3000,
        Platform.MASTODON: 500,
        Platform.X: 280,
        Platform.BLUESKY: 300,
        Platform.BLOG: None,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", 5),
        (LONG_URL, 23),  # any URL weighs 23...
        ("https://a.fr", 23),  # ...even a short one
        (f"Lire {LONG_URL} !", 5 + 23 + 2),
        ("🙂", 2),
        (FAMILY, 2),  # a ZWJ sequence is one emoji: 2 in all
        ("🇫🇷", 2),
        ("👍🏽", 2),
        ("1️⃣", 2),
        ("漢字", 4),  # CJK weighs 2
        ("été", 3),  # Latin-1 letters weigh 1
        (E_COMBINING, 1),  # NFC first: e + U+0301 is é
        ("“quotes” — dash", 15),  # U+201C, U+201D and U+2014 are in the light ranges
        ("…", 2),  # U+2026 is just outside them
        ("→", 2),  # U+2192 is outside them
        ("«\u00a0oui\u00a0»", 7),
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert count_x(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FAMILY, 1),
        (E_COMBINING, 1),
        ("🇫🇷🇨🇦", 2),
        ("👍🏽", 1),
        (LONG_URL, len(LONG_URL)),  # Bluesky counts a URL as written
        ("Café ☕", 6),
    ],
)
def test_bluesky_counts_graphemes(text: str, expected: int) -> None:
    assert count_graphemes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LONG_URL, 23),
        (f"Voir {LONG_URL}.", 5 + 23 + 1),
        ("Merci @ana@mastodon.social !", len("Merci @ana !")),  # remote mentions count the local part
        (FAMILY, 1),
        ("http://", 7),  # a scheme alone is not a URL
    ],
)
def test_mastodon_counts_urls_as_23(text: str, expected: int) -> None:
    assert count_mastodon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("brandjournal.fr", 23),  # X links a domain written without https:// too
        ("Voir example.com/page.", 5 + 23 + 1),
        ("www.exemple.fr/a_(b))", 23 + 1),
        ("a-very-long-subdomain.example-domain.com", 40),  # never less than its own weight
        ("ana@example.com", 15),  # an e-mail address is not a link
        ("Node.js", 7),
        ("e.g. 3.14", 9),
    ],
)
def test_x_links_without_scheme_weigh_at_least_23(text: str, expected: int) -> None:
    assert count_x(text) == expected


def test_linkedin_counts_utf16_units() -> None:
    assert count_utf16("été") == 3
    assert count_utf16("🙂") == 2
    assert count_utf16(FAMILY) == 8
    assert SPECS[Platform.LINKEDIN].count is count_utf16


def test_url_spans_leave_out_trailing_punctuation_but_keep_balanced_parentheses() -> None:
    text = "Voir https://fr.wikipedia.org/wiki/Éthique_(philosophie). Puis (https://example.com/a), fin."
    assert [text[start:end] for start, end in url_spans(text)] == [
        "https://fr.wikipedia.org/wiki/Éthique_(philosophie)",
        "https://example.com/a",
    ]


def test_url_spans_stop_at_french_quotes() -> None:
    text = "«https://example.com/page»"
    assert [text[start:end] for start, end in url_spans(text)] == ["https://example.com/page"]
