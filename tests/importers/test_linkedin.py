"""LinkedIn Shares.csv: real quirks, exact texts, rejected rows with the line where their record starts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from brandjournal.importers import ImportFormatError, Rejected, linkedin
from tests.importers.samples import EN_POST, FR_POST, share, share_link, shares_csv


def test_a_written_export_gives_exact_posts_and_skips_reshares_as_empty():
    data = shares_csv(
        [
            share(1, "2023-04-12 08:15:42", FR_POST),
            share(2, "2023-04-13 17:02:09", ""),  # a reshare without commentary
            share(3, "2023-05-01 06:00:00", EN_POST, visibility="MEMBER_NETWORK"),
        ]
    )
    result = linkedin.parse_bytes(data)

    assert [(p.source_id, p.title, p.body, p.published_at, p.url) for p in result.posts] == [
        (
            share_link(1),
            "Ce matin, une stagiaire m’a demandé\u00a0: « Comment tu sais que tu fais le bon…",
            FR_POST,
            datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC),
            share_link(1),
        ),
        (
            share_link(3),
            'Last week our team shipped the "boring" release.',
            EN_POST,
            datetime(2023, 5, 1, 6, 0, tzinfo=UTC),
            share_link(3),
        ),
    ]
    assert {p.source for p in result.posts} == {"linkedin"}
    # Header on line 1; the French post spans lines 2-6; the reshare starts on line 7.
    assert result.rejected == [Rejected(7, "empty")]


HAND_WRITTEN = (
    "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n"
    '2023-04-12 08:15:42,urn:li:share:1,"""Wrapped in """"extra"""" quotes""",,,PUBLIC\r\n'
    ",urn:li:share:2,no date here,,,PUBLIC\r\n"
    "yesterday,urn:li:share:3,bad date,,,PUBLIC\r\n"
    "2023-02-30 10:00:00,urn:li:share:4,impossible day,,,PUBLIC\r\n"
    '2023-04-13 09:00:00,urn:li:share:5,"",,,PUBLIC\r\n'
    '2023-04-14 09:00:00,urn:li:share:6,"Multi\r\nline ""quoted"" text\r\n",,,PUBLIC\r\n'
    "2023-04-15 09:00:00,urn:li:share:7,caf\udce9 latin-1,,,PUBLIC\r\n"
    '2023-04-16 09:00:00,urn:li:share:8,"stray "quote" in the middle",,,PUBLIC\r\n'
    "\r\n"
    "2023-04-17 09:00:00,urn:li:share:9,Après la ligne vide,,,CONNECTIONS\r\n"
    '2023-04-18 09:00:00,urn:li:share:10,"never closed\r\n'
    "2023-04-19 09:00:00,urn:li:share:11,swallowed,,,PUBLIC\r\n"
)


def test_malformed_rows_are_rejected_with_their_line_and_the_rest_is_kept():
    result = linkedin.parse_bytes(HAND_WRITTEN.encode("utf-8", errors="surrogateescape"))

    assert [(p.source_id, p.body) for p in result.posts] == [
        ("urn:li:share:1", 'Wrapped in "extra" quotes'),
        ("urn:li:share:6", 'Multi\nline "quoted" text'),
        ("urn:li:share:9", "Après la ligne vide"),
    ]
    assert result.posts[0].url is None  # a URN is not a link
    assert [(r.location, r.reason) for r in result.rejected] == [
        ("line 3", "no date"),
        ("line 4", "bad date 'yesterday'"),
        ("line 5", "bad date '2023-02-30 10:00:00'"),
        ("line 6", "empty"),
        ("line 10", "not UTF-8 text"),  # the record before it spans lines 7 to 9
        ("line 11", "unreadable CSV record (',' expected after '\"')"),
        ("line 14", "unreadable CSV record (unexpected end of data)"),
    ]


def test_commentary_in_plain_quotes_is_unwrapped_only_when_it_was_quoted_twice():
    assert linkedin.unwrap_commentary('"He said ""hi"""') == 'He said "hi"'
    assert linkedin.unwrap_commentary('"Stay hungry." — Steve') == '"Stay hungry." — Steve'
    assert linkedin.unwrap_commentary('"a" and "b"') == '"a" and "b"'
    assert linkedin.unwrap_commentary('"') == '"'


def test_missing_share_link_gets_a_stable_id_from_date_and_text():
    data = b"Date,ShareCommentary\n2023-01-01 10:00:00,Sans lien\n2023-01-01 10:00:00,Sans lien\n"
    first, second = linkedin.parse_bytes(data).posts
    assert first.source_id == second.source_id
    assert first.source_id.startswith("2023-01-01 10:00:00#")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty: no LinkedIn Shares.csv header"),
        (b"Name,Email\nBob,bob@example.com\n", "the header needs the columns Date and ShareCommentary"),
        (b"Date,ShareCommentary\x00\n", "contains NUL bytes"),
    ],
)
def test_files_that_are_not_shares_csv_raise_one_clear_error(data, message):
    with pytest.raises(ImportFormatError, match=message.replace("(", r"\(")):
        linkedin.parse_bytes(data)
