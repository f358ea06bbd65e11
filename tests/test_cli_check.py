"""`brandjournal check` as a real subprocess: JSON shape, text lines, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

VALUES = """
[[values]]
name = "Transparence"
meaning = "dire ce qui se passe vraiment"
fits = ["montrer les coulisses"]
betrays = ["sans commentaire"]

[[values]]
name = "Kindness"
fits = ["thank you"]
"""


def run(*args: str, stdin: bytes | None = None, env_lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": env_lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-m", "brandjournal", "check", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    draft = tmp_path / "draft.md"
    draft.write_text("Je ne suis pas transparent.\nSans commentaire.\n", encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text("Thank you Léa for the review yesterday.\n", encoding="utf-8")
    values = tmp_path / "values.toml"
    values.write_text(VALUES, encoding="utf-8")
    return {"draft": draft, "clean": clean, "values": values, "dir": tmp_path}


def test_json_output_and_exit_1(files):
    proc = run(str(files["draft"]), "--values", str(files["values"]), "--format", "json", "--kind", "share")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= {"language", "score", "flags", "values", "intention"}
    assert data["language"] == "fr"
    assert [(f["kind"], f["start"], f["end"], f["text"]) for f in data["flags"]] == [
        ("value_betrayed", 3, 26, "ne suis pas transparent"),
        ("value_betrayed", 28, 44, "Sans commentaire"),
    ]
    assert data["flags"][0]["rule"].startswith("value.betrayed.transparen")
    assert data["flags"][0]["rule"].endswith(".negation")
    assert data["values"] == [
        {"name": "Transparence", "expressed": 0, "betrayed": 2},
        {"name": "Kindness", "expressed": 0, "betrayed": 0},
    ]
    assert data["intention"]["declared"] == "share"
    assert proc.stderr == b""


def test_text_output_lines_in_english(files):
    proc = run(str(files["draft"]), "--values", str(files["values"]), "--lang", "en")
    assert proc.returncode == 1
    lines = proc.stdout.decode("utf-8").splitlines()
    path = str(files["draft"])
    assert lines[0] == (
        f"{path}:1:4: value_betrayed: « ne suis pas transparent » denies your value « Transparence » "
        "(negated by « ne »). Your value means: dire ce qui se passe vraiment."
    )
    assert lines[1] == (
        f"{path}:2:1: value_betrayed: « Sans commentaire » goes against your value « Transparence ». "
        "Your value means: dire ce qui se passe vraiment."
    )
    assert lines[2:5] == ["Values:", "  Transparence: expressed 0, betrayed 2", "  Kindness: expressed 0, betrayed 0"]
    assert lines[-1].startswith("Score: ")


def test_french_messages_from_lang_env(files):
    proc = run(str(files["clean"]), "--values", str(files["values"]), env_lang="fr_FR.UTF-8")
    assert proc.returncode == 0
    out = proc.stdout.decode("utf-8")
    assert "value_expressed: « Thank you » exprime votre valeur « Kindness »." in out
    assert out.splitlines()[-1] == "Score : 100/100 (0 alerte pour 7 mots → 100)"


def test_stdin_and_exit_0(files):
    proc = run("-", "--format", "json", stdin=b"Thank you all for coming.")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["flags"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "brandjournal check: file not found: missing.md"),
        (["."], "brandjournal check: file is not a regular file: ."),
        (["{draft}", "--values", "nope.toml"], "brandjournal check: values file not found: nope.toml"),
        (["{draft}", "--baseline", "nodir"], "brandjournal check: baseline folder not found: nodir"),
        (["{draft}", "--max-chars", "0"], "brandjournal check: --max-chars must be a positive number"),
    ],
)
def test_bad_input_exit_2(files, args, message):
    args = [a.replace("{draft}", str(files["draft"])) for a in args]
    proc = subprocess.run(
        [sys.executable, "-m", "brandjournal", "check", *args],
        capture_output=True,
        cwd=files["dir"],
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == message
    assert proc.stdout == b""


def test_invalid_toml_and_bad_encoding(files):
    bad_toml = files["dir"] / "bad.toml"
    bad_toml.write_text("[[values]]\nname = \n", encoding="utf-8")
    proc = run(str(files["draft"]), "--values", str(bad_toml))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.startswith(f"brandjournal check: invalid TOML in {bad_toml}: ")
    assert err.count("\n") == 1 and "Traceback" not in err

    latin1 = files["dir"] / "latin1.md"
    latin1.write_bytes("Un été très réussi.".encode("latin-1"))
    proc = run(str(latin1))
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        f"brandjournal check: {latin1} is not valid UTF-8 (bad byte at offset 3): save it as UTF-8"
    )

    no_name = files["dir"] / "noname.toml"
    no_name.write_text("[[values]]\nfits = ['x']\n", encoding="utf-8")
    proc = run(str(files["draft"]), "--values", str(no_name))
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == f"brandjournal check: {no_name}: value #1 needs a name"


def test_first_baseline_and_max_chars(files):
    first = files["dir"] / "first.md"
    first.write_text("J'ai eu peur de rater la démo avec Léa.\n", encoding="utf-8")
    current = files["dir"] / "current.md"
    current.write_text("La démo a été réalisée.\n", encoding="utf-8")
    base = files["dir"] / "base"
    base.mkdir()
    (base / "a.md").write_text("I did it. I am glad.", encoding="utf-8")
    proc = run(str(current), "--first", str(first), "--baseline", str(base), "--format", "json", "--max-chars", "10")
    data = json.loads(proc.stdout)
    assert data["notices"] == ["Draft too long: analysed the first 10 characters only."]
    proc = run(str(current), "--first", str(first), "--format", "json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert [(f["rule"], f["text"]) for f in data["flags"]] == [
        ("drift.first.removed_first_person", "La démo a été réalisée")
    ]
    assert data["flags"][0]["message"] == (
        "Compared with your first draft: removed « J'ai eu peur de rater la démo avec Léa », "
        "added « La démo a été réalisée » (your own « I/we » voice)."
    )


def test_a_utf16_or_binary_file_is_refused_with_one_line(files):
    utf16 = files["dir"] / "notepad.md"
    utf16.write_bytes("We leverage synergies.".encode("utf-16-le"))  # valid UTF-8, one byte in two is NUL
    proc = run(str(utf16))
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        f"brandjournal check: {utf16} is mostly NUL bytes: a binary or UTF-16 file, not a text post (save it as UTF-8)"
    )


def test_a_huge_file_is_analysed_up_to_the_default_limit(files):
    from brandjournal.commands.check import DEFAULT_MAX_CHARS

    huge = files["dir"] / "huge.md"
    huge.write_text("We walked to the river. " * (DEFAULT_MAX_CHARS // 24 + 100) + "Let us leverage synergies.")
    proc = run(str(huge), "--format", "json")
    report = json.loads(proc.stdout)
    assert report["notices"] == [f"Draft too long: analysed the first {DEFAULT_MAX_CHARS} characters only."]
    assert report["flags"] == []  # the buzzwords are past the limit
    assert proc.returncode == 0
