"""Format detection, LinkedIn's full export .zip, and the timestamps every importer understands."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta, timezone

import pytest

from brandjournal.importers import ImportFormatError, detect_format, parse
from brandjournal.importers.common import make_title, parse_timestamp
from tests.importers.samples import note, outbox_bytes, share, shares_csv, write_files


def test_each_kind_of_export_is_recognised(tmp_path):
    (tmp_path / "Shares.csv").write_bytes(shares_csv([]))
    (tmp_path / "renamed-export").write_bytes(b"Date,ShareLink,ShareCommentary\r\n")
    (tmp_path / "outbox.json").write_bytes(outbox_bytes([]))
    (tmp_path / "outbox-copy").write_bytes(outbox_bytes([note(1, "<p>x</p>")]))
    (tmp_path / "post.md").write_text("# Hello", encoding="utf-8")
    write_files(tmp_path / "folder", {"a.md": "A"})

    assert [
        detect_format(tmp_path / name)
        for name in ("Shares.csv", "renamed-export", "outbox.json", "outbox-copy", "post.md", "folder")
    ] == ["linkedin", "linkedin", "mastodon", "mastodon", "files", "files"]


def test_linkedin_full_export_zip_is_read_directly(tmp_path):
    export = tmp_path / "Basic_LinkedInDataExport_11-25-2026.zip"
    with zipfile.ZipFile(export, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", "First Name,Last Name\r\nAda,Lovelace\r\n")
        archive.writestr("Shares.csv", shares_csv([share(1, "2023-04-12 08:15:42", "Depuis le .zip")]))
    assert detect_format(export) == "linkedin"
    (post,) = parse(export).posts
    assert (post.body, post.published_at) == ("Depuis le .zip", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC))


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing.csv", "no such file or folder"),
        ("notes.pdf", "cannot tell what kind of export notes.pdf is"),
        ("other.csv", "cannot tell what kind of export other.csv is"),
    ],
)
def test_unknown_files_are_refused_with_one_line(tmp_path, path, message):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "other.csv").write_text("Name,Email\nBob,bob@example.com\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message) as caught:
        parse(tmp_path / path)
    assert "\n" not in str(caught.value)


def test_a_folder_is_not_a_linkedin_or_mastodon_export(tmp_path):
    with pytest.raises(ImportFormatError, match="is a folder; a linkedin export is a file"):
        parse(tmp_path, "linkedin")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-04-12 08:15:42", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC)),
        ("2023-04-12T08:15:42.000Z", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC)),
        ("2023-04-12T10:15:42+02:00", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC)),
        ("2023-04-12 10:15:42 +0200", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC)),
        ("2023-04-12 08:15:42 UTC", datetime(2023, 4, 12, 8, 15, 42, tzinfo=UTC)),
        ("2023-04-12", datetime(2023, 4, 12, tzinfo=UTC)),
        ("12/04/2023", None),
        ("2023-02-30 10:00:00", None),
        ("", None),
    ],
)
def test_timestamps(text, expected):
    parsed = parse_timestamp(text)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is UTC


def test_a_hand_written_date_without_zone_can_be_local_time():
    parsed = parse_timestamp("2023-07-01 09:00", naive_is_local=True)
    local = datetime(2023, 7, 1, 9, 0).astimezone()
    assert parsed == local and parsed.tzinfo is UTC
    assert parse_timestamp("2023-07-01T09:00-05:00", naive_is_local=True) == datetime(
        2023, 7, 1, 9, 0, tzinfo=timezone(timedelta(hours=-5))
    )


def test_titles_are_cut_at_a_word():
    long_line = "Pourquoi je refuse désormais les réunions sans ordre du jour, même avec des clients importants"
    assert make_title(long_line) == "Pourquoi je refuse désormais les réunions sans ordre du jour, même avec des…"
    assert make_title("\n\n## Titre court\nSuite") == "Titre court"
    assert make_title("   ", "fallback") == "fallback"
