"""A Markdown file with YAML front matter, for static blog generators (Hugo, Jekyll, Eleventy...).

Every string value is written as a YAML double-quoted scalar with explicit escapes, so titles with
colons, quotes, ``#``, newlines or leading dashes, and languages such as ``no`` (a boolean in YAML
1.1), always read back as the exact string. The date is written bare (``2026-11-25``) so generators
read it as a date.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\x00": "\\0",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


_INLINE_SPECIALS = re.compile(r"([\\`*_{}\[\]>])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_BLOCK_START = re.compile(r"^([#+|-]|\d+(?=[.)]))")


def escape_markdown_line(text: str) -> str:
    """Plain text (one line) made inert as Markdown: it renders as exactly these characters."""
    line = " ".join(text.split())
    line = _INLINE_SPECIALS.sub(r"\\\1", _ENTITY_LIKE.sub("&amp;", line)).replace("<", "&lt;")
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else "\\" + m.group(1), line)


def _is_yaml_printable(char: str) -> bool:
    code = ord(char)
    return (
        0x20 <= code <= 0x7E
        or 0xA0 <= code <= 0xD7FF
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
        or 0x10000 <= code <= 0x10FFFF
    )


def yaml_quote(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that parses back to exactly ``value``."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _is_yaml_printable(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def front_matter(title: str, *, date: datetime.date | None, tags: Sequence[str], lang: str) -> str:
    """The ``---`` block; ``date`` is omitted when unknown."""
    lines = ["---", f"title: {yaml_quote(title)}"]
    if date is not None:
        lines.append(f"date: {datetime.date(date.year, date.month, date.day).isoformat()}")
    lines.append("tags: [" + ", ".join(yaml_quote(tag) for tag in tags) + "]")
    lines.append(f"lang: {yaml_quote(lang)}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def blog_markdown(
    title: str,
    body_markdown: str,
    *,
    date: datetime.date | None,
    tags: Sequence[str],
    lang: str,
    footer: str | None = None,
) -> str:
    """Front matter, a blank line, the Markdown body (and the footer as a last paragraph), newline-ended."""
    body = body_markdown.strip("\n").rstrip()
    if footer:
        footer = escape_markdown_line(footer)
        body = f"{body}\n\n{footer}" if body else footer
    return front_matter(title, date=date, tags=tags, lang=lang) + "\n" + body + "\n"
