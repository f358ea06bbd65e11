"""Odd characters a real post holds, by class: what the fuzzers in this folder mix into their texts."""

from __future__ import annotations

from hypothesis import strategies as st

ODD: dict[str, list[str]] = {
    "rtl": ["مرحبا بالعالم ", "שלום עולם ", "\u202e", "\u202c", "\u200f", "\u200e", "\u2067", "\u2069", "\u061c"],
    "emoji": ["👨\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "🇫🇷", "🇬🇧", "👍🏽", "🎉", "❤️", "🧑\u200d💻", "\U0001f600"],
    "astral": ["𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠜎", "\U00010000", "\U0010fffd", "𝐁𝐨𝐥𝐝 "],
    "combining": ["e\u0301", "a\u0300\u0301\u0302", "n\u0303", "Z\u0351\u0352\u0353", "\u0301", "ǅ", "ﬁ", "İ", "ß"],
    "controls": ["\x00", "\x01", "\x1f", "\x7f", "\x0c", "\x0b", "\t", "\r", "\r\n", "\u2028", "\u2029", "\ufeff"],
    "spaces": ["\u00a0", "\u202f", "\u2009", "\u3000", "\u200b", "\u200d", "\u2060"],
    "surrogates": ["\ud800", "\udfff", "\udc80"],
    "markdown": ["# ", "**", "_", "`", "```\n", "> ", "- ", "1. ", "[a](https://x.example/a)", "<b>", "&amp;", "\n\n"],
    "words": [
        "We leverage synergies ",
        "Nous impactons l'écosystème ",
        "« honnêtement » ",
        "I think ",
        "not honest ",
        "je ne suis pas transparent ",
        "DM me ",
        "game-changer ",
        ". ",
        " ? ",
        "@ana ",
        "#Tag ",
        "https://example.org/x ",
    ],
}

ALL_PIECES = [piece for pieces in ODD.values() for piece in pieces]
# Text the editor can hold: Python strings with lone surrogates cannot be saved or shown (see test_qt_offsets).
EDITOR_PIECES = [piece for kind, pieces in ODD.items() if kind != "surrogates" for piece in pieces]


def odd_texts(pieces: list[str] = ALL_PIECES, max_pieces: int = 40) -> st.SearchStrategy[str]:
    """Mixtures of odd pieces and arbitrary Unicode, plus plain arbitrary text."""
    return st.one_of(
        st.text(max_size=200),
        st.lists(st.one_of(st.sampled_from(pieces), st.text(max_size=6)), max_size=max_pieces).map("".join),
    )
