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

from collections.abc import Callable
from dataclasses import dataclass

import regex

from brandjournal.export.counting import graphemes, url_spans

Counter = Callable[[str], int]

_NO_BREAK_SPACES = frozenset("\u00a0\u202f\u2007\u2060\ufeff")
_SENTENCE_END = regex.compile(r"[.!?…‼⁇⁈⁉。！？][\s»”’\"')\]]*$")
_CLOSING_ONLY = regex.compile(r"^[»”’\"')\]!?:;.,…%]+$")
_OPENING_ONLY = regex.compile(r"^[«“‘\"'(\[¿¡]+$")
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


def _is_break_space(cluster: str) -> bool:
    return all(char.isspace() and char not in _NO_BREAK_SPACES for char in cluster)


def _words(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every run of non-space grapheme clusters."""
    spans: list[tuple[int, int]] = []
    position = 0
    start: int | None = None
    for cluster in graphemes(text):
        if _is_break_space(cluster):
            if start is not None:
                spans.append((start, position))
                start = None
        elif start is None:
            start = position
        position += len(cluster)
    if start is not None:
        spans.append((start, position))
    return spans


class _Packer:
    def __init__(self, text: str, count: Counter) -> None:
        self.text = text
        self.count = count
        self.words = _words(text)

    def level_after(self, index: int) -> int:
        """How good a break between word ``index`` and the next one is."""
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
        return self.count(self.text[self.words[first][0] : self.words[last][1]])

    def furthest_fit(self, first: int, budget: int) -> int:
        """Largest ``last`` with words ``first..last`` within budget (``first - 1`` if none fits)."""
        if self.span_count(first, first) > budget:
            return first - 1
        low, step = first, 1  # gallop, then bisect: cost stays proportional to one post
        high = len(self.words)
        while low + step < len(self.words):
            if self.span_count(first, low + step) > budget:
                high = low + step
                break
            low += step
            step *= 2
        while high - low > 1:
            middle = (low + high) // 2
            if self.span_count(first, middle) <= budget:
                low = middle
            else:
                high = middle
        return low

    def choose_break(self, first: int, last: int, budget: int) -> int:
        levels = [(self.level_after(k), k) for k in range(first, last + 1)]
        for minimum in (_PARAGRAPH, _SENTENCE, _WORD, _GLUED):
            candidates = [k for level, k in levels if level >= minimum]
            if not candidates:
                continue
            if minimum == _PARAGRAPH and self.span_count(first, candidates[-1]) * 2 < budget:
                continue  # a paragraph end this early would leave a short post: look for a sentence end
            return candidates[-1]
        return last

    def cut_word(self, index: int, budget: int) -> tuple[str, bool]:
        """Cut the head off an over-long word; returns the head and whether it is an oversized URL."""
        start, end = self.words[index]
        word = self.text[start:end]
        urls = list(url_spans(word))
        inside_url = {offset for url_start, url_end in urls for offset in range(url_start + 1, url_end)}
        cuts: list[int] = []
        offset = 0
        for cluster in graphemes(word):
            offset += len(cluster)
            if offset not in inside_url:
                cuts.append(offset)
        low, high = -1, len(cuts)  # cuts[low] fits, cuts[high] does not
        while high - low > 1:
            middle = (low + high) // 2
            if self.count(word[: cuts[middle]]) <= budget:
                low = middle
            else:
                high = middle
        if low >= 0:
            cut = cuts[low]
            oversized = False
        else:  # even the first cut overflows: a URL longer than a post (or a monstrous grapheme cluster)
            cut = end - start if len(urls) == 1 else cuts[0]
            oversized = True
        self.words[index] = (start + cut, end)
        return word[:cut], oversized

    def pack(self, budget: int) -> tuple[list[str], list[str]]:
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
    if count(text) <= limit:
        return ThreadSplit((text,))
    digits = 1
    shrink = 0
    for _ in range(_MAX_RETRIES):
        widest = 10**digits - 1
        budget = max(1, limit - count(numbering_suffix(widest, widest)) - shrink)
        parts, oversized = _Packer(text, count).pack(budget)
        if len(parts) > widest:
            digits += 1
            continue
        if len(parts) == 1:
            return ThreadSplit(tuple(parts), tuple(oversized))
        total = len(parts)
        numbered = [part + numbering_suffix(index, total) for index, part in enumerate(parts, start=1)]
        too_long = [
            part for part, raw in zip(numbered, parts, strict=True) if count(part) > limit and raw not in oversized
        ]
        if not too_long:
            return ThreadSplit(tuple(numbered), tuple(oversized))
        shrink += 1  # the counting was not additive across the join (rare): retry a little tighter
    raise AssertionError("thread splitting did not converge")  # pragma: no cover
