"""Property tests: any text splits into posts within the limit and loses nothing; nothing raises."""

from __future__ import annotations

import datetime
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandjournal.domain import Platform
from brandjournal.export import SPECS, export_post
from brandjournal.export.counting import (
    count_graphemes,
    count_mastodon,
    count_utf16,
    count_x,
    graphemes,
    url_spans,
)
from brandjournal.export.rendering import SAFE_ATTRIBUTES, SAFE_TAGS
from brandjournal.export.threads import numbering_suffix, split_thread

COUNTERS = [count_x, count_graphemes, count_mastodon, count_utf16]

_pieces = st.one_of(
    st.text(min_size=1, max_size=12),
    st.sampled_from(
        [
            " ",
            " ",
            " ",
            "\n",
            "\n\n",
            ". ",
            "? ",
            " » ",
            "« ",
            "\u00a0",
            "\u202f",
            "e\u0301",
            "👨‍👩‍👧",
            "🇫🇷",
            "1️⃣",
            "👍🏽",
            "漢字",
            "é",
            "—",
            "https://example.com/a/b?c=d",
            "(https://ex.fr/x).",
            "https://example.org/" + "x" * 90,
            "@ana@mastodon.social",
            "#valeurs",
            "\u0301",
            "\u200d",
        ]
    ),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=5),
)
texts = st.lists(_pieces, max_size=80).map("".join)


def _without_spaces(text: str) -> str:
    return "".join(char for char in text if not char.isspace())


def check_split(text: str, limit: int, counter) -> None:
    split = split_thread(text, limit, counter)
    total = len(split.parts)
    bodies = []
    for index, part in enumerate(split.parts, start=1):
        body = part.removesuffix(numbering_suffix(index, total)) if total > 1 else part
        assert total == 1 or body != part, "every post of a thread is numbered"
        assert counter(part) <= limit or body in split.oversized
        bodies.append(body)
    assert _without_spaces("".join(bodies)) == _without_spaces(text)
    original_clusters = set(graphemes(text))
    for body in bodies:  # a cut inside a cluster would leave a piece of cluster the text never had
        assert set(graphemes(body)) <= original_clusters
    for start, end in url_spans(text):
        assert any(text[start:end] in body for body in bodies), "a URL was cut"


_split_arguments = {
    "text": texts,
    "limit": st.integers(min_value=20, max_value=320),
    "counter": st.sampled_from(COUNTERS),
}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**_split_arguments)
def test_every_part_fits_and_nothing_is_lost(text: str, limit: int, counter) -> None:
    check_split(text, limit, counter)


@pytest.mark.slow
@settings(max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**_split_arguments)
def test_every_part_fits_and_nothing_is_lost_long_run(text: str, limit: int, counter) -> None:
    check_split(text, limit, counter)


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_real_platforms_split_within_their_limit(text: str) -> None:
    for spec in SPECS.values():
        if spec.limit is None:
            continue
        split = split_thread(text * 5, spec.limit, spec.count)
        for part in split.parts:
            assert spec.count(part) <= spec.limit or any(piece in part for piece in split.oversized)


_HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    '<a href="data:text/html,<b>x</b>">d</a>', "<iframe src=//evil.example></iframe>", "<svg onload=alert(1)>",
    "<p style=\"x\" onclick=alert(1)>", "![i](data:image/png;base64,AAAA)", "<a href='jav&#x61;script:x'>j</a>",
    "[a](vbscript:x)", "<object data=x>", "<form><button formaction=javascript:x>", "{: onclick=alert(1) }",
    "<math><mi xlink:href=javascript:x>", "<meta http-equiv=refresh content=0;url=x>", "<base href=//evil>",
    "<!--", "-->", "<", ">", "`", "\n\n", "\n", "# ", "- ", "> ", "[", "](", ")", "*", "_",
]  # fmt: skip


class _Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.extend((tag, name, value or "") for name, value in attrs)
        self.found.append((tag, "", ""))


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.one_of(st.sampled_from(_HOSTILE), st.text(max_size=8)), max_size=30))
def test_html_export_only_ever_holds_safe_markup(pieces: list[str]) -> None:
    document = export_post("T", "".join(pieces), Platform.BLOG, "html").text
    article = document.split("<article>\n", 1)[1].rsplit("\n</article>", 1)[0]
    inspector = _Inspector()
    inspector.feed(article)
    for tag, name, value in inspector.found:
        assert tag in SAFE_TAGS
        if name:
            assert name in SAFE_ATTRIBUTES.get(tag, set()) | {"rel"}, (tag, name)
        if name in ("href", "src"):
            scheme = value.split(":", 1)[0].lower() if ":" in value.split("/", 1)[0] else ""
            assert scheme in ("", "http", "https", "mailto"), value


_MARKUP = [
    "<!", "<![", "<?", "</", "<!--", "&", "&#", "&#x", ";", "\\", "<br>", "<b>", "</b>", "<div>", "</div>", "```",
    "~~~", "    ", "\t", "1. ", "- ", "* ", "+ ", "> ", "# ", "---", "===", "| a | b |\n|---|---|", "[^1]", "[^1]: ",
    "*[HTML]: x", "{: #id }", "![a](b)", "[a](b)", "<https://x.fr>", "https://x.fr/(a)", "\n", "\n\n", "\r\n",
    "<table><tr><td>", "<ul><li>", "<pre>", "<a href=x>", "<img alt=", "<script>", "</script>", "<style>",
]  # fmt: skip
bodies = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(_MARKUP), st.sampled_from(_HOSTILE), st.text(max_size=6)), max_size=40).map(
        "".join
    ),
)


@settings(max_examples=150, deadline=None)
@given(
    title=st.text(),
    body=bodies,
    footer=st.one_of(st.none(), st.text()),
    tags=st.lists(st.text(), max_size=3),
)
def test_export_never_raises_on_any_unicode(title: str, body: str, footer: str | None, tags: list[str]) -> None:
    for platform in Platform:
        for fmt in SPECS[platform].formats:
            result = export_post(
                title, body, platform, fmt, lang="fr", date=datetime.date(2026, 1, 2), tags=tags, footer=footer
            )
            assert result.parts
            result.text.encode("utf-8")  # valid Unicode: no lone surrogate survives
            assert result.suggested_filename.endswith("." + fmt.value)
