"""Markdown → readable plain text for platforms that show no formatting (LinkedIn, Mastodon, X, Bluesky).

The Markdown is parsed once by Python-Markdown and sanitised by nh3 (see ``rendering``); this module only
walks that safe HTML and lays it out as text:

* emphasis markers disappear, code spans keep their text without backticks;
* headings, paragraphs, lists, quotes and code blocks are blocks separated by one blank line;
* bullets become ``• item``, numbered items keep ``1. ``, nested items are indented by two spaces;
* links become ``text (url)``, or the bare URL when the text is the URL; images ``[image: alt]``;
* block quotes are wrapped in the language's quotation marks (« … » in French, “…” otherwise);
* every line break the author typed inside a paragraph is kept: on social media a new line is a new
  line, even where Markdown would have joined the lines (a deliberate departure from HTML rendering);
* HTML tags are stripped (script/style contents dropped) and entities unescaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from brandjournal.export.rendering import markdown_to_safe_html

BULLET = "•"
RULE = "———"
_BLOCK_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "hr", "table",
     "thead", "tbody", "tfoot", "tr", "div", "dl", "dt", "dd"}
)  # fmt: skip
_VOID_TAGS = frozenset({"br", "img", "hr", "wbr"})
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")  # not the no-break spaces of French typography


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A tree of the (sanitised) HTML; elements nested deeper than ``MAX_DEPTH`` are flattened."""

    MAX_DEPTH = 120  # keeps the recursive layout far from Python's recursion limit

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self._stack) > self.MAX_DEPTH and tag not in _VOID_TAGS:
            return
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID_TAGS:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _without_scheme(url: str) -> str:
    return _SCHEME.sub("", url).rstrip("/")


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html.replace("<![", "&lt;!["))  # sanitised HTML never has one; html.parser asserts on them
    builder.close()
    return builder.root


def _text_content(node: _Node | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text_content(child) for child in node.children)


def _clean_lines(text: str) -> str:
    """Collapse runs of spaces, trim each line, drop blank lines at both ends."""
    lines = [_SPACES.sub(" ", line).strip(" \u00a0\u202f") for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


class _Renderer:
    def __init__(self, lang: str) -> None:
        french = lang.lower().split("-")[0] == "fr"
        self.open_quote, self.close_quote = ("«\u00a0", "\u00a0»") if french else ("“", "”")

    # -- inline -------------------------------------------------------------------------------------
    def inline_children(self, node: _Node) -> str:
        pieces: list[str] = []
        after_break = False
        for child in node.children:
            piece = self.inline(child)
            if after_break and isinstance(child, str) and piece.startswith("\n"):
                piece = piece[1:]  # Markdown writes "<br />\n": one line break, not two
            after_break = isinstance(child, _Node) and child.tag == "br"
            pieces.append(piece)
        return "".join(pieces)

    def inline(self, node: _Node | str) -> str:
        if isinstance(node, str):
            return node
        tag = node.tag
        if tag == "br":
            return "\n"
        if tag == "img":
            alt = _clean_lines(node.attrs.get("alt", "")).replace("\n", " ")
            return f"[image: {alt}]" if alt else "[image]"
        if tag == "a":
            return self.link(node)
        if tag in _BLOCK_TAGS:  # a block inside inline content (rare, from raw HTML)
            return "\n" + "\n\n".join(self.blocks(node)) + "\n"
        return self.inline_children(node)

    def link(self, node: _Node) -> str:
        text = self.inline_children(node)
        href = node.attrs.get("href", "").strip()
        if href.startswith("#fnref"):
            return ""  # footnote back-reference arrow
        if href.startswith("#fn"):
            return f"[{text.strip()}]"
        if not href or href.startswith("#"):
            return text
        shown = text.strip()
        if href == f"mailto:{shown}":
            return shown  # <ana@example.com>: the address is enough
        if not shown or _without_scheme(shown) == _without_scheme(href):
            return href  # [example.com](https://example.com/): say it once
        return f"{text} ({href})"

    # -- blocks -------------------------------------------------------------------------------------
    def blocks(self, node: _Node) -> list[str]:
        """The blocks inside ``node``; loose inline content between blocks forms its own block."""
        result: list[str] = []
        pending = _Node("span")

        def flush() -> None:
            text = _clean_lines(self.inline_children(pending))
            if text:
                result.append(text)
            pending.children.clear()

        for child in node.children:
            if isinstance(child, _Node) and child.tag in _BLOCK_TAGS:
                flush()
                result.extend(self.block(child))
            else:
                pending.children.append(child)
        flush()
        return result

    def block(self, node: _Node) -> list[str]:
        tag = node.tag
        if tag in ("ul", "ol"):
            text = self.list_block(node)
            return [text] if text else []
        if tag == "blockquote":
            inner = "\n\n".join(self.blocks(node))
            return [f"{self.open_quote}{inner}{self.close_quote}"] if inner else []
        if tag == "pre":
            text = _text_content(node).strip("\n")
            return [text] if text.strip() else []
        if tag == "hr":
            return [RULE]
        if tag == "table":
            rows = [self.table_row(row) for row in _descendants(node, "tr")]
            text = "\n".join(row for row in rows if row)
            return [text] if text else []
        if tag == "dd":
            return ["\n".join("  " + line for line in "\n\n".join(self.blocks(node)).split("\n"))]
        return self.blocks(node)

    def list_block(self, node: _Node) -> str:
        ordered = node.tag == "ol"
        try:
            number = int(node.attrs.get("start", "1"))
        except ValueError:
            number = 1
        items: list[str] = []
        for child in node.children:
            if not isinstance(child, _Node) or child.tag != "li":
                continue
            marker = f"{number}. " if ordered else f"{BULLET} "
            number += 1
            lines = "\n".join(self.blocks(child)).split("\n")
            indent = " " * len(marker)
            items.append(marker + lines[0] + "".join(f"\n{indent}{line}" if line else "\n" for line in lines[1:]))
        return "\n".join(items)

    def table_row(self, row: _Node) -> str:
        cells = [
            _clean_lines(self.inline_children(cell)).replace("\n", " ")
            for cell in row.children
            if isinstance(cell, _Node) and cell.tag in ("td", "th")
        ]
        return " | ".join(cells)


def _descendants(node: _Node, tag: str) -> list[_Node]:
    found: list[_Node] = []
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == tag:
                found.append(child)
            else:
                found.extend(_descendants(child, tag))
    return found


def html_to_plain_text(safe_html: str, lang: str = "en") -> str:
    """Lay out an (already sanitised) HTML fragment as plain text."""
    return "\n\n".join(_Renderer(lang).blocks(_parse(safe_html)))


def markdown_to_plain_text(source: str, lang: str = "en") -> str:
    """Markdown → plain text, see the module docstring for the layout rules."""
    return html_to_plain_text(markdown_to_safe_html(source), lang)
