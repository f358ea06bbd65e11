"""French jargon families added from the dev3 misses (fr/jargon.dev3.toml, ids d3f_, and the "Passe dev3 (d3_)"
block of fr/jargon.anglicismes.toml).

Each miss of a fresh corpus was taken as a sample of a family: sales and productivity franglais (deals signés,
mode hunter, batcher les emails, focus time, call calé, deck à finaliser, setup), consulting and transformation
speak (de bout en bout, jusqu'au run, modèle opérationnel, organisation par tribus, en rupture), public-sector
langue de bois (essaimer, dupliquer le modèle, mailler les acteurs, tissu socio-économique, décliner la politique
publique, contexte contraint), hospital plans (graduer l'offre de soins), school reform, coaching-speak (tenir
l'espace, sécurité psychologique, oser sa singularité) and HR-speak (baromètres d'engagement, nouvelle page de notre
histoire). The sentences were written for this test, not taken from a corpus. Each must yield a jargon flag from the
given rule with exactly the given evidence. The plain sentences use the same words in their literal sense (bees
swarming, a house's foundations, a resilient plant, out of stock, a crowbar used as a lever, a pond's ecosystem)
and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

FLAGGED = [
    # franglais de la vente et de la productivité
    ("Trois deals signés cette semaine, on repart en mode hunter lundi.", "d3_vente_deals", "deals signés"),
    ("Trois deals signés cette semaine, on repart en mode hunter lundi.", "d3_vente_deals", "mode hunter"),
    ("Nous ouvrons une offre dédiée aux clients corporate dès janvier.", "d3_vente_deals", "clients corporate"),
    ("Mon conseil : batcher les emails deux fois par jour.", "d3_productivite", "batcher les emails"),
    ("Je bloque du focus time chaque matin avant 10 h.", "d3_productivite", "focus time"),
    ("Après ce stage, j'ai juste envie de grow avec cette équipe.", "d3_productivite", "grow"),
    ("Le mood de l'équipe est au beau fixe ce lundi.", "d3_productivite", "mood de l'équipe"),
    ("Call calé avec la DAF jeudi pour valider le budget.", "d3_call_deck", "Call calé"),
    ("Deck à finaliser avant le comité de demain.", "d3_call_deck", "Deck à finaliser"),
    ("J'ai déjà setup le nouveau CRM pour toute l'équipe.", "d3_setup_verbe", "setup"),
    ("Nos vendeurs vont phygitaliser le parcours en magasin.", "d3_phygital_run", "phygitaliser"),
    ("Nous accompagnons le projet du cadrage jusqu'au run.", "d3_phygital_run", "jusqu'au run"),
    ("Tu as un profil hybride entre data et marketing ?", "d3_phygital_run", "profil hybride"),
    ("Package selon profil, mutuelle prise en charge à 100 %.", "d3_phygital_run", "Package selon profil"),
    ("Voici mes 5 hacks pour tenir le rythme.", "d3_phygital_run", "mes 5 hacks"),
    # diffusion, action publique
    (
        "L'objectif est d'essaimer sur les autres sites dès la rentrée.",
        "d3f_essaimer_dupliquer",
        "essaimer sur les autres sites",
    ),
    (
        "Après ce pilote, nous allons dupliquer notre modèle dans six villes.",
        "d3f_essaimer_dupliquer",
        "dupliquer notre modèle",
    ),
    ("Il faut mailler les acteurs de l'insertion du bassin d'emploi.", "d3f_action_publique", "mailler les acteurs"),
    (
        "Ces entreprises irriguent le tissu socio-économique de la vallée.",
        "d3f_action_publique",
        "tissu socio-économique",
    ),
    (
        "Chaque agence régionale devra décliner la politique publique sur son territoire.",
        "d3f_action_publique",
        "décliner la politique publique",
    ),
    (
        "Dans un contexte budgétaire contraint, nous maintenons nos investissements.",
        "d3f_action_publique",
        "contexte budgétaire contraint",
    ),
    (
        "Chaque habitant pourra s'approprier le projet lors des ateliers.",
        "d3f_action_publique",
        "s'approprier le projet",
    ),
    (
        "Chaque agent devient acteur de la transformation du service.",
        "d3f_action_publique",
        "acteur de la transformation",
    ),
    # hôpital, école
    (
        "Le projet médical vise à graduer l'offre de soins entre les trois sites.",
        "d3f_sante_hopital",
        "graduer l'offre de soins",
    ),
    ("Il faut fluidifier le parcours patient aux urgences.", "d3f_sante_hopital", "fluidifier le parcours patient"),
    (
        "Les enseignants doivent différencier les apprentissages dès la sixième.",
        "d3f_ecole_reforme",
        "différencier les apprentissages",
    ),
    # coaching, leadership
    ("Mon programme aide les femmes à oser leur singularité.", "d3f_coaching_leadership", "oser leur singularité"),
    ("Un bon manager sait tenir l'espace pour son équipe.", "d3f_coaching_leadership", "tenir l'espace"),
    (
        "Le manager doit accueillir les émotions sans jugement.",
        "d3f_coaching_leadership",
        "accueillir les émotions sans jugement",
    ),
    (
        "Sans sécurité psychologique, personne n'ose signaler une erreur.",
        "d3f_coaching_leadership",
        "sécurité psychologique",
    ),
    # RH
    ("Nous avons lancé des baromètres d'engagement trimestriels.", "d3f_rh_engagement", "baromètres d'engagement"),
    ("Réunion lundi pour aligner tout le monde sur les priorités.", "d3f_rh_engagement", "aligner tout le monde"),
    (
        "Ce plan vise à ancrer nos nouveaux comportements managériaux.",
        "d3f_rh_engagement",
        "ancrer nos nouveaux comportements",
    ),
    (
        "Le groupe ouvre une nouvelle page de notre histoire avec ce rachat.",
        "d3f_rh_engagement",
        "nouvelle page de notre histoire",
    ),
    ("Rejoins une team bienveillante et ambitieuse.", "d3f_rh_engagement", "bienveillante"),
    ("Nous restons mobilisés pour nos clients.", "d3f_rh_engagement", "restons mobilisés"),
    # conseil, transformation
    ("Nous accompagnons votre transformation de bout en bout.", "d3f_conseil_transfo", "de bout en bout"),
    ("Nous faisons évoluer notre modèle opérationnel cette année.", "d3f_conseil_transfo", "modèle opérationnel"),
    ("La banque passe à une organisation par tribus.", "d3f_conseil_transfo", "organisation par tribus"),
    ("Le groupe déploie des solutions bas-carbone pour l'industrie.", "d3f_conseil_transfo", "déploie des solutions"),
    ("Il faut bâtir une agriculture résiliente face aux sécheresses.", "d3f_conseil_transfo", "agriculture résiliente"),
    ("Notre objectif : fidéliser la communauté autour de la marque.", "d3f_conseil_transfo", "fidéliser la communauté"),
    ("Nos bureaux hybrides ont été pensés comme un lieu de vie.", "d3f_conseil_transfo", "bureaux hybrides"),
    ("Nos bureaux hybrides ont été pensés comme un lieu de vie.", "d3f_conseil_transfo", "pensés comme un lieu de vie"),
    ("Nous voulons poser les fondations d'une croissance durable.", "d3f_conseil_transfo", "poser les fondations"),
    # second lot : registres de secteur
    (
        "Notre ambition : faire vivre le territoire avec les associations.",
        "d3f_territoire_public",
        "faire vivre le territoire",
    ),
    (
        "Le nouveau service permet d'agir au plus près des habitants.",
        "d3f_territoire_public",
        "au plus près des habitants",
    ),
    (
        "Nous voulons redonner du sens à l'action publique.",
        "d3f_territoire_public",
        "redonner du sens à l'action publique",
    ),
    ("Ce plan vise la pertinence des soins dans les services.", "d3f_sante_parcours", "pertinence des soins"),
    ("La formation s'appuie sur une approche par compétences.", "d3f_ecole_pedagogie", "approche par compétences"),
    ("Mon accompagnement vous aide à libérer ton potentiel.", "d3f_coaching_soi", "libérer ton potentiel"),
    ("Ce plan d'économies inclut un recentrage stratégique.", "d3f_transformation_plan", "recentrage stratégique"),
    ("La direction veut simplifier notre organisation.", "d3f_transformation_plan", "simplifier notre organisation"),
    ("Notre modèle repose sur la création de valeur durable.", "d3f_transformation_plan", "création de valeur durable"),
    ("Le nouveau siège sera un bâtiment totem pour le groupe.", "d3f_lieux_experience", "bâtiment totem"),
    ("Le plateau offre des espaces modulables sur 2 000 m².", "d3f_lieux_experience", "espaces modulables"),
    ("Nos boutiques misent sur la théâtralisation de l'offre.", "d3f_lieux_experience", "théâtralisation"),
    # troisième lot : franglais de vente, produit, bureau, RH
    ("Notre taux de closing a doublé depuis janvier.", "d3_vente_pipe", "taux de closing"),
    ("On doit shipper la feature avant vendredi.", "d3_produit_tech", "shipper la feature"),
    ("Il faut descoper la V2 pour tenir la date.", "d3_produit_tech", "descoper"),
    ("Ma morning routine commence à 5 h.", "d3_produit_tech", "morning routine"),
    ("Je vais checker mes mails avant la réunion.", "d3_verbes_bureau", "checker mes mails"),
    ("Il faut pusher cette idée au prochain comité.", "d3_verbes_bureau", "pusher cette idée"),
    ("Nos top performers partent chez la concurrence.", "d3_rh_people", "top performers"),
    ("Le quiet quitting touche aussi les cadres.", "d3_rh_people", "quiet quitting"),
    # quatrième lot : culture, banque, filières, cabinets
    (
        "Notre festival veut aller à la rencontre des publics des quartiers nord.",
        "d3f_culture_asso",
        "aller à la rencontre des publics",
    ),
    (
        "Ce projet vise à développer le pouvoir d'agir des habitants.",
        "d3f_culture_asso",
        "développer le pouvoir d'agir",
    ),
    ("Nous développons la finance à impact pour nos épargnants.", "d3f_banque_assurance", "finance à impact"),
    ("La coopérative mise sur l'agriculture régénératrice.", "d3f_agri_energie", "agriculture régénératrice"),
    ("Un cabinet à taille humaine pour les dossiers à fort enjeu.", "d3f_cabinet_conseil", "cabinet à taille humaine"),
]

PLAIN = [
    "Les abeilles ont essaimé sur le pommier du voisin.",
    "Le maçon a posé les fondations de la maison en mars.",
    "Cette plante résiliente a survécu à la sécheresse.",
    "Le magasin est en rupture de stock de farine.",
    "J'ai dupliqué la clé de la maison chez le cordonnier.",
    "L'ambulance a traversé la ville de bout en bout en dix minutes.",
    "J'ai coché toutes les cases du formulaire de la mairie.",
    "Les tribus du désert voyagent avec leurs troupeaux et chaque tribu a son puits.",
    "Les pompiers restent mobilisés sur l'incendie de forêt.",
    "Le baromètre de la cuisine annonce du beau temps.",
    "Le tissu de la robe est en lin lavé.",
    "Le médecin prend le temps d'accueillir les émotions des familles en deuil.",
    "La sécurité routière rappelle de boucler sa ceinture.",
    "Il faut différencier les champignons comestibles des toxiques.",
    "La cuisine est le lieu de vie de la maison.",
    "L'écosystème local de la rivière est fragile.",
    "Cet écosystème fragile abrite des tritons et des libellules.",  # dev3 plain false positive, now narrowed
    "On a utilisé une barre à mine comme levier pour soulever la pierre.",  # idem
    "Le levier de vitesse de la vieille voiture est dur.",
    "Mon fils a dessiné trois nouveaux logos pour son club de foot.",
    "Le jardinier a maillé le grillage du poulailler.",
    "Les bénévoles restent disponibles tout l'été pour les enfants.",
    "Mon fils a trouvé sa place dans l'équipe de rugby.",
    "Le totem du camp scout a été repeint par les enfants.",
    "La salle des fêtes a des cloisons modulables pour les mariages.",
    "Le comité des fêtes prépare la brocante de dimanche.",
    "Le panneau exit du cinéma clignotait toute la séance.",
    "Mon chien adore le toilettage du samedi.",
    "La pipe de mon grand-père sent encore le tabac.",
    "Mes enfants ont visité le musée avec leur grand-mère dimanche.",
    "Les vaches sont rentrées des champs avant l'orage.",
    "On a tissé des liens avec les voisins pendant le confinement, et on va le faire ensemble encore.",
    "Ces petits moments de vie avec ma fille me rendent heureux.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_dev3_family_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_the_same_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_phrases_fire_only_among_other_jargon() -> None:
    """« cocher toutes les cases » is ordinary alone; among firm jargon it is shown as information."""
    alone = "Ce vélo coche toutes les cases pour aller au travail."
    assert [f for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    dense = "Notre projet coche toutes les cases : mailler les acteurs, dupliquer notre modèle, tissu socio-économique."
    found = {(f.rule, f.text) for f in analyze(dense, Profile()).flags if f.kind in SURFACE}
    assert ("jargon.fr.d3f_coaching_contexte", "coche toutes les cases") in found
