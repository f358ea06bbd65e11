"""Markdown → sanitised HTML fragment: the one parse every export format shares.

Two deliberate departures from plain Python-Markdown, both for social-media drafts:

* a heading needs a space after its ``#`` (as in CommonMark), so a line of hashtags such as
  ``#leadership #values`` stays text instead of becoming a title;
* bare ``https://`` URLs become links (Python-Markdown only links ``<https://...>``).

SmartyPants is off: it would turn "quotes" into English curly quotes inside French text, and the
author's own typography (« », ’, …) is kept exactly as written.
"""

from __future__ import annotations

import functools
import re
import threading
import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from types import MappingProxyType

import markdown
import nh3
from markdown.blockprocessors import HashHeaderProcessor
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from brandjournal.export.counting import url_spans

SAFE_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "s",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
SAFE_ATTRIBUTES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "a": frozenset({"href", "title"}),
        "abbr": frozenset({"title"}),
        "img": frozenset({"src", "alt", "title"}),
        "ol": frozenset({"start"}),
        "li": frozenset({"id"}),  # footnotes
        "sup": frozenset({"id"}),  # footnote references
        "div": frozenset({"class"}),  # class="footnote"
        "code": frozenset({"class"}),  # class="language-python" from fenced code
    }
)
SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto"})
# Tags removed together with their content (the rest of unknown tags keep their text).
_DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "select",
     "svg", "math", "title", "head"}
)  # fmt: skip

_CLEANER = nh3.Cleaner(
    tags=set(SAFE_TAGS),
    clean_content_tags=set(_DROPPED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in SAFE_ATTRIBUTES.items()},
    url_schemes=set(SAFE_URL_SCHEMES),
    link_rel="noopener noreferrer",
    strip_comments=True,
)


class _SpacedHashHeaderProcessor(HashHeaderProcessor):
    """``# Title`` is a heading; ``#hashtag`` is not."""

    RE = re.compile(r"(?:^|\n)(?P<level>#{1,6})(?=[ \t]|\n|$)(?P<header>(?:\\.|[^\\])*?)#*(?:\n|$)")


class _LinkifyTreeprocessor(Treeprocessor):
    """Turn bare URLs in text into ``<a>`` elements, never inside links, code or preformatted text."""

    SKIP = frozenset({"a", "code", "pre"})

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        if element.tag in self.SKIP:
            return
        children = list(element)
        if element.text and not isinstance(element.text, markdown.util.AtomicString):
            element.text, links = self._split(element.text)
            for offset, link in enumerate(links):
                element.insert(offset, link)
        for child in children:
            self._walk(child)
            if child.tail:
                child.tail, links = self._split(child.tail)
                index = list(element).index(child) + 1
                for offset, link in enumerate(links):
                    element.insert(index + offset, link)

    @staticmethod
    def _split(text: str) -> tuple[str, list[etree.Element]]:
        spans = list(url_spans(text))
        if not spans:
            return text, []
        head = text[: spans[0][0]]
        links = []
        for index, (start, end) in enumerate(spans):
            link = etree.Element("a", {"href": text[start:end]})
            link.text = markdown.util.AtomicString(text[start:end])
            following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
            link.tail = text[end:following]
            links.append(link)
        return head, links


class _SocialMarkdownExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.parser.blockprocessors.register(_SpacedHashHeaderProcessor(md.parser), "hashheader", 70)
        md.treeprocessors.register(_LinkifyTreeprocessor(md), "bj_linkify", 15)


def _new_markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=["extra", "sane_lists", _SocialMarkdownExtension()], output_format="html")


@dataclass(frozen=True, slots=True)
class Rendered:
    html: str  # sanitised HTML fragment
    fallback: bool  # True when Python-Markdown gave up (nesting too deep) and the text went in as paragraphs
    unsafe_html: str = ""  # Python-Markdown's output before sanitising (kept to report what was removed)


_LOCAL = threading.local()  # a Markdown instance is reusable (after reset) but not thread-safe


def markdown_to_unsafe_html(source: str) -> str:
    """Markdown rendered to HTML, raw HTML included: never show this; see ``render``."""
    converter = getattr(_LOCAL, "markdown", None)
    if converter is None:
        converter = _LOCAL.markdown = _new_markdown()
    try:
        return converter.reset().convert(source)
    except BaseException:
        _LOCAL.markdown = None  # never reuse an instance left half-way through a conversion
        raise


def sanitize_html(html: str) -> str:
    """Keep only safe tags/attributes/URL schemes: no script, no event handler, no javascript:/data:."""
    return _CLEANER.clean(html)


def _paragraphs_fallback(source: str) -> str:
    paragraphs = (part.strip("\n") for part in re.split(r"\n[ \t]*\n", source))
    return "\n".join(f"<p>{escape(part).replace(chr(10), '<br>')}</p>" for part in paragraphs if part.strip())


@functools.lru_cache(maxsize=16)
def render(source: str) -> Rendered:
    """Markdown → sanitised HTML fragment (cached: one post is often exported to several platforms)."""
    try:
        unsafe = markdown_to_unsafe_html(source)
        return Rendered(sanitize_html(unsafe), fallback=False, unsafe_html=unsafe)
    except RecursionError:  # lists or quotes nested hundreds deep: Python-Markdown recurses per level
        return Rendered(_paragraphs_fallback(source), fallback=True)


_RISKY_TAGS = _DROPPED_WITH_CONTENT | {"form", "input", "button", "base", "meta", "link", "frame", "frameset", "applet"}


class _MarkupInspector(HTMLParser):
    """Collects what in raw HTML could run code or fetch things: risky tags, handlers, unsafe URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.risky: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _RISKY_TAGS:
            self.risky.add(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("style", "formaction", "srcdoc"):
                self.risky.add(f"{name}=")
            elif name in ("href", "src", "action", "data", "xlink:href") and value:
                scheme = _URL_SCHEME.match("".join(value.split()))
                if scheme and scheme.group(1).lower() not in SAFE_URL_SCHEMES:
                    self.risky.add(f"{scheme.group(1).lower()}: URL")


_URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


@functools.lru_cache(maxsize=16)
def unsafe_markup(source: str) -> tuple[str, ...]:
    """What the sanitiser has to remove from this Markdown's HTML (sorted descriptions; empty if none)."""
    html = render(source).unsafe_html
    inspector = _MarkupInspector()
    # html.parser (3.11) asserts on "<![foo" marked sections; they carry no risk, so neutralise them.
    inspector.feed(html.replace("<![", "&lt;!["))
    inspector.close()
    return tuple(sorted(inspector.risky))


def markdown_to_safe_html(source: str) -> str:
    """Markdown → sanitised HTML fragment."""
    return render(source).html
