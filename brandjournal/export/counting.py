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
# X also counts a link written without a scheme ("example.com/page") as 23. Its exact rule needs the
# full TLD list; we recognise every country code and the common generic TLDs, and weigh such a link
# max(its own weight, 23): never less than X does, whether or not X sees a link there.
_COUNTRY_TLDS = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by "
    "bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi "
    "fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in "
    "io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md "
    "me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe "
    "pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st "
    "su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu "
    "wf ws ye yt za zm zw"
).split()
_GENERIC_TLDS = (
    "com net org info biz edu gov mil int app dev xyz online site tech store blog shop news page cloud "
    "design agency studio art media live life world today email digital network solutions consulting "
    "company group team work jobs pro name mobi asia tel travel museum coop aero cat post social club "
    "space website io ai bio eco green paris bzh quebec swiss berlin london nyc"
).split()
_LINK_TLDS = frozenset(_COUNTRY_TLDS + _GENERIC_TLDS)
_BARE_DOMAIN = regex.compile(
    r"(?i)(?<![\w@.\-/:])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,})(?![\w\-@])"
    r"(?:/[^\s<>\"«»“”\x00-\x1f\x7f]*)?"
)
_TRAILING_PUNCTUATION = frozenset(".,;:!?'’\"*_~…")
_CLOSERS = {")": "(", "]": "["}
# Mastodon counts "@user@example.social" as "@user" (the domain is free).
_REMOTE_MENTION = regex.compile(r"(?i)(?<=^|[^/\w])@([a-z0-9_]+)@[a-z0-9.\-]+[a-z0-9]+")
_EMOJI_MARKERS = regex.compile(r"[\p{Emoji_Presentation}\p{Regional_Indicator}\u20e3\ufe0f]")
_PICTOGRAPHIC = regex.compile(r"\p{Extended_Pictographic}")
# twitter-text v3: code points in 0-4351, 8192-8205, 8208-8223 and 8242-8247 weigh 1, all others 2.


def _trim(text: str, start: int, end: int) -> int:
    """End of a link without trailing punctuation or unbalanced closing brackets."""
    while end > start:
        last = text[end - 1]
        unbalanced = last in _CLOSERS and text.count(_CLOSERS[last], start, end) < text.count(last, start, end)
        if last in _TRAILING_PUNCTUATION or unbalanced:
            end -= 1
        else:
            break
    return end


def url_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of every http(s) URL, without trailing punctuation or unbalanced closers."""
    for match in _URL.finditer(text):
        start = match.start()
        end = _trim(text, start, match.end())
        if text.find("://", start, end) + 3 < end:  # at least one character after the scheme
            yield start, end


def bare_domain_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of links written without a scheme, such as ``example.com/page``."""
    for match in _BARE_DOMAIN.finditer(text):
        if match.group(1).lower() in _LINK_TLDS:
            yield match.start(), _trim(text, match.start(), match.end())


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
    """twitter-text v3 weighted length: NFC, URLs 23, light ranges 1, emoji 2, everything else 2.

    Links without a scheme weigh at least 23 (see ``_BARE_DOMAIN``).
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for start, end in url_spans(text):
        total += _x_weight_with_bare_links(text[position:start]) + URL_WEIGHT
        position = end
    return total + _x_weight_with_bare_links(text[position:])


def _x_weight_with_bare_links(segment: str) -> int:
    if "." not in segment:
        return _x_weight(segment)
    total = 0
    position = 0
    for start, end in bare_domain_spans(segment):
        total += _x_weight(segment[position:start]) + max(_x_weight(segment[start:end]), URL_WEIGHT)
        position = end
    return total + _x_weight(segment[position:])
