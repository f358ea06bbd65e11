"""French verbs the suffix rules used to miss: compounds of irregular verbs and third-group endings.

A lexicon pattern written "construire une vision" must match "nous construisons une vision"; before, only regular
-er/-ir verbs were conjugated and "remettre" gave "remettu".
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.analysis.inflect import fr_forms
from brandjournal.domain import Profile, Value


@pytest.mark.parametrize(
    ("verb", "forms", "not_forms"),
    [
        ("construire", {"construisons", "construit", "construisent", "construira"}, set()),
        ("remettre", {"remis", "remet", "remettons"}, {"remettu"}),
        ("atteindre", {"atteint", "atteignons", "atteignent"}, {"atteindu"}),
        ("rejoindre", {"rejoins", "rejoignez", "rejoint"}, set()),
        ("craindre", {"crains", "craignons", "craint"}, set()),
        ("rendre", {"rends", "rendons", "rendu", "rendent"}, {"regnons", "rens"}),  # keeps its "d", unlike peindre
        ("entendre", {"entends", "entendons", "entendu"}, {"entegnons"}),
        ("repondre", {"repond", "repondons", "repondu"}, {"repognons"}),
        ("devenir", {"deviens", "devenu", "deviennent"}, {"devenissons"}),
        ("maintenir", {"maintient", "maintenu"}, {"maintenant"}),  # "maintenant" is "now"
        ("agir", {"agissons", "agit", "agi"}, set()),
        ("vivre", {"vit", "vivons", "vecu"}, set()),
        ("accueillir", {"accueille", "accueillons", "accueilli"}, {"accueillissons"}),
        ("reconnaitre", {"reconnait", "reconnaissons", "reconnu"}, set()),
        ("ecrire", {"ecrivons", "ecrit"}, set()),
        ("decouvrir", {"decouvre", "decouvert"}, set()),
        ("ressentir", {"ressens", "ressentons"}, set()),
        ("entreprendre", {"entreprenons", "entrepris"}, set()),
        ("prevoir", {"prevoit", "prevu", "prevoyons"}, set()),
    ],
)
def test_french_verb_forms(verb: str, forms: set[str], not_forms: set[str]) -> None:
    got = fr_forms(verb)
    assert forms <= got
    assert not (not_forms & got)


def test_words_that_only_end_like_a_verb_are_not_conjugated_as_it() -> None:
    assert fr_forms("devoir") >= {"dois", "doit"} and "devois" not in fr_forms("devoir")  # not a compound of "voir"
    assert fr_forms("affaire") == {"affaire", "affaires", "affairee", "affairees"}  # not a compound of "faire"


def test_an_authors_value_wording_matches_its_conjugated_form() -> None:
    """Value words are inflected at run time with the same rules."""
    profile = Profile(values=(Value("Collectif", fits=("construire ensemble",), language="fr"),))
    report = analyze("Depuis dix ans, nous construisons ensemble ce réseau.", profile)
    assert [(f.kind.value, f.text) for f in report.flags] == [("value_expressed", "construisons ensemble")]
