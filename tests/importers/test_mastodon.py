"""Mastodon outbox.json and archive .zip: what is kept, skipped and rejected, with exact texts."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest

from brandjournal.importers import ImportFormatError, mastodon, parse
from tests.importers.samples import ACTOR, PUBLIC, boost, mastodon_zip, note, outbox, outbox_bytes


def status(n: int) -> str:
    return f"{ACTOR}/statuses/{110000000000000000 + n}"


def realistic_items() -> list:
    return [
        note(
            1,
            "<p>Première semaine dans la nouvelle équipe&nbsp;: j&#39;ai surtout écouté.</p>"
            "<p>Et c&#39;était la bonne décision. "
            '<a href="https://mastodon.example/tags/management" class="mention hashtag" rel="tag">'
            "#<span>management</span></a></p>",
            "2023-05-01T09:30:00.000Z",
        ),
        boost(2),
        note(
            3,
            "<p>Suite du fil&nbsp;: ce que j&#39;ai appris.</p>",
            "2023-05-01T09:31:00Z",
            in_reply_to=status(1),
        ),
        note(
            4,
            '<p><span class="h-card"><a href="https://other.example/@bob" class="u-url mention">@<span>bob</span>'
            "</a></span> merci&nbsp;!</p>",
            in_reply_to="https://other.example/users/bob/statuses/99",
        ),
        note(5, "<p>Only for you</p>", to=["https://other.example/users/bob"], cc=[]),
        note(
            6,
            "<p>We let go of two people today. Here is what I owe the others.</p>",
            "2023-06-02T18:00:00+02:00",
            summary="Layoffs",
            language="en",
        ),
        "not an activity",
        {"type": "Create", "actor": ACTOR, "object": status(7)},
        {**note(8, "<p>Pas de date</p>"), "published": None, "object": {**note(8, "x")["object"], "published": None}},
        note(9, "<p>Date impossible</p>", "2023-13-45T00:00:00Z"),
        note(10, "<p></p>"),  # a photo without words
        {**note(11, ""), "object": {**note(11, "")["object"], "content": 42, "contentMap": None}},
        note(12, "<p>Followers only, still my voice</p>", to=[f"{ACTOR}/followers"], cc=[]),
        note(13, "<p>Thread after a deleted status</p>", in_reply_to=status(999)),
    ]


def test_kept_skipped_and_rejected_items():
    result = mastodon.parse_bytes(outbox_bytes(realistic_items()))

    assert [(p.source_id, p.title, p.body, p.published_at, p.url, p.language) for p in result.posts] == [
        (
            status(1),
            "Première semaine dans la nouvelle équipe\u00a0: j'ai surtout écouté.",
            "Première semaine dans la nouvelle équipe\u00a0: j'ai surtout écouté.\n\n"
            "Et c'était la bonne décision. #management",
            datetime(2023, 5, 1, 9, 30, tzinfo=UTC),
            "https://mastodon.example/@alice/110000000000000001",
            "fr",
        ),
        (
            status(3),
            "Suite du fil\u00a0: ce que j'ai appris.",
            "Suite du fil\u00a0: ce que j'ai appris.",
            datetime(2023, 5, 1, 9, 31, tzinfo=UTC),
            "https://mastodon.example/@alice/110000000000000003",
            "fr",
        ),
        (
            status(6),
            "Layoffs",  # the content warning
            "We let go of two people today. Here is what I owe the others.",
            datetime(2023, 6, 2, 16, 0, tzinfo=UTC),
            "https://mastodon.example/@alice/110000000000000006",
            "en",
        ),
        (
            status(12),
            "Followers only, still my voice",
            "Followers only, still my voice",
            datetime(2023, 5, 1, 9, 30, tzinfo=UTC),
            "https://mastodon.example/@alice/110000000000000012",
            "fr",
        ),
        (
            status(13),
            "Thread after a deleted status",
            "Thread after a deleted status",
            datetime(2023, 5, 1, 9, 30, tzinfo=UTC),
            "https://mastodon.example/@alice/110000000000000013",
            "fr",
        ),
    ]
    assert [(s.location, s.reason) for s in result.skipped] == [
        ("item 1", "boost"),
        ("item 3", "reply to someone else"),
        ("item 4", "direct message"),
    ]
    assert [(r.location, r.reason) for r in result.rejected] == [
        ("item 6", "broken item (not an activity)"),
        ("item 7", "broken item (no object with the post in it)"),
        ("item 8", "no date"),
        ("item 9", "bad date '2023-13-45T00:00:00Z'"),
        ("item 10", "empty"),
        ("item 11", "broken item (no text content)"),
    ]


def test_the_archive_zip_is_read_directly_and_detected(tmp_path):
    archive = mastodon_zip(tmp_path / "archive-20231001-alice.zip", realistic_items())
    from_zip = parse(archive)
    from_json = mastodon.parse_document(outbox(realistic_items()))
    assert from_zip.posts == from_json.posts
    assert from_zip.rejected == from_json.rejected
    assert from_zip.source == "mastodon"

    (tmp_path / "outbox.json").write_bytes(outbox_bytes(realistic_items()))
    assert parse(tmp_path / "outbox.json").posts == from_json.posts


def test_content_only_in_content_map_is_used():
    item = note(1, "<p>Hallo</p>", language="de")
    del item["object"]["content"]
    (post,) = mastodon.parse_document(outbox([item])).posts
    assert (post.body, post.language) == ("Hallo", "de")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"orderedItems": [', "invalid JSON at line 1, column 19"),
        (b'{"type": "Person"}', "no orderedItems list"),
        (b"[1, 2]", "no orderedItems list"),
        (b"\xff\xfe{}", "not UTF-8 at byte 0"),
        (b"[" * 100_000, "nested too deeply|invalid JSON"),
    ],
)
def test_unreadable_outboxes_raise_one_clear_error(data, message):
    with pytest.raises(ImportFormatError, match=message):
        mastodon.parse_bytes(data)


def test_a_zip_without_outbox_or_broken_is_refused(tmp_path):
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("actor.json", json.dumps({"type": "Person"}))
    with pytest.raises(ImportFormatError, match=r"neither outbox\.json \(Mastodon\) nor Shares\.csv"):
        parse(empty)
    with pytest.raises(ImportFormatError, match=r"has no outbox\.json in it"):
        parse(empty, "mastodon")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(ImportFormatError, match=r"this \.zip file cannot be read"):
        parse(broken)


def test_public_collection_alone_is_enough_to_be_public():
    (post,) = mastodon.parse_document(outbox([note(1, "<p>Hi</p>", to=[PUBLIC], cc=[])])).posts
    assert post.body == "Hi"
