"""`brandjournal import` run as a person would: exact output lines and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

from brandjournal.storage import open_journal
from tests.conftest import PASSPHRASE
from tests.importers.samples import FR_POST, boost, mastodon_zip, note, share, shares_csv, write_files
from tests.importers.test_linkedin import HAND_WRITTEN


def bj(tmp_path, *args: str) -> subprocess.CompletedProcess:
    secret = tmp_path / "pass.txt"
    if not secret.exists():
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "brandjournal", "--journal", str(tmp_path / "j.db"), "--passphrase-file"]
    return subprocess.run(
        [*command, str(secret), *args], capture_output=True, text=True, timeout=120, env=dict(os.environ)
    )


def test_linkedin_import_then_the_same_again(tmp_path):
    shares = tmp_path / "Shares.csv"
    shares.write_bytes(HAND_WRITTEN.encode("utf-8", errors="surrogateescape"))

    first = bj(tmp_path, "import", str(shares))
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""
    assert first.stdout.splitlines() == [
        "imported 3 posts (linkedin)",
        "skipped 0 duplicates",
        "rejected 7",
        "rejected line 3: no date",
        "rejected line 4: bad date 'yesterday'",
        "rejected line 5: bad date '2023-02-30 10:00:00'",
        "rejected line 6: empty",
        "rejected line 10: not UTF-8 text",
        "rejected line 11: unreadable CSV record (',' expected after '\"')",
        "rejected line 14: unreadable CSV record (unexpected end of data)",
    ]

    again = bj(tmp_path, "import", str(shares), "--format", "linkedin")
    assert again.returncode == 0
    assert again.stdout.splitlines()[:2] == ["imported 0 posts (linkedin)", "skipped 3 duplicates"]

    listed = bj(tmp_path, "list")
    assert [line.split(None, 3)[1:] for line in listed.stdout.splitlines()] == [
        ["exported", "-", "Après la ligne vide"],
        ["exported", "-", "Multi"],
        ["exported", "-", 'Wrapped in "extra" quotes'],
    ]


def test_mastodon_archive_and_markdown_folder(tmp_path):
    archive = mastodon_zip(
        tmp_path / "archive.zip",
        [note(1, "<p>Bonjour</p>"), boost(2), note(3, "<p>Hi</p>", in_reply_to="https://x.example/s/1"), "broken"],
    )
    result = bj(tmp_path, "import", str(archive))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "imported 1 post (mastodon)",
        "skipped 0 duplicates",
        "skipped 2 not your own public posts (boost, reply to someone else)",
        "rejected 1",
        "rejected item 3: broken item (not an activity)",
    ]

    folder = write_files(tmp_path / "posts", {"a.md": FR_POST, "b.md": "Bonjour", "c.txt": b"\xff\xfe"})
    result = bj(tmp_path, "import", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "imported 1 post (files)",
        "skipped 1 duplicate",
        "rejected 1",
        "rejected c.txt: not UTF-8 text (invalid byte at offset 0)",
    ]


def test_unreadable_or_unknown_files_exit_2_with_one_line_and_create_nothing(tmp_path):
    unknown = tmp_path / "notes.pdf"
    unknown.write_bytes(b"%PDF-1.7\n")
    result = bj(tmp_path, "import", str(unknown))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"brandjournal: {unknown}: cannot tell what kind of export notes.pdf is: expected a LinkedIn Shares.csv, "
        "a Mastodon outbox.json or archive .zip, or a folder of Markdown/text files (or say which with --format)\n"
    )
    assert not (tmp_path / "j.db").exists()

    missing = bj(tmp_path, "import", str(tmp_path / "nope.csv"))
    assert (missing.returncode, missing.stderr) == (
        2,
        f"brandjournal: {tmp_path / 'nope.csv'}: no such file or folder: {tmp_path / 'nope.csv'}\n",
    )

    wrong = tmp_path / "outbox.json"
    wrong.write_text('{"orderedItems": [', encoding="utf-8")
    result = bj(tmp_path, "import", str(wrong))
    assert result.returncode == 2
    assert result.stderr.endswith(": this is not a Mastodon outbox.json (invalid JSON at line 1, column 19)\n")

    shares = tmp_path / "Shares.csv"
    shares.write_bytes(shares_csv([share(1, "2023-01-01 00:00:00", "ok")]))
    forced = bj(tmp_path, "import", str(shares), "--format", "mastodon")
    assert forced.returncode == 2
    assert forced.stderr.count("\n") == 1 and "not a Mastodon outbox.json" in forced.stderr


def test_help_lists_the_formats(tmp_path):
    result = bj(tmp_path, "import", "--help")
    assert result.returncode == 0
    assert "{linkedin,mastodon,files}" in result.stdout


def test_a_journal_open_elsewhere_is_a_one_line_refusal(tmp_path):
    folder = write_files(tmp_path / "posts", {"a.md": "Bonjour"})
    with open_journal(tmp_path / "j.db", passphrase=PASSPHRASE) as journal:
        result = bj(tmp_path, "import", str(folder))
        assert journal.count_drafts() == 0
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "is already open" in result.stderr
