"""French conditionals that state a hypothesis or a regret are not hedges; the softening conditional still is."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import FlagKind, Profile


def hedges(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in analyze(text, Profile()).flags if f.kind is FlagKind.HEDGE]


@pytest.mark.parametrize(
    "text",
    [
        "Il y aurait des crêpes si quelqu'un apportait de la farine.",  # consequence of "si" + imperfect
        "Si on avait plus de temps, on ferait mieux.",
        "S'il pleuvait, le match serait reporté.",
        "Il aurait fallu partir plus tôt.",  # regret
        "On aurait dû le voir venir.",
    ],
)
def test_hypothesis_and_regret_are_not_hedges(text: str) -> None:
    assert hedges(text) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Cette mesure permettrait de réduire les coûts.", "permettrait"),
        ("Le projet aurait permis de sauver 3 emplois.", "aurait"),
        ("C'est si simple que cela permettrait de gagner du temps.", "permettrait"),  # "si" + adjective
    ],
)
def test_the_softening_conditional_is_still_a_hedge(text: str, evidence: str) -> None:
    assert hedges(text) == [("hedge.fr.conditionnel", evidence)]
