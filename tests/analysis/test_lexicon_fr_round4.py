"""French jargon families of the fourth round (ids r4_ in fr/jargon.anglicismes.toml, r4f_ in fr/jargon.dev3.toml).

Each miss of the tuning sets (blind3, then dev4) was taken as a sample of a family and the register around it was
added: office franglais in French frames (hands-on, call avec…, du process, un deck, home advisors), consulting speak
(modèle cible, de bout en bout, repenser son modèle), social and public-sector langue de bois (démarche d'aller-vers,
fiche action, rayonnement du territoire), HR rituals (rapport d'étonnement, météo d'équipe, codev), "augmenté" labels
and marketing words (éléments de réassurance, solutions frugales). The sentences were written for this test, not
taken from a corpus. Each must yield a jargon flag from the given rule with exactly the given evidence. The plain
sentences use the same words literally (an ambulance crossing a town end to end, a wooden deck, the outward trip
to Lyon, an insurer's reinsurance) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

FLAGGED = [
    # tour blind4 (fin de séance) : formules de cabinet et d'entreprise
    ("Nos conseillers suivent les moments de vie de nos clients.", "b4f_formules", "moments de vie de nos clients"),
    ("Nous avons ajusté nos effectifs sur deux sites.", "b4f_formules", "ajusté nos effectifs"),
    ("Mon offre signature : cinq jours d'atelier.", "b4f_formules", "offre signature"),
    ("J'ai hâte de créer des passerelles avec les services techniques.", "b4f_formules", "créer des passerelles avec"),
    # franglais de bureau dans un cadre français
    ("Je cherche quelqu'un de très hands-on pour lancer l'atelier.", "r4_hands_on", "hands-on"),
    ("Profil hands-on, à l'aise avec les chiffres.", "r4_hands_on", "hands-on"),
    ("Call avec la direction financière à 14 h, puis le comité.", "r4_call_cadres", "Call"),
    ("Des calls à la chaîne depuis ce matin.", "r4_call_cadres", "calls à la chaîne"),
    ("Call de cadrage demain avec le client.", "r4_call_cadres", "Call de cadrage"),
    ("Pour moi, un bon manager donne l'exemple. Le reste, c'est du process.", "r4_process_cadres", "du process"),
    ("Le manque de process freine tout le service.", "r4_process_cadres", "manque de process"),
    ("On vous envoie un deck d'ici vendredi.", "angl_deck", "un deck"),
    ("Nos vendeurs sont devenus des home advisors.", "r4_advisor_titres", "home advisors"),
    ("On se catch demain pour caler la suite ?", "r4_franglais_verbes", "catch"),
    # conseil
    ("Nous accompagnons le groupe sur son modèle cible.", "r4f_conseil_cible", "modèle cible"),
    ("Il faut structurer le funnel de bout en bout.", "r4f_conseil_cible", "de bout en bout"),
    ("Les restaurateurs doivent repenser leur modèle.", "r4f_conseil_repenser", "repenser leur modèle"),
    ("Avec le bon positionnement, tout devient possible.", "r4f_positionnement", "le bon positionnement"),
    ("Des solutions frugales pour les communes rurales.", "r4f_frugal_duplicable", "solutions frugales"),
    ("Une méthode simple et duplicable dans chaque agence.", "r4f_frugal_duplicable", "duplicable"),
    ("Ajoutez des éléments de réassurance sur la page produit.", "r4f_reassurance", "éléments de réassurance"),
    # action publique et sociale
    (
        "Le centre social développe une pratique d'aller-vers auprès des familles.",
        "r4f_social_aller_vers",
        "d'aller-vers",
    ),
    ("Chaque commune a reçu sa fiche action en mars.", "r4f_social_aller_vers", "fiche action"),
    ("Ce festival contribue au rayonnement du territoire.", "r4f_social_aller_vers", "rayonnement du territoire"),
    # RH et management
    ("Chaque nouvel arrivant rédige un rapport d'étonnement.", "r4f_rh_management", "rapport d'étonnement"),
    ("On commence la réunion par la météo d'équipe.", "r4f_rh_management", "météo d'équipe"),
    ("Nous formons les managers au leadership distribué.", "r4f_leadership_adj", "leadership distribué"),
    ("Bienvenue dans l'ère du collaborateur augmenté.", "r4f_augmente", "collaborateur augmenté"),
    ("La banque augmentée arrive dans nos agences.", "r4f_augmente", "banque augmentée"),
    # passe dev4 : territoires, « de demain », hôtellerie et agence, coaching, anglais de vente
    ("Nous accélérons la décarbonation des territoires.", "r4f_des_territoires", "décarbonation des territoires"),
    ("L'immobilier de demain doit rester abordable.", "r4f_de_demain_secteurs", "immobilier de demain"),
    ("Chantier du futur : premier coup de pioche lundi.", "r4f_de_demain_secteurs", "Chantier du futur"),
    ("Notre ambition : hybrider les expertises des deux agences.", "r4f_hybrider_flecher", "hybrider les expertises"),
    ("Avec 12 millions d'euros fléchés vers la santé.", "r4f_hybrider_flecher", "fléchés"),
    ("Un hôtel au positionnement lifestyle assumé.", "r4f_marketing_hospitalite", "lifestyle"),
    ("Le dimanche, un brunch signature en terrasse.", "r4f_marketing_hospitalite", "signature"),
    ("Une campagne déclinée en formats courts.", "r4f_marketing_hospitalite", "déclinée en formats"),
    ("Des capteurs low-cost installés dans les écoles.", "r4f_marketing_hospitalite", "low-cost"),
    ("Ma méthode vous aide à poser vos intentions chaque lundi.", "r4f_coaching_intentions", "poser vos intentions"),
    ("Le tone at the top ne suffit pas.", "r4_anglais_equipe", "tone at the top"),
    ("Ne lâchez jamais un lead tiède.", "r4_anglais_vente", "lead tiède"),
    ("Vous avez l'esprit hunter ?", "r4_anglais_vente", "hunter"),
    ("Ouverture de notre concept store à Lille.", "r4_anglais_commerce", "concept store"),
    # troisième lot : prépositions + nom anglais, verbes anglais, comitologie
    ("Côté roadmap, tout est prêt pour janvier.", "r4_franglais_prepositions", "roadmap"),
    ("Zéro deadline cette semaine, enfin.", "r4_franglais_prepositions", "deadline"),
    ("On va kickoffer le projet lundi.", "r4_franglais_verbes_2", "kickoffer"),
    ("Le recrutement est on hold jusqu'en mars.", "r4_franglais_verbes_2", "hold"),
    ("Une approche lean de la production.", "r4_franglais_verbes_2", "lean"),
    ("Passer d'une logique de gestion à une logique de care.", "r4_franglais_verbes_2", "logique de care"),
    ("Une clause de revoyure est prévue en 2027.", "r4f_admin_comitologie", "clause de revoyure"),
    ("Le projet a besoin d'un portage politique fort.", "r4f_admin_comitologie", "portage politique"),
    (
        "Les habitants au centre du dispositif, voilà notre méthode.",
        "r4f_admin_comitologie",
        "habitants au centre du dispositif",
    ),
    # quatrième lot : noms d'agence et de bureau
    ("Merci pour ton input sur la maquette.", "r4_franglais_noms_agence", "ton input"),
    ("Je te fais un overview rapide demain.", "r4_franglais_noms_agence", "un overview"),
    ("Tout le know-how de l'équipe est là.", "r4_franglais_noms_agence", "le know-how"),
    ("On déroule notre feuille de route.", "r4_franglais_noms_agence", "déroule notre feuille de route"),
    ("Accroître la visibilité à l'international du site.", "r4f_hybrider_flecher", "visibilité à l'international"),
    ("Avec 12 M€ fléchés vers l'ingénierie territoriale.", "r4f_hybrider_flecher", "fléchés vers l'ingénierie"),
]

PLAIN = [
    "Ces petits moments de vie avec mon fils valent tout l'or du monde.",
    "On a construit des passerelles en bois au-dessus du ruisseau.",
    "J'ai repris mon positionnement sur la ligne de départ avant le coup de feu.",
    "L'ambulance a traversé la ville de bout en bout en dix minutes.",
    "J'ai lu ce roman de bout en bout pendant le week-end.",
    "On a construit un deck en bois autour de la piscine.",
    "On a pris l'aller vers Lyon à 8 h et le retour le soir.",
    "Je veux aller vers la mer cet été avec les enfants.",
    "Le prix du pain a augmenté de dix centimes.",
    "Ma grand-mère a repensé la décoration de son salon.",
    "La météo du jour annonce de la pluie sur la côte.",
    "Le réassureur a acheté de la réassurance pour couvrir les tempêtes.",
    "Mon fils a écrit un rapport de stage sur la boulangerie.",
    "Le dessin de ma fille est très réussi.",
    "Le pompier a remonté le tuyau sur le camion.",
    "Le sentier est fléché vers le lac depuis le parking.",
    "Le match de demain commence à 15 h.",
    "La formation de demain matin est annulée.",
    "La signature du contrat est prévue lundi.",
    "J'ai pris un vol low-cost pour Lisbonne.",
    "Il a décliné l'invitation au mariage.",
    "Ces petits moments de vie avec ma fille me rendent heureux.",
    "On a réaligné les moteurs sur leurs socles.",
    "Les biofilms se développent dans les tuyaux des fauteuils dentaires.",
    "Mbappé a tiré le corner à la 80e minute.",
    "Le lead guitariste du groupe joue fort.",
    "Les agriculteurs mutualisent leur matériel depuis dix ans.",
    "Côté jardin, les tomates poussent enfin.",
    "Le portage des repas à domicile reprend lundi.",
    "Les enfants jouaient au centre de la place.",
    "Le modèle bat la baseline de trois points sur le jeu de test.",
    "Le brouillard réduit la visibilité sur la route du col.",
    "Nous avons huilé la terrasse : lames de deck en pin, garde-corps en inox.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_round4_family_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_the_same_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_phrases_fire_only_among_other_jargon() -> None:
    """« public cible » is ordinary alone; among firm jargon it is shown as information."""
    alone = "Le public cible du festival, ce sont les familles du quartier."
    assert [f for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    dense = "Notre public cible : rapport d'étonnement, météo d'équipe, modèle cible, collaborateur augmenté."
    found = {(f.rule, f.text) for f in analyze(dense, Profile()).flags if f.kind in SURFACE}
    assert ("jargon.fr.r4f_contexte_action_publique", "public cible") in found, found
