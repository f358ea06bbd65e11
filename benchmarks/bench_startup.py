"""Start-up time: from process start to the main window painted, on a journal of 10,000 drafts.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--drafts 10000]

The journal (passphrase-protected, like a headless install) is built once and cached in the temp folder.
Each run is a fresh ``python`` process that goes through the real start-up code (unlocking started on a thread
before Qt loads, settings, logging, translations, unlock_interactively, MainWindow, show) and reports the first
paint of the draft list with its first rows. Target: median <= 1.0 s. Runs offscreen unless a DISPLAY is set.

Phases, from process start: ``imported`` (Qt, the window's modules, QApplication, translations),
``journal-open`` (the journal unlocked: lock, key derivation (begun on a thread while Qt loads), schema check,
first page read without the ORM), ``window-built``, then the paint (the measured time), and ``ready``: the
journal opened in full on the storage thread after the paint (SQLAlchemy imported, the last draft loaded); from
then on the window can edit and save. ``ready`` is reported, not part of the target.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[3])
def phase(name):
    print(f"phase {name} {time.time():.6f}", flush=True)
# The order of brandjournal.app.run_app and ui.application.run: unlocking starts on a thread, then Qt loads.
from argparse import Namespace
import brandjournal.storage
from brandjournal.app import unlock_early
started = unlock_early(Namespace(journal=sys.argv[1], passphrase_file=sys.argv[2], self_test=False))
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from brandjournal.ui import application, i18n, settings as app_settings
from brandjournal.ui.errors import install_excepthook, setup_logging
from brandjournal.ui.key_dialogs import unlock_interactively

app_settings.configure_settings(sys.argv[4])
app = application.make_application()
setup_logging()
install_excepthook()
i18n.install_translators("en")
phase("imported")
journal = unlock_interactively(application.Path(sys.argv[1]), sys.argv[2], started=started)
phase("journal-open")
from brandjournal.ui.main_window import MainWindow
window = MainWindow(journal)
phase("window-built")

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f} rows={window.journal_panel.model.rowCount()}", flush=True)
            obj.removeEventFilter(self)
        return False

def ready():
    phase("ready")
    QTimer.singleShot(0, app.quit)

spy = FirstPaint()
window.journal_panel.view.viewport().installEventFilter(spy)
window.journalOpened.connect(ready)
if window.journal is not None:  # an older schema: opened (and upgraded) in full before the window
    QTimer.singleShot(0, ready)
window.show()
app.exec()
window.shutdown()
journal.close()
"""


def build_journal(path: Path, drafts: int) -> None:
    sys.path.insert(0, str(ROOT))
    from brandjournal.storage import open_journal

    journal = open_journal(path, passphrase=PASSPHRASE)
    try:
        body = (
            "I was wrong about the migration. We had tested the backups every night, never a restore. "
            "Here is what I learnt, and what we changed in our runbooks since then.\n\n"
        ) * 4
        for n in range(drafts):
            journal.create_draft(f"Draft number {n}", body + str(n), platforms=("linkedin",))
    finally:
        journal.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--drafts", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir()) / f"brandjournal-bench-{args.drafts}"
    folder.mkdir(exist_ok=True)
    journal = folder / "journal.db"
    secret = folder / "passphrase"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    if not journal.exists():
        started = time.perf_counter()
        build_journal(journal, args.drafts)
        print(f"built a journal of {args.drafts} drafts in {time.perf_counter() - started:.1f} s")
    env = dict(os.environ, BRANDJOURNAL_DATA_DIR=str(folder / "data"))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    times = []
    phases: dict[str, list[float]] = {}
    for _ in range(args.runs):
        settings = tempfile.mkdtemp(prefix="bj-bench-settings-")
        start = time.time()
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(journal), str(secret), str(ROOT), settings],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("painted ")), None)
        if line is None:
            print(result.stdout, result.stderr, file=sys.stderr)
            return 1
        painted = float(line.split()[1])
        times.append(painted - start)
        marks = {}
        for ln in result.stdout.splitlines():
            if ln.startswith("phase "):
                _, name, when = ln.split()
                marks[name] = float(when) - start
                phases.setdefault(name, []).append(marks[name])
        detail = ", ".join(f"{name} {t:.2f}" for name, t in marks.items())
        print(f"  window painted after {painted - start:.3f} s ({line.split()[2]}; {detail})")
    median = statistics.median(times)
    for name, values in phases.items():
        print(f"  median time to {name}: {statistics.median(values):.3f} s")
    print(
        f"startup to window shown, {args.drafts} drafts: median {median:.3f} s, min {min(times):.3f} s, "
        f"max {max(times):.3f} s over {len(times)} runs (target <= 1.0 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
