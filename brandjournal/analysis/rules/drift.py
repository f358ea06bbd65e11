"""Voice drift: the draft lost the author's own voice, against the first draft or against earlier posts.

(a) First draft. Words of the first and current drafts are aligned with difflib (normalised tokens). Every
replaced or deleted stretch is examined: it lost the author's voice when the removed words hold first-person
pronouns, feelings words, or concrete details (numbers, capitalised words in mid-sentence: names, places) that
the replacement does not keep (words that merely moved elsewhere in the draft are not lost); a replacement that
brings jargon/peacock wording is flagged too. The flag points
at the CURRENT text: the replacement, or for a pure deletion the sentence where the words used to be. Rule ids:
``drift.first.removed_first_person``, ``drift.first.removed_feeling``, ``drift.first.removed_detail``,
``drift.first.added_jargon``.

(b) Baseline (earlier approved posts). Averages of :func:`voice_stats` over the baseline posts are compared with
the draft (needs at least 30 words in the draft). One flag per metric, spanning the first sentence:
- ``drift.baseline.sentence_length``: ratio > 1.8 or < 0.5 and at least 6 words of difference;
- ``drift.baseline.first_person``: draft rate < half the baseline rate, the baseline rate being >= 3 %;
- ``drift.baseline.jargon_rate``: > 2x the baseline and >= 1.5 jargon/peacock words per 100 words;
- ``drift.baseline.exclamation_rate``: > 2x the baseline and >= 0.3 "!" per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from brandjournal.analysis.context import Context
from brandjournal.analysis.lexicons import Lexicons
from brandjournal.analysis.messages import msg, quote
from brandjournal.analysis.text import Document, Token
from brandjournal.domain import Flag, FlagKind

_MIN_BASELINE_WORDS = 30


class _Markers:
    __slots__ = ("feelings", "first_person", "names", "numbers", "singular")

    def __init__(self) -> None:
        self.first_person = 0
        self.singular = 0
        self.feelings: set[str] = set()
        self.numbers: set[str] = set()
        self.names: set[str] = set()


def _markers(toks: Sequence[Token], lex: Lexicons) -> _Markers:
    fp = frozenset().union(*(ld.voice.first_person for ld in lex.langs.values()))
    singular = frozenset().union(*(ld.voice.first_person_singular for ld in lex.langs.values()))
    feelings = frozenset().union(*(ld.voice.feelings for ld in lex.langs.values()))
    found = _Markers()
    for tok in toks:
        if tok.norm in fp:
            found.first_person += 1
            found.singular += tok.norm in singular
        elif tok.norm in feelings:
            found.feelings.add(tok.norm)
        elif tok.digit:
            found.numbers.add(tok.norm)
        elif tok.upper and not tok.first:
            found.names.add(tok.norm)
    return found


def _lost(removed: _Markers, added: _Markers, current_words: set[str], current_squashed: str) -> str | None:
    """What the edit lost, if anything: first person, a feeling, or a concrete detail.

    - first person: fewer first-person pronouns in the replacement than in the removed words, or fewer "I"
      ("je", "my"...): "j'ai eu peur" -> "nos synergies" trades the author for the corporate "we";
    - feeling: a feeling word removed, none in the replacement, and not used elsewhere in the draft;
    - detail: numbers (or names) removed, none in the replacement, and not found elsewhere in the draft
      (spacing ignored: "9h30" and "9 h 30" are the same detail; "300" corrected to "312" is not a loss).
    """
    if removed.first_person > added.first_person or removed.singular > added.singular:
        return "first_person"
    if removed.feelings and not added.feelings and not removed.feelings & current_words:
        return "feeling"
    for kind in ("numbers", "names"):
        gone = {d for d in getattr(removed, kind) if d not in current_squashed}
        if gone and not getattr(added, kind):
            return "detail"
    return None


def first_draft_flags(ctx: Context, first: Document, jargon_spans: Sequence[tuple[int, int]]) -> list[Flag]:
    cur = ctx.doc
    a = [t.norm for t in first.tokens]
    b = [t.norm for t in cur.tokens]
    if not a or not b or a == b:
        return []
    current_words = set(b)
    current_squashed = "".join(b)
    current_joined = f" {' '.join(b)} "
    flags: list[Flag] = []
    for i1, i2, j1, j2 in _edit_regions(a, b):
        if i1 == i2:
            continue  # a pure insertion: added jargon is already a jargon flag
        removed_toks = first.tokens[i1:i2]
        added_toks = cur.tokens[j1:j2]
        if f" {' '.join(a[i1:i2])} " in current_joined:
            continue  # the words moved elsewhere in the draft: nothing was lost
        what = _lost(_markers(removed_toks, ctx.lex), _markers(added_toks, ctx.lex), current_words, current_squashed)
        added_start = added_toks[0].start if added_toks else None
        added_end = added_toks[-1].end if added_toks else None
        jargon_added = bool(added_toks) and any(s < added_end and added_start < e for s, e in jargon_spans)
        if what is None and not jargon_added:
            continue
        removed_text = first.source[removed_toks[0].start : removed_toks[-1].end] if removed_toks else ""
        if added_toks:
            start, end = added_start, added_end
        else:  # pure deletion: point at the current sentence where the words were
            anchor = cur.tokens[min(j1, len(cur.tokens) - 1)]
            sentence = cur.sentence_at(anchor.start)
            start, end = (sentence.start, sentence.end) if sentence else (anchor.start, anchor.end)
        sentence = cur.sentence_at(start) or cur.sentences[0]
        added_text = cur.source[start:end]
        if what is None:
            rule, key = "drift.first.added_jargon", "drift_first_jargon"
            what_text = msg(ctx.ui_lang, "what_jargon")
        else:
            rule = f"drift.first.removed_{what}"
            key = "drift_first" if added_toks else "drift_first_removed"
            what_text = msg(ctx.ui_lang, f"what_{what}")
        message = msg(ctx.ui_lang, key, removed=quote(removed_text), added=quote(added_text), what=what_text)
        flags.append(ctx.flag(sentence, start, end, FlagKind.VOICE_DRIFT, rule, message))
    return flags


def _edit_regions(a: list[str], b: list[str], gap: int = 2) -> list[tuple[int, int, int, int]]:
    """Changed regions (first i1:i2 -> current j1:j2); edits separated by <= ``gap`` equal words are merged."""
    import difflib  # only when a first draft is given

    # common head and tail first: most revisions touch a few places, difflib then sees only the middle
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    middle = difflib.SequenceMatcher(None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    regions: list[list[int]] = []
    last_equal = gap + 1
    for tag, i1, i2, j1, j2 in middle.get_opcodes():
        i1, i2, j1, j2 = i1 + head, i2 + head, j1 + head, j2 + head
        if tag == "equal":
            last_equal = i2 - i1
            continue
        if regions and last_equal <= gap:
            regions[-1][1], regions[-1][3] = i2, j2
        else:
            regions.append([i1, i2, j1, j2])
        last_equal = gap + 1
    return [(r[0], r[1], r[2], r[3]) for r in regions]


_METRIC_KEYS = ("sentence_length", "first_person", "jargon_rate", "exclamation_rate")


def _drifted(metric: str, draft: float, base: float) -> bool:
    if metric == "sentence_length":
        return abs(draft - base) >= 6 and (draft > 1.8 * base or draft < 0.5 * base)
    if metric == "first_person":
        return base >= 0.03 and draft < 0.5 * base
    if metric == "jargon_rate":
        return draft >= 1.5 and draft > 2 * base
    if metric == "exclamation_rate":
        return draft >= 0.3 and draft > 2 * base
    return False


def baseline_flags(ctx: Context, draft: dict[str, float], baseline: Sequence[dict[str, float]]) -> list[Flag]:
    baseline = [b for b in baseline if b.get("words", 0) > 0]
    if not baseline or draft.get("words", 0) < _MIN_BASELINE_WORDS or not ctx.doc.sentences:
        return []
    flags: list[Flag] = []
    first = ctx.doc.sentences[0]
    for metric in _METRIC_KEYS:
        base = sum(b[metric] for b in baseline) / len(baseline)
        value = draft[metric]
        if _drifted(metric, value, base):
            flags.append(
                ctx.flag(
                    first,
                    first.start,
                    first.end,
                    FlagKind.VOICE_DRIFT,
                    f"drift.baseline.{metric}",
                    msg(ctx.ui_lang, f"drift_baseline_{metric}", draft=value, base=base),
                )
            )
    return flags
