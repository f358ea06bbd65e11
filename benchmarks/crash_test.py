"""Crash safety: a writer "types" into a draft and autosaves; it is killed with SIGKILL at random moments.

    python benchmarks/crash_test.py [--kills 100] [--seed 1]

The writer appends words at typing speed (about 5 characters every 60 ms) and autosaves every 0.5 s of
typing, like the window's idle timer; after each save returns it prints the saved length. The typed text is
a fixed pseudo-random stream, so every stored body must be an exact prefix of it. After each kill the
journal must open, pass ``PRAGMA integrity_check``, hold only whole revisions (each a prefix of the stream),
and have lost at most the typing done since the last save that returned (reported in seconds).
"""

from __future__ import annotations

import argparse
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from brandjournal.storage import open_journal

PASSPHRASE = "crash test passphrase"
CHARS_PER_STEP = 5
STEP_SECONDS = 0.06
SAVE_EVERY = 0.5

WRITER = textwrap.dedent(
    f"""
    import random, sys, time
    from brandjournal.domain import RevisionKind
    from brandjournal.storage import open_journal

    def stream(seed):
        rng = random.Random(seed)
        words = "je tu il nous vous équipe leçon hôpital I we team lesson night shift rota coffee".split()
        while True:
            yield rng.choice(words) + (". " if rng.random() < 0.1 else " ")

    journal = open_journal(sys.argv[1], passphrase={PASSPHRASE!r})
    drafts = journal.list_drafts()
    draft_id = drafts[0].id if drafts else journal.create_draft("crash", "").id
    text = journal.get_draft(draft_id).body
    source = stream(int(sys.argv[2]))
    generated = ""
    while len(generated) < len(text):
        generated += next(source)
    pending = generated[len(text):]
    last_save = time.monotonic()
    saves = 0
    print("ready", flush=True)
    while True:
        while len(pending) < {CHARS_PER_STEP}:
            pending += next(source)
        text += pending[:{CHARS_PER_STEP}]
        pending = pending[{CHARS_PER_STEP}:]
        time.sleep({STEP_SECONDS})
        if time.monotonic() - last_save >= {SAVE_EVERY}:
            saves += 1
            kind = RevisionKind.MANUAL if saves % 4 == 0 else None
            journal.save_text(draft_id, text, revision=kind)
            last_save = time.monotonic()
            print(len(text), time.time(), flush=True)
    """
)


def expected_stream(seed: int, length: int) -> str:
    rng = random.Random(seed)
    words = "je tu il nous vous équipe leçon hôpital I we team lesson night shift rota coffee".split()
    out = ""
    while len(out) < length:
        out += rng.choice(words) + (". " if rng.random() < 0.1 else " ")
    return out[:length]


def one_kill(path: Path, seed: int, rng: random.Random) -> tuple[float, int]:
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(seed)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.2, 2.5))
    killed_at = time.time()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    saves = [line.split() for line in proc.stdout.read().splitlines() if line.strip()]
    proc.stdout.close()
    last_saved, last_saved_at = (int(saves[-1][0]), float(saves[-1][1])) if saves else (0, killed_at)
    with open_journal(path, passphrase=PASSPHRASE, create=False) as journal:
        assert journal.integrity_check() == "ok", "integrity check failed"
        [summary] = journal.list_drafts()
        body = journal.get_draft(summary.id).body
        stream = expected_stream(seed, max(len(body), last_saved) + 10)
        assert stream.startswith(body), "the stored body is not a prefix of what was typed"
        assert len(body) >= last_saved, f"a save that returned was lost ({len(body)} < {last_saved})"
        for revision in journal.revisions(summary.id):
            assert stream.startswith(revision.body), "a revision is half-written"
        revisions = len(journal.revisions(summary.id))
    return killed_at - last_saved_at, revisions


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lost: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "crash.db"
        open_journal(path, passphrase=PASSPHRASE).close()
        started = time.perf_counter()
        for i in range(args.kills):
            window, revisions = one_kill(path, args.seed, rng)
            lost.append(window)
            if (i + 1) % 10 == 0:
                print(f"{i + 1} kills: ok ({revisions} revisions so far)", flush=True)
        elapsed = time.perf_counter() - started
    print(
        f"{args.kills} SIGKILLs in {elapsed:.0f} s: journal intact every time; typing lost since the last save: "
        f"median {statistics.median(lost):.2f} s, max {max(lost):.2f} s (autosave every {SAVE_EVERY} s)"
    )


if __name__ == "__main__":
    main()
