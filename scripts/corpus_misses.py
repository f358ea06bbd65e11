"""List the gold jargon spans the engine misses in the tuning corpus sets, grouped by wording (lexicon work).

    python scripts/corpus_misses.py --lang fr mine4 mine5 mine6 > /tmp/misses_fr.tsv

One line per distinct wording (lower-cased, lemmatised with simplemma when it is installed): how many times it was
missed, in how many sets, the surface forms, and the text around one of them. Only the tuning sets may be named (the
blind sets stay unread); the lexicon helpers turn these lines into entries with suggestions and near-miss tests.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import eval_engine as ev  # noqa: E402

from brandjournal.analysis import analyze  # noqa: E402


def _lemma_key(text: str, lang: str) -> str:
    words = re.findall(r"[\w'’-]+", text.lower())
    try:
        import simplemma
    except ImportError:  # pragma: no cover
        return " ".join(words)
    return " ".join(simplemma.lemmatize(w, lang=lang) for w in words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", choices=ev.VISIBLE)
    parser.add_argument("--lang", choices=("fr", "en"), required=True)
    args = parser.parse_args(argv)
    groups: dict[str, dict] = defaultdict(lambda: {"n": 0, "sets": set(), "forms": set(), "example": ""})
    for name in args.sets:
        for case in ev.load_set(name):
            if case["lang"] != args.lang:
                continue
            profile, intention, first = ev.build_inputs(case)
            flags = analyze(case["text"], profile, intention, first=first).flags
            for gold in ev.gold_spans(case):
                start, end = gold["start"], gold["end"]
                if gold["kind"] != "jargon" or any(
                    f.kind.value in gold["kinds"] and f.start < end and start < f.end for f in flags
                ):
                    continue
                group = groups[_lemma_key(gold["text"], args.lang)]
                group["n"] += 1
                group["sets"].add(name)
                group["forms"].add(gold["text"])
                group["example"] = group["example"] or ev.snippet(case["text"], start, end, 70)
    print("lemmas\tmissed\tsets\tforms\texample")
    for key, g in sorted(groups.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        print(f"{key}\t{g['n']}\t{len(g['sets'])}\t{' | '.join(sorted(g['forms']))}\t{g['example']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
