"""Machine instructions of ``brandjournal check`` and of one analysis, counted by valgrind (callgrind).

    python benchmarks/bench_instructions.py

Wall-clock medians on a shared machine move by 30 % with the load; instruction counts do not (they move by less
than 0.1 % between runs). Use this to compare two versions of the engine; use ``bench_analysis.py`` for the times
the budgets are written in. Needs ``valgrind`` (``apt install valgrind``); prints one line per measure:

- the whole ``brandjournal check`` process on benchmarks/post_3000.md, and ``python -c pass`` beside it;
- the same with ``--values benchmarks/values_3.toml`` (three values: the profile's value matchers are built on
  every call of the command line);
- one warm ``analyze()`` of that post (the difference between a process analysing it 7 times and one analysing it
  twice, divided by 5);
- one ``analyze()`` of a post the process has never analysed, once warm (what a pasted draft, or any
  ``brandjournal check``, pays: the engine remembers what it looked up for each word it met, and a new post brings
  new words): a process analyses the benchmark post twice, then the first N of the 3,000-character pieces of the dev
  corpus (``bench_analysis.unseen_posts``); the difference between N = 26 and N = 2, divided by 24.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POST = Path(__file__).with_name("post_3000.md")
VALUES = Path(__file__).with_name("values_3.toml")

_REPEAT = """
import sys
sys.path.insert(0, sys.argv[3])
from bench_analysis import bench_inputs
from brandjournal.analysis import analyze

text = open(sys.argv[1], encoding="utf-8").read()
profile, intention = bench_inputs()
for _ in range(int(sys.argv[2])):
    analyze(text, profile, intention)
"""

_UNSEEN = """
import sys
sys.path.insert(0, sys.argv[3])
from bench_analysis import bench_inputs, unseen_posts
from brandjournal.analysis import analyze

text = open(sys.argv[1], encoding="utf-8").read()
profile, intention = bench_inputs()
analyze(text, profile, intention)
analyze(text, profile, intention)
for post in unseen_posts()[: int(sys.argv[2])]:
    analyze(post, profile, intention)
"""
_UNSEEN_FEW, _UNSEEN_MANY = 2, 26


def instructions(args: list[str]) -> int:
    """Instructions executed by ``args`` (a command line), counted by callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise SystemExit(f"valgrind gave no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt install valgrind)", file=sys.stderr)
        return 2
    compileall.compile_dir(ROOT / "brandjournal", quiet=1)  # stale .pyc would count the compiler
    script = Path(sys.executable).with_name("brandjournal")
    entry = [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "brandjournal"]
    check = instructions([*entry, "check", str(POST), "--format", "json"])
    empty = instructions([sys.executable, "-c", "pass"])
    print(f"brandjournal check (whole process): {check / 1e6:.1f} M instructions; python -c pass: {empty / 1e6:.1f} M")
    with_values = instructions([*entry, "check", str(POST), "--values", str(VALUES), "--format", "json"])
    print(f"brandjournal check --values (three values): {with_values / 1e6:.1f} M instructions")
    twice, seven = _script_instructions(_REPEAT, 2, 7)
    print(f"analyze() once loaded: {(seven - twice) / 5 / 1e6:.1f} M instructions per analysis")
    few, many = _script_instructions(_UNSEEN, _UNSEEN_FEW, _UNSEEN_MANY)
    per_post = (many - few) / (_UNSEEN_MANY - _UNSEEN_FEW)
    print(f"analyze() of a post never analysed before, once loaded: {per_post / 1e6:.1f} M instructions per analysis")
    return 0


def _script_instructions(script: str, *counts: int) -> list[int]:
    """Instructions of ``script`` (``_REPEAT``, ``_UNSEEN``) run once for each of ``counts``."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(script)
    try:
        here = str(Path(__file__).resolve().parent)
        return [instructions([sys.executable, fh.name, str(POST), str(count), here]) for count in counts]
    finally:
        os.unlink(fh.name)


if __name__ == "__main__":
    sys.exit(main())
