"""French office-speak families found through the mining corpora (fr/jargon.mined_a.toml, ids ma_).

Each family came from a phrase the corpus writers marked: execution as a slogan, landing a financial year, recycling
capital, reorganisation formulas, "points de vigilance", unlocking bottlenecks, greening a portfolio, "augmented"
jobs, spokesperson employees, "from manager to leader", polycrisis, franglais (shopfloor, REX, committé). The
sentences were written for this test, not copied from the corpus. Each flagged one must yield a jargon flag from
the given rule with exactly the given evidence. The plain sentences use the same words in their literal or
ordinary sense (a plane landing, a bee swarm, a power switch, a greening tree, a door lock) and must get no jargon,
peacock or hedge flag. Words that are ordinary on their own (boussole, brique, muscle, hybride, sponsor) are context
entries: tested inside a sentence that also has a firm buzzword.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

FLAGGED = [
    ("Cette année, notre priorité sera notre capacité à exécuter vite sur tous les marchés.", "ma_execution",
     "capacité à exécuter"),
    ("Pour le groupe, 2026 sera l'année de l'exécution et de la discipline.", "ma_execution",
     "année de l'exécution"),
    ("Avec la croissance du quatrième trimestre, nous devrions atterrir au-dessus de 12 millions d'euros.",
     "ma_atterrir_chiffres", "atterrir au-dessus"),
    ("Nous avons vendu deux entrepôts pour recycler nos capitaux vers le résidentiel.", "ma_recycler_capital",
     "recycler nos capitaux"),
    ("Le nouveau projet vise à clarifier les rôles et responsabilités de chaque direction.", "ma_reorg_formules",
     "clarifier les rôles et responsabilités"),
    ("Notre équipe informatique répond chaque jour aux demandes de ses clients internes.", "ma_clients_internes",
     "clients internes"),
    ("Le seul point de vigilance reste la trésorerie de nos fournisseurs cette année.", "ma_point_de_vigilance",
     "point de vigilance"),
    ("Nous allons faire sauter les derniers verrous avec les élus de la région.", "ma_verrous",
     "faire sauter les derniers verrous"),
    ("Le projet bute encore sur des verrous réglementaires que personne ne nomme.", "ma_verrous",
     "verrous réglementaires"),
    ("Le fonds annonce vouloir verdir sa flotte de camions d'ici la fin de la décennie.", "ma_verdir",
     "verdir sa flotte"),
    ("Ce rachat vient muscler notre implantation dans le Grand Est et dans les Vosges.", "ma_muscler",
     "muscler notre implantation"),
    ("Nos conseillers sont devenus les meilleurs porte-voix de la banque dans les villages.", "ma_porte_voix",
     "porte-voix"),
    ("Comment passer de manager à leader quand on débute dans une nouvelle équipe ?", "ma_manager_leader",
     "de manager à leader"),
    ("Dans ce monde de permacrise, les entreprises revoient toutes leurs prévisions.", "ma_polycrise",
     "permacrise"),
    ("Le pharmacien augmenté passe plus de temps avec ses patients qu'avec ses stocks.", "ma_augmente",
     "pharmacien augmenté"),
    ("Le dernier lot de pièces a été greenlighté par le client hier soir, enfin.", "ma_franglais_divers",
     "greenlighté"),
    ("Après l'incident de la ligne 2, nous avons rédigé un REX complet pour les autres usines.", "ma_rex",
     "REX"),
    ("Le nouveau parcours de souscription devait être fluide et intuitif pour nos adhérents.",
     "ma_fluide_intuitif", "fluide et intuitif"),
    ("La directive européenne n'est pas une contrainte mais une opportunité pour nos métiers.",
     "ma_contrainte_opportunite", "pas une contrainte mais une opportunité"),
    ("En tant que junior, vous serez exposé aux dirigeants de grandes entreprises dès la première année.",
     "ma_expose_recrutement", "exposé aux dirigeants"),
    ("Ce bâtiment est pensé pour l'expérience occupant, de l'accueil jusqu'aux salles de réunion.",
     "ma_experience_x", "expérience occupant"),
    ("Tu seras exposée dès ton arrivée à des dossiers de fusion et de cession.", "ma_expose_recrutement",
     "exposée"),
    ("Dans notre métier, tout se joue dans l'exécution et rien d'autre.", "ma_execution",
     "tout se joue dans l'exécution"),
    ("Le service juridique n'est plus une simple fonction support pour le groupe.", "ma_centre_de_couts",
     "une simple fonction support"),
    ("Le fonds a réalisé un carve-out de la division chimie au printemps.", "ma_bolt_on", "carve-out"),
]  # fmt: skip

PLAIN = [
    "L'avion devait atterrir à Lyon vers midi mais il a été dévié sur Grenoble.",
    "Les abeilles de mon grand-père ont essaimé deux fois ce printemps, il a fallu les récupérer.",
    "Avant toute intervention, vérifiez la mise sous tension du tableau électrique.",
    "Au printemps, les prairies commencent à verdir après les premières pluies.",
    "Le serrurier a changé le verrou de la porte d'entrée en dix minutes.",
    "Le chirurgien a recousu le muscle de la cuisse après l'accident de ski.",
    "Mon voisin a acheté une voiture hybride pour aller au travail.",
    "Nous avons recyclé le papier et le carton du bureau toute l'année.",
    "Ce matin, j'ai eu un point individuel avec ma responsable pour parler de mes congés.",
    "Le maçon a posé la dernière brique du mur de la grange avant la pluie.",
    "La tour de contrôle de l'aéroport a autorisé le décollage à huit heures.",
    "Mon chien Rex a dormi toute la journée au soleil dans le jardin.",
    "Les salariés exposés au bruit doivent porter des protections auditives dans l'atelier.",
    "J'ai pris une boussole et une carte pour la randonnée dans le Vercors.",
    "Le maître-nageur a crié dans son porte-voix pour faire sortir les enfants de l'eau.",
    "Il est passé de stagiaire à comptable en deux ans dans la même petite entreprise.",
    "Un pirate informatique a bloqué le site de la mairie pendant deux jours.",
    "La contrainte de temps nous a obligés à choisir entre les deux recettes.",
    "Elle a une expérience de cinq ans en comptabilité dans une petite entreprise.",
    "L'humidité remonte dans le mur de la cave par capillarité.",
    "Pendant l'été, les abeilles ont essaimé sur le toit de la grange.",
]

CONTEXT = [
    ("Il faut tirer parti des synergies : notre mutuelle reste une boussole pour ses adhérents.",
     "ma_images_cadrees", "une boussole"),
    ("Pour booster les synergies, le sponsor du chantier doit arbitrer vite.", "ma_sponsor_ctx", "sponsor"),
    ("Nous voulons maximiser les synergies : la banque de demain sera hybride.", "ma_hybride_ctx", "hybride"),
    ("Pour maximiser les synergies, chacun repart avec sa boîte à outils.", "ma_images_ctx", "boîte à outils"),
    ("Nous devons maximiser les synergies et prendre nos responsabilités face au climat.",
     "ma_prendre_responsabilites_ctx", "prendre nos responsabilités"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_mined_family_is_flagged(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_use_is_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


@pytest.mark.parametrize(("text", "rule", "evidence"), CONTEXT)
def test_context_word_is_flagged_among_buzzwords(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


def test_context_word_alone_is_not_flagged() -> None:
    assert_no_surface_flag("Le sponsor du club de rugby a payé les maillots de toute la saison.")
    assert_no_surface_flag("Ma prochaine voiture sera hybride, pour rouler en ville sans bruit.")
