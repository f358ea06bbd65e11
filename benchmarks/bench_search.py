"""FTS5 search time on an encrypted journal of 10,000 drafts of about 2 KB each.

    python benchmarks/bench_search.py [--drafts 10000] [--runs 25]

Prints the time to fill the journal, then the median (and p90) of several queries, each run ``--runs`` times.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from brandjournal.storage import open_journal

WORDS_FR = (
    "équipe projet réunion client hôpital leçon échec réussite confiance écoute données rapport semaine "
    "matin soir stagiaire collègue mission atelier retour erreur"
).split()
WORDS_EN = (
    "team project meeting customer hospital lesson failure success trust listening data report week "
    "morning evening intern colleague mission workshop feedback mistake"
).split()
QUERIES = ["equipe", "hopital lecon", "trust", "feedback mistake", "reunion client", "zzzunmatched", "sta"]


def body(rng: random.Random, size: int = 2000) -> str:
    words = WORDS_FR if rng.random() < 0.5 else WORDS_EN
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        journal = open_journal(Path(tmp) / "bench.db", passphrase="benchmark passphrase")
        started = time.perf_counter()
        for i in range(args.drafts):
            journal.create_draft(f"Draft {i}", body(rng))
        fill = time.perf_counter() - started
        print(f"filled {args.drafts} drafts of ~2 KB in {fill:.1f} s ({fill / args.drafts * 1000:.2f} ms per draft)")
        all_times: list[float] = []
        for query in QUERIES:
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                hits = journal.search(query, limit=50)
                times.append((time.perf_counter() - t0) * 1000)
            all_times += times
            print(f"  search {query!r:18} median {statistics.median(times):7.2f} ms   hits {len(hits)}")
        q = statistics.quantiles(all_times, n=10)
        print(f"FTS search, {args.drafts} drafts: median {statistics.median(all_times):.2f} ms, p90 {q[-1]:.2f} ms")
        journal.close()


if __name__ == "__main__":
    main()
