"""The evaluation corpus (tests/corpus) is well-formed, and the scorer measures what it claims.

The corpus is what the coherence engine is measured on (benchmarks/eval_engine.py), so it gets the same
care as code: every gold span must be findable, ids unique, dev and held-out disjoint, and each set big
enough for the product bars to mean something. ``blind2`` is a second blind set, written later by another writer
without reading the engine, its lexicons or the held-out set: it gets the same checks, with smaller minimums, and
must share no text or sentence with either earlier set. The scorer is checked against two stand-in engines
written here (an oracle that returns exactly the gold, and a silent one), never against the real engine.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from brandjournal.domain import Flag, FlagKind, IntentionKind, Report, Severity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
# the mining sets, one language each
MINE_LANG = {"mine1": "en", "mine2": "en", "mine3": "en", "mine4": "fr", "mine5": "fr", "mine6": "fr"}
# plain posts only: literal senses of buzzwords
PLAIN_MINE_LANG = {"mine7": "en", "mine8": "fr", "mine9": "en", "mine10": "fr", "mine11": "en", "mine12": "fr"}
MINE_LANG |= PLAIN_MINE_LANG
LATER_BLIND = ("blind5", "blind6", "blind7")
FRESH = ("dev5", "dev6", "dev7")
SETS = ("dev", "heldout", "blind2", "dev2", "blind3", "dev3", "blind4", "dev4", *MINE_LANG, *LATER_BLIND, *FRESH)
PARTIAL = (
    "dev2",
    "blind3",
    "dev3",
    "blind4",
    "dev4",
    "blind5",
    *MINE_LANG,
    "blind6",
    "blind7",
    "dev5",
    "dev6",
    "dev7",
)  # surface kinds and plain posts only: no values, intention, drift or mixed cases
BLIND = ("heldout", "blind2", "blind5", "blind6", "blind7")  # aggregates only: their sentences are never printed
LANGS = ("fr", "en")
KINDS = {k.value for k in FlagKind}
SURFACE = {"jargon", "peacock", "hedge"}
VALUE_KINDS = {"value_expressed", "value_betrayed"}
REQUIRED_KEYS = {"id", "lang", "text", "profile", "intention", "first", "expect", "plain"}

# Minimums per set and language (fr, en), from the evaluation briefs.
_FULL = {"jargon": 40, "peacock": 25, "hedge": 25, "values": 25, "intention": 20, "drift": 12, "plain": 40}
_BLIND2 = {"jargon": 15, "peacock": 12, "hedge": 12, "values": 10, "intention": 10, "drift": 6, "plain": 40}
_DEV2 = {"jargon": 40, "peacock": 12, "hedge": 12, "values": 0, "intention": 0, "drift": 0, "plain": 40}
_BLIND3 = {**_DEV2, "jargon": 30, "peacock": 10, "hedge": 10, "plain": 35}
_DEV3 = {**_DEV2, "jargon": 35, "peacock": 0, "hedge": 0, "plain": 18}
_DEV4 = {**_DEV3, "plain": 28}
_BLIND5 = {**_DEV3, "jargon": 24, "plain": 30}
_BLIND6 = {**_DEV3, "jargon": 30, "plain": 35}
_MINE = {**_DEV3, "jargon": 75, "plain": 40}  # a few jargon-file posts have no jargon on purpose
MIN_POSTS = {
    "dev": _FULL,
    "heldout": _FULL,
    "blind2": _BLIND2,
    "dev2": _DEV2,
    "blind3": _BLIND3,
    "dev3": _DEV3,
    "blind4": _BLIND3,
    "dev4": _DEV4,
    "blind5": _BLIND5,
    **dict.fromkeys(MINE_LANG, _MINE),
    **{name: {**_MINE, "jargon": 0, "plain": 80} for name in PLAIN_MINE_LANG},
    "blind6": _BLIND6,
    "blind7": _BLIND6,
    "dev5": _BLIND6,
    "dev6": _BLIND6,
    "dev7": {**_DEV3, "jargon": 0, "plain": 0, "hedge": 28},  # hedge posts only
}
MIN_JARGON_SPANS = {
    "dev": 150,
    "heldout": 150,
    "blind2": 70,
    "dev2": 150,
    "blind3": 110,
    "dev3": 130,
    "blind4": 110,
    "dev4": 150,
    "blind5": 90,
    **dict.fromkeys(MINE_LANG, 320),
    **dict.fromkeys(PLAIN_MINE_LANG, 0),
    "blind6": 120,
    "blind7": 120,
    "dev5": 120,
    "dev6": 120,
    "dev7": 0,
}
# (mismatch, coherent) intention cases; (drifting, kept) drift pairs; betrayals, per set and language
MIN_SPLITS = {
    "dev": (8, 8, 6, 5, 10),
    "heldout": (8, 8, 6, 5, 10),
    "blind2": (4, 4, 3, 3, 4),
    "dev2": (0, 0, 0, 0, 0),
    "blind3": (0, 0, 0, 0, 0),
    "dev3": (0, 0, 0, 0, 0),
    "blind4": (0, 0, 0, 0, 0),
    "dev4": (0, 0, 0, 0, 0),
    "blind5": (0, 0, 0, 0, 0),
    **dict.fromkeys(MINE_LANG, (0, 0, 0, 0, 0)),
    "blind6": (0, 0, 0, 0, 0),
    "blind7": (0, 0, 0, 0, 0),
    "dev5": (0, 0, 0, 0, 0),
    "dev6": (0, 0, 0, 0, 0),
    "dev7": (0, 0, 0, 0, 0),
}
MIN_MIXED = 10


def _load_scorer():
    spec = importlib.util.spec_from_file_location("eval_engine", ROOT / "benchmarks" / "eval_engine.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_engine"] = module
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()


def _files(set_name: str) -> list[Path]:
    return sorted((CORPUS / set_name).glob("*.json"))


def _cases(set_name: str) -> list[dict[str, Any]]:
    return [c for path in _files(set_name) for c in json.loads(path.read_text(encoding="utf-8"))]


ALL = {name: _cases(name) for name in SETS}


def _sentences(text: str) -> set[str]:
    """Normalised sentences long enough to be distinctive."""
    parts = re.split(r"(?<=[.!?…])\s+|\n+", text)
    return {" ".join(p.casefold().split()) for p in parts if len(p.strip()) >= 30}


@pytest.mark.parametrize("set_name", SETS)
def test_files_parse_and_cases_are_well_formed(set_name: str) -> None:
    assert _files(set_name), f"no corpus files in tests/corpus/{set_name}"
    for path in _files(set_name):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data, list) and data, path.name
        for case in data:
            assert case.keys() >= REQUIRED_KEYS, (path.name, case.get("id"))
            assert case["lang"] in {"fr", "en", "mixed"}
            assert case["text"].strip(), case["id"]
            assert case["text"] == case["text"].strip("\n"), case["id"]
            for value in case["profile"].get("values", ()):
                assert value["name"].strip(), case["id"]
            if case["intention"] is not None:
                IntentionKind(case["intention"]["kind"])
            for item in case["expect"]:
                assert item["kind"] in KINDS, case["id"]
                for also in item.get("also", ()):
                    assert also in KINDS, case["id"]
            for kind in (*case.get("expect_no", ()), *case.get("exhaustive", ())):
                assert kind in KINDS, case["id"]


@pytest.mark.parametrize("set_name", SETS)
def test_every_expected_span_occurs_often_enough(set_name: str) -> None:
    for case in ALL[set_name]:
        for item in case["expect"]:
            if "text" not in item:
                assert item["kind"] == "voice_drift", case["id"]
                continue
            n = item.get("occurrence", 1)
            assert n >= 1, case["id"]
            start, end = scorer.locate(case["text"], item["text"], n)
            assert case["text"][start:end] == item["text"]
            assert item["text"] == item["text"].strip(), (case["id"], item["text"])
            assert not re.search(r"/[pjh]$", item["text"]), (case["id"], item["text"])


@pytest.mark.parametrize("set_name", SETS)
def test_no_authoring_markup_left_in_texts(set_name: str) -> None:
    for case in ALL[set_name]:
        for text in (case["text"], case["first"] or ""):
            assert "[[" not in text and "]]" not in text, case["id"]
            assert not re.search(r"[a-z]{3,}/[pjh]\b", text), case["id"]


@pytest.mark.parametrize("set_name", SETS)
def test_case_semantics_are_consistent(set_name: str) -> None:
    for case in ALL[set_name]:
        kinds = {e["kind"] for e in case["expect"]}
        no = set(case.get("expect_no", ()))
        assert not kinds & no, case["id"]
        if case["plain"]:
            assert not kinds & SURFACE, f"plain post {case['id']} has surface spans"
            assert no >= SURFACE, case["id"]
        if kinds & VALUE_KINDS:
            names = {v["name"] for v in case["profile"]["values"]}
            for item in case["expect"]:
                if item["kind"] in VALUE_KINDS:
                    assert item.get("value") in names, (case["id"], item)
        if "intention_mismatch" in kinds | no:
            assert case["intention"] is not None, case["id"]
        if "voice_drift" in kinds | no:
            assert case["first"], case["id"]
            assert case["first"] != case["text"] or "voice_drift" in no, case["id"]


def test_ids_are_unique_across_sets() -> None:
    ids = Counter(c["id"] for name in SETS for c in ALL[name])
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize(("one", "other"), list(itertools.combinations(SETS, 2)))
def test_sets_share_no_text_and_no_sentence(one: str, other: str) -> None:
    def texts(name: str) -> set[str]:
        return {" ".join(t.split()) for c in ALL[name] for t in (c["text"], c["first"]) if t}

    assert texts(one) & texts(other) == set()

    def sentences(name: str) -> set[str]:
        return {s for c in ALL[name] for t in (c["text"], c["first"]) if t for s in _sentences(t)}

    # Only the count is reported, so that a failure never prints a held-out or blind2 sentence.
    shared = len(sentences(one) & sentences(other))
    assert shared == 0, f"{one} and {other} share {shared} sentence(s)"


@pytest.mark.parametrize("set_name", SETS)
def test_no_duplicate_text_within_a_set(set_name: str) -> None:
    texts = Counter(" ".join(c["text"].split()) for c in ALL[set_name])
    assert [t[:60] for t, n in texts.items() if n > 1] == []


def _category(case: dict[str, Any]) -> str:
    return case.get("category", "")


@pytest.mark.parametrize("set_name", SETS)
@pytest.mark.parametrize("lang", LANGS)
def test_minimum_counts_per_language(set_name: str, lang: str) -> None:
    if MINE_LANG.get(set_name, lang) != lang:
        assert not [c for c in ALL[set_name] if c["lang"] == lang], f"{set_name} is a {MINE_LANG[set_name]} set"
        return
    cases = [c for c in ALL[set_name] if c["lang"] == lang]

    def posts_with(kinds: set[str]) -> int:
        return sum(1 for c in cases if {e["kind"] for e in c["expect"]} & kinds)

    counts = {
        "jargon": posts_with({"jargon"}),
        "peacock": posts_with({"peacock"}),
        "hedge": posts_with({"hedge"}),
        "values": posts_with(VALUE_KINDS),
        "intention": sum(1 for c in cases if _category(c) == "intention"),
        "drift": sum(1 for c in cases if c["first"]),
        "plain": sum(1 for c in cases if c["plain"]),
    }
    short = {k: (counts[k], n) for k, n in MIN_POSTS[set_name].items() if counts[k] < n}
    assert short == {}, f"{set_name}/{lang}: (have, need) {short}"
    jargon_spans = sum(1 for c in cases for e in c["expect"] if e["kind"] == "jargon")
    assert jargon_spans >= MIN_JARGON_SPANS[set_name]
    min_mismatch, min_coherent, min_drifting, min_kept, min_betrayed = MIN_SPLITS[set_name]
    intention = [c for c in cases if _category(c) == "intention"]
    with_mismatch = sum(1 for c in intention if any(e["kind"] == "intention_mismatch" for e in c["expect"]))
    assert with_mismatch >= min_mismatch and len(intention) - with_mismatch >= min_coherent
    drift = [c for c in cases if c["first"]]
    drifting = sum(1 for c in drift if any(e["kind"] == "voice_drift" for e in c["expect"]))
    assert drifting >= min_drifting and len(drift) - drifting >= min_kept
    betrayed = sum(1 for c in cases for e in c["expect"] if e["kind"] == "value_betrayed")
    assert betrayed >= min_betrayed


@pytest.mark.parametrize("set_name", [name for name in SETS if name not in PARTIAL])
def test_mixed_posts(set_name: str) -> None:
    mixed = [c for c in ALL[set_name] if c["lang"] == "mixed"]
    assert len(mixed) >= MIN_MIXED
    assert any(c["plain"] for c in mixed) and any(c["expect"] for c in mixed)


# ------------------------------------------------------------------------------ the scorer itself


def _oracle_for(cases: list[dict[str, Any]]):
    """A stand-in engine that returns exactly the gold annotations of the given cases."""
    by_text = {(c["text"], c["first"]): c for c in cases}

    def analyze(text, profile, intention=None, *, first=None, baseline=(), ui_lang="en"):
        case = by_text[(text, first)]
        flags = []
        for item in case["expect"]:
            if "text" in item:
                start, end = scorer.locate(text, item["text"], item.get("occurrence", 1))
            else:
                start, end = 0, len(text)
            flags.append(
                Flag(
                    kind=FlagKind(item["kind"]),
                    start=start,
                    end=end,
                    text=text[start:end],
                    severity=Severity.WARNING,
                    rule=f"oracle.{item['kind']}",
                    message="",
                    value=item.get("value"),
                )
            )
        return Report(language=case["lang"], score=0, flags=tuple(flags))

    return analyze


def _silent(text, profile, intention=None, *, first=None, baseline=(), ui_lang="en"):
    return Report(language="en", score=100)


@pytest.mark.parametrize("set_name", SETS)
def test_scorer_gives_an_oracle_perfect_marks(set_name: str) -> None:
    res = scorer.evaluate(ALL[set_name], _oracle_for(ALL[set_name]), set_name)
    assert res.errors == 0
    for bar in scorer.BARS:
        for column in ("fr", "en", "all"):
            value, n = res.value(bar.metric, column)
            if n == 0 and set_name in PARTIAL:
                continue
            assert n > 0, (bar.metric, column)
            assert value == (0.0 if bar.op == "<=" else 1.0), (bar.metric, column, value)
    for metric, perfect in (
        ("precision:jargon", 1.0),
        ("precision:peacock", 1.0),
        ("precision:hedge", 1.0),
        ("precision:values", 1.0),
        ("intention:false_alarm", 0.0),
        ("drift:false_alarm", 0.0),
    ):
        value, n = res.value(metric, "all")
        assert value == perfect or (n == 0 and set_name in PARTIAL), metric


def test_scorer_gives_a_silent_engine_zero_recall_and_no_false_alarm() -> None:
    res = scorer.evaluate(ALL["dev"], _silent, "dev")
    for metric in ("recall:jargon", "recall:peacock", "recall:hedge", "recall:values", "intention:recall"):
        assert res.value(metric, "all")[0] == 0.0, metric
    assert res.value("plain:fp_rate", "all")[0] == 0.0
    assert res.value("precision:jargon", "all") == (None, 0)


def test_scorer_span_matching_rules() -> None:
    case = {
        "id": "t-1",
        "lang": "en",
        "text": "We leverage synergies. We leverage them again, honestly.",
        "profile": {"values": [{"name": "Honesty"}]},
        "intention": None,
        "first": None,
        "expect": [
            {"kind": "jargon", "text": "leverage", "occurrence": 2},
            {"kind": "jargon", "text": "synergies", "occurrence": 1, "also": ["peacock"]},
            {"kind": "value_expressed", "text": "honestly", "occurrence": 1, "value": "Honesty"},
        ],
        "exhaustive": ["jargon", "value_expressed"],
        "plain": False,
    }
    text = case["text"]

    def flag(kind: str, word: str, nth: int = 1, value: str | None = None) -> Flag:
        start, end = scorer.locate(text, word, nth)
        return Flag(FlagKind(kind), start, end, word, Severity.WARNING, "t", "", value=value)

    flags = [
        flag("jargon", "leverage", 1),  # first occurrence is not annotated: a false positive
        flag("peacock", "synergies"),  # accepted through "also"
        flag("value_expressed", "honestly", value="Humility"),  # wrong value name: not found
    ]
    res = scorer.Results(set_name="t")
    scorer.score_case(case, flags, res, verbose=True)
    assert res.value("recall:jargon", "en") == (0.5, 2)
    assert res.value("precision:jargon", "en") == (0.0, 1)
    assert res.value("recall:value_expressed", "en") == (0.0, 1)
    assert res.value("precision:values", "en") == (0.0, 1)
    assert any("FALSE jargon" in line for line in res.details)


def test_scorer_hides_heldout_and_blind2_sentences(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    oracle = _oracle_for([c for name in SETS for c in ALL[name]])
    summary = tmp_path / "summary.json"
    assert scorer.main(["--set", "all", "--verbose", "--json", str(summary)], analyze=oracle) == 0
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert set(figures) == set(SETS)
    for name in BLIND:
        assert figures[name]["metrics"]["recall:jargon"]["all"]["value"] == 1.0
        assert figures[name]["bars_pass"]["plain:fp_rate"]["fr"] is True
    out = capsys.readouterr().out + summary.read_text(encoding="utf-8")
    assert all(f"== set: {name}" in out for name in SETS)
    visible = ("dev", "dev2", "dev3", "blind3", "dev4", "blind4", *MINE_LANG, *FRESH)
    assert all(f"-- {name} details" in out for name in visible)
    flat = " ".join(out.casefold().split())
    for name in BLIND:
        assert f"-- {name} details" not in out
        hidden_ids = {c["id"] for c in ALL[name]}
        assert not any(i in out for i in hidden_ids)
        for case in ALL[name]:
            for sentence in _sentences(case["text"]):
                assert sentence[:40] not in flat, name


def test_scorer_set_choices_keep_both_as_dev_and_heldout(capsys: pytest.CaptureFixture[str]) -> None:
    oracle = _oracle_for([c for name in SETS for c in ALL[name]])
    assert scorer.main(["--set", "both"], analyze=oracle) == 0
    out = capsys.readouterr().out
    assert "== set: dev" in out and "== set: heldout" in out and "== set: blind2" not in out
    assert scorer.main(["--set", "blind2", "--verbose"], analyze=oracle) == 0
    out = capsys.readouterr().out
    assert "== set: blind2" in out and "== set: dev" not in out
    assert "blind2 sentences stay hidden" in out


def test_scorer_without_engine_prints_a_message_and_exits_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "brandjournal.analysis", None)  # makes the import fail
    assert scorer.main(["--set", "dev"]) == 0
    out = capsys.readouterr().out
    assert "The coherence engine is not available" in out
    assert "== set:" not in out
