"""Nothing leaves the machine: no Internet socket is ever opened, in the window or the CLI.

Runs real sessions under ``strace`` and fails on any AF_INET/AF_INET6 socket. Local IPC (AF_UNIX: the X server,
D-Bus for the keychain) is allowed: it does not leave the machine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("strace") is None, reason="strace is not installed (./dev test installs it)"
)

INTERNET = re.compile(r"socket\((AF_INET6?|PF_INET6?)\b")


def traced(tmp_path, *args: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    log = tmp_path / f"strace-{len(list(tmp_path.glob('strace-*')))}.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(log), sys.executable, "-m", "brandjournal", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    sockets = [line for line in log.read_text().splitlines() if "socket(" in line]
    return result, sockets


def test_no_internet_socket_in_a_window_session_or_commands(tmp_path):
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("We leverage synergies. J'ai appris à écouter l'équipe de nuit.\n", encoding="utf-8")
    common = ["--journal", str(tmp_path / "j.db"), "--passphrase-file", str(secret)]

    sessions = [
        traced(tmp_path, *common, "add", str(post), "--platform", "mastodon"),
        traced(tmp_path, "check", str(post), "--format", "json"),
        traced(tmp_path, *common, "--self-test"),
        traced(tmp_path, *common, "approve", "1", "--ack", "test"),
        traced(tmp_path, *common, "export", "1"),
    ]
    for (result, sockets), expected in zip(sessions, [0, 1, 0, 0, 0], strict=True):
        assert result.returncode == expected, (result.args, result.stdout, result.stderr)
        internet = [line for line in sockets if INTERNET.search(line)]
        assert internet == [], internet
    assert "BrandJournal self-test" in sessions[2][0].stdout + sessions[2][0].stderr
