"""How each platform counts characters.

Every function here answers "how long is this text for platform P", by P's own rule, so that the
thread splitter and the length shown to the author agree with what the platform will accept.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

import regex

#: Mastodon and X count every http(s) URL as this many characters, whatever its real length.
URL_WEIGHT = 23

_GRAPHEME = regex.compile(r"\X")
# A URL runs until whitespace, angle brackets, quotes or a control character (the latter keeps
# Python-Markdown's internal placeholders out of links).
_URL = regex.compile(r"(?i)(?<![\w/])https?://[^\s<>\"«»“”\x00-\x1f\x7f]+")
_TRAILING_PUNCTUATION = frozenset(".,;:!?'’\"*_~…")
_CLOSERS = {")": "(", "]": "["}
# Mastodon counts "@user@example.social" as "@user" (the domain is free).
_REMOTE_MENTION = regex.compile(r"(?i)(?<=^|[^/\w])@([a-z0-9_]+)@[a-z0-9.\-]+[a-z0-9]+")
_EMOJI_MARKERS = regex.compile(r"[\p{Emoji_Presentation}\p{Regional_Indicator}\u20e3\ufe0f]")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}")
# twitter-text v3: code points in 0-4351, 8192-8205, 8208-8223 and 8242-8247 weigh 1, all others 2.


def url_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every http(s) URL, without trailing punctuation or unbalanced closers."""
    for match in _URL.finditer(text):
        start, end = match.span()
        while end > start:
            last = text[end - 1]
            unbalanced = last in _CLOSERS and text.count(_CLOSERS[last], start, end) < text.count(last, start, end)
            if last in _TRAILING_PUNCTUATION or unbalanced:
                end -= 1
            else:
                break
        if text.find("://", start, end) + 3 < end:  # at least one character after the scheme
            yield start, end


def graphemes(text: str) -> list[str]:
    """User-perceived characters (extended grapheme clusters)."""
    return _GRAPHEME.findall(text)


def count_graphemes(text: str) -> int:
    if text.isascii():
        return len(text) - text.count("\r\n")  # in ASCII only CR LF joins two code points
    return len(_GRAPHEME.findall(text))


def count_code_points(text: str) -> int:
    return len(text)


def count_utf16(text: str) -> int:
    """Length as a JavaScript string (UTF-16 code units): emoji outside the BMP count 2."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def count_mastodon(text: str) -> int:
    """Graphemes, with each URL counting 23 and remote mentions counting only their local part."""
    total = 0
    position = 0
    for start, end in url_spans(text):
        total += count_graphemes(_REMOTE_MENTION.sub(r"@\1", text[position:start])) + URL_WEIGHT
        position = end
    return total + count_graphemes(_REMOTE_MENTION.sub(r"@\1", text[position:]))


_HEAVY = regex.compile(r"[^\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]")
_MAYBE_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\u20e3\ufe0f]")


@functools.lru_cache(maxsize=8192)
def _cluster_weight(cluster: str) -> int:
    if _EMOJI_MARKERS.search(cluster) or (len(cluster) > 1 and _PICTOGRAPHIC.search(cluster)):
        return 2  # an emoji, even a ZWJ sequence, a flag or a keycap, weighs 2 in all
    return len(cluster) + len(_HEAVY.findall(cluster))


def _x_weight(segment: str) -> int:
    if segment.isascii():
        return len(segment)
    if not _MAYBE_EMOJI.search(segment):  # no emoji: each code point weighs 1 or 2
        return len(segment) + len(_HEAVY.findall(segment))
    return sum(_cluster_weight(cluster) for cluster in _GRAPHEME.findall(segment))


def count_x(text: str) -> int:
    """twitter-text v3 weighted length: NFC, URLs 23, light ranges 1, emoji 2, everything else 2."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for start, end in url_spans(text):
        total += _x_weight(text[position:start]) + URL_WEIGHT
        position = end
    return total + _x_weight(text[position:])
