"""Import time of 5,000 generated past posts (LinkedIn Shares.csv and Mastodon outbox.json).

    python benchmarks/bench_import.py [--posts 5000] [--runs 5]

Each run parses the export file and imports it into a fresh passphrase journal (opening the journal, which pays
SQLCipher's key derivation, is not counted). Prints the median (and min/max) of parse, import and total.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from brandjournal.importers import import_into, parse
from brandjournal.storage import open_journal

WORDS = (
    "équipe projet réunion client hôpital leçon échec réussite confiance écoute team project meeting customer "
    "lesson failure success trust listening feedback mistake intern colleague mission workshop"
).split()
START = datetime(2018, 1, 1, 8, 0, tzinfo=UTC)
HASHTAG = ' <a href="https://mastodon.example/tags/bench" class="mention hashtag" rel="tag">#<span>bench</span></a>'


def post_text(rng: random.Random, n: int) -> str:
    paragraphs = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))) for _ in range(rng.randint(1, 4))]
    return f"Post {n}. " + "\n\n".join(paragraphs)


def shares_csv(count: int, rng: random.Random) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"])
    for n in range(count):
        date = (START + timedelta(hours=9 * n)).strftime("%Y-%m-%d %H:%M:%S")
        link = f"https://www.linkedin.com/feed/update/urn:li:share:{7000000000000000000 + n}"
        writer.writerow([date, link, post_text(rng, n), "", "", "PUBLIC"])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def outbox_json(count: int, rng: random.Random) -> bytes:
    actor = "https://mastodon.example/users/alice"
    items = []
    for n in range(count):
        html = "".join(f"<p>{p}</p>" for p in post_text(rng, n).split("\n\n"))
        html += HASHTAG
        status = f"{actor}/statuses/{110000000000000000 + n}"
        published = (START + timedelta(hours=9 * n)).isoformat().replace("+00:00", "Z")
        items.append(
            {
                "id": f"{status}/activity",
                "type": "Create",
                "actor": actor,
                "published": published,
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [f"{actor}/followers"],
                "object": {
                    "id": status,
                    "type": "Note",
                    "published": published,
                    "url": f"https://mastodon.example/@alice/{110000000000000000 + n}",
                    "inReplyTo": None,
                    "summary": None,
                    "content": html,
                    "contentMap": {"fr": html},
                },
            }
        )
    return json.dumps({"type": "OrderedCollection", "orderedItems": items}, ensure_ascii=False).encode("utf-8")


def run_once(folder: Path, export: Path, run: int) -> tuple[float, float, float, int]:
    """(parse seconds, import seconds, CPU seconds of both, posts imported)."""
    journal = open_journal(folder / f"bench-{export.stem}-{run}.db", passphrase="benchmark passphrase")
    try:
        cpu = time.process_time()
        t0 = time.perf_counter()
        result = parse(export)
        t1 = time.perf_counter()
        summary = import_into(journal, result)
        t2 = time.perf_counter()
        cpu = time.process_time() - cpu
    finally:
        journal.close()
    return t1 - t0, t2 - t1, cpu, summary.imported


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        exports = {
            "linkedin": folder / "Shares.csv",
            "mastodon": folder / "outbox.json",
        }
        exports["linkedin"].write_bytes(shares_csv(args.posts, rng))
        exports["mastodon"].write_bytes(outbox_json(args.posts, rng))
        for name, export in exports.items():
            parses, imports, totals, cpus = [], [], [], []
            for run in range(args.runs):
                parse_s, import_s, cpu_s, imported = run_once(folder, export, run)
                if imported != args.posts:
                    raise SystemExit(f"{name}: imported {imported} of {args.posts} posts")
                parses.append(parse_s)
                imports.append(import_s)
                totals.append(parse_s + import_s)
                cpus.append(cpu_s)
            size = export.stat().st_size / 1e6
            print(
                f"{name:9} {args.posts} posts ({size:.1f} MB), {args.runs} runs: "
                f"median parse {statistics.median(parses):.2f} s + import {statistics.median(imports):.2f} s "
                f"= {statistics.median(totals):.2f} s (min {min(totals):.2f}, max {max(totals):.2f}; "
                f"CPU {statistics.median(cpus):.2f} s)"
            )


if __name__ == "__main__":
    main()
