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
from dataclasses import dataclass, field

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
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_LINK_TARGET = re.compile(r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)|\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_URL = re.compile(r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"»)]*[^\s<>\"».,;:!?)]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MENTION = re.compile(r"(?<![\w@])@[\w][\w.-]*\w|(?<![\w@])@\w")
_HASHTAG = re.compile(r"(?<![\w&#])#\w[\w-]*")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)", re.M)
_BULLET = re.compile(r"^[ \t]*(?:[-*+•▪●◦‣–—]|\d{1,3}[.)])(?=[ \t])", re.M)
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~|\\(?=[\\`*_{}\[\]()#+\-.!])|!\[|\[")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")

_MASKS = (
    _FENCE,
    _HTML_COMMENT,
    _INLINE_CODE,
    _AUTOLINK,
    _REF_DEF,
    _LINK_TARGET,
    _HTML_TAG,
    _URL,
    _EMAIL,
    _MENTION,
    _HASHTAG,
    _HEADING,
    _BULLET,
    _QUOTE,
    _ENTITY,
    _EMPHASIS,
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_markdown(source: str) -> str:
    """Same-length copy of ``source`` where non-prose is blanked out (newlines kept)."""
    masked = source
    for pattern in _MASKS:
        masked = pattern.sub(_blank, masked)
    return masked


# --------------------------------------------------------------------------------------------- tokens
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_GAP_OK = re.compile(r"[\s'’ʼ\-‐‑–]*")
_COMMA_GAP = re.compile(r"\s*,\s*")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    norm: str
    first: bool = False  # first word of its sentence
    joined: bool = True  # only spaces/hyphens/apostrophes between this token and the previous one
    upper: bool = False  # starts with a capital letter
    digit: bool = False
    key: str = ""  # "|norm|": what pattern slots search for
    comma: bool = False  # only a comma between this token and the previous one ("je me trompe, mais")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    lang: str = "en"
    mixed: bool = False  # clear evidence of both languages in this sentence
    question: bool = False
    exclamations: int = 0


@dataclass(slots=True)
class Document:
    source: str
    masked: str
    tokens: list[Token]
    sentences: list[Sentence]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.source[sentence.start : sentence.end]

    def sentence_at(self, pos: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.start <= pos < sentence.end:
                return sentence
        return None


def tokenize(masked: str) -> list[Token]:
    tokens: list[Token] = []
    prev_end = -1
    for m in _WORD.finditer(masked):
        raw = m.group(0)
        start, end = m.span()
        joined = prev_end >= 0 and (
            _GAP_OK.fullmatch(masked, prev_end, start) is not None
            or (raw[0].isdigit() and masked[prev_end - 1].isdigit() and masked[prev_end:start] in (",", "."))
        )
        norm = normalise(raw)
        comma = not joined and prev_end >= 0 and _COMMA_GAP.fullmatch(masked, prev_end, start) is not None
        tokens.append(Token(start, end, norm, False, joined, raw[0].isupper(), raw[0].isdigit(), f"|{norm}|", comma))
        prev_end = end
    return tokens


# ------------------------------------------------------------------------------------------ sentences
_TERMINATOR = re.compile(r"(?:[.!?…]+|[\u203c\u2047-\u2049])(?:[ \u00a0\u202f]?[\"»”’')\]])*(?=\s|$)")
_LINE_START = re.compile(r"[ \t]*(?:[-*+•▪●◦‣–—>#]|\d{1,3}[.)])")
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_EMOJI_RUN = re.compile(f"[{_EMOJI}][{_EMOJI}\u200d\ufe0f\U0001f3fb-\U0001f3ff]*")


def _next_visible(masked: str, pos: int) -> str:
    n = len(masked)
    while pos < n and masked[pos].isspace():
        pos += 1
    return masked[pos] if pos < n else ""


def _cuts_in_line(masked: str, start: int, end: int, abbreviations: frozenset[str]) -> list[int]:
    """Positions (exclusive ends) where a sentence ends inside one logical line."""
    cuts: list[int] = []
    for m in _TERMINATOR.finditer(masked, start, end):
        nxt = _next_visible(masked, m.end())
        if not nxt or m.end() >= end:
            continue
        if nxt.islower():
            continue  # "e.g. this", "M. le maire", "3 p.m. tomorrow"
        if m.group(0).startswith(".") and len(m.group(0).rstrip("\"»”’')]")) == 1:
            # a single period: is the word before it an abbreviation or an initial?
            w = re.search(r"([\w.\-]+)$", masked[start : m.start()])
            if w:
                word = normalise(w.group(1))
                if word in abbreviations or (len(word) == 1 and word.isalpha() and w.group(1).isupper()):
                    continue
        cuts.append(m.end())
    # emoji followed by a capitalised word: a LinkedIn-style sentence end without punctuation
    for m in _EMOJI_RUN.finditer(masked, start, end):
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
                and not _LINE_START.match(source, s)
            ):
                lines[-1] = (ps, e)
                continue
        lines.append((s, e))
    spans: list[tuple[int, int]] = []
    for s, e in lines:
        if e <= s:
            continue
        cut_start = s
        for cut in [*_cuts_in_line(masked, s, e, abbreviations), e]:
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
    k = 0
    for s, e in split_sentences(masked, abbreviations, source):
        sentence = Sentence(s, e)
        while k < len(tokens) and tokens[k].start < s:
            k += 1
        while k < len(tokens) and tokens[k].end <= e:
            sentence.tokens.append(tokens[k])
            k += 1
        if not sentence.tokens:
            continue
        sentence.tokens[0].first = True
        sentence.tokens[0].joined = False
        chunk = masked[s:e]
        sentence.question = "?" in chunk[-4:] or chunk.rstrip("\"»”’') ").endswith("?")
        sentence.exclamations = chunk.count("!")
        sentences.append(sentence)
    return Document(source, masked, tokens, sentences)
