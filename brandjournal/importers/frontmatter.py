"""Front matter at the top of a Markdown file: YAML-style (``---``) or TOML (``+++``, Hugo).

Only top-level scalar keys matter to the importer (title, date, lang), so the YAML side reads ``key: value`` lines
itself rather than pulling in a YAML library; nested values and lists are ignored. TOML goes through ``tomllib``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime


class FrontMatterError(ValueError):
    """The front matter block is there but cannot be read; ``detail`` is the parser's own words (English)."""

    def __init__(self, detail: object) -> None:
        self.detail = str(detail)
        super().__init__(f"unreadable front matter ({detail})")


@dataclass(frozen=True, slots=True)
class Document:
    meta: dict[str, object] = field(default_factory=dict)
    body: str = ""


def split(text: str) -> Document:
    """Separate the front matter (if any) from the body. Line ends must already be ``\\n``."""
    for fence, reader in (("---", _read_yaml_scalars), ("+++", _read_toml)):
        if text.startswith(fence + "\n") or text == fence:
            lines = text.split("\n")
            closers = ("---", "...") if fence == "---" else ("+++",)
            for end in range(1, len(lines)):
                if lines[end].rstrip() in closers:
                    return Document(reader("\n".join(lines[1:end])), "\n".join(lines[end + 1 :]))
            return Document({}, text)  # never closed: a horizontal rule, not front matter
    return Document({}, text)


def _read_toml(block: str) -> dict[str, object]:
    try:
        return tomllib.loads(block)
    except (tomllib.TOMLDecodeError, RecursionError) as exc:
        raise FrontMatterError(exc) from None


def _read_yaml_scalars(block: str) -> dict[str, object]:
    meta: dict[str, object] = {}
    for line in block.split("\n"):
        if not line or line[0] in " \t#-" or ":" not in line:
            continue  # nested values, list items, comments
        key, _, value = line.partition(":")
        key = key.strip().casefold()
        meta[key] = _unquote(value.strip())
    return meta


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()  # a trailing comment
    return value


def as_text(value: object) -> str:
    """A front matter value as text ("" for nested values); dates as ISO text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""
