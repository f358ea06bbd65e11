"""Label compounds: "AI-native", "people-first", "purpose-led", "data-driven", "patient-centric", "future-ready".

Office-speak coins these faster than any list (a writer's "async-first" or "hospitality-led" is new every week),
so they are found by their second half. Many have a literal twin ("solar-powered", "food-grade", "child-proof",
"volunteer-led clean-up"), so the flag is context: shown only in a post already dense with jargon, as information.
"""

from __future__ import annotations

from brandjournal.analysis.lexicons import Entry
from brandjournal.analysis.text import Sentence

_LABEL_ENDINGS = frozenset(
    {"native", "first", "led", "driven", "centric", "centred", "centered", "centricity", "dense", "ready", "enabled",
     "powered", "focused", "forward", "agnostic", "obsessed", "aligned", "oriented", "grade", "proof", "minded",
     "savvy", "backed", "fuelled", "fueled", "infused", "optimised", "optimized", "augmented", "accretive"}
)  # fmt: skip
# First halves that make the compound literal: what powers a machine, what a material is fit for, what it resists.
_LITERAL_FIRST = frozenset(
    {"solar", "battery", "wind", "steam", "gas", "electric", "diesel", "petrol", "water", "hand", "horse", "pedal",
     "coin", "foot", "mains", "nuclear", "food", "medical", "pharmaceutical", "military", "weapons", "weapon",
     "fire", "child", "bullet", "weather", "rust", "shatter", "leak", "fool", "oven", "self", "well", "left",
     "right", "single", "double", "level", "broad", "narrow", "fine", "open", "close", "hard", "soft", "far",
     "near", "absent", "like", "high", "low", "short", "long", "back", "front", "head", "cross", "volunteer", "family",
     "parent", "student", "pupil", "farmer", "chef", "nurse", "doctor", "teacher"}
)  # fmt: skip

_COMPOUND = Entry(
    "label_compound",
    "jargon.en.label_compound",
    "jargon",
    "en",
    "context",
    "(say what it changes in practice)",
    "A '-first', '-led' or '-driven' label stands in for what you actually do.",
    (),
)


def compound_matches(sentence: Sentence, source: str) -> list[tuple[int, int, Entry]]:
    """(token start, token end, entry) for each "X-first"-style label written with a hyphen."""
    if _LABEL_ENDINGS.isdisjoint(sentence.norms):
        return []  # most sentences: one set test in C instead of a pass over the tokens
    toks = sentence.tokens
    found = []
    for i in range(1, len(toks)):
        second = toks[i]
        if second.norm not in _LABEL_ENDINGS or source[second.start - 1 : second.start] != "-":
            continue
        first = toks[i - 1]
        if first.end != second.start - 1 or first.digit or first.norm in _LITERAL_FIRST or len(first.norm) < 2:
            continue
        found.append((i - 1, i + 1, _COMPOUND))
    return found
