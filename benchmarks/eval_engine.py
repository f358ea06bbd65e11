"""Score the coherence engine against the independent evaluation corpus.

Usage::

    python benchmarks/eval_engine.py [--set dev|dev2|…|mine1..mine6|heldout|blind2|blind5..7|both|all] [--verbose]

``both`` is dev + heldout (as before); ``all`` adds ``blind2``, a second blind set written later by another
writer and never used for tuning, ``dev2``, a second development set (jargon, puffery, hedges and plain
posts only) written to find the long tail the first one no longer shows, and ``blind3``, a third blind set of the
same shape as dev2, written the same day while dev2 was being tuned on, to measure whether that tuning generalises,
and ``dev3``, a third development set (jargon and plain posts only) for one more tuning round. On 2026-11-26
(third session) blind3 was opened for tuning, as planned, and ``blind4``, a fourth blind set of the same shape
written that day by fresh writers, took its place as the set nobody tunes on, with ``dev4`` (jargon and plain posts)
to tune on and ``blind5`` (jargon and plain posts), written later that morning, as a second set nobody tunes on.
The corpus lives in ``tests/corpus/<set>/*.json`` (see ``tests/corpus/README.md`` for the annotation guidelines).
For each case the scorer calls ``analyze(text, profile, intention, first=first)`` and compares the returned flags
with the gold spans.

Metrics, per language (fr, en, mixed) and overall:

* recall per kind: a gold span counts as found when a flag of the same kind (or one of the kinds listed
  in the span's ``also``) overlaps it by at least one character; for value kinds the flag must also name
  the same value when it names one;
* precision per kind, only on cases annotated exhaustively for that kind (``exhaustive`` field): a flag
  that overlaps no gold span of its kind is a false positive;
* plain false-positive rate: share of plain posts with any jargon/peacock/hedge flag;
* intention mismatch recall (a flag overlaps the cue) and false-alarm rate (coherent posts with any
  intention_mismatch flag);
* drift recall (revisions expected to drift with any voice_drift flag) and false-alarm rate.

``--verbose`` lists misses and false positives, but only for the sets used for tuning (dev, dev2, dev3, blind3,
dev4, blind4 since the end of that session, the mining sets mine1..mine12, and the fresh sets dev5, dev6, dev7):
held-out, blind2, blind5, blind6 and blind7 sentences are never printed, so that whoever tunes the engine cannot
tune it on them.
The script always exits 0: it is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from brandjournal.domain import Intention, IntentionKind, Profile, Value  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SETS = ("dev", "heldout")  # --set both
# one language each, for lexicon work
MINE = (
    "mine1", "mine2", "mine3", "mine4", "mine5", "mine6", "mine7", "mine8", "mine9", "mine10", "mine11", "mine12"
)  # fmt: skip
BLIND_LATER = ("blind5", "blind6", "blind7")  # written after held-out and blind2, never opened either
FRESH = ("dev5", "dev6", "dev7")  # measured untouched when written, then opened
ALL_SETS = (*SETS, "blind2", "dev2", "blind3", "dev3", "blind4", "dev4", *MINE, *BLIND_LATER, *FRESH)  # --set all
VISIBLE = ("dev", "dev2", "dev3", "blind3", "dev4", "blind4", *MINE, *FRESH)  # sets whose sentences --verbose may print
LANGS = ("fr", "en", "mixed")
COLUMNS = (*LANGS, "all")
SURFACE = ("jargon", "peacock", "hedge")
VALUE_KINDS = ("value_expressed", "value_betrayed")
SPAN_KINDS = (*SURFACE, *VALUE_KINDS)


@dataclass(frozen=True)
class Bar:
    """One line of the product bar: metric key, comparison and threshold."""

    label: str
    metric: str
    op: str  # ">=" or "<="
    threshold: float


BARS: tuple[Bar, ...] = (
    Bar("buzzword (jargon) recall", "recall:jargon", ">=", 0.85),
    Bar("puffery (peacock) recall", "recall:peacock", ">=", 0.80),
    Bar("hedge recall", "recall:hedge", ">=", 0.75),
    Bar("value recall (expressed+betrayed)", "recall:values", ">=", 0.70),
    Bar("intention mismatch recall", "intention:recall", ">=", 0.80),
    Bar("drift recall", "drift:recall", ">=", 0.70),
    Bar("plain posts with any j/p/h flag", "plain:fp_rate", "<=", 0.05),
)

# Reported without a bar (informational).
INFO_METRICS: tuple[tuple[str, str], ...] = (
    ("  value_expressed recall", "recall:value_expressed"),
    ("  value_betrayed recall", "recall:value_betrayed"),
    ("jargon precision", "precision:jargon"),
    ("peacock precision", "precision:peacock"),
    ("hedge precision", "precision:hedge"),
    ("value precision", "precision:values"),
    ("  plain posts with a jargon flag", "plain:jargon"),
    ("  plain posts with a peacock flag", "plain:peacock"),
    ("  plain posts with a hedge flag", "plain:hedge"),
    ("  mismatch flagged anywhere in post", "intention:anywhere"),
    ("intention false-alarm rate", "intention:false_alarm"),
    ("drift false-alarm rate", "drift:false_alarm"),
)


# --------------------------------------------------------------------------------------------- corpus


def load_set(name: str, corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """All cases of one set, in file order; each case gets a ``_file`` key."""
    cases: list[dict[str, Any]] = []
    folder = corpus / name
    for path in sorted(folder.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            case["_file"] = path.name
            cases.append(case)
    return cases


def locate(text: str, span: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (1-based) occurrence of ``span`` in ``text``.

    Occurrences are counted with ``str.find`` starting one character after the previous hit, so
    overlapping occurrences count. Raises ``ValueError`` when there are fewer occurrences.
    """
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise ValueError(f"{span!r} does not occur {occurrence} time(s)")
    return pos, pos + len(span)


def build_inputs(case: dict[str, Any]) -> tuple[Profile, Intention, str | None]:
    """The engine inputs described by one case."""
    values = tuple(
        Value(name=v["name"], fits=tuple(v.get("fits", ())), betrays=tuple(v.get("betrays", ())))
        for v in (case.get("profile") or {}).get("values", ())
    )
    raw = case.get("intention") or {}
    kind = IntentionKind(raw["kind"]) if raw.get("kind") else None
    intention = Intention(text=raw.get("text", ""), kind=kind)
    return Profile(values=values), intention, case.get("first")


def _norm(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# --------------------------------------------------------------------------------------------- scoring


@dataclass
class Ratio:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.hit += int(ok)

    @property
    def value(self) -> float | None:
        return self.hit / self.total if self.total else None


@dataclass
class Results:
    """Counters per column (fr, en, mixed, all) plus dev-only details for --verbose."""

    set_name: str
    metrics: dict[str, dict[str, Ratio]] = field(default_factory=lambda: defaultdict(dict))
    cases: int = 0
    errors: int = 0
    error_types: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: float = 0.0
    details: list[str] = field(default_factory=list)
    fp_rules: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def ratio(self, metric: str, column: str) -> Ratio:
        return self.metrics[metric].setdefault(column, Ratio())

    def add(self, metric: str, lang: str, ok: bool) -> None:
        for column in (lang, "all"):
            self.ratio(metric, column).add(ok)

    def value(self, metric: str, column: str) -> tuple[float | None, int]:
        r = self.metrics.get(metric, {}).get(column)
        return (r.value, r.total) if r else (None, 0)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _value_ok(flag: Any, gold_value: str | None) -> bool:
    flag_value = getattr(flag, "value", None)
    if not flag_value or not gold_value:
        return True
    return _norm(flag_value) == _norm(gold_value)


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    """``text[start:end]`` in [brackets] with ``width`` characters either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    snippet = text[left:start] + "[" + text[start:end] + "]" + text[end:right]
    return " ".join(snippet.split())


def gold_spans(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's gold items that point at text, with their "start", "end" and "kinds" (the kind and its "also")."""
    spans = []
    for item in case.get("expect", ()):
        if item["kind"] not in (*SPAN_KINDS, "intention_mismatch") or "text" not in item:
            continue
        start, end = locate(case["text"], item["text"], item.get("occurrence", 1))
        kinds = {item["kind"], *item.get("also", ())}
        spans.append({**item, "start": start, "end": end, "kinds": kinds})
    return spans


def score_case(case: dict[str, Any], flags: Iterable[Any], res: Results, verbose: bool) -> None:
    """Add one analysed case to the counters."""
    text = case["text"]
    lang = case["lang"] if case["lang"] in LANGS else "mixed"
    flags = list(flags)
    gold = gold_spans(case)
    exhaustive = set(case.get("exhaustive", ()))
    expect_kinds = {e["kind"] for e in case.get("expect", ())}
    expect_no = set(case.get("expect_no", ()))

    def note(msg: str) -> None:
        if verbose:
            res.details.append(f"{case['id']}: {msg}")

    # Span recall.
    for g in gold:
        if g["kind"] not in SPAN_KINDS:
            continue
        found = any(
            str(f.kind) in g["kinds"]
            and _overlaps(f.start, f.end, g["start"], g["end"])
            and (g["kind"] not in VALUE_KINDS or _value_ok(f, g.get("value")))
            for f in flags
        )
        res.add(f"recall:{g['kind']}", lang, found)
        if g["kind"] in VALUE_KINDS:
            res.add("recall:values", lang, found)
        if not found:
            extra = f" (value {g['value']})" if g.get("value") else ""
            note(f"MISS {g['kind']}{extra}: {snippet(text, g['start'], g['end'])}")

    # Precision on exhaustively annotated kinds.
    for f in flags:
        kind = str(f.kind)
        if kind not in SPAN_KINDS or kind not in exhaustive:
            continue
        ok = any(
            kind in g["kinds"]
            and _overlaps(f.start, f.end, g["start"], g["end"])
            and (kind not in VALUE_KINDS or _value_ok(f, g.get("value")))
            for g in gold
        )
        res.add(f"precision:{kind}", lang, ok)
        if kind in VALUE_KINDS:
            res.add("precision:values", lang, ok)
        if not ok:
            extra = f" (value {f.value})" if getattr(f, "value", None) else ""
            rule = getattr(f, "rule", "")
            note(f"FALSE {kind}{extra} [{rule}]: {snippet(text, f.start, f.end)}")
            if verbose:
                res.fp_rules[rule or kind] += 1

    # Plain posts.
    if case.get("plain"):
        bad = [f for f in flags if str(f.kind) in SURFACE]
        res.add("plain:fp_rate", lang, bool(bad))
        for kind in SURFACE:
            res.add(f"plain:{kind}", lang, any(str(f.kind) == kind for f in bad))

    # Intention.
    cues = [g for g in gold if g["kind"] == "intention_mismatch"]
    mismatch_flags = [f for f in flags if str(f.kind) == "intention_mismatch"]
    for cue in cues:
        found = any(_overlaps(f.start, f.end, cue["start"], cue["end"]) for f in mismatch_flags)
        res.add("intention:recall", lang, found)
        res.add("intention:anywhere", lang, bool(mismatch_flags))
        if not found:
            where = "; elsewhere: " + ", ".join(repr(f.text) for f in mismatch_flags) if mismatch_flags else ""
            note(f"MISS intention_mismatch{where}: {snippet(text, cue['start'], cue['end'])}")
    if "intention_mismatch" in expect_no:
        res.add("intention:false_alarm", lang, bool(mismatch_flags))
        for f in mismatch_flags:
            note(f"FALSE intention_mismatch [{getattr(f, 'rule', '')}]: {snippet(text, f.start, f.end)}")

    # Drift.
    drift_flags = [f for f in flags if str(f.kind) == "voice_drift"]
    if "voice_drift" in expect_kinds:
        res.add("drift:recall", lang, bool(drift_flags))
        if not drift_flags:
            note("MISS voice_drift: " + " ".join(text.split())[:100])
    if "voice_drift" in expect_no:
        res.add("drift:false_alarm", lang, bool(drift_flags))
        for f in drift_flags:
            note(f"FALSE voice_drift [{getattr(f, 'rule', '')}]: {snippet(text, f.start, f.end)}")


AnalyzeFn = Callable[..., Any]


def evaluate(cases: list[dict[str, Any]], analyze: AnalyzeFn, set_name: str, verbose: bool = False) -> Results:
    """Run ``analyze`` on every case and return the counters."""
    res = Results(set_name=set_name)
    started = time.perf_counter()
    for case in cases:
        res.cases += 1
        profile, intention, first = build_inputs(case)
        try:
            report = analyze(case["text"], profile, intention, first=first)
            flags = tuple(report.flags)
        except Exception as exc:  # a crash is a finding, not a reason to stop measuring
            res.errors += 1
            res.error_types[type(exc).__name__] += 1
            if verbose:
                res.details.append(f"{case['id']}: ERROR {type(exc).__name__}: {exc}")
            flags = ()
        score_case(case, flags, res, verbose)
    res.seconds = time.perf_counter() - started
    return res


# --------------------------------------------------------------------------------------------- report


def _passes(bar: Bar, value: float) -> bool:
    return value >= bar.threshold if bar.op == ">=" else value <= bar.threshold


def _cell(value: float | None, n: int, bar: Bar | None) -> str:
    if value is None:
        return f"{'-':>5} {'(n=0)':<8}     "
    verdict = ""
    if bar is not None:
        verdict = "PASS" if _passes(bar, value) else "FAIL"
    return f"{value:5.2f} {f'(n={n})':<8} {verdict:<4}"


def format_table(res: Results) -> str:
    """The compact table: one line per metric, one column per language."""
    lines = [
        f"== set: {res.set_name} — {res.cases} cases, {res.errors} engine errors, {res.seconds:.1f} s",
    ]
    if res.error_types:
        lines.append("   errors by type: " + ", ".join(f"{k}×{v}" for k, v in sorted(res.error_types.items())))
    head = f"{'metric':<36}{'bar':<8}" + "".join(f"{c:<19}" for c in COLUMNS)
    lines += [head, "-" * len(head)]
    verdicts: list[bool] = []
    for bar in BARS:
        cells = []
        for column in COLUMNS:
            value, n = res.value(bar.metric, column)
            cells.append(_cell(value, n, bar))
            if value is not None and column in ("fr", "en", "all"):
                verdicts.append(_passes(bar, value))
        lines.append(f"{bar.label:<36}{bar.op + format(bar.threshold, '.2f'):<8}" + " ".join(cells))
    lines.append("")
    for label, metric in INFO_METRICS:
        cells = [_cell(*res.value(metric, column), None) for column in COLUMNS]
        lines.append(f"{label:<36}{'info':<8}" + " ".join(cells))
    passed = sum(verdicts)
    lines.append(f"-> {passed}/{len(verdicts)} bar checks pass (fr, en and all columns; mixed is shown, not counted)")
    return "\n".join(lines)


def to_summary(res: Results) -> dict[str, Any]:
    """Aggregate figures only (safe to share for the held-out set)."""
    metrics = {
        metric: {col: {"value": r.value, "hit": r.hit, "n": r.total} for col, r in sorted(cols.items())}
        for metric, cols in sorted(res.metrics.items())
    }
    bars = {
        bar.metric: {
            col: _passes(bar, v) if (v := res.value(bar.metric, col)[0]) is not None else None for col in COLUMNS
        }
        for bar in BARS
    }
    return {"cases": res.cases, "errors": res.errors, "metrics": metrics, "bars_pass": bars}


def load_engine() -> AnalyzeFn | None:
    """The engine's ``analyze``, or None (with a message) when it is not there yet."""
    try:
        from brandjournal.analysis import analyze
    except Exception as exc:  # ImportError, or an engine that fails at import time
        print(f"The coherence engine is not available ({type(exc).__name__}: {exc}).")
        print("Nothing to measure yet: `from brandjournal.analysis import analyze` must work.")
        return None
    return analyze


def main(argv: list[str] | None = None, analyze: AnalyzeFn | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*ALL_SETS, "both", "all"), default="dev")
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives (tuning sets only)")
    parser.add_argument("--json", metavar="PATH", help="also write the aggregate figures (no text) to PATH")
    args = parser.parse_args(argv)
    summary: dict[str, Any] = {}

    engine = analyze if analyze is not None else load_engine()
    if engine is None:
        return 0
    names = {"both": SETS, "all": ALL_SETS}.get(args.set, (args.set,))
    for name in names:
        cases = load_set(name)
        if not cases:
            print(f"== set: {name} — no corpus files in {CORPUS / name}")
            continue
        show = args.verbose and name in VISIBLE
        res = evaluate(cases, engine, name, verbose=show)
        print(format_table(res))
        summary[name] = to_summary(res)
        if show:
            print(f"\n-- {name} details ({len(res.details)} lines)")
            print("\n".join(res.details))
            if res.fp_rules:
                top = sorted(res.fp_rules.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
                print(f"\n-- {name}: rules with most false positives: " + ", ".join(f"{r}×{n}" for r, n in top))
        elif args.verbose:
            print(f"(--verbose details are shown for the tuning sets only; {name} sentences stay hidden)")
        print()
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # a broken corpus file or scorer bug is reported, but never fails a build
        print(f"eval_engine: could not complete the measurement: {type(exc).__name__}: {exc}")
    sys.exit(0)
