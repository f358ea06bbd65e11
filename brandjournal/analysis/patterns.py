"""The pattern syntax of resources/lexicons/FORMAT.md: parsing, inflection expansion and matching.

A pattern is a list of *slots* (one per space-separated word). A slot is optional (``?word``), a wildcard
(``*``) or a set of alternatives (``a|b``); one alternative can hold several tokens ("world-class", "l'écosystème"
are two tokens each), and each token is a frozenset of accepted normalised forms. Only the LAST token of an
alternative is inflected ("game-changer" -> "game changers"); ``=word`` is never inflected, nor are function words.

Matching runs over the tokens of one sentence; consecutive pattern tokens must be separated only by spaces,
hyphens or apostrophes in the source (never by other punctuation).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from brandjournal.analysis.inflect import expand, has_irregular
from brandjournal.analysis.text import Token, normalise

_SUBTOKEN = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")

# JSON form of a slot: [optional, wildcard, [[forms of token 1, forms of token 2...], ...alternatives]]
JsonSlot = list
Slot = tuple[bool, bool, tuple[tuple[frozenset[str], ...], ...]]


def compile_pattern(
    pattern: str,
    lang: str | None,
    no_inflect: frozenset[str] = frozenset(),
    keep: Callable[[str, str], bool] | None = None,
) -> list[JsonSlot]:
    """Pattern text -> JSON-able slots with every inflection spelled out.

    ``keep(form, base)`` may veto generated forms (the build script uses simplemma for that).
    """
    slots: list[JsonSlot] = []
    for word in pattern.split():
        optional = False
        if word.startswith("?") and len(word) > 1:
            optional, word = True, word[1:]
        if word == "*":
            slots.append([optional, True, []])
            continue
        alternatives: list[list[list[str]]] = []
        for alt in word.split("|"):
            exact = alt.startswith("=")
            subtokens = _SUBTOKEN.findall(normalise(alt.lstrip("=")))
            if not subtokens:
                continue
            seq: list[list[str]] = []
            for pos, sub in enumerate(subtokens):
                forms = {sub}
                last = pos == len(subtokens) - 1
                if (
                    last
                    and not exact
                    and len(sub) > 2
                    and (sub not in no_inflect or has_irregular(sub))
                    and not sub.isdigit()
                ):
                    forms |= {f for f in expand(sub, lang) if f == sub or keep is None or keep(f, sub)}
                seq.append(sorted(forms))
            alternatives.append(seq)
        if alternatives:
            slots.append([optional, False, alternatives])
    return slots


def to_slots(json_slots: Sequence[JsonSlot]) -> tuple[Slot, ...]:
    return tuple(
        (bool(opt), bool(wild), tuple(tuple(frozenset(forms) for forms in alt) for alt in alts))
        for opt, wild, alts in json_slots
    )


def _first_keys(slots: tuple[Slot, ...]) -> tuple[set[str], bool]:
    """Forms a match can start with, and whether it may start with any word (leading wildcard)."""
    keys: set[str] = set()
    for optional, wildcard, alts in slots:
        if wildcard:
            return keys, True
        for alt in alts:
            keys |= alt[0]
        if not optional:
            return keys, False
    return keys, True


def _match(slots: tuple[Slot, ...], k: int, toks: Sequence[Token], i: int, start: int) -> int:
    if k == len(slots):
        return i
    optional, wildcard, alts = slots[k]
    n = len(toks)
    if wildcard:
        if i < n and (i == start or toks[i].joined):
            end = _match(slots, k + 1, toks, i + 1, start)
            if end >= 0:
                return end
    else:
        for alt in alts:
            j = i
            for forms in alt:
                if j < n and toks[j].norm in forms and (j == start or toks[j].joined):
                    j += 1
                else:
                    break
            else:
                end = _match(slots, k + 1, toks, j, start)
                if end >= 0:
                    return end
    if optional:
        return _match(slots, k + 1, toks, i, start)
    return -1


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index in the sentence (inclusive)
    end: int  # token index (exclusive)
    payload: object


class Matcher:
    """Many patterns, indexed by the forms their first word can take."""

    __slots__ = ("_any", "_index")

    def __init__(self) -> None:
        self._index: dict[str, list[tuple[tuple[Slot, ...], object]]] = {}
        self._any: list[tuple[tuple[Slot, ...], object]] = []

    def add(self, slots: tuple[Slot, ...], payload: object) -> None:
        if not slots:
            return
        keys, anywhere = _first_keys(slots)
        item = (slots, payload)
        for key in keys:
            self._index.setdefault(key, []).append(item)
        if anywhere:
            self._any.append(item)

    def __bool__(self) -> bool:
        return bool(self._index or self._any)

    def find(self, toks: Sequence[Token]) -> list[Match]:
        """Every (start, longest end, payload) match in a token sequence."""
        found: list[Match] = []
        index, anywhere = self._index, self._any
        for i, tok in enumerate(toks):
            candidates = index.get(tok.norm)
            if candidates is None and not anywhere:
                continue
            for slots, payload in (candidates or []) + anywhere if anywhere else candidates:
                end = _match(slots, 0, toks, i, i)
                if end > i:
                    found.append(Match(i, end, payload))
        return found


def build_matcher(items: Iterable[tuple[Sequence[JsonSlot], object]]) -> Matcher:
    matcher = Matcher()
    for json_slots, payload in items:
        matcher.add(to_slots(json_slots), payload)
    return matcher
