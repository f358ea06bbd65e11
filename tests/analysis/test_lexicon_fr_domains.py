"""French jargon and puffery of specific sectors (the "Passe par secteurs" block of fr/jargon.toml and fr/peacock.toml).

HR and training, consulting and finance, start-up and AI, marketing and sales, public sector and CSR, coaching;
puffery of property ads, tourism and restaurants, luxury, tech, LinkedIn self-praise. The sentences were written
for this test (they are not corpus sentences). Each must yield a flag of the given kind whose evidence is exactly
the given text. The plain sentences use the same words in their literal sense (a yoga posture, a commune's
territory, a concert that made someone's heart beat faster) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

FLAGGED = [
    # RH, recrutement, formation
    ("Nous cherchons un profil avec une vraie posture de conseil auprès des directions métiers.", "jargon",
     "posture de conseil"),
    ("Le nouveau parcours apprenant mêle vidéos courtes et quiz.", "jargon", "parcours apprenant"),
    ("Chaque jeudi, les managers se retrouvent en atelier de co-développement.", "jargon",
     "atelier de co-développement"),
    ("Vous avez un excellent relationnel et le goût du terrain.", "jargon", "excellent relationnel"),
    ("Nous offrons une rémunération attractive et des tickets restaurant.", "jargon", "rémunération attractive"),
    # conseil, direction, finance
    ("Le groupe va adapter ses effectifs aux réalités du marché.", "jargon", "adapter ses effectifs"),
    ("Le groupe va adapter ses effectifs aux réalités du marché.", "jargon", "aux réalités du marché"),
    ("Le rachat dégagera des marges de manœuvre pour investir.", "jargon", "dégagera des marges de manœuvre"),
    ("Nous voulons poser les fondations de notre croissance en Europe.", "jargon",
     "poser les fondations de notre croissance"),
    # start-up, IA
    ("Le commercial augmenté passera moins de temps sur la saisie.", "jargon", "commercial augmenté"),
    ("L'IA ne vous remplacera pas, mais un collègue qui l'utilise, oui.", "jargon", "L'IA ne vous remplacera pas"),
    ("Il est temps d'embrasser l'IA dans tous les services.", "jargon", "embrasser l'IA"),
    # marketing, vente
    ("Avec notre agence, gagnez en visibilité sur les réseaux.", "jargon", "gagnez en visibilité"),
    ("Un interlocuteur unique suit votre dossier.", "jargon", "interlocuteur unique"),
    # public, RSE
    ("La transition écologique est l'affaire de tous.", "jargon", "est l'affaire de tous"),
    ("Nous réunissons les acteurs du territoire autour de la mobilité.", "jargon", "acteurs du territoire"),
    ("Nous allons outiller les managers pour les entretiens annuels.", "jargon", "outiller les managers"),
    # coaching
    ("Mon programme vous aide à générer des revenus passifs.", "jargon", "revenus passifs"),
    ("Apprenez à attirer l'abondance en 21 jours.", "jargon", "attirer l'abondance"),
    # puffery: property, tourism, tech, self-praise, product promises
    ("Appartement rare sur le marché, coup de cœur assuré.", "peacock", "rare sur le marché"),
    ("Appartement rare sur le marché, coup de cœur assuré.", "peacock", "coup de cœur assuré"),
    ("Idéalement situé à deux pas de la gare.", "peacock", "Idéalement situé"),
    ("Une expérience gustative qui vous emmène loin.", "peacock", "expérience gustative"),
    ("Une parenthèse enchantée au bord de l'océan.", "peacock", "parenthèse enchantée"),
    ("Cette montre est une véritable prouesse technologique.", "peacock", "prouesse technologique"),
    ("Honorée et ravie de rejoindre le jury du concours.", "peacock", "Honorée et ravie"),
    ("Un séminaire enrichissant humainement et professionnellement.", "peacock",
     "enrichissant humainement et professionnellement"),
    ("Nos sérums offrent des résultats visibles dès la première semaine.", "peacock", "résultats visibles dès"),
    ("Une soirée d'anthologie pour nos vingt ans.", "peacock", "d'anthologie"),
    ("Une lessive 100 % naturelle et bonne pour la planète.", "peacock", "lessive 100 % naturelle"),
    ("Une lessive 100 % naturelle et bonne pour la planète.", "peacock", "bonne pour la planète"),
    ("Notre équipe a atomisé ses objectifs ce trimestre.", "peacock", "atomisé ses objectifs"),
    # later passes: fund franglais, communiqué formulas, job-ad clichés
    ("Notre seed a été bouclée en six semaines.", "jargon", "Notre seed"),
    ("Nous assurons un pilotage au fil de l'eau des indicateurs.", "jargon", "pilotage au fil de l'eau"),
    ("Vous savez jongler entre plusieurs casquettes.", "jargon", "plusieurs casquettes"),
    ("Nous vous accompagnons dans tous vos projets de vie.", "jargon", "dans tous vos projets de vie"),
    ("Une assurance qui vous ressemble, sans frais cachés.", "jargon", "qui vous ressemble"),
    ("Nous avons créé une IA factory pour tout le groupe.", "jargon", "IA factory"),
    ("Votre arme secrète pour réussir vos entretiens.", "peacock", "arme secrète"),
    ("Restez connectés : de belles choses se préparent.", "peacock", "de belles choses se préparent"),
]  # fmt: skip

PLAIN = [
    "Le potentiel électrique de la membrane a chuté pendant l'expérience.",
    "Le territoire de la commune s'étend jusqu'à la rivière.",
    "La posture du chien tête en bas soulage mon dos.",
    "Hier soir, ce concert m'a fait vibrer du début à la fin.",
    "Le calme absolu de la montagne m'a fait du bien.",
    "On a trouvé un petit coin de paradis en Ardèche pour camper.",
    "J'ai grandi dans un environnement privilégié, j'en suis conscient.",
    "Nos enfants ont droit à l'erreur quand ils apprennent à lire.",
    "Notre équipe augmentée de deux stagiaires a fini le chantier.",
    "Nous pouvons vous réaliser un devis gratuit sous 48 heures.",
    "La phase de consolidation de la fracture dure six semaines.",
    "J'ai surfé sur la vague toute la matinée à Hossegor.",
    "Il a un bon relationnel avec ses voisins.",
    "Mon code de carte fait 6 chiffres.",
    "L'influence de la lune sur les marées est bien connue.",
    "Une balade au fil de l'eau sur le canal du Midi, en famille.",
    "J'ai porté la casquette de mon grand-père au mariage.",
    "La confiance est un bien rare.",
    "Ce n'est pas une situation idéale, mais on fait avec.",
    "Il n'y a pas de recette miracle, il faut du travail.",
    "Le maire dialogue avec le quartier chaque mois en réunion publique.",
    "Ta fille, qui te ressemble tellement, a soufflé ses bougies.",
]


@pytest.mark.parametrize(("text", "kind", "evidence"), FLAGGED)
def test_sector_buzzword_or_puffery_is_flagged_with_exact_evidence(text: str, kind: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind=kind)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_sector_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)
