"""French jargon and puffery beyond the first lists: inflected franglais, corporate formulas, press-release praise.

The sentences were written for this test (they are not corpus sentences). Each must yield a flag of the given
kind whose evidence is exactly the given text; the plain sentences use the same words in their ordinary sense
(a brake lever, tea that infuses, a dog agility contest) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE

FLAGGED = [
    # franglais conjugated or with a French determiner
    ("Cette semaine, on a dispatché les comptes entre les nouveaux commerciaux.", "jargon", "dispatché"),
    ("J'ai bien reçu tes feedbacks, je corrige le deck ce soir.", "jargon", "tes feedbacks"),
    ("J'ai bien reçu tes feedbacks, je corrige le deck ce soir.", "jargon", "le deck"),
    ("Il faut que quelqu'un prenne le lead sur la refonte du site.", "jargon", "le lead sur"),
    ("On a upsellé la moitié des comptes existants au T3.", "jargon", "upsellé"),
    ("Les commerciaux ont closé douze contrats en novembre.", "jargon", "closé"),
    ("La startup a su pivoter vers le B2B en six mois.", "jargon", "pivoter vers"),
    # langue de bois, management and HR formulas
    ("L'IA générative est un puissant levier de création de valeur.", "jargon", "levier de création de valeur"),
    ("On sent une belle dynamique depuis l'arrivée de Claire.", "jargon", "belle dynamique"),
    ("Notre ambition est de porter une vision claire auprès des équipes.", "jargon", "porter une vision"),
    ("Il faut infuser une culture de l'expérimentation dans toute l'organisation.", "jargon", "infuser une culture"),
    ("La direction parle d'ajustement des effectifs, mais ce sont 40 postes supprimés.", "jargon",
     "ajustement des effectifs"),
    ("Nous voulons remettre l'humain au cœur de notre stratégie.", "jargon", "remettre l'humain au cœur"),
    ("Notre offre repose sur trois piliers : former, outiller, accompagner.", "jargon", "repose sur trois piliers"),
    ("Le programme a été un formidable accélérateur de carrière pour les lauréats.", "jargon",
     "accélérateur de carrière"),
    ("Ce partenariat nous permet d'adresser de nouveaux marchés en Europe.", "jargon",
     "adresser de nouveaux marchés"),
    ("Une organisation résiliente se prépare avant la crise.", "jargon", "organisation résiliente"),
    ("Ne lâchez rien, la chance sourit aux audacieux.", "jargon", "Ne lâchez rien"),
    # puffery: records, proclaimed success, inflated emotion, rank claims
    ("Nous avons réalisé une année record, portée par l'export.", "peacock", "année record"),
    ("Notre solution est plébiscitée par les directeurs financiers.", "peacock", "plébiscitée par"),
    ("Je suis tellement fière de cette équipe.", "peacock", "tellement fière"),
    ("Ce fut un honneur de partager la scène avec elle.", "peacock", "Ce fut un honneur"),
    ("Une soirée riche en émotions, merci à tous.", "peacock", "soirée riche en émotions"),
    ("Une offre unique sur le marché du conseil RH.", "peacock", "unique sur le marché"),
    ("Forte de son expertise, l'agence s'impose comme la référence du secteur.", "peacock",
     "Forte de son expertise"),
    ("Forte de son expertise, l'agence s'impose comme la référence du secteur.", "peacock",
     "s'impose comme la référence"),
    ("Un service client redoutablement efficace.", "peacock", "redoutablement efficace"),
    ("Une expérience ultime pour les passionnés de café.", "peacock", "ultime"),
    # "performant" without a measure is praise (peacock), not jargon
    ("Notre nouvelle plateforme est plus performante et plus simple.", "peacock", "plus performante"),
    # office anglicisms (France and Québec)
    ("Il faut mettre l'emphase sur la rétention des clients.", "jargon", "mettre l'emphase sur"),
    ("Nous allons céduler une rencontre la semaine prochaine.", "jargon", "céduler"),
]  # fmt: skip

PLAIN = [
    "L'équipe a livré le correctif mardi, après deux nuits de tests.",
    "Le levier du frein à main était cassé, le garagiste l'a changé.",
    "Le thé doit infuser quatre minutes, pas plus.",
    "Mon chien a fini deuxième au concours d'agilité de dimanche.",
    "On a embarqué les vélos dans le train de 8 h 12.",
    "La porte du garage pivote mal depuis l'hiver.",
    "La rivière irrigue tout le sud de la vallée.",
    "C'est la seule pharmacie du quartier ouverte le dimanche.",
    "Le catalyseur de la voiture a été remplacé jeudi.",
    "Le guide nous a expliqué l'écosystème de la mare.",
    "Ce film a été primé à Cannes en 1994.",
    "J'ai relu le rapport de Paul ce week-end et corrigé deux tableaux.",
    "La boutique est exceptionnellement fermée lundi pour inventaire.",
    "C'est un exploit pour elle d'avoir terminé le marathon après sa blessure.",
]


@pytest.mark.parametrize(("text", "kind", "evidence"), FLAGGED)
def test_french_buzzword_or_puffery_is_flagged_with_exact_evidence(text: str, kind: str, evidence: str) -> None:
    flags = analyze(text, Profile()).flags
    found = [(f.kind.value, text[f.start : f.end]) for f in flags if f.kind in SURFACE]
    assert (kind, evidence) in found
    flag = next(f for f in flags if f.kind.value == kind and text[f.start : f.end] == evidence)
    assert flag.rule.startswith(f"{kind}.")
    assert flag.severity.value in ("info", "warning")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_french_sentence_with_near_miss_words_gets_no_surface_flag(text: str) -> None:
    flags = analyze(text, Profile()).flags
    assert [(f.kind.value, text[f.start : f.end], f.rule) for f in flags if f.kind in SURFACE] == []
