"""The pattern syntax of resources/lexicons/FORMAT.md: parsing, inflection expansion and matching.

A pattern is a list of *slots* (one per space-separated word). A slot is optional (``?word``), a wildcard
(``*``) or a set of alternatives (``a|b``); one alternative can hold several tokens ("world-class", "l'écosystème"
are two tokens each), and each token is a frozenset of accepted normalised forms. Only the LAST token of an
alternative is inflected ("game-changer" -> "game changers"); ``=word`` is never inflected, nor are function words.

Matching runs over the tokens of one sentence; consecutive pattern tokens must be separated only by spaces,
hyphens, apostrophes or a comma in the source ("je me trompe peut-être, mais"), never by other punctuation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from zlib import crc32

from brandjournal.analysis.text import WORD, Token, normalise

_SUBTOKEN = WORD  # pattern words are split exactly as the draft is tokenised

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


def context_words(pattern: str) -> tuple[str, int, int]:
    """A pattern's words without the parentheses of its context words, and how many of them lead and trail.

    ``(we|i) leverage`` must see "we" or "i" before "leverage", but only "leverage" is the evidence: a first or a
    last word in parentheses is context. ``context_trim`` turns the counts into tokens once compiled.
    """
    words = pattern.split()
    lead = tail = 0
    if len(words) > 1 and words[0][:1] == "(" and words[0][-1:] == ")":
        words[0], lead = words[0][1:-1], 1
    if len(words) > 1 and words[-1][:1] == "(" and words[-1][-1:] == ")":
        words[-1], tail = words[-1][1:-1], 1
    return " ".join(words), lead, tail


def context_trim(slots: Sequence[JsonSlot], lead: int, tail: int) -> tuple[int, int]:
    """Tokens to drop from each end of a match for ``lead``/``tail`` context words (see ``context_words``).

    A context word must be a required word whose alternatives all have the same number of tokens ("let's" is
    two): a match then always spends exactly that many tokens on it.
    """
    trims = []
    for count, slot in ((lead, slots[0] if slots else None), (tail, slots[-1] if slots else None)):
        if not count:
            trims.append(0)
            continue
        if slot is None or slot[0] or slot[1] or len(slots) < 2:
            raise ValueError("a context word in parentheses must be a required word beside other words")
        widths = {len(alt) for alt in slot[2]}
        if len(widths) != 1:
            raise ValueError("the alternatives of a context word must have the same number of words")
        trims.append(widths.pop())
    middle = slots[1 if lead else 0 : len(slots) - (1 if tail else 0)]
    if (lead or tail) and not any(not slot[0] and not slot[1] for slot in middle):
        raise ValueError("a pattern needs a required word outside its context words (the evidence)")
    return trims[0], trims[1]


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
    return bool(packed) and any(f.endswith(("er", "ir", "re")) for f in packed_forms(packed))


def _pronominal_past(slots: list[JsonSlot]) -> list[JsonSlot]:
    """French pronominal verbs take "être" in compound tenses: "s'approprier" must match "s'est approprié".

    An optional slot of "être" forms is inserted between a reflexive pronoun and the verb that follows it.
    """
    out: list[JsonSlot] = []
    for slot in slots:
        alts = slot[2]
        single = not slot[1] and len(alts) == 1
        # "s'approprier" as one word: split it into "s", ?être, "approprier"
        if single and len(alts[0]) == 2 and set(packed_forms(alts[0][0])) & _REFLEXIVE and _is_infinitive_slot(slot):
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
            and set(packed_forms(out[-1][2][0][0])) & _REFLEXIVE
        ):
            out.append([True, False, [[_ETRE]]])
        out.append(slot)
    return out


def to_slots(json_slots: Sequence[JsonSlot]) -> tuple:
    """Slots ready for matching. The JSON lists are used as they are: membership tests only run on the few
    candidate patterns the index proposes, so lists of forms are as fast as sets and cost nothing to load."""
    return tuple(json_slots)


def packed_forms(packed: str) -> list[str]:
    """The forms of one packed slot word ("|team|teams|" -> ["team", "teams"])."""
    return packed.strip("|").split("|")


def _first_keys(slots: Sequence[JsonSlot]) -> tuple[set[str], bool]:
    """Forms a match can start with, and whether it may start with any word (leading wildcard)."""
    keys: set[str] = set()
    for optional, wildcard, alts, *_ in slots:
        if wildcard:
            return keys, True
        for alt in alts:
            keys.update(packed_forms(alt[0]))
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
        lead.extend(packed_forms(packed) for packed in slot[2][0])
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
    if optional or wildcard or sum(len(packed_forms(alt[0])) for alt in alts) > _PAIR_FIRST_FORMS:
        return None  # only patterns led by a fixed, frequent word ("the", "de", "my|our") need pairs
    pairs: set[str] = set()
    for alt in alts:
        if len(alt) >= 2:
            seconds: set[str] = set(packed_forms(alt[1]))
        elif len(slots) >= 2 and not slots[1][0] and not slots[1][1] and len(slots[1]) <= 3:
            seconds = {form for a in slots[1][2] for form in packed_forms(a[0])}
        else:
            return None  # (a second word after a symbol, "test & learn", is not joined to the first: no pair)
        firsts = packed_forms(alt[0])
        if len(firsts) * len(seconds) + len(pairs) > _MAX_PAIRS:
            return None
        pairs.update(f"{a} {b}" for a in firsts for b in seconds)
    return pairs


def _match(slots: Sequence[JsonSlot], k: int, toks: Sequence[Token], i: int, start: int) -> int:
    """End (exclusive token index) of the longest way ``slots[k:]`` match from token ``i``, or -1."""
    n = len(toks)
    # Fixed slots (required, one alternative, no symbol: most of them) leave no choice: walked in a loop; the
    # recursion below is for optional words, wildcards and alternatives.
    count = len(slots)
    while k < count:
        slot = slots[k]
        if slot[0] or slot[1] or len(slot) > 3 or len(slot[2]) != 1:
            break
        for forms in slot[2][0]:
            if i < n and toks[i].key in forms and (i == start or toks[i].joined or toks[i].comma):
                i += 1
            else:
                return -1
        k += 1
    if k == count:
        return i
    slot = slots[k]
    optional, wildcard, alts = slot[0], slot[1], slot[2]
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


Head = tuple[tuple[str, ...], int, "frozenset[str] | None"]  # ``_fixed_head`` of a pattern
_first_token = itemgetter(0)  # of an alternative


def _fixed_head(slots: Sequence[JsonSlot]) -> Head:
    """The packed forms of each token of the pattern's leading fixed slots (required, one alternative, no symbol),
    how many slots that is (``_match_head`` walks them without looking at the slots again), and the forms of its
    last required word (``_last_required``)."""
    forms: list[str] = []
    k = 0
    early = 0  # the fixed slots that start within the first three tokens
    for slot in slots:
        if slot[0] or slot[1] or len(slot) > 3 or len(slot[2]) != 1:
            break
        if len(forms) < 3:
            early = k + 1
        forms += slot[2][0]
        k += 1
    return tuple(forms), k, _last_required(slots, early)


def _last_required(slots: Sequence[JsonSlot], early: int) -> frozenset[str] | None:
    """Forms one of which the sentence must hold for the pattern to match: those of its last required slot (the
    first token of each of its alternatives). None when that slot is one of the ``early`` fixed slots (starting
    within the first three tokens), which the index and ``_Candidates.following`` have checked already.

    Most candidates that pass their first three words fail further on ("j'ai * l'impression" in a sentence
    without "impression"): one set test against the sentence's words turns them away before the matcher walks
    them (the last required word is usually the content word, the rarest).
    """
    last = len(slots) - 1
    while last >= early and (slots[last][0] or slots[last][1]):
        last -= 1  # optional words and wildcards may match nothing
    if last < early:
        return None
    # the packed forms put end to end and split: "" comes along, and no word is "" (one split, no loop)
    return frozenset("".join(map(_first_token, slots[last][2])).split("|"))


def _match_head(head: Head, slots: Sequence[JsonSlot], toks: Sequence[Token], i: int) -> int:
    """``_match(slots, 0, toks, i, i)``, given the pattern's ``_fixed_head``: most candidates fail in their head."""
    n = len(toks)
    j = i
    for forms in head[0]:
        if j < n and toks[j].key in forms and (j == i or toks[j].joined or toks[j].comma):
            j += 1
        else:
            return -1
    return j if head[1] == len(slots) else _match(slots, head[1], toks, j, i)


class Match:
    """A pattern found in a sentence: token indexes [start, end) and the pattern's payload."""

    __slots__ = ("end", "payload", "start")

    def __init__(self, start: int, end: int, payload: object) -> None:
        self.start = start  # token index in the sentence (inclusive)
        self.end = end  # token index (exclusive)
        self.payload = payload


# ------------------------------------------------------------------------------------- stored form
# The compiled lexicons are read by every ``brandjournal check``, a short process: loading must cost next to
# nothing however large the lexicons grow, and so must the first analysis, which meets every word of the draft for
# the first time. In this Python a call or an ``int()`` costs a thousand instructions or more: what the first
# analysis does per candidate pattern, the build does instead. So a stored matcher is a handful of long strings
# (kept out of the JSON by ``build_lexicons``, in a plain text file read as bytes in one go and never decoded as a
# whole: see ``Stored``), and nothing is split, parsed or decoded until a word of the draft needs it:
# - "forms" (one per compiled file, ``FormTable``): each distinct set of forms a pattern's second or third word
#   must have ("|drive|drives|drove|...|") once, followed by a newline, referenced by where it starts;
# - "patterns": ``encode_slots`` of each pattern, forms written out (no table to go through), in a ``PackedList``;
#   decoded when the index proposes the pattern and its next words do not rule it out;
# - "nexts": for each pattern, the reference (plus one, 0 for none) of the forms its second word must have, then
#   of those its third word must have, fixed-width decimal ("next_width" digits each);
# - "index": "key:entry" items (``Matcher._index_entry``: the pattern numbers and their second words' forms
#   references, or those numbers grouped by next word), spread over shards by CRC-32 of the key, in each shard
#   separated by ";", the shards one after the other in one string; "shards": where each shard starts in it (in
#   bytes), in fixed-width decimal ("shard_width" digits each, one more number for the end); a key is searched in
#   its shard only when a token of the draft asks for it, and the answer is remembered; "bloom": a Bloom filter of
#   the keys (one character "0" or "1" per bit, see ``_bloom``), which turns most absent keys away before any
#   search;
# - "payloads": the payload number of each pattern in fixed-width decimal ("payload_width" digits each), read for
#   the patterns that match only;
# - "lead": the words that start a two- or three-word key, so that other words do not search for their pairs;
#   "lead3": the word pairs that start a three-word key ("a b" items separated by ";"); "after": the words that
#   follow a leading wildcard ("* followers"). Without them, every word of a draft searched the index for its
#   "*word" and "a b c" keys: two lookups in three, all but a handful for nothing;
# - "trims": "pattern,lead,tail" items for the patterns with context words (``context_words``): the tokens their
#   matches leave out of the evidence at each end.
# Forms are word characters; pattern symbols ("%" in "% off") are never "=", "?", "," or "|" (the pattern syntax),
# so none of these separators can clash.
PATTERN_SEP = "?"
_SLOT_SEP = "="
_HEAD_SEP = ","  # between the second and third word references of a block's stored pattern (``encode_stored``)


class Stored:
    """``buf[start:end]``: a long string of a compiled file, left in the bytes of its companion text file.

    Decoding 6 MB of lexicons and cutting them into strings was a fifth of a ``brandjournal check``; a draft needs
    a few hundred small pieces of them. A string of ``build()`` output (tests, the build's own checks) is wrapped
    whole (``of``). Offsets into a stored string are byte offsets (the build counts them so).
    """

    __slots__ = ("buf", "end", "start")

    def __init__(self, buf: bytes, start: int = 0, end: int | None = None) -> None:
        self.buf = buf
        self.start = start
        self.end = len(buf) if end is None else end

    @classmethod
    def of(cls, value: str | Stored | None) -> Stored:
        if value is None:
            return cls(b"")
        return value if value.__class__ is cls else cls(value.encode("utf-8"))

    def text(self) -> str:
        return self.buf[self.start : self.end].decode("utf-8")

    def __len__(self) -> int:
        return self.end - self.start

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Stored):
            return self.buf[self.start : self.end] == other.buf[other.start : other.end]
        return NotImplemented

    __hash__ = None  # mutable-looking view: not a dict key

    def __repr__(self) -> str:
        return f"Stored({self.buf[self.start : min(self.end, self.start + 40)]!r}..., {len(self)} bytes)"


def fixed_width(numbers: Sequence[int]) -> tuple[str, int]:
    """Numbers as one string of fixed-width decimal numbers, and that width (``Stored`` reads number ``i`` with one
    slice)."""
    width = len(str(max(numbers, default=0)))
    return "".join(str(n).zfill(width) for n in numbers), width


def pack_strings(items: Sequence[str]) -> dict:
    """The stored form of a ``PackedList``: the items, each followed by a newline (none holds one), and where each
    starts in bytes (one more number: the end), fixed-width."""
    starts = [0]
    for item in items:
        starts.append(starts[-1] + len(item.encode("utf-8")) + 1)
    packed, width = fixed_width(starts)
    return {"items": "".join(item + "\n" for item in items), "starts": packed, "width": width}


class PackedList:
    """A read-only sequence of strings stored end to end (``pack_strings``): item ``i`` is decoded when it is asked
    for, and none is split out of the others (splitting them all was most of the cost of reading a lexicon)."""

    __slots__ = ("_buf", "_count", "_items", "_starts", "_width")

    def __init__(self, data: dict | None = None) -> None:
        data = data or {}
        items = Stored.of(data.get("items"))
        starts = Stored.of(data.get("starts"))
        self._buf = items.buf
        self._items = items.start
        self._starts = starts  # in another buffer only for ``build()`` output, never in a file
        self._width = width = data.get("width", 0)
        self._count = len(starts) // width - 1 if width else 0

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> str:
        if index >= self._count or index < 0:
            raise IndexError(index)
        width = self._width
        at = self._starts.start + index * width
        buf = self._starts.buf
        start = self._items + int(buf[at : at + width])
        return self._buf[start : self._buf.index(b"\n", start)].decode("utf-8")  # (no item holds a newline)

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(self._count))


class FormTable(dict):
    """The "forms" table of a compiled file: each distinct set of packed forms once, followed by a newline, its
    reference being where it starts (in bytes, ``FormTableBuilder``). A set is decoded the first time it is asked
    for (``__missing__``): a known reference costs a dictionary lookup, no Python call; a new one a search for the
    end of its line."""

    __slots__ = ("_buf", "_start", "by_ref")

    def __init__(self, packed: str | Stored | None = None) -> None:
        super().__init__()
        self[-1] = ""  # "no forms": any word
        stored = Stored.of(packed)
        self._buf = stored.buf
        self._start = stored.start
        self.by_ref = _FormsByRef(self)  # the same, by reference as written in a stored pattern ("12")

    def __missing__(self, ref: int) -> str:
        if ref < 0:
            raise KeyError(ref)
        start = self._start + ref
        found = self[ref] = self._buf[start : self._buf.index(b"\n", start)].decode("utf-8")
        return found

    def tokens(self, refs: str) -> list[str]:
        """The forms of each of the space-separated references ``refs`` (an alternative of a stored pattern)."""
        by_ref = self.by_ref
        return [by_ref[ref] for ref in refs.split(" ")]

    __hash__ = object.__hash__  # a table is one object: blocks compare theirs by identity
    __eq__ = object.__eq__


class _FormsByRef(dict):
    """``FormTable`` by reference text: what ``decode_slots`` reads."""

    __slots__ = ("_table",)

    def __init__(self, table: FormTable) -> None:
        super().__init__()
        self["-1"] = ""  # "no forms": any word
        self._table = table

    def __missing__(self, ref: str) -> str:
        found = self[ref] = self._table[int(ref)]
        return found


class FormTableBuilder:
    """Build side of ``FormTable``: each distinct packed form set once, in order of first use, referenced by where
    it starts in the dump (in bytes)."""

    __slots__ = ("_refs", "_size")

    def __init__(self) -> None:
        self._refs: dict[str, int] = {}
        self._size = 0

    def ref(self, packed: str) -> int:
        ref = self._refs.get(packed)
        if ref is None:
            ref = self._refs[packed] = self._size
            self._size += len(packed.encode("utf-8")) + 1
        return ref

    def dump(self) -> str:
        return "".join(packed + "\n" for packed in self._refs)


class LazyRecords:
    """A read-only sequence of records stored one per item of a ``PackedList``, each parsed the first time it is
    asked for."""

    __slots__ = ("_items", "_lines", "_make")

    def __init__(self, packed: dict | None, make: Callable[[str], object]) -> None:
        self._lines = PackedList(packed)
        self._make = make
        self._items: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: int) -> object:
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = self._make(self._lines[index])
        return item

    def __iter__(self):
        return (self[i] for i in range(len(self)))


_EMPTY = Stored(b"")


def stored_text(value: str | Stored | None) -> str:
    """A short string of a compiled file, decoded if it was left in the companion file (``Stored``)."""
    if value.__class__ is Stored:
        return value.text()
    return value or ""


# Stored pattern: slots joined by "="; a slot is a 3-character header (r|o required/optional, a|w alternatives/
# wildcard, the symbol that must precede it or a space; a non-ASCII symbol is written "u" and six hexadecimal
# digits, so that the stored text is ASCII) followed by its alternatives joined by ";", each
# alternative's tokens joined by " ". A token is its packed "|form|form|" string, or with a ``FormTable`` the
# number of that string in the table. Forms are word characters, so the separators never clash.
def encode_slots(slots: Sequence[JsonSlot], forms: FormTableBuilder | None = None) -> str:
    parts = []
    for slot in slots:
        symbol = slot[3] if len(slot) > 3 and slot[3] else " "
        if not symbol.isascii():  # "€ off": the stored text stays ASCII (a letter is never a symbol)
            symbol = f"u{ord(symbol):06x}"
        header = ("o" if slot[0] else "r") + ("w" if slot[1] else "a") + symbol
        if forms is None:
            body = ";".join(" ".join(alt) for alt in slot[2])
        else:
            body = ";".join(" ".join(str(forms.ref(tok)) for tok in alt) for alt in slot[2])
        parts.append(header + body)
    return _SLOT_SEP.join(parts)


def decode_slots(text: str, forms: FormTable | None = None) -> list[JsonSlot]:
    slots: list[JsonSlot] = []
    table = forms
    for part in text.split(_SLOT_SEP):
        # most slots: a required word, one alternative, no symbol, forms written out
        if part[:3] == "ra " and table is None and ";" not in part and len(part) > 3:
            slots.append([False, False, [part[3:].split(" ")]])
            continue
        optional, wildcard, symbol, body = part[0] == "o", part[1] == "w", part[2], part[3:]
        if symbol == "u":
            symbol, body = chr(int(body[:6], 16)), body[6:]
        if not body:
            alts = []
        elif table is None:  # (most slots have one alternative: no comprehension for them)
            alts = [body.split(" ")] if ";" not in body else [alt.split(" ") for alt in body.split(";")]
        else:
            alts = [table.tokens(alt) for alt in body.split(";")]
        slots.append([optional, wildcard, alts, symbol] if symbol != " " else [optional, wildcard, alts])
    return slots


def _second_forms(slots: Sequence[JsonSlot]) -> str:
    """Packed forms the word after the first one must have for the pattern to match; "" when any word may do.

    Most candidates proposed by the index fail on their second word: checking it with one substring search
    (or, grouped by next word, one dictionary lookup) avoids the recursive matcher for them. An alternative of two
    tokens or more fixes the next word itself ("l'un des"); one of a single token leaves it to the slots after,
    optional ones included ("un ?vrai game changer").
    """
    first = slots[0]
    if first[0] or first[1] or not first[2]:
        return ""  # an optional or wildcard first slot: the match may start further on
    forms: set[str] = set()
    following: set[str] | None = None
    for alt in first[2]:
        if len(alt) >= 2:
            forms.update(packed_forms(alt[1]))
            continue
        if following is None:
            following = _first_forms(slots, 1)
            if following is None:
                return ""
        forms |= following
    return "|" + "|".join(sorted(forms)) + "|"


def _third_forms(slots: Sequence[JsonSlot]) -> str:
    """Packed forms the third word of a match must have, when the pattern's first three words are fixed (required
    slots, no wildcard, alternatives of the same length: "le|la plus beau"); "" otherwise. Alternatives' packed
    forms are simply put end to end ("|a|b||c|"): a "|word|" search finds a word of any of them."""
    position = 0
    for slot in slots:
        alts = slot[2]
        if slot[0] or slot[1] or not alts:
            return ""
        width = len(alts[0])
        if any(len(alt) != width for alt in alts):
            return ""
        if position + width > 2:
            k = 2 - position
            return alts[0][k] if len(alts) == 1 else "".join(alt[k] for alt in alts)
        position += width
    return ""


def _first_forms(slots: Sequence[JsonSlot], k: int) -> set[str] | None:
    """Forms the first word matched by ``slots[k:]`` can have; None if any word can come (wildcard, or the pattern
    may end before a fixed word)."""
    forms, anywhere = _first_keys(slots[k:])
    return None if anywhere else forms


_KEYS_PER_SHARD = 12
_MEMO_MAX = 200_000  # keys a matcher remembers (``Matcher._memo``) before it starts over


def _key_hashes(key: str, mask: int) -> tuple[int, int, int]:
    """CRC-32 of ``key`` (its shard is that modulo the shard count) and the key's two bits in a Bloom filter of
    ``mask + 1`` bits (the CRC, and the CRC with its halves swapped, each masked). The build and the lookup both use
    this (``_key_crc``, ``_swapped``)."""
    crc = _key_crc(key)
    return crc, crc & mask, _swapped(crc) & mask


_CRCS: dict[str, int] = {}  # key -> the CRC-32 of its UTF-8 bytes (``_key_crc``)


def _key_bytes(key: str) -> bytes:
    """A key's UTF-8 bytes (what the stored index holds)."""
    try:
        return key.encode()
    except UnicodeEncodeError:  # a lone surrogate (pasted text): still a key
        return key.encode("utf-8", "surrogatepass")


def _key_crc(key: str) -> int:
    """The CRC-32 of a key's UTF-8 bytes, computed once per process: the same words are looked up in every matcher
    (each language's lexicon and cues, the intention words) and in every draft. (An int, not a tuple with the bytes
    and the second Bloom hash: most keys are turned away by the first Bloom bit, and an int is no container for
    the garbage collector to track.)"""
    found = _CRCS.get(key)
    if found is None:  # (kept bounded with the matchers' memos: ``Matcher._forget``)
        found = _CRCS[key] = crc32(_key_bytes(key))
    return found


def _swapped(crc: int) -> int:
    """The second Bloom hash of a key: its CRC with the 16-bit halves swapped."""
    return (crc >> 16) | ((crc & 0xFFFF) << 16)


def _bloom(keys: Iterable[str], count: int) -> str:
    """Bloom filter of ``count`` keys: 8 bits per key (a power of two), 2 bits per key: about 2% of the absent keys
    pass, the others are refused without searching the index. One character per bit, "1" or "0": a lookup reads
    two bytes of the stored text (``Matcher._entry``), nothing is decoded beforehand."""
    size = 1024
    while size < 8 * count:
        size *= 2
    bits = bytearray(b"0" * size)
    for key in keys:
        for bit in _key_hashes(key, size - 1)[1:]:
            bits[bit] = ord("1")
    return bits.decode("ascii")


def index_keys(slots: Sequence[JsonSlot]) -> tuple[set[str], bool]:
    """The keys ``Matcher`` indexes a pattern under (see its docstring), and whether the pattern may also start
    anywhere (it opens with optional words only)."""
    keys = _triple_keys(slots)
    if keys is None:
        keys = _pair_keys(slots)
    if keys is None and len(slots) > 1 and slots[0][1] and not slots[0][0] and not slots[1][0] and not slots[1][1]:
        return {"*" + form for alt in slots[1][2] for form in packed_forms(alt[0])}, False
    if keys is None:
        return _first_keys(slots)
    return keys, False


def encode_stored(slots: Sequence[JsonSlot], forms: FormTableBuilder) -> str:
    """A block pattern's stored text: the references of the forms its second and third words must have ("" if
    any word will do; see ``_second_forms`` and ``_third_forms``) separated by ",", then "=" and its slots."""
    head = _ref(_second_forms(slots), forms) + _HEAD_SEP + _ref(_third_forms(slots), forms)
    return head + _SLOT_SEP + encode_slots(slots, forms)


def _next_refs(slots: Sequence[JsonSlot], forms: FormTableBuilder) -> tuple[int, int]:
    """The "nexts" of a stored matcher's pattern: the references, plus one (0: any word), of the forms its second
    and third words must have."""
    second, third = _second_forms(slots), _third_forms(slots)
    return (forms.ref(second) + 1 if second else 0), (forms.ref(third) + 1 if third else 0)


BLOCK_PARTS = ("patterns", "keys", "ids", "any", "lead", "lead3", "after")  # the strings of a stored block


class PatternBlock:
    """Patterns compiled, keyed and encoded together by the build, with their own index: ``Matcher.add_block``
    appends them to a matcher for a few string splits, where ``add`` would compute and write every key of every
    pattern (a bundled value concept brings hundreds of patterns and thousands of keys to each value named after it).

    Stored as strings (``encode_block``): "patterns", the stored text of each pattern (see "stored form" above),
    one per line; "keys", the index keys one per line, and "ids", on the same line, the numbers of the patterns
    under that key (space-separated); "any", the numbers of the patterns that may start anywhere; "lead" and
    "after" (space-separated words) and "lead3" (pairs, one per line), as in a stored matcher. Unlike a stored
    matcher's, the index is one dictionary built in one call: a block is read for a profile, then searched for
    every word of every draft.
    """

    __slots__ = ("after", "any", "index", "lead", "lead3", "texts")

    def __init__(self, data: dict[str, str]) -> None:
        def split(key: str, sep: str) -> list[str]:
            text = data.get(key, "")
            return text.split(sep) if text else []

        self.texts = split("patterns", "\n")
        self.index = dict(zip(split("keys", "\n"), split("ids", "\n"), strict=True))  # numbers read on a hit only
        self.any = [int(n) for n in split("any", " ")]
        self.lead = split("lead", " ")
        self.lead3 = split("lead3", "\n")
        self.after = split("after", " ")


def encode_block(patterns: Sequence[Sequence[JsonSlot]], forms: FormTableBuilder) -> dict[str, str]:
    """The stored form of a ``PatternBlock`` of ``patterns`` (none empty: pattern ``n`` is number ``n``)."""
    matcher = Matcher()
    for slots in patterns:
        if not slots:
            raise ValueError("an empty pattern cannot be stored in a block")
        matcher.add(slots, None)
    keys = sorted(matcher._index)
    return {
        "patterns": "\n".join(encode_stored(slots, forms) for slots in patterns),
        "keys": "\n".join(keys),
        "ids": "\n".join(" ".join(map(str, matcher._index[key])) for key in keys),
        "any": " ".join(map(str, matcher._any)),
        "lead": " ".join(sorted(matcher._lead)),
        "lead3": "\n".join(sorted(matcher._lead3)),
        "after": " ".join(sorted(matcher._after)),
    }


class Matcher:
    """Many patterns, indexed by the forms their first word, or first two or three words, can take.

    Index keys: "form" for the first word; "first second" when the first two words are fixed ("push the
    envelope"), so that frequent first words ("the", "de") do not make every position try hundreds of patterns;
    "a b c" when even the first two are frequent ("j ai hate"); "*form" for a pattern opening with a wildcard,
    keyed by the word after it ("* followers"). A matcher is built in memory (``add``: the build script, and the
    author's own value words at run time; ``add_block``: blocks of patterns the build compiled and indexed, a value
    concept's) or read from its stored form (``from_json``), which decodes the index entries, patterns and payloads
    a draft asks for and nothing else (see "stored form" above).

    Patterns led by a frequent word ("le", "the") are many; those whose second word is fixed are narrowed down to
    the ones that accept the next word of the draft, once per key and next word (remembered: re-analysing a draft
    while it is typed costs one dictionary lookup there).
    """

    __slots__ = (
        "_after",
        "_any",
        "_block_keys",
        "_blocks",
        "_bloom",
        "_bloom_mask",
        "_bloom_view",
        "_heads",
        "_idle",
        "_index",
        "_lead",
        "_lead3",
        "_mask",
        "_memo",
        "_next",
        "_next_width",
        "_nexts",
        "_payload_ids",
        "_payload_width",
        "_shard_scale",
        "_shard_starts",
        "_shard_width",
        "_shards",
        "_stored",
        "_table",
        "_texts",
        "_thirds",
        "_trims",
        "patterns",
        "payloads",
    )

    def __init__(self) -> None:
        # slots; a block's patterns are stored texts until decoded, a stored matcher's None until read from _texts
        self.patterns: list = []
        self.payloads: list = []  # in a stored matcher, the records that ``_payload_ids`` point into
        self._index: dict[str, list[int]] = {}  # key -> pattern numbers (built in memory; a stored one has shards)
        self._memo: dict[str, _Candidates | None] = {}  # key -> its patterns grouped by next word (see _candidates)
        self._idle: set[str] = set()  # words, and "word next" pairs, known to start no pattern
        self._heads: dict[int, Head] = {}  # pid -> its ``_fixed_head`` (once proposed)
        self._any: list[int] = []  # patterns that may start anywhere (leading optional words only)
        self._blocks: list[tuple[int, dict[str, str], frozenset[int]]] = []  # (first number, index, excluded)
        self._block_keys: frozenset[str] | None = None  # the keys of all the blocks (``_gather_block_keys``)
        self._lead: set[str] | frozenset[str] = set()  # first words of the two/three-word keys
        self._next: dict[int, str] = {}  # pid -> forms the SECOND word must have ("" = no quick check)
        self._thirds: dict[int, str] = {}  # pid -> forms the THIRD word must have ("" = no quick check)
        self._trims: dict[int, tuple[int, int]] = {}  # pid -> context tokens left out of the evidence, each end
        self._after: set[str] | frozenset[str] = set()  # words after a leading wildcard ("* followers")
        self._lead3: set[str] | frozenset[str] = set()  # "a b" pairs that start a three-word key
        self._stored = False
        # stored matcher only (see "stored form" above)
        self._texts: PackedList | None = None  # the patterns' encoded slots
        self._nexts = _EMPTY  # second and third word form references of each pattern
        self._next_width = 0
        self._shards = _EMPTY  # the index shards, one after the other
        self._shard_starts = _EMPTY  # where each shard starts in ``_shards`` (fixed-width numbers)
        self._shard_width = 0
        self._shard_scale = 1  # 10 ** _shard_width
        self._bloom = _EMPTY  # Bloom filter of the index keys (see ``_bloom``)
        self._bloom_mask = 0
        self._bloom_view = (b"", 0, 0)  # (bytes, where the filter starts, mask): what ``_candidates`` reads
        self._mask = 0
        self._table: FormTable | None = None
        self._payload_ids = _EMPTY  # fixed-width payload numbers
        self._payload_width = 0

    # ----------------------------------------------------------------------------------------- building
    def add(self, slots: Sequence[JsonSlot], payload: object, trim: tuple[int, int] = (0, 0)) -> None:
        """Index a pattern; ``trim``: tokens of context words at each end, outside the evidence."""
        if not slots:
            return
        keys, anywhere = index_keys(slots)
        pid = self._append(slots, payload)
        if trim != (0, 0):
            self._trims[pid] = trim
        self._index_pattern(pid, keys, anywhere)

    def add_block(
        self, block: PatternBlock, payloads: Sequence[object], table: FormTable, excluded: frozenset[int] = frozenset()
    ) -> None:
        """Append the patterns of ``block`` with their ``payloads``, but index none of those numbered in
        ``excluded``: they keep their number, so that the others keep the block's index. The block's form
        references point into ``table``, which must be the same for every block of this matcher."""
        if self._stored:
            raise TypeError("a stored matcher is read-only")
        if len(payloads) != len(block.texts):
            raise ValueError("a block needs one payload per pattern")
        if self._table is None:
            self._table = table
        elif self._table is not table:
            raise ValueError("the blocks of one matcher must share one forms table")
        self._memo.clear()
        self._idle.clear()
        base = len(self.patterns)
        self.patterns += block.texts
        self.payloads += payloads
        self._blocks.append((base, block.index, excluded))
        self._block_keys = None
        self._any += [base + n for n in block.any if n not in excluded]
        self._lead.update(block.lead)
        self._lead3.update(block.lead3)
        self._after.update(block.after)

    def _append(self, pattern: Sequence[JsonSlot] | str, payload: object) -> int:
        """Number a new pattern (slots, or its stored text) and its payload."""
        if self._stored:
            raise TypeError("a stored matcher is read-only")
        self._memo.clear()
        self._idle.clear()
        self.patterns.append(pattern)
        self.payloads.append(payload)
        return len(self.patterns) - 1

    def _index_pattern(self, pid: int, keys: Iterable[str], anywhere: bool) -> None:
        if anywhere:
            self._any.append(pid)
        index = self._index
        for key in keys:
            index.setdefault(key, []).append(pid)
            if key[0] == "*":
                self._after.add(key[1:])
            elif " " in key:
                self._lead.add(key[: key.index(" ")])
                if key.count(" ") == 2:
                    self._lead3.add(key[: key.rindex(" ")])

    def to_json(self, payload_ids: Sequence[int], forms: FormTableBuilder) -> dict:
        """Stored form; ``payload_ids`` are the numbers of the payloads in the records they are stored with."""
        count = 1
        while count * _KEYS_PER_SHARD < len(self._index):
            count *= 2
        shards: list[list[str]] = [[] for _ in range(count)] if self._index else []
        for key in sorted(self._index):
            shards[_key_hashes(key, 0)[0] % count].append(f"{key}:{self._index_entry(key, forms)}")
        index = [";" + ";".join(items) + ";" for items in shards]
        starts = [0]
        for shard in index:
            starts.append(starts[-1] + len(shard.encode("utf-8")))  # byte offsets (``Stored``)
        shard_starts, shard_width = fixed_width(starts)
        payloads, payload_width = fixed_width(payload_ids)
        nexts, next_width = fixed_width([ref for slots in self.patterns for ref in _next_refs(slots, forms)])
        return {
            # forms written out, not referenced: decoding a proposed pattern is then a few splits
            "patterns": pack_strings([encode_slots(slots) for slots in self.patterns]),
            "nexts": nexts,
            "next_width": next_width,
            "payloads": payloads,
            "payload_width": payload_width,
            "index": "".join(index),
            "shards": shard_starts if index else "",
            "bloom": _bloom(self._index, len(self._index)) if index else "",
            "shard_width": shard_width,
            "after": " ".join(sorted(self._after)),
            "lead3": ";".join(sorted(self._lead3)),
            "any": " ".join(map(str, self._any)),
            "lead": " ".join(sorted(self._lead)),
            "trims": " ".join(f"{pid},{a},{b}" for pid, (a, b) in sorted(self._trims.items())),
        }

    def _index_entry(self, key: str, forms: FormTableBuilder) -> str:
        """What a stored index holds under ``key``: its pattern numbers, then after "/" the reference of the forms
        the second word of each must have (-1: any), or for a key of many patterns whose second words differ,
        after "|" those numbers grouped by the word that may follow the key (see ``_GroupedCandidates``)."""
        ids = self._index[key]
        text = " ".join(map(str, ids))
        seconds = [_second_forms(self.patterns[pid]) for pid in ids]
        if len(ids) < _GROUP_MIN or key[0] == "*" or len(set(seconds)) == 1:
            # few patterns, "*word" ones (tried one by one, ``find``), or the same second word for all ("push the"
            # + forms of "envelope"): nothing to group
            return text + "/" + " ".join(str(forms.ref(second)) if second else "-1" for second in seconds)
        groups = [text, "=" + " ".join(str(pid) for pid, second in zip(ids, seconds, strict=True) if not second)]
        for form in sorted({form for packed in seconds if packed for form in packed_forms(packed)}):
            needle = f"|{form}|"
            members = (str(pid) for pid, second in zip(ids, seconds, strict=True) if not second or needle in second)
            groups.append(f"{form}={' '.join(members)}")
        return "|".join(groups)

    @classmethod
    def from_json(cls, data: dict, payloads: Sequence[object], forms: FormTable) -> Matcher:
        """A stored matcher; ``payloads`` may be lazy (``LazyRecords``): only matched patterns' are read."""
        matcher = cls()
        matcher._stored = True
        matcher._table = forms
        matcher._texts = PackedList(data.get("patterns"))
        matcher.patterns = [None] * len(matcher._texts)
        matcher.payloads = payloads
        matcher._nexts = Stored.of(data.get("nexts"))
        matcher._next_width = data.get("next_width", 0)
        matcher._payload_ids = Stored.of(data.get("payloads"))
        matcher._payload_width = data.get("payload_width", 0)
        matcher._shards = Stored.of(data.get("index"))
        matcher._shard_starts = Stored.of(data.get("shards"))
        matcher._shard_width = width = data.get("shard_width", 0)
        matcher._shard_scale = 10**width
        matcher._mask = len(matcher._shard_starts) // width - 1 if width else 0
        matcher._bloom = Stored.of(data.get("bloom"))
        matcher._bloom_mask = len(matcher._bloom) - 1
        matcher._bloom_view = (matcher._bloom.buf, matcher._bloom.start, matcher._bloom_mask)
        after = stored_text(data.get("after"))
        matcher._after = frozenset(after.split(" ")) if after else frozenset()
        lead3 = stored_text(data.get("lead3"))
        matcher._lead3 = frozenset(lead3.split(";")) if lead3 else frozenset()
        matcher._any = [int(x) for x in stored_text(data.get("any")).split()]
        lead = stored_text(data.get("lead"))
        matcher._lead = frozenset(lead.split(" ")) if lead else frozenset()
        for item in stored_text(data.get("trims")).split():
            pid, head, rear = map(int, item.split(","))
            matcher._trims[pid] = (head, rear)
        return matcher

    def __bool__(self) -> bool:
        return bool(self.patterns)

    # ----------------------------------------------------------------------------------------- matching
    def _gather_block_keys(self) -> frozenset[str]:
        """Every key of the blocks' indexes, gathered once (in one C call): most words of a draft start no
        pattern, and each new one was looked up in every block (a value matcher has two per concept)."""
        keys = self._block_keys = frozenset().union(*(index for _, index, _ in self._blocks))
        return keys

    def _block_ids(self, key: str, ids: list[int]) -> list[int]:
        """``ids`` (from ``add``) and the numbers the blocks (``add_block``) hold under ``key``, in ascending order."""
        found = list(ids)
        for base, index, excluded in self._blocks:
            local = index.get(key)
            if local is not None:
                found += [base + n for n in map(int, local.split(" ")) if n not in excluded]
        found.sort()
        return found

    def _candidates(self, key: str) -> _Candidates | None:
        """The patterns under ``key``, with what their second word must be (computed once per key, remembered)."""
        if self._stored and key != _ANY:
            return self._stored_lookup(key)
        if len(self._memo) > _MEMO_MAX:
            self._forget()
        if key == _ANY:
            ids = self._any
        else:
            ids = self._index.get(key, [])
            if self._blocks:
                block_keys = self._block_keys
                if block_keys is None:
                    block_keys = self._gather_block_keys()
                if key in block_keys:
                    ids = self._block_ids(key, ids)
        found = self._memo[key] = _Candidates(ids, [self._second(pid) for pid in ids], self._third) if ids else None
        return found

    def _forget(self) -> None:
        """Start the memo over, and the keys' CRCs with it."""
        self._memo.clear()
        _CRCS.clear()

    def _stored_lookup(self, key: str) -> _Candidates | None:
        """``_candidates`` of a word (or words) a stored matcher has not been asked for yet. Most words of a draft
        start no pattern: the Bloom filter turns them away before any search."""
        if len(self._memo) > _MEMO_MAX:  # a long session with many different drafts: start over (a warm ``find``
            self._forget()  # never gets here)
        crc = _CRCS.get(key)
        if crc is None:  # (``_key_crc``, inline)
            crc = _CRCS[key] = crc32(_key_bytes(key))
        bloom, at, mask = self._bloom_view
        # (see _key_hashes; the first bit alone turns most absent keys away)
        if bloom[at + (crc & mask)] & 1 and bloom[at + (((crc >> 16) | ((crc & 0xFFFF) << 16)) & mask)] & 1:
            found = self._memo[key] = self._stored_candidates(_key_bytes(key), crc)
            return found
        self._memo[key] = None
        return None

    def _stored_candidates(self, data: bytes, crc: int) -> _Candidates | None:
        """``_candidates`` of the key of UTF-8 bytes ``data`` and CRC ``crc`` from the stored index (past its Bloom
        filter): the numbers under it and their second words' forms ("ids/references", ``_index_entry``) in a few
        calls, or the numbers the build grouped by next word ("ids|groups"); None if the key is absent."""
        width = self._shard_width
        starts = self._shard_starts.buf
        at = self._shard_starts.start + crc % self._mask * width
        base = self._shards.start
        index = self._shards.buf
        bounds = int(starts[at : at + 2 * width])  # where the shard starts and ends, read as one number
        found = index.find(b";" + data + b":", base + bounds // self._shard_scale, base + bounds % self._shard_scale)
        if found < 0:
            return None
        start = found + len(data) + 2
        entry = index[start : index.index(b";", start)].decode("ascii")
        bar = entry.find("|")
        if bar >= 0:  # ``following`` is a search in the entry's groups
            return _GroupedCandidates(entry, bar, self._third)
        numbers, _, refs = entry.partition("/")
        seconds = list(map(self._table.by_ref.__getitem__, refs.split(" ")))  # "-1": "" (any word)
        return _Candidates(numbers.split(" "), seconds, self._third)

    def _slots(self, pid: int) -> Sequence[JsonSlot]:
        slots = self.patterns[pid]
        if slots is None:  # stored matcher: read on first use, its head with it (``find`` needs both)
            slots = self.patterns[pid] = decode_slots(self._texts[pid])
            self._heads[pid] = _fixed_head(slots)
        elif slots.__class__ is str:  # a block's stored pattern: decoded on first use
            slots = self.patterns[pid] = decode_slots(slots[slots.index(_SLOT_SEP) + 1 :], self._table)
        return slots

    def _stored_ref(self, pid: int, which: int) -> str:
        """The forms the second (``which`` 0) or third (1) word of pattern ``pid`` must have, from its stored
        references ("nexts" of a stored matcher, the head of a block's pattern text); "" when any word will do."""
        slots = self.patterns[pid]
        if slots is None or self._stored:
            at = self._nexts.start + (2 * pid + which) * self._next_width
            return self._table[int(self._nexts.buf[at : at + self._next_width]) - 1]  # -1: ""
        ref = slots[: slots.index(_SLOT_SEP)].split(_HEAD_SEP)[which]
        return self._table.by_ref[ref] if ref else ""

    def _second(self, pid: int) -> str:
        known = self._next.get(pid)
        if known is None:
            slots = self.patterns[pid]
            stored = slots is None or slots.__class__ is str or self._stored
            known = self._next[pid] = self._stored_ref(pid, 0) if stored else _second_forms(slots)
        return known

    def _third(self, pid: int) -> str:
        """Packed forms the THIRD word of pattern ``pid`` must have ("" when not fixed); see ``_third_forms``."""
        known = self._thirds.get(pid)
        if known is None:
            slots = self.patterns[pid]
            stored = slots is None or slots.__class__ is str or self._stored
            known = self._thirds[pid] = self._stored_ref(pid, 1) if stored else _third_forms(slots)
        return known

    def _payload(self, pid: int) -> object:
        if not self._stored:
            return self.payloads[pid]
        width = self._payload_width
        at = self._payload_ids.start + pid * width
        return self.payloads[int(self._payload_ids.buf[at : at + width])]

    def find(
        self,
        toks: Sequence[Token],
        keep: Callable[[object], bool] | None = None,
        norms: Sequence[str] | None = None,
    ) -> list[Match]:
        """Every (start, longest end, payload) match in a token sequence (payloads passing ``keep``).

        ``norms``: the tokens' norms, when the caller has them (``Sentence.norms``): the few words that follow a
        leading wildcard are then looked for in one set test instead of a pass over the tokens.
        """
        found: list[Match] = []
        if not self.patterns:
            return found
        memo = self._memo
        candidates_of = self._stored_lookup if self._stored else self._candidates
        payload_of = self._payload
        slots_of = self._slots
        n = len(toks)
        trims = self._trims
        heads = self._heads
        after = self._after
        # leading-wildcard patterns start one word before their first fixed word
        if after and (norms is None or not after.isdisjoint(norms)):
            for i in [i for i in range(1, n) if toks[i].norm in after]:
                key = "*" + toks[i].norm
                group = memo[key] if key in memo else self._candidates(key)
                if group is None:
                    continue
                for pid in group.ids:
                    payload = payload_of(pid)
                    if keep is not None and not keep(payload):
                        continue
                    end = _match(slots_of(pid), 0, toks, i - 1, i - 1)
                    if end > i:
                        start = i - 1
                        if trims and pid in trims:
                            start, end = _trimmed(trims[pid], start, start, end)
                        found.append(Match(start, end, payload))
        anywhere = (memo[_ANY] if _ANY in memo else self._candidates(_ANY)) if self._any else None
        words: frozenset[str] | None = None  # the sentence's words, when a candidate needs one further on
        patterns = self.patterns
        get = memo.get
        lead = self._lead
        lead3 = self._lead3
        idle = self._idle
        if len(idle) > 200_000:
            idle.clear()
        # Most words of a draft start no pattern: once known, they are skipped in one pass over the sentence; so
        # are the frequent words that start two-word keys ("de", "the") when followed by a word that ends them all.
        positions = (
            range(n)
            if anywhere is not None
            else [i for i, t in enumerate(toks) if t.norm not in idle and t.pair not in idle]
        )
        for i in positions:
            tok = toks[i]
            # candidates in the order they are tried and reported: three-word, two-word, one-word keys, "anywhere"
            norm = tok.norm
            one = get(norm, _MISSING)
            if one is _MISSING:
                one = candidates_of(norm)
            two = three = None
            if norm not in lead:  # most words never start a two-word key
                if one is None and anywhere is None:
                    idle.add(norm)
                    continue
            else:
                pair = tok.pair
                if pair:
                    two = get(pair, _MISSING)
                    if two is _MISSING:
                        two = candidates_of(pair)
                    # the three-word key ("a b c"), spelled out only after a pair that starts one: most pairs do not
                    if pair in lead3 and i + 2 < n and (toks[i + 2].joined or toks[i + 2].comma):
                        key = f"{pair} {toks[i + 2].norm}"
                        three = get(key, _MISSING)
                        if three is _MISSING:
                            three = candidates_of(key)
                if one is None and two is None and three is None and anywhere is None:
                    if pair and pair not in lead3:
                        idle.add(pair)  # a pair holds a space: never taken for a word
                    continue
            nxt = toks[i + 1].norm if i + 1 < n else None
            third = toks[i + 2].norm if i + 2 < n else None
            if two is None and three is None and anywhere is None:
                pids = one.following(nxt, third)  # the usual case: only the word's own key
                if pids is STOPPED and tok.pair and tok.pair not in lead3:
                    idle.add(tok.pair)  # no pattern goes on with these two words, nor does a longer key start
            else:
                pids = []
                for group in (three, two, one, anywhere):
                    if group is not None:
                        pids += group.following(nxt, third)
            for pid in pids:
                if keep is not None and not keep(payload_of(pid)):
                    continue
                slots = patterns[pid]
                if slots is None or slots.__class__ is str:
                    slots = slots_of(pid)
                head = heads.get(pid)
                if head is None:
                    head = heads[pid] = _fixed_head(slots)
                if head[2] is not None:
                    if words is None:
                        words = norms if norms.__class__ is frozenset else frozenset(norms or [t.norm for t in toks])
                    if head[2].isdisjoint(words):
                        continue  # a word the pattern needs is not in the sentence
                end = _match_head(head, slots, toks, i)
                if end > i:
                    # "20% off": the number before a leading symbol belongs to the evidence
                    start = i - 1 if len(slots[0]) > 3 and i > 0 and toks[i - 1].digit else i
                    if trims and pid in trims:
                        start, end = _trimmed(trims[pid], i, start, end)
                    found.append(Match(start, end, payload_of(pid)))
        return found


_MISSING = object()


def _trimmed(trim: tuple[int, int], begin: int, start: int, end: int) -> tuple[int, int]:
    """(start, end) of a match's evidence without its context words: ``trim`` tokens off each end of the match
    that began at token ``begin`` (``start`` may be earlier: the number before a leading symbol)."""
    head, rear = trim
    return (begin + head if head else start), end - rear
_ANY = "\x00any"  # memo key of the patterns that may start anywhere (never a word)


STOPPED: list[int] = []  # what ``_Candidates.following`` returns when the second word stops every pattern (never
# changed: callers only read what ``following`` returns)


class _Candidates:
    """The patterns under one index key (``ids``), and for each pair of next words met so far, those that can go
    on with them (``following(second, third)``), in the order of ``ids``.

    A pattern can go on when its second word is not fixed or is ``second``, and its third word is not fixed or is
    ``third`` (None: the sentence ends before). The second word's forms are known when the candidates are listed;
    the third's are read (``third_of``) only for the patterns that pass the second: they are those the matcher
    would otherwise try, most of which fail on their third word ("il y a", "le plus * de").
    """

    __slots__ = ("_all_seconds", "_by_next", "_free", "_ids", "_seconds", "_third_of")

    def __init__(self, ids: list[int] | list[str], seconds: list[str], third_of: Callable[[int], str]) -> None:
        # from a stored index, the numbers as written: only those that pass the next words are converted (an
        # ``int`` per candidate of every key looked up was a tenth of a first analysis)
        self._ids = ids
        self._seconds = seconds
        self._third_of = third_of
        self._by_next: dict[tuple[str | None, str | None], list[int]] = {}
        self._all_seconds: str | None = None  # every pattern's second word forms end to end (``_passing_second``)
        self._free: list[int] | list[str] = []  # the patterns whose second word is not fixed

    @property
    def ids(self) -> list[int]:
        ids = self._ids
        if ids and ids[0].__class__ is str:
            ids = self._ids = list(map(int, ids))
        return ids

    def following(self, second: str | None, third: str | None) -> list[int]:
        key = (second, third)
        found = self._by_next.get(key)
        if found is None:
            if len(self._by_next) > 10_000:
                self._by_next.clear()
            passing = self._passing_second(second)
            if not passing:
                passing = STOPPED  # no pattern goes on with ``second``, whatever the third word
            elif passing[0].__class__ is str:
                passing = list(map(int, passing))
            if passing:
                needle = "||" if third is None else f"|{third}|"
                third_of = self._third_of
                passing = [pid for pid in passing if not (forms := third_of(pid)) or needle in forms]
            found = self._by_next[key] = passing
        return found

    def _passing_second(self, second: str | None) -> list[int] | list[str]:
        """The patterns (in order) whose second word is not fixed or may be ``second`` (None: the sentence ends).

        Most words that follow a key's first word are the second word of none of its patterns: one search in all
        their forms put end to end ("|a|b||c|": a "|word|" is found only where a form is) tells so, and then only
        the patterns whose second word is not fixed go on, listed once per key.
        """
        known = self._all_seconds
        if known is None:
            seconds = self._seconds
            known = self._all_seconds = "".join(seconds)
            if "" in seconds:  # (the numbers of a stored index converted once here, not at every miss)
                self._free = [int(pid) for pid, forms in zip(self._ids, seconds, strict=True) if not forms]
        if second is None:
            return self._free
        needle = f"|{second}|"
        if needle not in known:
            return self._free
        return [pid for pid, forms in zip(self._ids, self._seconds, strict=True) if not forms or needle in forms]


_GROUP_MIN = 32  # a stored index groups a key's patterns by next word from this many patterns on


class _GroupedCandidates(_Candidates):
    """``_Candidates`` of a key whose patterns the build grouped by the word that may follow the key
    (``Matcher._index_entry``): "|=n n|word=n n n|..." lists, for each form a pattern's second word may take, the
    patterns that accept it (those whose second word is not fixed included, in order), after the list of those
    that accept any ("|=").

    A frequent word starts hundreds of patterns ("mon", "notre", "leur": the possessives of every "mon ADN" and
    "notre ADN"); testing each of them against each next word of a draft was a third of a first analysis.
    """

    __slots__ = ("_bar", "_entry")

    def __init__(self, entry: str, bar: int, third_of: Callable[[int], str]) -> None:
        super().__init__([], [], third_of)
        self._entry = entry  # "ids|=...|word=...": searched as it is, never split whole
        self._bar = bar  # where the groups start ("|=", those whose second word is not fixed)

    @property
    def ids(self) -> list[int]:
        if not self._ids:
            self._ids = list(map(int, self._entry[: self._bar].split(" ")))
        return self._ids

    def _passing_second(self, second: str | None) -> list[int]:
        entry = self._entry
        at = -1 if second is None else entry.find(f"|{second}=", self._bar)
        if at < 0:
            at = self._bar  # no group for that word (or no word): the patterns whose second word is not fixed
        start = entry.index("=", at) + 1
        end = entry.find("|", start)
        return list(map(int, entry[start : end if end >= 0 else len(entry)].split()))


def _ref(packed: str, forms: FormTableBuilder) -> str:
    return str(forms.ref(packed)) if packed else ""


def build_matcher(items: Iterable[tuple[Sequence[JsonSlot], object]]) -> Matcher:
    matcher = Matcher()
    for json_slots, payload in items:
        matcher.add(to_slots(json_slots), payload)
    return matcher
