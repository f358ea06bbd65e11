"""Bad input on the command line, run as a user would (subprocesses): huge files, invalid UTF-8, NUL bytes,
right-to-left text with overrides, emoji sequences, combining marks, 10,000-line drafts.

The promise: no traceback ever; bad input is refused with exit status 2 and ONE line on stderr; anything that
is text is analysed (or stored) whole, with offsets that point at the right characters.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from brandjournal.storage import open_journal
from tests.conftest import PASSPHRASE

ODD_LINE = "👨\u200d👩\u200d👧 \u202eשלום\u202c مرحبا 🇫🇷 e\u0301te\u0301 — We leverage synergies, I think."


def bj(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-m", "brandjournal", *args], input=stdin, capture_output=True, env=env, timeout=timeout
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *fragments: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, (proc.returncode, err)
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err
    return err


def assert_flags_point_at_the_text(data: dict, text: str) -> None:
    for flag in data["flags"]:
        assert text[flag["start"] : flag["end"]] == flag["text"], flag


def big_text(size: int) -> bytes:
    """A realistic post repeated to ``size`` bytes (UTF-8, cut on a character boundary)."""
    base = (Path(__file__).parents[2] / "benchmarks" / "post_3000.md").read_text(encoding="utf-8")
    data = ((base + "\n\n") * (size // len(base.encode()) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore").encode("utf-8")


@pytest.fixture
def journal_args(tmp_path) -> list[str]:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return ["--journal", str(tmp_path / "j.db"), "--passphrase-file", str(secret)]


def stored_bodies(tmp_path) -> list[str]:
    journal = open_journal(tmp_path / "j.db", passphrase=PASSPHRASE)
    try:
        return [journal.get_draft(s.id).body for s in journal.list_drafts()]
    finally:
        journal.close()


# --- check ------------------------------------------------------------------------------------------------


def test_check_refuses_invalid_utf8_wherever_it_comes_from(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("Un bon début.", encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_bytes("Un été".encode() + b"\xff\xfe" + "réussi".encode())
    assert_one_line_error(bj("check", "-", stdin=b"caf\xc3"), "standard input is not valid UTF-8", "offset 3")
    assert_one_line_error(bj("check", str(good), "--first", str(bad)), f"{bad} is not valid UTF-8", "offset 8")
    baseline = tmp_path / "earlier"
    baseline.mkdir()
    (baseline / "old.md").write_bytes(b"\xc0\x80 overlong NUL")
    assert_one_line_error(bj("check", str(good), "--baseline", str(baseline)), "old.md is not valid UTF-8")
    # UTF-16 (a Windows "Unicode" save) is not UTF-8 either: refused, not analysed as mojibake
    utf16 = tmp_path / "utf16.md"
    utf16.write_bytes(ODD_LINE.encode("utf-16"))
    assert_one_line_error(bj("check", str(utf16)), "is not valid UTF-8")
    # half of an emoji encoded alone (CESU-8 style surrogate bytes) is not UTF-8
    assert_one_line_error(bj("check", "-", stdin=b"ok \xed\xa0\xbd end"), "not valid UTF-8", "offset 3")


def test_check_analyses_rtl_emoji_combining_and_nul_text_with_exact_offsets(tmp_path):
    text = "\ufeff" + "\n".join([ODD_LINE, "a\x00b I think \x00 we leverage synergies.", "\u202e" * 50 + "spin"])
    draft = tmp_path / "odd.md"
    draft.write_bytes(text.encode("utf-8"))
    proc = bj("check", str(draft), "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == b""
    data = json.loads(proc.stdout)
    decoded = text[1:]  # the BOM is not part of the text
    assert_flags_point_at_the_text(data, decoded)
    assert [f["text"] for f in data["flags"] if f["kind"] == "jargon"] == ["leverage synergies", "leverage synergies"]
    out = bj("check", str(draft)).stdout.decode("utf-8")  # columns count characters, not bytes
    assert f"{draft}:1:{ODD_LINE.index('leverage') + 1}: jargon: " in out
    assert f"{draft}:2:{decoded.split(chr(10))[1].index('leverage') + 1}: jargon: " in out


def test_check_on_a_10000_line_draft_reports_the_right_line_numbers(tmp_path):
    lines = [f"Ligne {n} : rien à signaler 🎉 e\u0301." for n in range(1, 10_001)]
    lines[9_998] = "At the end, we leverage synergies."
    draft = tmp_path / "long.md"
    draft.write_text("\n".join(lines), encoding="utf-8")
    proc = bj("check", str(draft))
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert f"{draft}:9999:16: jargon: " in out


def test_check_of_a_10_mb_file_with_max_chars_analyses_the_start_and_says_so(tmp_path):
    draft = tmp_path / "big.md"
    draft.write_bytes(big_text(10_000_000))
    proc = bj("check", str(draft), "--max-chars", "100000", "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    assert data["notices"] == ["Draft too long: analysed the first 100000 characters only."]
    assert all(f["end"] <= 100_000 for f in data["flags"])


def test_check_refuses_what_is_not_a_file(tmp_path):
    assert_one_line_error(bj("check", str(tmp_path)), "is not a", str(tmp_path))
    assert_one_line_error(bj("check", "/dev/null"), "is not a", "/dev/null")


# --- add --------------------------------------------------------------------------------------------------


def test_add_refuses_huge_binary_and_undecodable_files_in_one_line(tmp_path, journal_args):
    huge = tmp_path / "huge.md"
    huge.write_bytes(b"a" * (10 * 1024 * 1024 + 1))
    assert_one_line_error(bj(*journal_args, "add", str(huge)), "larger than 10 MB")
    nul = tmp_path / "nul.md"
    nul.write_bytes(b"My draft\x00\x00 with NUL bytes")
    assert_one_line_error(bj(*journal_args, "add", str(nul)), "contains NUL bytes")
    assert_one_line_error(bj(*journal_args, "add", "-", stdin=b"\x89PNG\r\n\x1a\n\x00\x00"), "is not UTF-8 text")
    assert_one_line_error(bj(*journal_args, "add", str(tmp_path)), "is a folder")


def test_add_stores_a_10000_line_draft_of_odd_text_whole(tmp_path, journal_args):
    long = tmp_path / "long.md"
    long_text = ODD_LINE + "\n" + "\n".join(f"{n} 🎉 e\u0301 שלום \u202e🇫🇷" for n in range(10_000))
    long.write_text(long_text, encoding="utf-8")
    proc = bj(*journal_args, "add", str(long))
    assert proc.returncode == 0, proc.stderr
    assert stored_bodies(tmp_path) == [long_text]


# --- the 10 MB runs (whole analysis, ~1 minute each on a busy 2-core machine) -----------------------------


@pytest.mark.slow
def test_check_of_a_10_mb_file_completes_whole(tmp_path):
    draft = tmp_path / "big.md"
    draft.write_bytes(big_text(10_000_000))
    proc = bj("check", str(draft), "--format", "json", timeout=600)
    assert proc.returncode in (0, 1), proc.stderr
    data = json.loads(proc.stdout)
    assert data["words"] > 1_500_000 and data["notices"] == []


@pytest.mark.slow
def test_add_of_a_10_mb_file_stores_it_whole(tmp_path, journal_args):
    draft = tmp_path / "big.md"
    data = big_text(10_000_000)
    draft.write_bytes(data)
    proc = bj(*journal_args, "add", str(draft), timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert stored_bodies(tmp_path) == [data.decode("utf-8")]
