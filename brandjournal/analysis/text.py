"""Markdown source -> prose tokens and sentences, every position kept in the ORIGINAL source.

The trick is a *mask*: a copy of the source of exactly the same length in which everything that is not prose
(code, URLs, link targets, HTML tags, @mentions, #hashtags, Markdown markers) is replaced by spaces (newlines are
kept). Tokens and sentences are found in the mask, so ``source[token.start:token.end]`` is always the evidence.

Words are runs of letters/digits; hyphens and apostrophes separate words ("game-changers" -> game, changers;
"l'écosystème" -> l, écosystème), which is also how lexicon patterns are tokenised, so both sides agree.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from itertools import pairwise
from operator import attrgetter

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ŀ": "l", "’": "'", "ʼ": "'"})

_ASCII_SAFE = re.compile(r"[a-z0-9]*")


def normalise(word: str) -> str:
    """Case-folded, accent-free form of a word (the key used for all matching)."""
    word = word.casefold()
    if _ASCII_SAFE.fullmatch(word):
        return word
    word = word.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------- masking
def _pattern(source: str, flags: int = 0) -> tuple[str, int]:
    """Mask patterns are compiled on first use (``re`` caches them): plain posts never pay for most of them."""
    return source, flags


# Runs of backticks are taken whole (possessive, and a code span starts where a run starts, as in CommonMark):
# backtracking into them was cubic, and ``re`` holds the GIL: 8,000 pasted backticks froze the window 1-3 s.
_FENCE = _pattern(r"^[ \t]{0,3}(`{3,}+|~{3,}+)[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_INLINE_CODE = _pattern(r"(?<!`)(`++)(?!`).+?(?<!`)\1(?!`)", re.S)
_HTML_COMMENT = _pattern(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_TAG = _pattern(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = _pattern(r"<(?:https?|ftp|mailto):[^<>\s]*>")  # no "<" inside: "<http://<http://" was quadratic
_LINK_TARGET = _pattern(r"\]\([^)\s\]]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\]")  # no "]" inside: "](](](" was quadratic
_REF_DEF = _pattern(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_URL = _pattern(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"»)]*[^\s<>\"».,;:!?)]")
_EMAIL = _pattern(r"\b[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b")  # RFC 5321 local part; unbounded was quadratic
# "@" and "#" come first, and the character before them is checked after ("not after a word, @ or #"): a pattern
# that starts with a literal lets ``re`` jump from one "@" to the next instead of trying every character.
_MENTION = _pattern(r"@(?<![\w@]@)(?:[\w][\w.-]*\w|\w)")
_HASHTAG = _pattern(r"#(?<![\w&#]#)\w[\w-]*")
# Line patterns ("^" in MULTILINE mode, never past the end of their line): tried at line starts only (see
# ``_blank_line_starts``).
_HEADING = _pattern(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)", re.M)
# a list marker: a dash or dot, "3." or "3)", or a keycap emoji ("3️⃣": a digit, a variation selector, U+20E3),
# whose digit would otherwise be read as a word ahead of the line's first one
_BULLET = _pattern(r"^[ \t]*(?:[-*+•▪●◦‣–—]|\d{1,3}[.)]|[0-9#*]\ufe0f?\u20e3)(?=[ \t])", re.M)
_QUOTE = _pattern(r"^[ \t]*(?:>[ \t]?)+", re.M)
_LINE_MASKS = (_HEADING, _BULLET, _QUOTE)
_EMPHASIS = _pattern(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~|\\(?=[\\`*_{}\[\]()#+\-.!])|!\[|\[")
_ENTITY = _pattern(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")

# (pattern, characters or strings one of which must be in the text for the pattern to possibly match): skipping
# the patterns that cannot match keeps masking cheap on plain posts (compiling one costs up to a millisecond).
_MASKS: tuple[tuple[tuple[str, int], str | tuple[str, ...]], ...] = (
    (_FENCE, "`~"),
    (_HTML_COMMENT, "<"),
    (_INLINE_CODE, "`"),
    (_AUTOLINK, "<"),
    (_REF_DEF, "["),
    (_LINK_TARGET, "]"),
    (_HTML_TAG, "<"),
    (_URL, ("://", "www.")),
    (_EMAIL, "@"),
    (_MENTION, "@"),
    (_HASHTAG, "#"),
    (_HEADING, "#"),
    (_BULLET, "-*+•▪●◦‣–—0123456789"),
    (_QUOTE, ">"),
    (_ENTITY, "&"),
    (_EMPHASIS, ("*", "_", "~~", "\\", "[")),  # "![" has a "["
)


def _blank(match: re.Match[str]) -> str:
    text = match.group(0)
    return " " * len(text) if "\n" not in text else re.sub(r"[^\n]", " ", text)


def _mask_emails(text: str, pattern: re.Pattern[str]) -> str:
    """E-mail addresses blanked, searched only around each "@".

    One regex pass over the whole text tries up to 64 local-part characters at every word boundary, in a single
    C call that holds the GIL: on 100,000 characters of "a.a.a…@" that froze the window for half a second.
    Windows around each "@" give the same matches in many short calls.
    """
    pieces: list[str] = []
    done = 0
    at = text.find("@")
    while at != -1:
        start = max(done, at - 65)
        match = next((m for m in pattern.finditer(text, start, at + 256) if m.start() <= at < m.end()), None)
        if match is not None:
            pieces += [text[done : match.start()], " " * (match.end() - match.start())]
            done = match.end()
        at = text.find("@", max(at + 1, done))
    return "".join(pieces) + text[done:] if pieces else text


def mask_markdown(source: str) -> str:
    """Same-length copy of ``source`` where non-prose is blanked out (newlines kept)."""
    masked = source
    for pattern, triggers in _MASKS:
        if any(c in masked for c in triggers):
            compiled = re.compile(*pattern)
            if pattern is _EMAIL:
                masked = _mask_emails(masked, compiled)
            elif pattern in _LINE_MASKS:
                masked = _blank_line_starts(masked, compiled)
            else:
                masked = compiled.sub(_blank, masked)
    return masked


def _blank_line_starts(text: str, pattern: re.Pattern[str]) -> str:
    """``pattern.sub(_blank, text)`` for a line pattern (anchored by "^" in MULTILINE mode, matching within its
    line): tried at each line start, where ``sub`` tried every character of the text."""
    pieces: list[str] = []
    done = 0
    start = 0
    while start >= 0:
        match = pattern.match(text, start)
        if match is not None and match.end() > start:
            pieces += [text[done:start], " " * (match.end() - start)]
            done = match.end()
        start = text.find("\n", start)
        if start >= 0:
            start += 1
    return "".join(pieces) + text[done:] if pieces else text


# --------------------------------------------------------------------------------------------- tokens
# A word: letters/digits, with combining accents inside ("e\u0301"). Possessive runs: a character class per run
# rather than an alternation per character (3x faster on a post; same matches).
# A word; letters joined by "&" are one word ("P&L", "R&D", "M&A": abbreviations read as one).
# The whole word is a group so that ``split`` keeps the words between the gaps (``tokenize``); ``findall`` and
# ``search`` find the same words with it (one pattern to compile: each costs a ``brandjournal check``).
WORD = re.compile(r"([^\W_]++(?:[\u0300-\u036f]++[^\W_]*+)*+(?:&[^\W\d_]++)*+)")
_GAP_OK = re.compile(r"[\s'’ʼ\-‐‑–]*")
_COMMA_GAP = re.compile(r"\s*,\s*")


# Months and days of the week, English and French (accent-free norms): doubt about a date is not a hedged claim.
MONTHS_AND_DAYS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier",
     "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi",
     "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
)  # fmt: skip
# Counts written in words ("maybe forty people", "peut-être deux cents personnes").
NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
     "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
     "thousands", "dozen", "dozens", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze",
     "douze", "quinze", "vingt", "vingtaine", "trente", "trentaine", "quarante", "quarantaine", "cinquante",
     "cinquantaine", "soixante", "cent", "cents", "centaine", "centaines", "mille", "milliers", "douzaine",
     "douzaines"}
)  # fmt: skip


# Plain slotted classes rather than dataclasses: ``brandjournal check`` is a short process and generating
# dataclass methods (exec) at import time is a measurable part of its start-up.
class Token:
    """One word of prose, at ``source[start:end]``."""

    __slots__ = (
        "accented",
        "before",
        "comma",
        "digit",
        "end",
        "first",
        "joined",
        "key",
        "norm",
        "pair",
        "start",
        "upper",
    )

    def __init__(
        self,
        start: int,
        end: int,
        norm: str,
        first: bool = False,
        joined: bool = True,
        upper: bool = False,
        digit: bool = False,
        key: str = "",
        comma: bool = False,
        accented: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.norm = norm
        self.first = first  # first word of its sentence
        self.joined = joined  # only spaces/hyphens/apostrophes between this token and the previous one
        self.upper = upper  # starts with a capital letter
        self.digit = digit
        self.key = key or f"|{norm}|"  # what pattern slots search for
        self.comma = comma  # only a comma between this token and the previous one ("je me trompe, mais")
        self.pair = ""  # "norm next_norm" when the next token continues the phrase (two-word index key)
        self.before = ""  # the symbol right before this word, if any ("%" in "20% off")
        self.accented = accented  # written with a French accented letter ("été", "ça"): a sign of French

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.norm!r})"


def is_count(tok: Token) -> bool:
    """A number, in digits or in words ("60", "deux", "hundred")."""
    return tok.digit or tok.norm in NUMBER_WORDS


class Sentence:
    __slots__ = ("end", "exclamations", "lang", "mixed", "norms", "question", "start", "tokens")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.tokens: list[Token] = []
        # the tokens' norms: a set test of a few words against them (``isdisjoint``) skips a pass over the tokens
        self.norms: list[str] = []
        self.lang = "en"
        self.mixed = False  # clear evidence of both languages in this sentence
        self.question = False
        self.exclamations = 0


class Document:
    __slots__ = ("masked", "sentences", "source", "tokens")

    def __init__(self, source: str, masked: str, tokens: list[Token], sentences: list[Sentence]) -> None:
        self.source = source
        self.masked = masked
        self.tokens = tokens
        self.sentences = sentences

    def sentence_text(self, sentence: Sentence) -> str:
        return self.source[sentence.start : sentence.end]

    def sentence_at(self, pos: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        return None


# French inclusive writing: "ravi·e", "expert·es", "acteur·rice·s".
_INCLUSIVE_ENDINGS = frozenset(
    {"e", "es", "s", "ne", "nes", "le", "les", "te", "tes", "euse", "euses", "rice", "rices", "trice", "trices",
     "ère", "ères", "ve", "ves", "ice", "ices", "x"}
)


def tokenize(masked: str) -> list[Token]:
    """The words of ``masked``, each with how it is joined to the word before it.

    One ``re.split`` gives the gaps and the words in turn (no match object per word); the gaps recur (" ", ", ",
    "'") and are classified once each (``_gap``). A token's attributes are stored here rather than by
    ``Token.__init__``: this runs for every word of every draft, and a call per word was a tenth of an analysis.
    ``Token.pair`` is set as ``link_pairs`` would over the whole text (``build_document`` clears it at the end of
    each sentence).
    """
    tokens: list[Token] = []
    append = tokens.append
    word_of = _WORDS.get
    gap_of = _GAPS.get
    new = object.__new__
    if len(_WORDS) > _MAX_WORDS:
        _WORDS.clear()
    parts = WORD.split(masked)  # gap, word, gap, word, ..., gap
    end = 0
    prev: Token | None = None
    for gap, raw in zip(parts[:-1:2], parts[1::2], strict=True):
        start = end + len(gap)
        end = start + len(raw)
        word = word_of(raw) or _word(raw)
        if gap == " " and prev is not None:  # most words: one space before
            joined, comma, before = True, False, ""
            prev.pair = f"{prev.norm} {word[0]}"
        elif prev is None:
            joined, comma, before = False, False, ""
        else:
            if len(gap) == 1 and gap in "·⋅" and raw.casefold() in _INCLUSIVE_ENDINGS:
                prev.end = end  # "honoré·e·s" is the word "honoré" for matching, its whole text for the span
                prev.accented = prev.accented or word[4]  # "premier·ère"
                continue
            joined, comma, before = gap_of(gap) or _gap(gap)
            if not joined and raw[0].isdigit() and _joins_number(masked, start - len(gap), gap, prev):
                joined, comma, before = True, False, ""
            if joined or comma:
                prev.pair = f"{prev.norm} {word[0]}"
        append(token := new(Token))
        token.start = start
        token.end = end
        token.norm, token.key, token.upper, token.digit, token.accented = word
        token.first = False
        token.joined = joined
        token.comma = comma
        token.pair = ""
        token.before = before
        prev = token
    return tokens


_GAPS: dict[str, tuple[bool, bool, str]] = {}  # short gap between two words -> ``_gap`` of it


def _gap(gap: str) -> tuple[bool, bool, str]:
    """``joined``, ``comma`` and ``before`` of a word preceded by ``gap`` (see ``Token``); remembered when short."""
    joined = _GAP_OK.fullmatch(gap) is not None
    comma = not joined and _COMMA_GAP.fullmatch(gap) is not None
    visible = gap.rstrip()
    found = (joined, comma, visible[-1] if visible and not joined else "")
    if len(gap) <= 8:
        if len(_GAPS) > 4096:  # (emoji and symbols make many short gaps over a long session)
            _GAPS.clear()
        _GAPS[gap] = found
    return found


def _joins_number(masked: str, prev_end: int, gap: str, prev: Token) -> bool:
    """A number written with a separator continues the word before it: "3,5", "1.000", "n°1", "n° 1" ("n 1")."""
    return (masked[prev_end - 1].isdigit() and gap in (",", ".")) or (gap.rstrip() == "°" and prev.norm == "n")


_WORDS: dict[str, tuple[str, str, bool, bool, bool]] = {}  # raw word -> what its tokens hold (see ``_word``)
_MAX_WORDS = 65536
FRENCH_LETTERS = frozenset("éèêëàâîïôûùçœÉÈÊÀÂÎÔÛÇŒ")


def _word(raw: str) -> tuple[str, str, bool, bool, bool]:
    """``norm``, ``key``, ``upper``, ``digit`` and ``accented`` of the tokens of a word as written (remembered:
    words recur)."""
    norm = normalise(raw)
    accented = not raw.isascii() and not FRENCH_LETTERS.isdisjoint(raw)
    found = _WORDS[raw] = (norm, f"|{norm}|", raw[0].isupper(), raw[0].isdigit(), accented)
    return found


# ------------------------------------------------------------------------------------------ sentences
# A run of ".!?…", or one of "‼⁇⁈⁉"; written to start with one character class so that ``re`` skips to the
# candidates instead of trying a match at every character of the text.
_TERMINATOR = re.compile(
    r"[.!?…\u203c\u2047-\u2049](?:(?<=[.!?…])[.!?…]*)?(?:[ \u00a0\u202f]?[\"»”’')\]])*(?=\s|$)"
)
_WORD_RUN = re.compile(r"[\w.\-]+")
# Compiled on first use, like the mask patterns: a character class with characters beyond Latin-1 costs ``re``
# about 8,000 Python steps to compile, and most posts never need these two (``brandjournal check`` is one post).
_LINE_START = (r"[ \t]*(?:[-*+•▪●◦‣–—>#]|\d{1,3}[.)])", 0)
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_EMOJI_RUN = (f"[{_EMOJI}][{_EMOJI}\u200d\ufe0f\U0001f3fb-\U0001f3ff]*", 0)
_FIRST_EMOJI = "\u2600"  # no character of a line is at least this: no emoji in it


def _latin1(text: str) -> bool:
    """Every character of ``text`` is below U+0100 (so none is an emoji): encoding such a text to Latin-1 is a copy,
    where ``max`` over each line compared every character."""
    return len(text.encode("latin-1", "ignore")) == len(text)


def _last_word(text: str, start: int, end: int) -> str:
    r"""The run of word characters, periods and hyphens that ends ``text[start:end]`` (or ends it but for a final line
    break), "" if none: what ``re.search(r"[\w.\-]+$", text[start:end])`` finds, matched once on the reversed window
    where the search tried every position of the window."""
    window = text[start:end]
    if window[-1:] == "\n":
        window = window[:-1]
    found = _WORD_RUN.match(window[::-1])
    return found.group()[::-1] if found else ""


# Lower-case units written after a figure ("34 m", "à 14 h"); several are also abbreviations or French elisions.
UNITS = frozenset({"m", "km", "cm", "mm", "kg", "g", "mg", "h", "min", "mins", "l", "ml", "cl", "t", "ha", "s"})


def _unit_after_number(masked: str, start: int, raw: str) -> bool:
    """A lower-case unit right after a figure ("34 m", "à 14 h", "2 km"), which an abbreviation list also holds."""
    if raw not in UNITS:
        return False
    k = start - 1
    while k >= 0 and masked[k] in " \u00a0\u202f":
        k -= 1
    return k >= 0 and masked[k].isdigit()


def _next_visible(masked: str, pos: int) -> str:
    n = len(masked)
    while pos < n and masked[pos].isspace():
        pos += 1
    return masked[pos] if pos < n else ""


def _cuts_in_line(
    masked: str, start: int, end: int, abbreviations: frozenset[str], emoji: bool = True
) -> list[int]:
    """Positions (exclusive ends) where a sentence ends inside one logical line (``emoji``: the text may hold some)."""
    cuts: list[int] = []
    for m in _TERMINATOR.finditer(masked, start, end):
        if m.end() >= end:
            continue
        nxt = _next_visible(masked, m.end())
        if not nxt:
            continue
        if nxt.islower():
            continue  # "e.g. this", "M. le maire", "3 p.m. tomorrow"
        if m.group(0).startswith(".") and len(m.group(0).rstrip("\"»”’')]")) == 1:
            # a single period: is the word before it an abbreviation or an initial?
            raw = _last_word(masked, max(start, m.start() - 40), m.start())
            if raw:
                word = normalise(raw)
                abbreviated = word in abbreviations or (len(word) == 1 and word.isalpha() and raw.isupper())
                # (but "the first water strike at 34 m. The pumping test…": a measure ends the sentence)
                if abbreviated and not _unit_after_number(masked, m.start() - len(raw), raw):
                    continue
        cuts.append(m.end())
    # emoji followed by a capitalised word: a LinkedIn-style sentence end without punctuation
    if not emoji or start == end or max(masked[start:end]) < _FIRST_EMOJI:
        return sorted(cuts)
    for m in re.compile(*_EMOJI_RUN).finditer(masked, start, end):
        j = m.end()
        nxt = _next_visible(masked, j)
        before = masked[start : m.start()].strip()
        if j < end and nxt.isupper() and before and before[-1] not in ".!?…":
            cuts.append(j)
    return sorted(cuts)


def split_sentences(masked: str, abbreviations: frozenset[str], source: str = "") -> list[tuple[int, int]]:
    """Sentence spans over the mask. Line breaks end sentences unless the line is a soft wrap."""
    source = source or masked
    # 1. logical lines: a line break ends a sentence unless the next line continues in lower case
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw_line in masked.split("\n"):
        s, e = pos, pos + len(raw_line)
        pos = e + 1
        if not raw_line.strip():
            lines.append((s, s))  # paragraph break marker
            continue
        stripped = raw_line.strip()
        if lines and lines[-1][1] > lines[-1][0]:
            ps, pe = lines[-1]
            prev = masked[ps:pe].rstrip()
            if (
                stripped[0].islower()
                and prev
                and (prev[-1].isalpha() or prev[-1] in ",;")
                and not re.compile(*_LINE_START).match(source, s)
            ):
                lines[-1] = (ps, e)
                continue
        lines.append((s, e))
    spans: list[tuple[int, int]] = []
    emoji = not _latin1(masked)
    for s, e in lines:
        if e <= s:
            continue
        cut_start = s
        for cut in [*_cuts_in_line(masked, s, e, abbreviations, emoji), e]:
            seg_s, seg_e = cut_start, cut
            while seg_s < seg_e and masked[seg_s].isspace():
                seg_s += 1
            while seg_e > seg_s and masked[seg_e - 1].isspace():
                seg_e -= 1
            if seg_e > seg_s:
                spans.append((seg_s, seg_e))
            cut_start = cut
    return spans


def build_document(source: str, abbreviations: frozenset[str]) -> Document:
    masked = mask_markdown(source)
    tokens = tokenize(masked)
    sentences: list[Sentence] = []
    for s, e in split_sentences(masked, abbreviations, source):
        sentence = Sentence(s, e)
        k = bisect_left(tokens, s, key=_START)  # the tokens that start in the sentence and end in it
        sentence.tokens = tokens[k : max(k, bisect_right(tokens, e, key=_END))]
        if not sentence.tokens:
            continue
        sentence.norms = [t.norm for t in sentence.tokens]
        sentence.tokens[0].first = True
        sentence.tokens[0].joined = False
        sentence.tokens[-1].pair = ""  # (``tokenize`` linked it to the next sentence's first word)
        chunk = masked[s:e]
        sentence.question = "?" in chunk[-4:] or chunk.rstrip("\"»”’') ").endswith("?")
        sentence.exclamations = chunk.count("!")
        sentences.append(sentence)
    return Document(source, masked, tokens, sentences)


_START = attrgetter("start")
_END = attrgetter("end")


def link_pairs(toks: list[Token]) -> list[Token]:
    """Set ``Token.pair`` (the two-word index key) across one sentence's tokens. (Three-word keys are spelled out by
    the matcher, for the few pairs that start one.)"""
    for tok, nxt in pairwise(toks):
        if nxt.joined or nxt.comma:
            tok.pair = f"{tok.norm} {nxt.norm}"
    return toks
