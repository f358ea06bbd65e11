"""`brandjournal check` is a short process: its start-up must not drag in modules it does not need (the budget is
90 ms for the whole process, of which Python itself takes ~20-40 ms)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from brandjournal.cli import HelpFormatter, build_parser

HEAVY = ("dataclasses", "inspect", "shutil", "pathlib", "hashlib", "typing", "importlib.resources", "sqlalchemy")


def test_check_imports_nothing_heavy(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("Nous allons leverager nos synergies. I think it is a game changer.\n", encoding="utf-8")
    code = (
        "import sys, io, contextlib\n"
        "from brandjournal.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(draft)!r}, '--format', 'json'])\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("columns", ["", "57", "200"])
def test_help_is_formatted_as_argparse_does(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    assert HelpFormatter("x")._width == argparse.HelpFormatter("x")._width
    parser = build_parser({"check": ("brandjournal.commands.check", "analyse a Markdown draft")})
    check = parser._subparsers._group_actions[0].choices["check"]
    ours = parser.format_help(), check.format_help()
    parser.formatter_class = check.formatter_class = argparse.HelpFormatter
    assert ours == (parser.format_help(), check.format_help())
