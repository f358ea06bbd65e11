"""The coherence view on a journal of 5,000 imported-like posts: computing the overview, and drawing it.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_coherence.py [--posts 5000] [--runs 3]
    ... benchmarks/bench_coherence.py --posts 600 --months 20 --screenshot docs/coherence.png [--dark] [--lang fr]

The posts (French and English, with the demo profile's values, jargon growing over the years) go in through the
importers' bulk function. Timed, median of ``--runs``:

- cold: ``compute_overview`` with an empty per-post cache (one analyze per post, voice_stats for the baseline);
- warm: again with the cache of a previous run and nothing changed (what reopening the view costs);
- draw: opening the dialog on a remembered overview (cache-key check, draft placed again, three charts built)
  and painting it offscreen (``QWidget.grab``).

Everything lives in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from brandjournal.demo import DEMO_VALUES
from brandjournal.domain import DraftStatus
from brandjournal.importers import ImportedPost
from brandjournal.insights import PostCache, compute_overview
from brandjournal.storage import Journal, open_journal
from brandjournal.storage.bulk import import_posts

PLAIN = {
    "en": (
        "I spent the week with the support team.",
        "We shipped the new onboarding flow on Tuesday.",
        "Three customers called about the same bug.",
        "The migration took longer than planned.",
        "Our intern found the cause in an afternoon.",
        "We now review every release on Friday morning.",
    ),
    "fr": (
        "J'ai passé la semaine avec l'équipe support.",
        "Nous avons livré le nouveau parcours d'inscription mardi.",
        "Trois clients ont appelé pour le même bug.",
        "La migration a pris plus de temps que prévu.",
        "Notre stagiaire a trouvé la cause en un après-midi.",
    ),
}
EXPRESS = {
    "en": (
        "Honestly, I was wrong about the deadline.",
        "Let me explain how we test it, step by step.",
        "A simple, concrete example says more than a slide.",
        "I learned more from that mistake than from the launch.",
    ),
    "fr": (
        "Honnêtement, je me suis trompé sur le délai.",
        "Je veux expliquer comment nous testons, étape par étape.",
        "Un exemple simple et concret vaut mieux qu'une slide.",
    ),
}
BETRAY = {
    "en": (
        "This is a game-changer, guaranteed.",
        "Here is our secret growth hacking recipe.",
        "A disruptive paradigm.",
    ),
    "fr": ("C'est révolutionnaire, garanti.", "Voici notre astuce miracle.", "Une approche disruptive et holistique."),
}
JARGON = {
    "en": ("We leverage synergies to move the needle.", "Let's circle back and align on the deliverables."),
    "fr": ("Nous allons capitaliser sur nos synergies.", "On se fait un point pour challenger la roadmap."),
}
PEACOCK = {
    "en": ("An incredible, world-class team!", "Truly amazing results."),
    "fr": ("Une équipe incroyable et exceptionnelle !", "Des résultats vraiment extraordinaires."),
}


def post_text(rng: random.Random, lang: str, drift: float) -> str:
    """A few sentences; ``drift`` (0..1, later posts higher) makes jargon and polish likelier."""
    sentences = [rng.choice(PLAIN[lang]) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.5 - 0.25 * drift:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(EXPRESS[lang]))
    if rng.random() < 0.1 + 0.25 * drift:
        sentences.append(rng.choice(BETRAY[lang]))
    if rng.random() < 0.15 + 0.5 * drift:
        sentences.insert(rng.randrange(len(sentences) + 1), rng.choice(JARGON[lang]))
    if rng.random() < 0.1 + 0.3 * drift:
        sentences.append(rng.choice(PEACOCK[lang]))
    return " ".join(sentences)


def make_posts(count: int, months: int, seed: int = 7) -> list[ImportedPost]:
    rng = random.Random(seed)
    end = datetime(2026, 10, 28, 9, tzinfo=UTC)
    span = timedelta(days=30.4 * months)
    posts = []
    for n in range(count):
        published = end - span + span * (n / max(count - 1, 1))
        lang = "fr" if rng.random() < 0.45 else "en"
        body = f"{post_text(rng, lang, n / count)} (#{n})"  # unique: the importer drops duplicate texts
        posts.append(
            ImportedPost("linkedin", f"urn:li:share:{n}", body[:60], body, published + timedelta(minutes=n), None, lang)
        )
    return posts


def build_journal(folder: Path, count: int, months: int) -> tuple[Journal, int]:
    journal = open_journal(folder / "bench.db", passphrase="benchmark passphrase")
    journal.set_values(DEMO_VALUES)
    imported, _ = import_posts(journal, make_posts(count, months))
    if imported != count:
        raise SystemExit(f"imported {imported} of {count} posts")
    draft = journal.create_draft(
        "Launch",
        "We leverage synergies to move the needle! Our incredible, world-class product is a game-changer. "
        "It changes everything for everyone, and we are so proud of the whole team!",
        status=DraftStatus.DRAFT,
    )
    return journal, draft.id


def timed(action, runs: int) -> tuple[float, list[float], float]:
    """Median wall time, every wall time, and median CPU time of this process (steadier on a shared machine)."""
    times, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), times, statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--months", type=int, default=96, help="the posts spread over this many months")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, help="save the dialog as a PNG here (no timing)")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", choices=["en", "fr"], default="en")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BRANDJOURNAL_DATA_DIR"] = str(folder)
        started = time.perf_counter()
        journal, draft_id = build_journal(folder, args.posts, args.months)
        print(f"journal: {args.posts} posts over {args.months} months in {time.perf_counter() - started:.1f} s")
        try:
            app = make_app(folder, args.dark, args.lang)
            if args.screenshot:
                screenshot(journal, draft_id, args.screenshot)
                return
            cold, cold_all, cold_cpu = timed(lambda: compute_overview(journal, draft_id=draft_id), args.runs)
            cache = PostCache()
            overview = compute_overview(journal, draft_id=draft_id, cache=cache)
            warm, _, warm_cpu = timed(lambda: compute_overview(journal, draft_id=draft_id, cache=cache), args.runs)
            print(
                f"overview, {overview.posts} posts, {len(overview.months)} months: median cold {cold:.2f} s "
                f"({1000 * cold / overview.posts:.2f} ms/post; runs {', '.join(f'{t:.2f}' for t in cold_all)}; "
                f"CPU {cold_cpu:.2f} s), warm (cached, unchanged) {1000 * warm:.0f} ms (CPU {1000 * warm_cpu:.0f} ms)"
            )
            draw, draw_all, draw_cpu = timed(lambda: draw_once(app, journal, draft_id, overview), max(args.runs, 5))
            print(f"draw (3 charts built + dialog painted offscreen): median {1000 * draw:.0f} ms "
                  f"(runs {', '.join(f'{1000 * t:.0f}' for t in draw_all)}; CPU {1000 * draw_cpu:.0f} ms)")  # fmt: skip
        finally:
            journal.close()


def make_app(folder: Path, dark: bool, lang: str):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from brandjournal.ui import i18n
    from brandjournal.ui import settings as app_settings

    app_settings.configure_settings(folder)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    sys.setswitchinterval(0.002)  # as the application does: the worker hands the GIL back often
    if dark:
        from brandjournal.ui.colors import dark_palette

        app.setStyle("Fusion")
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    i18n.install_translators(lang)
    return app


def draw_once(app, journal: Journal, draft_id: int, overview) -> None:
    from brandjournal.ui.coherence_view import CoherenceDialog
    from brandjournal.ui.coherence_worker import memo_of

    memo_of(journal).overviews[overview.key.scope] = overview  # the dialog shows it without computing
    dialog = CoherenceDialog(journal, draft_id)
    dialog.show()
    dialog.grab()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()


def screenshot(journal: Journal, draft_id: int, output: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from brandjournal.ui.coherence_view import CoherenceDialog

    dialog = CoherenceDialog(journal, draft_id)
    dialog.resize(1000, 1080)  # room for the three charts without scrolling
    dialog.show()
    shown = []
    dialog.overviewShown.connect(shown.append)
    deadline = time.monotonic() + 300
    while not shown and dialog.overview is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    QApplication.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    ok = dialog.grab().save(str(output))
    dialog.close()
    print(f"{output}: {'saved' if ok else 'FAILED'}")


if __name__ == "__main__":
    main()
