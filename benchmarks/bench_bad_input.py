"""Bad-input figures: a 10 MB file on the command line, a 1 MB draft in the window.

    .venv/bin/python benchmarks/bench_bad_input.py [--runs 3] [--skip-cli]

Prints medians of ``--runs`` runs:

* ``brandjournal check`` on a 10 MB Markdown file: the whole process (start, read, analyse all, print), and
  its peak memory;
* ``analyze`` of a 1 MB text with ``max_chars`` = the window's live limit (what the window does on each
  refresh of a huge draft), in this process, engine warm;
* the window (offscreen unless a DISPLAY is set): a 1 MB paste into a new draft (engine warm), then the worst
  UI-thread stall measured by a 10 ms timer, (a) while the analysis runs (paste -> report received) and (b)
  until 1.5 s after the report is shown (painting and scrolling the filter view included). The UI thread's own
  CPU time during the worst gap is printed beside it, to tell our work from a busy machine's preemption.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def big_text(chars: int) -> str:
    base = (ROOT / "benchmarks" / "post_3000.md").read_text(encoding="utf-8")
    odd = "\n\n👨\u200d👩\u200d👧 \u202eשלום\u202c مرحبا 🇫🇷 e\u0301te\u0301 — we leverage synergies.\n\n"
    chunk = base + odd
    return (chunk * (chars // len(chunk) + 1))[:chars]


def bench_cli(runs: int, folder: Path) -> None:
    path = folder / "ten_mb.md"
    data = big_text(10_000_000).encode("utf-8")[:10_000_000].decode("utf-8", "ignore").encode("utf-8")
    path.write_bytes(data)
    times, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "brandjournal", "check", str(path), "--format", "json"],
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - started)
        peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        if proc.returncode not in (0, 1):
            print(f"  check failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    print(
        f"brandjournal check, {len(data) / 1e6:.0f} MB file, whole process: median {statistics.median(times):.1f} s "
        f"(runs {', '.join(f'{t:.1f}' for t in times)}); peak memory {max(peaks):.0f} MB"
    )


def bench_analysis(runs: int) -> None:
    from brandjournal.analysis import analyze
    from brandjournal.demo import DEMO_VALUES
    from brandjournal.domain import Intention, IntentionKind, Profile
    from brandjournal.ui.analysis_worker import LIVE_LIMIT

    text = big_text(1_000_000)
    profile = Profile(values=tuple(DEMO_VALUES))
    analyze("warm up: we leverage synergies", profile)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        report = analyze(text, profile, Intention("", IntentionKind.SHARE), max_chars=LIVE_LIMIT)
        times.append(time.perf_counter() - started)
    print(
        f"analyze, 1 MB text, max_chars={LIVE_LIMIT}: median {statistics.median(times) * 1000:.0f} ms "
        f"(runs {', '.join(f'{t * 1000:.0f}' for t in times)}); {len(report.flags)} flags, notice: {report.notices}"
    )


def bench_window(runs: int, folder: Path) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from brandjournal.storage import open_journal
    from brandjournal.ui import settings as app_settings
    from brandjournal.ui.application import make_application
    from brandjournal.ui.main_window import MainWindow

    app_settings.configure_settings(folder)
    app = make_application()
    text = big_text(1_000_000)

    def wait(predicate, seconds: float) -> bool:
        deadline = time.perf_counter() + seconds
        while not predicate():
            if time.perf_counter() > deadline:
                return False
            app.processEvents()
            time.sleep(0.002)
        return True

    pastes, during, shown, cpu_in_worst = [], [], [], []
    for run in range(runs):
        journal = open_journal(folder / f"journal{run}.db", passphrase="bench")
        window = MainWindow(journal)
        window.resize(1400, 900)
        window.show()
        window.new_draft()
        wait(lambda w=window: w.report is not None and not w.analysis.busy, 60)
        wait(lambda: False, 0.5)  # warm-up finished, first report painted
        state = {"last": 0.0, "last_cpu": 0.0, "max": 0.0, "cpu": 0.0, "phase_a": None}

        def tick(state=state) -> None:
            now, cpu = time.perf_counter(), time.thread_time()
            gap = now - state["last"]
            if gap > state["max"]:
                state["max"], state["cpu"] = gap, cpu - state["last_cpu"]
            state["last"], state["last_cpu"] = now, cpu

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        QApplication.clipboard().setText(text)
        window.editor.source.setFocus()
        started = time.perf_counter()
        window.editor.source.paste()
        pastes.append(time.perf_counter() - started)
        state["last"], state["last_cpu"] = time.perf_counter(), time.thread_time()
        timer.start()

        def received(*_args, state=state) -> None:
            if state["phase_a"] is None:
                state["phase_a"] = state["max"]

        window.analysis.reportReady.connect(received)
        ok = wait(lambda w=window: w.report is not None and bool(w.report.notices) and not w.analysis.busy, 120)
        wait(lambda: False, 1.5)
        tick()
        timer.stop()
        during.append((state["phase_a"] or 0.0) * 1000)
        shown.append(state["max"] * 1000)
        cpu_in_worst.append(state["cpu"] * 1000)
        if not ok:
            print("  run", run, ": no report with a notice within 120 s")
        window.close()
        journal.close()
    print(f"paste of 1 MB into the editor (one Qt operation): median {statistics.median(pastes) * 1000:.0f} ms")
    print(
        f"worst UI stall while a 1 MB paste is analysed: median {statistics.median(during):.0f} ms "
        f"(runs {', '.join(f'{g:.0f}' for g in during)})"
    )
    print(
        f"worst UI stall until 1.5 s after its report is shown: median {statistics.median(shown):.0f} ms "
        f"(runs {', '.join(f'{g:.0f}' for g in shown)}; UI-thread CPU in that gap "
        f"{', '.join(f'{c:.0f}' for c in cpu_in_worst)} ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-cli", action="store_true", help="skip the 10 MB check (about a minute a run)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="brandjournal-bench-bad-input-"))
    os.environ["BRANDJOURNAL_DATA_DIR"] = str(folder)
    bench_analysis(args.runs)
    bench_window(args.runs, folder)
    if not args.skip_cli:
        bench_cli(args.runs, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
