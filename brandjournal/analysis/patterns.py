"""The pattern syntax of resources/lexicons/FORMAT.md: parsing, inflection expansion and matching.

A pattern is a list of *slots* (one per space-separated word). A slot is optional (``?word``), a wildcard
(``*``) or a set of alternatives (``a|b``); one alternative can hold several tokens ("world-class", "l'écosystème"
are two tokens each), and each token is a frozenset of accepted normalised forms. Only the LAST token of an
alternative is inflected ("game-changer" -> "game changers"); ``=word`` is never inflected, nor are function words.

Matching runs over the tokens of one sentence; consecutive pattern tokens must be separated only by spaces,
hyphens, apostrophes or a comma in the source ("je me trompe peut-être, mais"), never by other punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from brandjournal.analysis.text import Token, normalise

_SUBTOKEN = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")

# JSON form of a slot: [optional, wildcard, [["|forms|of|token 1|", "|forms|of|token 2|"...], ...alternatives]].
# Forms are packed in one "|a|b|c|" string per token: a membership test is a C substring search for "|norm|",
# and the compiled file holds a few thousand strings instead of a hundred thousand (it loads 5x faster).
JsonSlot = list


# Spelling variants of function words: "it is often said" also matches "it's often said" (tokens it + s),
# "je pense que" matches "je pense qu'il", "la" matches "l'". Purely orthographic, so even =exact words get them.
_CONTRACTIONS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "is": frozenset({"s"}),
        "has": frozenset({"s"}),
        "s": frozenset({"is", "has"}),
        "are": frozenset({"re"}),
        "re": frozenset({"are"}),
        "will": frozenset({"ll"}),
        "ll": frozenset({"will"}),
        "have": frozenset({"ve"}),
        "ve": frozenset({"have"}),
        "would": frozenset({"d"}),
        "had": frozenset({"d"}),
        "d": frozenset({"would", "had"}),
        "am": frozenset({"m"}),
        "m": frozenset({"am"}),
    },
    "fr": {
        "que": frozenset({"qu"}),
        "qu": frozenset({"que"}),
        "de": frozenset({"d"}),
        "d": frozenset({"de"}),
        "le": frozenset({"l"}),
        "la": frozenset({"l"}),
        "l": frozenset({"le", "la"}),
        "je": frozenset({"j"}),
        "j": frozenset({"je"}),
        "ne": frozenset({"n"}),
        "n": frozenset({"ne"}),
        "se": frozenset({"s"}),
        "si": frozenset({"s"}),
        "me": frozenset({"m"}),
        "m": frozenset({"me"}),
        "te": frozenset({"t"}),
        "ce": frozenset({"c"}),
        "c": frozenset({"ce"}),
    },
}


def compile_pattern(
    pattern: str,
    lang: str | None,
    no_inflect: frozenset[str] = frozenset(),
    keep: Callable[[str, str], bool] | None = None,
    nominal: bool = False,
) -> list[JsonSlot]:
    """Pattern text -> JSON-able slots with every inflection spelled out.

    ``keep(form, base)`` may veto generated forms (the build script uses simplemma for that).
    ``nominal``: only number and gender inflections, no verb forms (formulaic cues: "sign up" must not match
    "signed up", "link in the comments" not "linked in the comments"; "fier" still matches "fière").
    A word made only of symbols ("% off") does not become a slot: the next word must be preceded by it.
    """
    from brandjournal.analysis.inflect import expand, has_irregular, nominal_forms  # author words, build

    slots: list[JsonSlot] = []
    symbol = ""
    for word in pattern.split():
        optional = False
        if word.startswith("?") and len(word) > 1:
            optional, word = True, word[1:]
        if word == "*":
            slots.append([optional, True, []])
            continue
        if not _SUBTOKEN.search(word.replace("=", "")):
            symbol = word.strip("=|?")[-1:]
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
                    generated = nominal_forms(sub, lang) if nominal else expand(sub, lang)
                    forms |= {f for f in generated if f == sub or keep is None or keep(f, sub)}
                for table_lang, table in _CONTRACTIONS.items():
                    if lang in (None, table_lang) and sub in table:
                        forms |= table[sub]
                seq.append("|" + "|".join(sorted(forms)) + "|")
            alternatives.append(seq)
        if alternatives:
            slots.append([optional, False, alternatives, symbol] if symbol else [optional, False, alternatives])
            symbol = ""
    if lang in (None, "fr") and not nominal:
        slots = _pronominal_past(slots)
    return slots


_REFLEXIVE = frozenset({"se", "s", "me", "m", "te", "t", "nous", "vous"})
_ETRE = (
    "|"
    + "|".join(
        sorted(
            {
                "suis",
                "es",
                "est",
                "sommes",
                "etes",
                "sont",
                "etais",
                "etait",
                "etions",
                "etiez",
                "etaient",
                "serai",
                "sera",
                "serons",
                "serez",
                "seront",
                "serais",
                "serait",
                "seraient",
                "soit",
                "soient",
                "fut",
                "ete",
            }
        )
    )
    + "|"
)


def _is_infinitive_slot(slot: JsonSlot) -> bool:
    packed = slot[2][0][-1] if not slot[1] and slot[2] else ""
    return bool(packed) and any(f.endswith(("er", "ir", "re")) for f in _forms(packed))


def _pronominal_past(slots: list[JsonSlot]) -> list[JsonSlot]:
    """French pronominal verbs take "être" in compound tenses: "s'approprier" must match "s'est approprié".

    An optional slot of "être" forms is inserted between a reflexive pronoun and the verb that follows it.
    """
    out: list[JsonSlot] = []
    for slot in slots:
        alts = slot[2]
        single = not slot[1] and len(alts) == 1
        # "s'approprier" as one word: split it into "s", ?être, "approprier"
        if single and len(alts[0]) == 2 and set(_forms(alts[0][0])) & _REFLEXIVE and _is_infinitive_slot(slot):
            out.append([slot[0], False, [[alts[0][0]]], *slot[3:]])
            out.append([True, False, [[_ETRE]]])
            out.append([slot[0], False, [[alts[0][1]]]])
            continue
        # "se tromper" as two words
        if (
            out
            and single
            and len(alts[0]) == 1
            and _is_infinitive_slot(slot)
            and not out[-1][1]
            and len(out[-1][2]) == 1
            and len(out[-1][2][0]) == 1
            and set(_forms(out[-1][2][0][0])) & _REFLEXIVE
        ):
            out.append([True, False, [[_ETRE]]])
        out.append(slot)
    return out


def to_slots(json_slots: Sequence[JsonSlot]) -> tuple:
    """Slots ready for matching. The JSON lists are used as they are: membership tests only run on the few
    candidate patterns the index proposes, so lists of forms are as fast as sets and cost nothing to load."""
    return tuple(json_slots)


def _forms(packed: str) -> list[str]:
    return packed.strip("|").split("|")


def _first_keys(slots: Sequence[JsonSlot]) -> tuple[set[str], bool]:
    """Forms a match can start with, and whether it may start with any word (leading wildcard)."""
    keys: set[str] = set()
    for optional, wildcard, alts, *_ in slots:
        if wildcard:
            return keys, True
        for alt in alts:
            keys.update(_forms(alt[0]))
        if not optional:
            return keys, False
    return keys, True


_MAX_PAIRS = 400
_PAIR_FIRST_FORMS = 3


def _triple_keys(slots: Sequence[JsonSlot]) -> set[str] | None:
    """ "a b c" keys when the pattern starts with two fixed frequent words and a third fixed word ("j'ai hâte")."""
    lead: list[list[str]] = []
    for slot in slots:
        if slot[0] or slot[1] or len(slot[2]) != 1 or len(slot) > 3:
            break
        lead.extend(_forms(packed) for packed in slot[2][0])
        if len(lead) >= 3:
            break
    if len(lead) < 3 or len(lead[0]) > _PAIR_FIRST_FORMS or len(lead[1]) > _PAIR_FIRST_FORMS:
        return None
    if len(lead[0]) * len(lead[1]) * len(lead[2]) > _MAX_PAIRS:
        return None
    return {f"{a} {b} {c}" for a in lead[0] for b in lead[1] for c in lead[2]}


def _pair_keys(slots: Sequence[JsonSlot]) -> set[str] | None:
    """ "first second" keys when the first two words of the pattern are fixed, else None."""
    optional, wildcard, alts = slots[0][:3]
    if optional or wildcard or sum(len(_forms(alt[0])) for alt in alts) > _PAIR_FIRST_FORMS:
        return None  # only patterns led by a fixed, frequent word ("the", "de", "my|our") need pairs
    pairs: set[str] = set()
    for alt in alts:
        if len(alt) >= 2:
            seconds: set[str] = set(_forms(alt[1]))
        elif len(slots) >= 2 and not slots[1][0] and not slots[1][1]:
            seconds = {form for a in slots[1][2] for form in _forms(a[0])}
        else:
            return None
        firsts = _forms(alt[0])
        if len(firsts) * len(seconds) + len(pairs) > _MAX_PAIRS:
            return None
        pairs.update(f"{a} {b}" for a in firsts for b in seconds)
    return pairs


def _match(slots: Sequence[JsonSlot], k: int, toks: Sequence[Token], i: int, start: int) -> int:
    if k == len(slots):
        return i
    slot = slots[k]
    optional, wildcard, alts = slot[0], slot[1], slot[2]
    n = len(toks)
    if len(slot) > 3 and (i >= n or toks[i].before != slot[3]):
        return _match(slots, k + 1, toks, i, start) if optional else -1
    if wildcard:
        if i < n and (i == start or toks[i].joined or toks[i].comma):
            end = _match(slots, k + 1, toks, i + 1, start)
            if end >= 0:
                return end
    else:
        for alt in alts:
            j = i
            for forms in alt:
                if j < n and toks[j].key in forms and (j == start or toks[j].joined or toks[j].comma or len(slot) > 3):
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


class Match:
    """A pattern found in a sentence: token indexes [start, end) and the pattern's payload."""

    __slots__ = ("end", "payload", "start")

    def __init__(self, start: int, end: int, payload: object) -> None:
        self.start = start  # token index in the sentence (inclusive)
        self.end = end  # token index (exclusive)
        self.payload = payload


# Stored pattern: slots joined by TAB; a slot is a 3-character header (r|o required/optional, a|w alternatives/
# wildcard, the symbol that must precede it or a space) followed by its alternatives joined by ";", each
# alternative's tokens joined by " " (a token being its packed "|form|form|" string). Forms are word characters,
# so the separators never clash, and the JSON file holds plain strings without escapes (fast to load).
def encode_slots(slots: Sequence[JsonSlot]) -> str:
    parts = []
    for slot in slots:
        symbol = slot[3] if len(slot) > 3 and slot[3] else " "
        header = ("o" if slot[0] else "r") + ("w" if slot[1] else "a") + symbol
        parts.append(header + ";".join(" ".join(alt) for alt in slot[2]))
    return "\t".join(parts)


def decode_slots(text: str) -> list[JsonSlot]:
    slots: list[JsonSlot] = []
    for part in text.split("\t"):
        optional, wildcard, symbol, body = part[0] == "o", part[1] == "w", part[2], part[3:]
        alts = [alt.split(" ") for alt in body.split(";")] if body else []
        slots.append([optional, wildcard, alts, symbol] if symbol != " " else [optional, wildcard, alts])
    return slots


def _ids(entry: list[int] | str | None) -> list[int]:
    """Pattern numbers of an index entry: a list (built at run time) or "12 40" (loaded from JSON)."""
    if not entry:
        return []
    if isinstance(entry, str):
        return [int(x) for x in entry.split()]
    return entry


class Matcher:
    """Many patterns, indexed by the forms their first word, or first two words, can take.

    A pattern whose first two words are fixed ("push the envelope") is indexed under every "first second" pair
    of forms, so frequent first words ("the", "de") do not make every position try hundreds of patterns.
    The index is plain JSON data (``to_json``/``from_json``): the build script stores it, so loading the
    bundled lexicons is a ``json.loads`` and nothing more. To keep that load cheap (``brandjournal check`` is a
    short process), the stored patterns are compact JSON strings parsed the first time the index proposes them,
    and index entries are strings of pattern numbers ("12 40") split only when a word of the draft hits them.
    """

    __slots__ = ("_after", "_any", "_first", "_next", "_pairs", "_triples", "patterns", "payloads")

    def __init__(self) -> None:
        self.patterns: list = []
        self.payloads: list = []
        self._first: dict[str, list[int]] = {}
        self._pairs: dict[str, list[int]] = {}
        self._triples: dict[str, list[int]] = {}  # "j ai hate": frequent two-word openings need a third word
        self._after: dict[str, list[int]] = {}  # "* followers": indexed by the word AFTER the leading wildcard
        self._any: list[int] = []
        self._next: dict[int, str] = {}  # pid -> forms the SECOND word must have ("" = no quick check)

    def add(self, slots: Sequence[JsonSlot], payload: object) -> None:
        if not slots:
            return
        pid = len(self.patterns)
        self.patterns.append(slots)
        self.payloads.append(payload)
        triples = _triple_keys(slots)
        if triples is not None:
            for triple in triples:
                self._triples.setdefault(triple, []).append(pid)
            return
        pairs = _pair_keys(slots)
        if pairs is not None:
            for pair in pairs:
                self._pairs.setdefault(pair, []).append(pid)
            return
        if len(slots) > 1 and slots[0][1] and not slots[0][0] and not slots[1][0] and not slots[1][1]:
            for key in {form for alt in slots[1][2] for form in _forms(alt[0])}:
                self._after.setdefault(key, []).append(pid)
            return
        keys, anywhere = _first_keys(slots)
        for key in keys:
            self._first.setdefault(key, []).append(pid)
        if anywhere:
            self._any.append(pid)

    def to_json(self, payload_ids: Sequence[int]) -> dict:
        def packed(index: dict[str, list[int]]) -> dict[str, str]:
            return {k: " ".join(map(str, v)) for k, v in sorted(index.items())}

        return {
            "patterns": [encode_slots(p) for p in self.patterns],
            "payloads": list(payload_ids),
            "first": packed(self._first),
            "pairs": packed(self._pairs),
            "triples": packed(self._triples),
            "after": packed(self._after),
            "any": self._any,
        }

    @classmethod
    def from_json(cls, data: dict, payloads: Sequence[object]) -> Matcher:
        matcher = cls()
        matcher.patterns = data.get("patterns", [])
        matcher.payloads = [payloads[i] for i in data.get("payloads", [])]
        matcher._first = data.get("first", {})
        matcher._pairs = data.get("pairs", {})
        matcher._triples = data.get("triples", {})
        matcher._after = data.get("after", {})
        matcher._any = data.get("any", [])
        return matcher

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def _slots(self, pid: int) -> Sequence[JsonSlot]:
        slots = self.patterns[pid]
        if isinstance(slots, str):  # stored form: decoded on first use
            slots = self.patterns[pid] = decode_slots(slots)
        return slots

    def _second(self, pid: int) -> str:
        """Packed forms the word after the first must have, when that is fixed; "" otherwise (cached).

        Most candidates proposed by the index fail on their second word: checking it with one substring
        search avoids the recursive matcher for them.
        """
        known = self._next.get(pid)
        if known is None:
            slots = self._slots(pid)
            known = ""
            first = slots[0]
            if not first[0] and not first[1] and first[2] and all(len(alt) == 1 for alt in first[2]):
                if len(slots) > 1 and not slots[1][0] and not slots[1][1] and len(slots[1]) == 3:
                    known = "|" + "|".join(f for alt in slots[1][2] for f in _forms(alt[0])) + "|"
            elif not first[0] and not first[1] and first[2] and all(len(alt) == 2 for alt in first[2]):
                known = "|" + "|".join(f for alt in first[2] for f in _forms(alt[1])) + "|"
            self._next[pid] = known
        return known

    def find(self, toks: Sequence[Token], keep: Callable[[object], bool] | None = None) -> list[Match]:
        """Every (start, longest end, payload) match in a token sequence (payloads passing ``keep``)."""
        found: list[Match] = []
        first, pairs, anywhere, after, triples = self._first, self._pairs, self._any, self._after, self._triples
        payloads = self.payloads
        slots_of = self._slots
        if after:  # leading-wildcard patterns start one word before their first fixed word
            for i in range(1, len(toks)):
                for pid in _ids(after.get(toks[i].norm)):
                    if keep is not None and not keep(payloads[pid]):
                        continue
                    end = _match(slots_of(pid), 0, toks, i - 1, i - 1)
                    if end > i:
                        found.append(Match(i - 1, end, payloads[pid]))
        for i, tok in enumerate(toks):
            hit = first.get(tok.norm)
            candidates = _ids(hit) if hit else []
            if pairs and tok.pair:
                paired = pairs.get(tok.pair)
                if paired:
                    candidates = _ids(paired) + candidates
            if triples and tok.triple:
                tripled = triples.get(tok.triple)
                if tripled:
                    candidates = _ids(tripled) + candidates
            if anywhere:
                candidates = candidates + anywhere
            if not candidates:
                continue
            nxt = toks[i + 1].key if i + 1 < len(toks) else "|"
            for pid in candidates:
                if keep is not None and not keep(payloads[pid]):
                    continue
                second = self._second(pid)
                if second and nxt not in second:
                    continue
                slots = slots_of(pid)
                end = _match(slots, 0, toks, i, i)
                if end > i:
                    # "20% off": the number before a leading symbol belongs to the evidence
                    start = i - 1 if len(slots[0]) > 3 and i > 0 and toks[i - 1].digit else i
                    found.append(Match(start, end, payloads[pid]))
        return found


def build_matcher(items: Iterable[tuple[Sequence[JsonSlot], object]]) -> Matcher:
    matcher = Matcher()
    for json_slots, payload in items:
        matcher.add(to_slots(json_slots), payload)
    return matcher
