"""Modal hedges found by rule (brandjournal/analysis/rules/modality.py), through the real engine."""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile


def _hedges(text: str) -> list[tuple[str, str, str]]:
    report = analyze(text, Profile())
    return [(text[f.start : f.end], f.rule, f.severity.value) for f in report.flags if f.kind.value == "hedge"]


@pytest.mark.parametrize(
    ("text", "evidence", "rule"),
    [
        ("The audit may show a gap in the night shifts.", "may", "hedge.en.modal"),
        ("This release might be our most stable yet.", "might", "hedge.en.modal"),
        ("The new rota should reduce overtime by March.", "should", "hedge.en.modal"),
        ("Our churn model could overestimate the risk.", "could", "hedge.en.modal"),
        ("Ce changement permettrait de réduire les délais.", "permettrait", "hedge.fr.conditionnel"),
        ("La nouvelle version pourrait sortir en mars.", "pourrait", "hedge.fr.conditionnel"),
        ("Les ventes devraient repartir à la hausse.", "devraient", "hedge.fr.conditionnel"),
        ("Le fournisseur aurait modifié ses tarifs.", "aurait", "hedge.fr.conditionnel"),
        ("Cette méthode réduirait les erreurs de saisie.", "réduirait", "hedge.fr.conditionnel"),
        ("Le nouvel outil finirait par coûter plus cher.", "finirait", "hedge.fr.conditionnel"),
        ("Le client semblait satisfait du devis.", "semblait", "hedge.fr.sembler"),
        ("The new format seems popular with the night shift.", "seems", "hedge.en.seem"),
        ("The market appears stable after a rough spring.", "appears", "hedge.en.seem"),
        ("This may be why our churn went up.", "may", "hedge.en.modal"),
        ("The meeting kind of dragged on.", "kind of", "hedge.en.kind_of_softener"),
        ("Hiring juniors sort of saved our culture.", "sort of", "hedge.en.kind_of_softener"),
        ("It worked, kind of.", "kind of", "hedge.en.kind_of_softener"),
        ("C'était genre trois fois plus long que prévu.", "genre", "hedge.fr.genre_tic"),
        ("Genre, on a attendu trois mois pour une réponse.", "Genre", "hedge.fr.genre_tic"),
        ("On sort en juin, mettons.", "mettons", "hedge.fr.genre_tic"),
        ("La solution paraît simple.", "paraît", "hedge.fr.sembler"),
        ("We may have underestimated the workload.", "may", "hedge.en.modal"),
        ("The outage could have been caused by the update.", "could", "hedge.en.modal"),
        ("We may have slightly underestimated the workload.", "may", "hedge.en.modal"),
        ("Demand should pick up in spring.", "should", "hedge.en.modal"),
        ("Unpopular opinion (or not): meetings are useless.", "or not", "hedge.en.or_not_tag"),
        ("Meetings are useless. Or not.", "Or not", "hedge.en.or_not_tag"),
        ("Avis impopulaire (ou pas) : les réunions sont inutiles.", "ou pas", "hedge.fr.ou_pas_tag"),
        ("Up to 40% of nurses report burnout.", "Up to", "hedge.en.up_to_figure"),
        ("La méthode réduit les erreurs jusqu'à 3 fois.", "jusqu'à", "hedge.fr.jusqu_a_chiffre"),
        ("Jusqu'à 40 % de remise sur les abonnements.", "Jusqu'à", "hedge.fr.jusqu_a_chiffre"),
        ("Certains pensent que cela réduirait les coûts.", "réduirait", "hedge.fr.conditionnel"),
        ("Ça ne devrait pas poser de problème.", "devrait", "hedge.fr.conditionnel"),
    ],
)
def test_modal_verbs_that_soften_a_claim_are_information(text: str, evidence: str, rule: str) -> None:
    assert (evidence, rule, "info") in _hedges(text)


@pytest.mark.parametrize(
    ("text", "evidence", "rule"),
    [
        ("Arguably the contract ends in June, I think.", "I think", "hedge.en.afterthought_opinion"),
        ("Arguably the contract, I believe, ends in June.", "I believe", "hedge.en.afterthought_opinion"),
        ("Il semblerait que ça sorte en juin, je crois.", "je crois", "hedge.fr.opinion_apres_coup"),
        ("Arguably we'll be ready by June, I hope.", "I hope", "hedge.en.afterthought_opinion"),
    ],
)
def test_an_opinion_added_after_the_claim_shows_among_other_hedges(text: str, evidence: str, rule: str) -> None:
    assert (evidence, rule, "info") in _hedges(text)


@pytest.mark.parametrize(
    "text",
    [
        "The roofer needs the ladder until the 19th, I think, depending on his next job.",
        "I cut about 30 keys a day, I think, more in September.",
        "Ça sort en juin, je crois.",
        "The contract, I believe, ends in June.",
    ],
)
def test_an_opinion_added_after_a_fact_alone_is_honest_doubt(text: str) -> None:
    assert _hedges(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Could you send me the slides from Tuesday?",  # a real question
        "We shipped the new build in May and nobody noticed.",  # the month
        "I could finally breathe after the audit.",  # ability, first person
        "We baked 600 buns and could have sold 800.",  # what we missed, not doubt
        "Le petit a demandé s'il pourrait apporter son ballon.",  # a question reported
        "Archimède aurait été content de nous.",  # what an absent person would have felt
        "I could have cried when the roof went up.",  # what the author nearly did
        "You should read the report before the meeting.",  # advice
        "It could not have gone worse.",  # negation
        "If you could bring a chair, that would help.",  # a request
        "Il inspirait confiance à toute l'équipe.",  # imperfect of inspirer, not a conditional
        "Elle montrait le portrait de sa grand-mère.",  # imperfect and a noun in -rait
        "J'aimerais remercier Léa pour son aide.",  # a wish
        "Ce serait top de se revoir à Lyon.",  # a wish
        "On espérait que ça se réglerait tout seul.",  # future in the past
        "Il ne pourrait pas venir avant lundi.",  # negation
        "Pourrait-on en parler demain ?",  # a question
        "Il aurait 40 ans aujourd'hui.",  # no participle: not the journalistic conditional
        "This May we ran the marathon together.",  # the month
        "She appeared on stage at nine.",  # appear, literal
        "I seem to have lost my keys again.",  # first person
        "What kind of bread do you bake?",  # a type (and a question)
        "That kind of work takes patience.",  # a type
        "She has a strange kind of calm before exams.",  # a type, adjective before it
        "It was very kind of you to drive me home.",  # kindness
        "We listened to Kind of Blue all evening.",  # a title
        "I think the new timetable works better.",  # an owned opinion, in front
        "Je pense que le nouvel horaire convient mieux.",  # an owned opinion, in front
        "I hope you're all well after the storm.",  # a wish, in front
        "Ce genre de projet demande de la patience.",  # the noun
        "On a parlé d'égalité de genre à l'école.",  # the noun
        "Genre : comédie, durée 1 h 40.",  # a film listing
        "Mettons les choses au clair.",  # the verb
        "Le livre paraît en mars.",  # is published
        "We could have done better.",  # first person, regret
        "We may have a spare room this summer.",  # first person, possession
        "You should hold the door for the next person.",  # advice
        "Tell me whether or not you can come on Friday.",  # a choice, not a retraction
        "Que tu viennes ou pas, on commence à 9 h.",  # a choice, not a retraction
        "The hall holds up to 40 people.",  # a capacity, not a promise
        "La salle est ouverte jusqu'à 18 h.",  # a time
        "Il a dit que ce serait prêt lundi.",  # future in the past, after a past verb
        "Je savais que ça finirait mal.",  # future in the past, imperfect
        "On ne devrait pas juger les gens sur leur CV.",  # advice, negated
    ],
)
def test_modals_that_do_not_hedge_are_left_alone(text: str) -> None:
    assert not [h for h in _hedges(text) if h[1] in ("hedge.en.modal", "hedge.fr.conditionnel", "hedge.fr.sembler")]
