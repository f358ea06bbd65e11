"""The score: one number from 0 to 100, simple enough to explain in one line.

In the spirit of Acrolinx (length ÷ (length + issues)), with a gentler length unit:

    units = max(words, 40) / 20                # one unit per 20 words, short drafts count as 40 words
    base  = round(100 * units / (units + W))   # W = number of warnings (info flags do not count)
    bonus = min(5, 2 * E)                      # E = values expressed (value_expressed flags)
    score = min(99, base + bonus) if W else 100

So a clean draft scores 100, 3 warnings in 120 words give 67 (+ bonus), 3 warnings in 40 words give 40.
Only a draft without warnings reaches 100: the bonus for values never hides a warning.
``explain`` writes the computation for this draft in the UI language ("3 warnings in 120 words → 67").
"""

from __future__ import annotations

from brandjournal.analysis.messages import msg, plural

WORD_UNIT = 20
MIN_WORDS = 40
BONUS_PER_EXPRESSION = 2
MAX_BONUS = 5


def compute_score(words: int, warnings: int, expressed: int) -> tuple[int, int, int]:
    """(score, base, bonus)."""
    if warnings == 0:
        return 100, 100, 0
    units = max(words, MIN_WORDS) / WORD_UNIT
    base = round(100 * units / (units + warnings))
    bonus = min(MAX_BONUS, BONUS_PER_EXPRESSION * expressed)
    return min(99, base + bonus), base, bonus


def explain(ui_lang: str, words: int, warnings: int, expressed: int) -> tuple[int, str]:
    score, base, bonus = compute_score(words, warnings, expressed)
    text = msg(
        ui_lang,
        "score",
        warnings=warnings,
        warning_word=plural(ui_lang, "warning", warnings),
        words=words,
        word_word=plural(ui_lang, "word", words),
        base=base,
    )
    if bonus:
        text = msg(
            ui_lang,
            "score_bonus",
            text=text,
            bonus=bonus,
            n=expressed,
            expression_word=plural(ui_lang, "expression", expressed),
            score=score,
        )
    return score, text
