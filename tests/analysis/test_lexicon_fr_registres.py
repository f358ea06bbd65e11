"""French sector registers (fr/jargon.registres.toml, ids reg_): what company and institution pages write on
LinkedIn, sector by sector (industry, energy, insurance, banking, pharma, hospitals, telecoms, media, sport, real
estate, tourism, retail, universities, schools, government, unions and charities, agencies, law, logistics, defence,
HR, sales, consulting, start-ups, product, coaching, CSR).

The families were written from knowledge of each sector's register, not from the evaluation corpus, and every
sentence here was written for this test. Each flagged sentence must yield a jargon flag from the given rule with
exactly the given evidence. The plain sentences use the same words in their literal sense (a rocket on its
trajectory, an insurer paying a claim, a window open on the city, seedlings at each stage of their growth, a club
entered in a competition) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

FLAGGED = [
    (
        "Sur nos trois sites, la culture lean s'est installée et la proximité terrain est devenue notre marque.",
        "reg_industrie_lean",
        "culture lean",
    ),
    (
        "Nous allons standardiser les bonnes pratiques sur l'ensemble du groupe.",
        "reg_industrie_lean",
        "standardiser les bonnes pratiques",
    ),
    ("Chez nous, la sécurité est une valeur cardinale.", "reg_industrie_lean", "une valeur cardinale"),
    ("La réindustrialisation est en marche dans la vallée.", "reg_en_marche", "réindustrialisation est en marche"),
    (
        "Notre feuille de route bas carbone a été validée en conseil.",
        "reg_energie_trajectoire",
        "feuille de route bas carbone",
    ),
    (
        "Nous voulons contribuer à la neutralité carbone d'ici 2040.",
        "reg_energie_trajectoire",
        "contribuer à la neutralité carbone",
    ),
    (
        "Nous sommes fiers d'être un acteur de la souveraineté énergétique.",
        "reg_energie_trajectoire",
        "acteur de la souveraineté énergétique",
    ),
    (
        "Cette année encore, nous serons au rendez-vous de la transition.",
        "reg_energie_trajectoire",
        "au rendez-vous de la transition",
    ),
    ("Nous aidons nos clients à électrifier leurs usages.", "reg_energie_trajectoire", "électrifier leurs usages"),
    ("Nous passons d'assureur payeur à assureur partenaire.", "reg_assurance_partenaire", "assureur payeur"),
    ("Notre offre servicielle couvre aussi la prévention.", "reg_assurance_partenaire", "servicielle"),
    ("Nous sommes fiers de financer l'économie réelle.", "reg_banque_economie_reelle", "financer l'économie réelle"),
    (
        "Depuis 150 ans, nous sommes aux côtés de celles et ceux qui entreprennent.",
        "reg_banque_economie_reelle",
        "aux côtés de celles et ceux qui entreprennent",
    ),
    ("Nos équipes sont guidées par la science.", "reg_pharma_science", "guidées par la science"),
    ("Nous rejoignons l'écosystème de santé de la région.", "reg_pharma_science", "écosystème de santé"),
    (
        "Nous travaillons la fluidité du parcours patient entre ville et hôpital.",
        "reg_hopital_parcours",
        "fluidité du parcours patient",
    ),
    ("Le GHT renforce sa culture de la bientraitance.", "reg_hopital_parcours", "culture de la bientraitance"),
    ("Nous voulons connecter les territoires les plus isolés.", "reg_telecom_connecter", "connecter les territoires"),
    ("Nous proposons un cloud de confiance à nos clients publics.", "reg_telecom_connecter", "cloud de confiance"),
    (
        "Nous déclinons nos contenus sur tous les supports.",
        "reg_medias_contenus",
        "déclinons nos contenus sur tous les supports",
    ),
    (
        "Chaque semaine, nous décryptons les tendances pour vous.",
        "reg_medias_contenus",
        "décryptons les tendances pour vous",
    ),
    (
        "Nous donnons la parole à celles et ceux qu'on n'entend jamais.",
        "reg_medias_contenus",
        "donnons la parole à celles et ceux qu'on n'entend jamais",
    ),
    (
        "Nos sponsors vont activer leur partenariat pendant la finale.",
        "reg_sport_activation",
        "activer leur partenariat",
    ),
    ("Le sport est un formidable levier d'inclusion.", "reg_sport_activation", "levier d'inclusion"),
    (
        "Notre ambition : activer les rez-de-chaussée du quartier.",
        "reg_immobilier_ville",
        "activer les rez-de-chaussée",
    ),
    ("Nous misons sur l'hybridation des usages dans nos immeubles.", "reg_immobilier_ville", "hybridation des usages"),
    ("Nous sommes un ensemblier urbain.", "reg_immobilier_ville", "ensemblier urbain"),
    ("Nous renforçons notre marque territoriale.", "reg_tourisme_destination", "marque territoriale"),
    (
        "Ici, nous voulons faire de chaque séjour une expérience.",
        "reg_tourisme_destination",
        "faire de chaque séjour une expérience",
    ),
    ("Nous restons le champion du pouvoir d'achat.", "reg_distribution_enseigne", "champion du pouvoir d'achat"),
    ("Nous voulons le mieux manger pour tous.", "reg_distribution_enseigne", "mieux manger pour tous"),
    ("Nous renforçons le continuum recherche-innovation.", "reg_universite", "continuum recherche-innovation"),
    ("Nous voulons faire rayonner la recherche française.", "reg_universite", "faire rayonner la recherche"),
    (
        "Notre école de la confiance repose sur une communauté éducative mobilisée.",
        "reg_ecole",
        "communauté éducative mobilisée",
    ),
    ("Notre lycée veut faire réussir chaque élève.", "reg_ecole", "faire réussir chaque élève"),
]

PLAIN = [
    "Le terrain de foot est à proximité de l'usine.",
    "Le nord est un point cardinal.",
    "La machine à laver est en marche depuis ce matin.",
    "La fusée est restée en ligne avec la trajectoire prévue.",
    "Mon assureur a payé le sinistre en dix jours.",
    "Les jeunes plants ont besoin d'eau à chaque étape de leur croissance.",
    "Le médecin a guidé l'interne pendant toute la garde.",
    "Il a passé trente ans au service de la société de transport.",
    "L'opérateur responsable de la ligne a arrêté la presse.",
    "Nous avons engagé un opérateur en CDD depuis mars.",
    "La fenêtre du salon est ouverte sur la ville.",
    "J'ai décidé de faire de cet échec une leçon.",
    "Les pompiers ont activé les sirènes du quartier.",
    "Nous avons réglé la cadence de la presse à dix pièces par minute.",
    "Le prêt a financé la réparation du toit de l'école.",
    "Il y avait du monde au rendez-vous de midi.",
    "L'artiste donne à voir ses dessins au musée.",
    "J'ai vu le film Les Invisibles hier soir.",
    "Le club est engagé en Ligue des champions cette saison.",
    "Mon club de lecture se retrouve au rendez-vous du jeudi.",
    "Chaque élève de la classe a réussi son examen de natation.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_sector_register_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_the_same_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_labels_fire_only_among_other_jargon() -> None:
    """« fracture numérique » is an honest phrase alone; among firm jargon it is shown (as information)."""
    alone = "Dans mon village, la fracture numérique se voit à la poste : personne ne sait remplir le formulaire."
    assert [f for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    dense = (
        "Opérateur citoyen, nous voulons connecter les territoires, proposer un cloud de confiance "
        "et réduire la fracture numérique."
    )
    found = {(f.rule, f.text, f.severity.value) for f in analyze(dense, Profile()).flags if f.kind in SURFACE}
    assert ("jargon.fr.reg_transition_juste", "fracture numérique", "info") in found
