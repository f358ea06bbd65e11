"""Mastodon status HTML to plain text, with the standard library's ``html.parser``.

``<p>`` and other blocks become paragraphs (blank line between), ``<br>`` a line break, list items ``- `` lines.
Links become their text: Mastodon splits long URLs into ``invisible``/``ellipsis`` spans that only CSS hides, so
taking every span's text gives the whole URL back. Mentions and hashtags are links whose text is already
``@user`` / ``#tag``. Entities are decoded by the parser. Whitespace is collapsed as a browser would, except in
``<pre>``.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from brandjournal.importers.common import ImportFormatError, ImportProblem

# Private-use characters stand for breaks while the text is collected; they are removed from the input first.
_BREAK = "\ue000"
_PARAGRAPH = "\ue001"
_KEPT_SPACE = "\ue002"  # a space inside <pre>, safe from whitespace collapsing
_KEPT_TAB = "\ue003"
_OURS = re.compile("[\ue000-\ue003]")
_WHITESPACE = re.compile("[ \t\n\r\f]+")  # HTML whitespace only: French no-break spaces are kept
_SPACES = re.compile(" {2,}")

_BLOCKS = frozenset(
    "p div blockquote ul ol h1 h2 h3 h4 h5 h6 pre section article header footer table tr figure hr".split()
)
_SKIPPED = frozenset({"script", "style", "template", "head", "title"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pre_depth = 0
        self._lists: list[list[int | None]] = []  # per open list: [next number] (None for bullets)
        self._links: list[tuple[int, str]] = []  # (parts length at <a>, href)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append(_BREAK)
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)
            if tag == "pre":
                self._pre_depth += 1
            elif tag in ("ul", "ol"):
                self._lists.append([1 if tag == "ol" else None])
        elif tag == "li":
            marker = "- "
            if self._lists and self._lists[-1][0] is not None:
                number = self._lists[-1][0]
                marker = f"{number}. "
                self._lists[-1][0] = number + 1
            self.parts.append(_BREAK + marker)
        elif tag == "a":
            self._links.append((len(self.parts), dict(attrs).get("href") or ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return  # <script/> opens nothing
        self.handle_starttag(tag, attrs)
        if tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append(_PARAGRAPH)
            if tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)
            elif tag in ("ul", "ol") and self._lists:
                self._lists.pop()
        elif tag == "a" and self._links:
            start, href = self._links.pop()
            if not "".join(self.parts[start:]).strip() and href:
                self.parts.append(_OURS.sub("", href))  # a link with no text: keep where it pointed

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        data = _OURS.sub("", data)
        if self._pre_depth:  # keep spaces and line breaks as written
            data = data.replace("\r\n", "\n").replace("\r", "\n")
            self.parts.append(data.replace("\n", _BREAK).replace(" ", _KEPT_SPACE).replace("\t", _KEPT_TAB))
        else:
            self.parts.append(_WHITESPACE.sub(" ", data))


def html_to_text(html: str) -> str:
    """The readable text of a status: paragraphs separated by a blank line, ``<br>`` kept as line breaks."""
    collector = _TextCollector()
    # "<![" starts a marked section, which html.parser cannot always parse (it asserts); in HTML content it is
    # text anyway.
    safe = html.replace("<![", "&lt;![")
    try:
        collector.feed(safe)
        collector.close()
    except (AssertionError, ValueError, IndexError) as exc:  # defensive: the parser's own internal limits
        raise ImportFormatError(ImportProblem.HTML_UNREADABLE, detail=exc) from None
    return _layout("".join(collector.parts))


def _layout(raw: str) -> str:
    paragraphs = []
    for block in raw.split(_PARAGRAPH):
        lines = [_SPACES.sub(" ", line).strip(" ") for line in block.split(_BREAK)]
        lines = [line.replace(_KEPT_SPACE, " ").replace(_KEPT_TAB, "\t") for line in lines]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
