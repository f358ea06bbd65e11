"""Split a text that is too long for a platform into a numbered thread.

Break preference, from best to worst: the last sentence end (or paragraph/line end) that fits, else
the last space that fits, else inside an over-long word at a grapheme boundary. Never inside a URL:
a URL that cannot fit a post on its own goes alone in its post (with what is glued to it, such as a
closing bracket), over the limit, and is reported in ``ThreadSplit.oversized``.
Every break is at a grapheme-cluster boundary, so no emoji, flag or accented letter is ever cut.

Each part but a lone one ends with a numbering suffix ``"\\n\\n2/5"`` that counts against the limit.
All lengths are measured with the platform's own counting function, on the final strings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from brandjournal.export.counting import graphemes, url_spans

Counter = Callable[[str], int]

_GRAPHEME = regex.compile(r"\X")
# Whitespace we may break at: everything but the no-break spaces of French typography.
_BREAK_SPACES = regex.compile(r"[^\S\u00a0\u202f\u2007]+")
_SENTENCE_END = re.compile(r"[.!?…‼⁇⁈⁉。！？][\s»”’\"')\]]*$")
_CLOSING_ONLY = re.compile(r"^[»”’\"')\]!?:;.,…%]+$")
_OPENING_ONLY = re.compile(r"^[«“‘\"'(\[¿¡]+$")
_MAX_RETRIES = 50

# Break levels between two words.
_GLUED, _WORD, _SENTENCE, _LINE, _PARAGRAPH = -1, 0, 1, 2, 3


def numbering_suffix(index: int, total: int) -> str:
    return f"\n\n{index}/{total}"


@dataclass(frozen=True, slots=True)
class ThreadSplit:
    parts: tuple[str, ...]
    # Pieces that cannot fit a post even alone (a URL longer than a post, or a freak grapheme cluster of
    # hundreds of code points): each sits alone in its post, over the limit.
    oversized: tuple[str, ...] = ()
    lengths: tuple[int, ...] = ()  # each part's count, numbering included
    whole: int = 0  # the count of the text before splitting


def _words(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of text between breakable spaces, cut at grapheme boundaries only.

    A space glued to a neighbour in one grapheme cluster (a combining accent after a space, a
    prepended mark before one) belongs to the word, so no break can ever split a cluster.
    """
    boundaries = {0}
    if text.isascii() and "\r\n" not in text:
        boundaries.update(range(len(text) + 1))
    else:
        boundaries.update(itertools.accumulate(map(len, _GRAPHEME.findall(text))))
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _BREAK_SPACES.finditer(text):
        space_start, space_end = match.span()
        while space_start < space_end and space_start not in boundaries:
            space_start += 1
        while space_end > space_start and space_end not in boundaries:
            space_end -= 1
        if space_start == space_end:
            continue  # the whole run sits inside clusters: not a break
        if space_start > position:
            spans.append((position, space_start))
        position = space_end
    if position < len(text):
        spans.append((position, len(text)))
    return spans


class _Packer:
    """Greedy packing of words into posts.

    Costs are counted once per word and per space between words, then summed: each platform's count
    is additive across grapheme-cluster boundaries (URLs and mentions never contain spaces). The
    final posts are still measured whole by ``split_thread``, which retries tighter if a sum lied.
    """

    def __init__(self, text: str, count: Counter) -> None:
        self.text = text
        self.count = functools.lru_cache(maxsize=4096)(count)
        self.original_words = _words(text)
        self.words = list(self.original_words)
        self.levels: dict[int, int] = {}
        self.cut_words: set[int] = set()
        self.cumulative: list[int] = []  # cost from the first word's start to the end of word i
        total = 0
        for index, (start, end) in enumerate(self.words):
            if index:
                total += self.count(text[self.words[index - 1][1] : start])
            total += self.count(text[start:end])
            self.cumulative.append(total)

    def word_cost(self, index: int) -> int:
        start, end = self.words[index]
        return self.count(self.text[start:end])

    def level_after(self, index: int) -> int:
        """How good a break between word ``index`` and the next one is."""
        if index not in self.levels:
            self.levels[index] = self._level_after(index)
        return self.levels[index]

    def _level_after(self, index: int) -> int:
        start, end = self.words[index]
        next_start, next_end = self.words[index + 1]
        separator = self.text[end:next_start].replace("\r\n", "\n")
        if separator.count("\n") >= 2:
            return _PARAGRAPH
        if "\n" in separator:
            return _LINE
        if _CLOSING_ONLY.match(self.text[next_start:next_end]) or _OPENING_ONLY.match(self.text[start:end]):
            return _GLUED
        if _SENTENCE_END.search(self.text[max(0, end - 12) : end]):  # "non. »" ends a sentence too
            return _SENTENCE
        return _WORD

    def span_count(self, first: int, last: int) -> int:
        return self.cumulative[last] - self.cumulative[first] + self.word_cost(first)

    def furthest_fit(self, first: int, budget: int) -> int:
        """Largest ``last`` with words ``first..last`` within budget (``first - 1`` if none fits)."""
        if self.word_cost(first) > budget:
            return first - 1
        threshold = budget + self.cumulative[first] - self.word_cost(first)
        return bisect.bisect_right(self.cumulative, threshold, lo=first) - 1

    def choose_break(self, first: int, last: int, budget: int) -> int:
        """The word after which to end the post that starts at ``first`` and may run to ``last``.

        The last paragraph end if it fills at least half the post, else the last sentence (or line)
        end, else the last space; scanning backwards stops as soon as the answer is known.
        """
        sentence = word = None
        for k in range(last, first - 1, -1):
            level = self.level_after(k)
            half_full = self.span_count(first, k) * 2 >= budget
            if level == _PARAGRAPH and half_full:
                return k
            if level >= _SENTENCE and sentence is None:
                sentence = k
            if sentence is not None and (level == _PARAGRAPH or not half_full):
                return sentence  # no paragraph end can still qualify
            if level >= _WORD and word is None:
                word = k
        if sentence is not None:
            return sentence
        return word if word is not None else last

    def cut_word(self, index: int, budget: int) -> tuple[str, bool]:
        """Cut the head off an over-long word; returns the head and whether it overflows on its own.

        The word is seen as units: each URL whole, every other grapheme cluster alone.
        """
        start, end = self.words[index]
        word = self.text[start:end]
        urls = list(url_spans(word))
        units: list[tuple[int, int]] = []
        offset = 0
        for cluster in graphemes(word):
            following = offset + len(cluster)
            inside = next(((u_start, u_end) for u_start, u_end in urls if u_start <= offset < u_end), None)
            if inside is None:
                units.append((offset, following))
            elif inside[0] == offset:
                units.append(inside)
            offset = following
        cut, used, blocking = 0, 0, len(units)
        for position, (unit_start, unit_end) in enumerate(units):
            cost = self.count(word[unit_start:unit_end])
            if used + cost > budget:
                blocking = position
                break
            used += cost
            cut = unit_end
        blocker = units[blocking] if blocking < len(units) else None
        oversized = False
        if (
            blocker
            and self.count(word[blocker[0] : blocker[1]]) > budget
            and (cut == 0 or _OPENING_ONLY.match(word[:cut]))
        ):
            # A unit longer than a post (a URL, or a freak cluster): alone, with the brackets or
            # punctuation glued to it, over the limit.
            oversized = True
            cut = blocker[1]
            while cut < len(word) and _CLOSING_ONLY.match(word[cut]):
                cut += 1
        self.words[index] = (start + cut, end)
        self.levels.pop(index, None)
        self.levels.pop(index - 1, None)
        self.cut_words.add(index)
        return word[:cut], oversized

    def pack(self, budget: int) -> tuple[list[str], list[str]]:
        self.words = list(self.original_words)
        for index in self.cut_words:  # levels next to a cut word were computed on the cut piece
            self.levels.pop(index, None)
            self.levels.pop(index - 1, None)
        self.cut_words.clear()
        parts: list[str] = []
        oversized: list[str] = []
        first = 0
        while first < len(self.words):
            last = self.furthest_fit(first, budget)
            if last < first:
                head, too_long = self.cut_word(first, budget)
                parts.append(head)
                if too_long:
                    oversized.append(head)
                if self.words[first][0] == self.words[first][1]:
                    first += 1
                continue
            if last < len(self.words) - 1:
                last = self.choose_break(first, last, budget)
            parts.append(self.text[self.words[first][0] : self.words[last][1]])
            first = last + 1
        return parts, oversized


def split_thread(text: str, limit: int, count: Counter) -> ThreadSplit:
    """Split ``text`` into numbered posts of at most ``limit`` by ``count`` (see module docstring)."""
    whole = count(text)
    if whole <= limit:
        return ThreadSplit((text,), lengths=(whole,), whole=whole)
    digits = len(str(-(-whole // max(1, limit - 7))))  # a first guess at the number of posts' digits
    shrink = 0
    packer = _Packer(text, count)
    numbered: list[str] = []
    lengths: list[int] = []
    too_long: list[str] = []
    oversized: list[str] = []
    for _ in range(_MAX_RETRIES):
        widest = 10**digits - 1
        budget = max(1, limit - count(numbering_suffix(widest, widest)) - shrink)
        parts, oversized = packer.pack(budget)
        if len(parts) > widest:
            digits += 1
            continue
        if len(parts) == 1:
            return ThreadSplit(tuple(parts), tuple(oversized), (count(parts[0]),), whole)
        total = len(parts)
        numbered = [part + numbering_suffix(index, total) for index, part in enumerate(parts, start=1)]
        lengths = [count(part) for part in numbered]
        too_long = [raw for raw, length in zip(parts, lengths, strict=True) if length > limit and raw not in oversized]
        if not too_long:
            break
        shrink += 1  # the counting was not additive across the join (rare): retry a little tighter
    # Should a freak text defeat every retry, report the posts still too long rather than fail.
    return ThreadSplit(tuple(numbered), tuple(oversized + too_long), tuple(lengths), whole)
