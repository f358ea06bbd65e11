"""A modal inside an indirect question is not a hedge (brandjournal/analysis/rules/modality.py).

"She asked whether she could bring her baby": the modal reports what someone asked, it does not soften the
author's claim. The rule covers "whether" just before the modal and a wh-word after a verb of asking; a modal
back in the main clause after a comma ("Whether we like it or not, AI could…") is still reported.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile


def _modal_hedges(text: str) -> list[tuple[str, str]]:
    report = analyze(text, Profile())
    out = []
    for flag in report.flags:
        assert text[flag.start : flag.end] == flag.text
        if flag.rule == "hedge.en.modal":
            out.append((flag.text, flag.rule))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "A mother asked me where to sit and whether she could bring her baby in.",
        "The inspector checked whether the wards could share one pharmacist.",
        "We talked about whether or not the new rota might work for the night team.",
        "The board will decide whether the museum should open on Mondays.",
        "She asked me where she could park the van.",
        "A volunteer asked how she could sign up for the Saturday shift.",
        "Parents keep asking when the school might reopen.",
        "I wondered what the results could mean for our small farm.",
    ],
)
def test_a_modal_in_an_indirect_question_is_not_a_hedge(text: str) -> None:
    assert _modal_hedges(text) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Whether we like it or not, AI could replace half of these jobs.", "could"),
        ("This could change the way the council plans its budget.", "could"),
        ("Here is what the data shows: the new rota might cut overtime.", "might"),
    ],
)
def test_a_modal_in_the_main_clause_is_still_a_hedge(text: str, evidence: str) -> None:
    assert _modal_hedges(text) == [(evidence, "hedge.en.modal")]
