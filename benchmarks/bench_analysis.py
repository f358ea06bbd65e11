"""Speed of the coherence engine on a realistic 3,000-character post (benchmarks/post_3000.md).

    python benchmarks/bench_analysis.py [--runs N] [--process-runs N]

Prints:
- the median time of ``analyze()`` once loaded (budget: 5 ms), with a per-phase split;
- the median wall time of a whole ``brandjournal check`` process on that post (budget: 90 ms),
  next to ``python -c pass`` for reference.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

POST = Path(__file__).with_name("post_3000.md")


def _median_ms(fn, runs: int, clock=time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append((clock() - t0) * 1000)
    return statistics.median(times)


def bench_inputs():
    """The profile and intention every analysis benchmark uses with post_3000.md (also bench_instructions)."""
    from brandjournal.domain import Intention, IntentionKind, Profile, Value

    profile = Profile(
        values=(
            Value("Transparence", fits=("dire la vérité", "vrais chiffres")),
            Value("Humilité"),
            Value("Entraide", fits=("demander de l'aide", "aider"), betrays=("tout seul",)),
        )
    )
    return profile, Intention("partager une leçon", IntentionKind.SHARE)


def bench_in_process(runs: int) -> None:
    t0 = time.perf_counter()
    from brandjournal.analysis import analyze
    from brandjournal.analysis.context import Context
    from brandjournal.analysis.engine import parse
    from brandjournal.analysis.lexicons import load
    from brandjournal.analysis.rules.intention import intention_flags
    from brandjournal.analysis.rules.lexical import lexical_flags, lexical_matches
    from brandjournal.analysis.rules.values import value_flags

    t1 = time.perf_counter()
    lex = load()
    t2 = time.perf_counter()
    text = POST.read_text(encoding="utf-8")
    profile, intention = bench_inputs()
    first = text.replace("J'ai eu peur.", "Un challenge stimulant.")
    analyze(text, profile, intention)  # warm the per-profile cache
    # As the window does once the engine is warm (MainWindow._warmed): what is loaded lives as long as the app,
    # so it is kept out of the cyclic garbage collector's passes.
    gc.freeze()
    print(f"post: {len(text)} characters")
    print(f"import engine: {(t1 - t0) * 1000:.1f} ms, load lexicons: {(t2 - t1) * 1000:.1f} ms")
    total = _median_ms(lambda: analyze(text, profile, intention), runs)
    cpu = _median_ms(lambda: analyze(text, profile, intention), runs, time.process_time)
    print(f"analyze() median over {runs} runs: wall {total:.2f} ms, cpu {cpu:.2f} ms (budget 5 ms)")
    with_first = _median_ms(lambda: analyze(text, profile, intention, first=first), runs)
    print(f"analyze(first=...) median: {with_first:.2f} ms")
    doc_holder = {}

    def phase_parse():
        doc_holder["doc"] = parse(text, lex)[0]

    print(f"  parse + languages: {_median_ms(phase_parse, runs):.2f} ms")
    ctx = Context(doc_holder["doc"], lex, "fr")
    print(f"  lexical: {_median_ms(lambda: lexical_flags(ctx, lexical_matches(ctx)), runs):.2f} ms")
    print(f"  values: {_median_ms(lambda: value_flags(ctx, profile.values), runs):.2f} ms")
    print(f"  intention: {_median_ms(lambda: intention_flags(ctx, intention, 10), runs):.2f} ms")


def unseen_posts() -> list[str]:
    """~3,000-character pieces of the dev corpus (its cases put end to end, in file order): posts that share no
    sentence with the benchmark post nor with each other (also read by ``bench_instructions``)."""
    import json

    texts = [
        json.loads(path.read_text(encoding="utf-8"))
        for path in sorted((ROOT / "tests" / "corpus" / "dev").glob("*.json"))
    ]
    posts, current = [], ""
    for case in (c for cases in texts for c in (cases if isinstance(cases, list) else cases.get("cases", []))):
        current += case["text"] + "\n\n"
        if len(current) >= 2900:
            posts.append(current[:3000])
            current = ""
    return posts


def bench_unseen_posts(count: int = 40) -> None:
    """``analyze()`` of posts this process has never analysed (the engine remembers what it looked up for the words
    it met: the benchmark post, analysed again and again, meets no new word). The posts are ~3,000-character pieces
    of the dev corpus, each analysed once after the benchmark post."""
    from brandjournal.analysis import analyze
    from brandjournal.domain import Intention, IntentionKind, Profile, Value

    posts = unseen_posts()
    profile = Profile(values=(Value("Transparence"), Value("Humilité"), Value("Entraide")))
    intention = Intention("partager une leçon", IntentionKind.SHARE)
    analyze(POST.read_text(encoding="utf-8"), profile, intention)
    times = []
    for text in posts[:count]:
        t0 = time.perf_counter()
        analyze(text, profile, intention)
        times.append((time.perf_counter() - t0) * 1000)
    print(
        f"analyze() of {len(times)} posts never analysed before (3,000 characters of the dev corpus each): "
        f"median {statistics.median(times):.2f} ms"
    )


def _compile_check_path() -> None:
    """Byte-compile the modules ``brandjournal check`` imports (a normal install has them compiled; with
    PYTHONDONTWRITEBYTECODE set, every run would otherwise recompile them and the measure would be meaningless)."""
    import compileall

    package = ROOT / "brandjournal"
    for name in ("__init__.py", "__main__.py", "cli.py", "domain.py", "paths.py"):
        compileall.compile_file(package / name, quiet=1)
    compileall.compile_file(package / "commands" / "__init__.py", quiet=1)
    compileall.compile_file(package / "commands" / "check.py", quiet=1)
    compileall.compile_dir(package / "analysis", quiet=1)


def bench_process(runs: int) -> None:
    """Wall time, and CPU time (user + system, from getrusage) which a busy machine inflates less."""
    import resource

    _compile_check_path()

    def run(args: list[str]) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(args, capture_output=True, check=False, cwd=ROOT)
        wall = (time.perf_counter() - t0) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
        return wall, cpu

    # The installed entry point, as users run it (``python -m`` also imports runpy and importlib.util: ~3 ms more).
    script = Path(sys.executable).with_name("brandjournal")
    entry = [str(script)] if script.is_file() else [sys.executable, "-m", "brandjournal"]
    check = [*entry, "check", str(POST), "--format", "json"]
    empty = [sys.executable, "-c", "pass"]
    run(check)  # warm the file cache
    check_runs, empty_runs = [], []
    for _ in range(runs):  # interleaved: a busy moment of the shared machine weighs on both alike
        check_runs.append(run(check))
        empty_runs.append(run(empty))
    med = statistics.median
    print(
        f"{' '.join(Path(a).name if i == 0 else a for i, a in enumerate(entry))} check (whole process) median over "
        f"{runs} runs: wall {med(w for w, _ in check_runs):.1f} ms, cpu {med(c for _, c in check_runs):.1f} ms "
        f"(budget 90 ms; fastest {min(w for w, _ in check_runs):.1f} ms); python -c pass: "
        f"wall {med(w for w, _ in empty_runs):.1f} ms, cpu {med(c for _, c in empty_runs):.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--process-runs", type=int, default=21)
    args = parser.parse_args()
    bench_in_process(args.runs)
    bench_unseen_posts()
    bench_process(args.process_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
