"""Fuzzing every parser: whatever the input, the only exception is ImportFormatError, and what comes out is sane.

The default run tries ~200 examples per case; ``pytest -m slow`` runs 10,000 each.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brandjournal.importers import (
    ImportedPost,
    ImportFormatError,
    ParseResult,
    Rejected,
    files,
    linkedin,
    mastodon,
    parse,
)
from brandjournal.importers.html_text import html_to_text
from tests.importers.samples import SHARES_HEADER, boost, note, outbox

MARKERS = {"\ue000", "\ue001", "\ue002", "\ue003"}
KEYS = [
    "type", "object", "content", "contentMap", "published", "id", "url", "inReplyTo", "summary", "to", "cc",
    "actor", "orderedItems", "href",
]  # fmt: skip
HTML_PIECES = [
    "<p>", "</p>", "<br>", "<br/>", '<a href="https://x.example/a">', "<a>", "</a>", '<span class="invisible">',
    "</span>", "<pre>", "</pre>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "&amp;", "&#", "&#x1F600;", "&nbsp;",
    "<![", "<!--", "-->", "<script>", "</script>", "<", ">", " ", "\n", "\r", "texte", "é", "\u00a0", "\ue000",
]  # fmt: skip
CSV_ALPHABET = 'ab,"\r\n é\x00\udcff0123456789-: T+Z\ufeff'

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=5)
    ),
    max_leaves=20,
)
tag_soup = st.lists(st.sampled_from(HTML_PIECES), max_size=40).map("".join)
html = st.one_of(st.text(max_size=300), tag_soup)
dates = st.one_of(
    st.sampled_from(
        ["2023-05-01T09:30:00Z", "2023-13-45T00:00:00Z", "", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"]
    ),
    st.text(max_size=30),
)


@st.composite
def mutated_notes(draw) -> dict:
    """A real-looking Create/Note whose fields are sometimes replaced by any JSON value."""
    item = note(draw(st.integers(0, 5)), draw(html), draw(dates))
    for key in draw(st.lists(st.sampled_from(KEYS), max_size=3)):
        target = item["object"] if draw(st.booleans()) and isinstance(item.get("object"), dict) else item
        target[key] = draw(json_values)
    return item


outboxes = st.lists(st.one_of(mutated_notes(), json_values, st.just(boost(1))), max_size=8).map(outbox)
csv_texts = st.text(alphabet=CSV_ALPHABET, max_size=400).map(lambda body: ",".join(SHARES_HEADER) + "\r\n" + body)


def assert_sane(result: ParseResult) -> None:
    for post in result.posts:
        assert isinstance(post, ImportedPost)
        assert isinstance(post.body, str) and post.body.strip()
        assert isinstance(post.title, str) and isinstance(post.source_id, str) and post.source_id
        assert post.published_at.tzinfo is UTC
        if post.source == "mastodon":  # the HTML converter's private markers never leak (a text file may have them)
            assert not MARKERS & set(post.body)
    for rejected in (*result.rejected, *result.skipped):
        assert isinstance(rejected, Rejected) and rejected.reason


def only_our_error(parse_call, value) -> None:
    try:
        result = parse_call(value)
    except ImportFormatError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert_sane(result)


def check_linkedin_bytes(data: bytes) -> None:
    only_our_error(linkedin.parse_bytes, data)


def check_linkedin_text(text: str) -> None:
    only_our_error(linkedin.parse_text, text)


def check_mastodon_bytes(data: bytes) -> None:
    only_our_error(mastodon.parse_bytes, data)


def check_mastodon_document(document: dict) -> None:
    only_our_error(mastodon.parse_document, document)


def check_html(source: str) -> None:
    try:
        text = html_to_text(source)
    except ImportFormatError:
        return
    assert isinstance(text, str)
    assert not MARKERS & set(text)
    assert text == text.strip("\n")
    assert text.strip() or text == ""


def check_file(data: bytes) -> None:
    outcome = files.parse_file(data, "fuzz.md", datetime(2024, 1, 1, tzinfo=UTC))
    if isinstance(outcome, Rejected):
        assert outcome.reason
    else:
        assert_sane(ParseResult("files", [outcome]))


def check_path(case: tuple[str, bytes]) -> None:
    suffix, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        path.write_bytes(data)
        only_our_error(parse, path)


zip_like = st.binary(max_size=200).map(b"PK\x03\x04".__add__)
front_matter_like = st.text(max_size=300).map(lambda t: ("---\n" + t).encode("utf-8", "surrogatepass"))
suffixes = st.sampled_from(["", ".csv", ".json", ".zip", ".md"])

CASES = {
    "linkedin random bytes": (st.binary(max_size=500), check_linkedin_bytes),
    "linkedin csv-like text": (csv_texts, check_linkedin_text),
    "mastodon random bytes": (st.one_of(st.binary(max_size=500), zip_like), check_mastodon_bytes),
    "mastodon outbox structures": (outboxes, check_mastodon_document),
    "html to text": (html, check_html),
    "markdown file": (st.one_of(st.binary(max_size=300), front_matter_like), check_file),
    "detected path": (st.tuples(suffixes, st.one_of(st.binary(max_size=200), zip_like)), check_path),
}


@pytest.mark.parametrize("case", CASES)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzz(case, data):
    strategy, check = CASES[case]
    check(data.draw(strategy))


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzz_long(case, data):
    strategy, check = CASES[case]
    check(data.draw(strategy))
