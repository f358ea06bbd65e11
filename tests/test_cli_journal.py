"""`brandjournal add | list | search` and the journal options, run as a user would (subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import PASSPHRASE


def bj(*args: str, env_extra: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "brandjournal", *args], capture_output=True, text=True, env=env, input=stdin, timeout=60
    )


def test_help_prints_usage():
    result = bj("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: brandjournal")
    for command in ("check", "add", "list", "search"):
        assert command in result.stdout


def test_add_list_search_with_a_passphrase_file(tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("# Ce que l'équipe m'a appris\n\nHier, à l'hôpital, j'ai appris à écouter.\n", encoding="utf-8")
    journal = tmp_path / "j.db"
    common = ["--journal", str(journal), "--passphrase-file", str(secret)]

    added = bj(*common, "add", str(post), "--kind", "share", "--platform", "linkedin")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "1\n"

    listed = bj("list", *common, "--format", "json")  # options after the subcommand work too
    rows = json.loads(listed.stdout)
    assert [(r["id"], r["title"], r["status"], r["platforms"]) for r in rows] == [
        (1, "Ce que l'équipe m'a appris", "draft", ["linkedin"])
    ]

    found = bj(*common, "search", "HOPITAL", "--format", "json")
    assert [r["id"] for r in json.loads(found.stdout)] == [1]
    assert "[hôpital]" in json.loads(found.stdout)[0]["snippet"]


def test_environment_variable_points_at_the_journal(tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    post = tmp_path / "p.md"
    post.write_text("Plain words.", encoding="utf-8")
    env = {"BRANDJOURNAL_JOURNAL": str(tmp_path / "env.db")}
    assert bj("--passphrase-file", str(secret), "add", str(post), "--title", "Env", env_extra=env).returncode == 0
    assert (tmp_path / "env.db").exists()
    assert "Env" in bj("--passphrase-file", str(secret), "list", env_extra=env).stdout


def test_journal_problems_are_one_line_messages(tmp_path):
    post = tmp_path / "p.md"
    post.write_text("Text", encoding="utf-8")
    journal = str(tmp_path / "j.db")

    no_keychain = bj(
        "--journal", journal, "add", str(post), env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    assert no_keychain.returncode == 2
    assert no_keychain.stderr.count("\n") == 1
    assert "No system keychain is available" in no_keychain.stderr and "--passphrase-file" in no_keychain.stderr

    good = tmp_path / "good"
    good.write_text(PASSPHRASE, encoding="utf-8")
    assert bj("--journal", journal, "--passphrase-file", str(good), "add", str(post)).returncode == 0
    wrong = tmp_path / "wrong"
    wrong.write_text("nope", encoding="utf-8")
    refused = bj("--journal", journal, "--passphrase-file", str(wrong), "list")
    assert refused.returncode == 2
    assert refused.stderr.startswith("brandjournal: Could not open the journal")
    assert "Traceback" not in refused.stderr


def test_bad_files_are_named(tmp_path):
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    common = ["--journal", str(tmp_path / "j.db"), "--passphrase-file", str(secret)]
    binary = tmp_path / "bad.md"
    binary.write_bytes(b"caf\xe9 au lait")
    missing = bj(*common, "add", str(tmp_path / "nope.md"))
    assert (missing.returncode, missing.stderr.strip()) == (2, f"brandjournal: no such file: {tmp_path / 'nope.md'}")
    latin1 = bj(*common, "add", str(binary))
    assert latin1.returncode == 2
    assert "is not UTF-8 text (invalid byte at offset 3)" in latin1.stderr
