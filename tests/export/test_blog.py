"""Blog Markdown: front matter that always reads back exactly, then the body."""

from __future__ import annotations

import datetime
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from brandjournal.export.blog import blog_markdown, escape_markdown_line, front_matter, yaml_quote
from brandjournal.export.plaintext import markdown_to_plain_text

_SIMPLE_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "0": "\x00", "N": "\x85",
                   "L": "\u2028", "P": "\u2029"}  # fmt: skip
_HEX_LENGTH = {"x": 2, "u": 4, "U": 8}


def parse_double_quoted(scalar: str) -> str:
    """A YAML double-quoted scalar on one line (the subset the exporter writes)."""
    assert scalar[0] == '"' and scalar[-1] == '"', scalar
    out, index, body = [], 0, scalar[1:-1]
    while index < len(body):
        char = body[index]
        if char == '"':
            raise AssertionError(f"unescaped quote in {scalar!r}")
        if char != "\\":
            out.append(char)
            index += 1
            continue
        code = body[index + 1]
        if code in _HEX_LENGTH:
            digits = body[index + 2 : index + 2 + _HEX_LENGTH[code]]
            out.append(chr(int(digits, 16)))
            index += 2 + _HEX_LENGTH[code]
        else:
            out.append(_SIMPLE_ESCAPES[code])
            index += 2
    return "".join(out)


def parse_front_matter(document: str) -> tuple[dict[str, object], str]:
    """Split ``---`` front matter from the body and read the few shapes the exporter writes."""
    assert document.startswith("---\n")
    header, body = document[4:].split("\n---\n", 1)
    values: dict[str, object] = {}
    for line in header.split("\n"):
        key, value = line.split(": ", 1)
        if value.startswith("["):
            values[key] = [parse_double_quoted(item) for item in re.findall(r'"(?:\\.|[^"\\])*"', value)]
        elif value.startswith('"'):
            values[key] = parse_double_quoted(value)
        else:
            values[key] = datetime.date.fromisoformat(value)
    return values, body


TRICKY_TITLE = 'Leçon n°1 : « dire non » — "vraiment" ?\n#2 - no: yes\\'


def test_front_matter_exact_text() -> None:
    assert front_matter(TRICKY_TITLE, date=datetime.date(2026, 11, 25), tags=["éthique", "no"], lang="fr") == (
        "---\n"
        'title: "Leçon n°1 : « dire non » — \\"vraiment\\" ?\\n#2 - no: yes\\\\"\n'
        "date: 2026-11-25\n"
        'tags: ["éthique", "no"]\n'
        'lang: "fr"\n'
        "---\n"
    )


def test_front_matter_round_trips() -> None:
    document = blog_markdown(
        TRICKY_TITLE,
        "Le corps **en Markdown**.\n\n---\n\nAprès un filet.\n",
        date=datetime.datetime(2026, 11, 25, 23, 59),
        tags=["valeurs", 'a "b": c', "x\ty"],
        lang="fr",
    )
    values, body = parse_front_matter(document)
    assert values == {
        "title": TRICKY_TITLE,
        "date": datetime.date(2026, 11, 25),
        "tags": ["valeurs", 'a "b": c', "x\ty"],
        "lang": "fr",
    }
    assert body == "\nLe corps **en Markdown**.\n\n---\n\nAprès un filet.\n"


def test_no_date_no_tags() -> None:
    assert blog_markdown("T", "Corps", date=None, tags=(), lang="en") == (
        '---\ntitle: "T"\ntags: []\nlang: "en"\n---\n\nCorps\n'
    )


def test_footer_is_an_inert_last_paragraph() -> None:
    document = blog_markdown("T", "Corps.", date=None, tags=(), lang="fr", footer="# Pourquoi *je* partage <ça>")
    assert document.endswith("\nCorps.\n\n\\# Pourquoi \\*je\\* partage &lt;ça\\>\n")
    assert markdown_to_plain_text(document.split("---\n", 2)[2], "fr") == "Corps.\n\n# Pourquoi *je* partage <ça>"


@settings(deadline=None)
@given(st.text())
def test_any_string_round_trips_through_yaml_quoting(value: str) -> None:
    quoted = yaml_quote(value)
    assert "\n" not in quoted and "\r" not in quoted
    assert parse_double_quoted(quoted) == value


@settings(deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))
def test_escaped_footer_renders_as_written(text: str) -> None:
    expected = " ".join(text.split())
    rendered = markdown_to_plain_text(escape_markdown_line(text), "en")
    assert " ".join(rendered.split()) == expected or not expected
