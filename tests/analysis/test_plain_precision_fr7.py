"""French plain posts: buzzword-prone words used in their literal sense get no surface flag (issue #3, round fr7).

Each sincere sentence uses a word that office-speak also uses, in its own domain, shown by a domain word in the
same or a neighbouring sentence (the entry's ``literal`` cues): building work ("décloisonner la cuisine"),
chemistry ("le dioxyde de manganèse catalyse la réaction"), rugby ("transformation réussie" after a try),
pharmacology ("aucune synergie entre deux anti-inflammatoires"), vaccination ("un booster" for a second dose),
animals ("la plus agile du troupeau"), a railway signal box ("les leviers"), a laboratory or a hen house
("incuber"), first aid ("insuffler"), children ("responsabiliser les enfants"), baking ("pépites de chocolat"),
software builds ("notre pipeline de tests"), sailing ("fixer le cap" on a yacht), a mountain ("prendre de la
hauteur" by cable car), psychology ("résilience" after an accident), the Michelin guide ("chef étoilé"). A sales
rank on its own ("le pain le plus demandé en décembre"), a factor ("multipliée par dix") and a full house ("salle
comble", 300 people) are measured facts, shown only among other puffery. Weather ("une marée exceptionnelle"),
notices ("fermeture exceptionnelle"), company law ("assemblée générale extraordinaire") and large letters or
wholesale ("écrire en gros", "le grossiste") are literal too. A caveat about one's own memory ("sauf erreur de ma
part", "si je me souviens bien", "il me semble") is honest doubt about a fact: shown only among other hedges. The
corporate sense of the same words stays flagged.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

PLAIN_FR = [
    "Ce week-end, on a décloisonné le salon et la cuisine de l'appartement. Le maçon avait vérifié la cloison avant.",
    "Pour le décloisonnement de notre entrée, il a fallu six sacs de plâtre et beaucoup de patience.",
    "En TP de chimie, une pincée de dioxyde de manganèse catalyse la décomposition de l'eau oxygénée.",
    "Les enzymes du foie catalysent cette réaction en quelques secondes, a expliqué la prof de SVT.",
    "Dimanche, nos cadets ont gagné : essai à la dernière minute et transformation réussie par Léa.",
    "Transformation réussie en coin, puis deux pénalités dans le dernier quart d'heure : match gagné à l'extérieur.",
    "Deux anti-inflammatoires en même temps ? Non : aucune synergie, seulement plus de risques pour l'estomac.",
    "Troisième piqûre ce matin à la pharmacie. Mon voisin anglais appelle ça un booster.",
    "Notre vieille chèvre reste la plus agile du troupeau, elle saute encore sur le muret.",
    "Dans l'ancien poste d'aiguillage, les leviers se tiraient à la main, il fallait des bras.",
    "Pour sortir la poutre de la grange, on a glissé les leviers dessous, à quatre.",
    "À la boulangerie, le pain le plus demandé en décembre reste la baguette de tradition.",
    "Le modèle le plus vendu du magasin cette année, c'est une perceuse à 79 euros.",
    "Au labo, les boîtes de gélose incubent deux jours à 37 degrés avant la lecture.",
    "On a fait incuber les œufs de nos poules : sept poussins sont nés ce matin.",
    "Le secouriste a insufflé de l'air dans les poumons de la victime jusqu'à l'arrivée du SAMU.",
    "À la maison, on essaie de responsabiliser les enfants : chacun nourrit le lapin à tour de rôle.",
    "Elle a challengé son grand-père sur l'échiquier du salon et elle a gagné en vingt coups.",
    "Pour les cookies, il faut des pépites de chocolat noir et un peu de fleur de sel.",
    "On a pivoté le canapé face à la fenêtre, on voit enfin le jardin depuis le salon.",
    "Notre pipeline de tests tourne dans un conteneur Docker depuis lundi.",
    "On a pris de la hauteur dimanche : le téléphérique, puis deux heures de marche jusqu'au sommet.",
    "Avec la fibre, la bande passante du cabinet a été multipliée par dix.",
    "Avec un coefficient de 118, la marée était exceptionnelle ce matin à Cancale.",
    "Fermeture exceptionnelle de la boutique samedi pour inventaire.",
    "Assemblée générale extraordinaire de la copropriété jeudi : on vote le ravalement.",
    "Ma voisine m'a demandé d'écrire les horaires en gros sur la porte du local.",
    "Le grossiste nous vend les bocaux en gros, par palettes entières.",
    "Sauf erreur de ma part, la déchetterie ferme à 17 h le samedi.",
    "Si je me souviens bien, le marché de Noël commence le premier vendredi de décembre.",
    "La déchetterie rouvre le 2 janvier, il me semble, mais je vérifie sur le site de la mairie.",
    "Le skipper a fixé le cap sur Groix à l'aube, et le voilier a tenu ses six nœuds.",
    "Le concert de la chorale a fait salle comble : 300 personnes dans l'église du bourg.",
    "Après son accident, il a fait preuve d'une grande résilience, nous a dit sa psychologue.",
    "Le chef étoilé du village a gardé son étoile au guide Michelin cette année.",
]

CORPORATE_FR = [
    (
        "Notre ambition : décloisonner les services et fluidifier les parcours patients.",
        "décloisonner",
        "jargon.fr.decloisonner",
    ),
    ("Le décloisonnement entre marketing et ventes est notre priorité.", "décloisonnement", "jargon.fr.decloisonner"),
    ("Ce programme va catalyser les énergies de toutes nos équipes.", "catalyser", "jargon.fr.catalyser"),
    (
        "Transformation réussie pour notre service client, désormais 100 % digital.",
        "Transformation réussie",
        "jargon.fr.transformation_reussie",
    ),
    ("Ensemble, nous allons créer des synergies entre nos métiers.", "créer des synergies", "jargon.fr.synergie"),
    ("La pharmacie du groupe va booster ses ventes en ligne.", "booster ses ventes", "jargon.fr.booster"),
    ("Nos équipes doivent devenir plus agiles face au marché.", "plus agiles", "jargon.fr.agilite"),
    ("Les leviers de croissance sont identifiés pour 2025.", "leviers de croissance", "jargon.fr.leviers"),
    ("Le management, c'est responsabiliser et faire confiance.", "responsabiliser", "jargon.fr.responsabiliser"),
    ("Notre start-up studio va incuber dix projets de collaborateurs.", "incuber", "jargon.fr.incuber"),
    ("Il a su insuffler à toute l'entreprise l'envie d'oser.", "insuffler", "jargon.fr.insuffler"),
    ("Julie est une vraie pépite, recrutez-la !", "pépite", "peacock.fr.pepite"),
    ("Un bon manager sait prendre de la hauteur.", "prendre de la hauteur", "jargon.fr.prendre_de_la_hauteur"),
    ("Le pipeline commercial est plein pour le trimestre.", "Le pipeline", "jargon.fr.franglais_3"),
    (
        "Notre chiffre d'affaires multiplié par dix : une année record, un succès fou !",
        "multiplié par dix",
        "peacock.fr.multiplie_par_dix",
    ),
    ("Mon rôle de dirigeant ? Donner le cap et faire confiance.", "Donner le cap", "jargon.fr.fixer_le_cap"),
    (
        "Une conférence légendaire, une salle comble et une énergie folle !",
        "salle comble",
        "peacock.fr.affluence",
    ),
    (
        "Nos équipes ont fait preuve d'une grande résilience cette année.",
        "fait preuve d'une grande résilience",
        "jargon.fr.d2_ldb_communique_2",
    ),
    (
        "Il me semble que, d'une certaine manière, cette réforme va peut-être dans le bon sens.",
        "Il me semble que",
        "hedge.fr.il_me_semble",
    ),
    (
        "Vue à couper le souffle, service d'exception et une table étoilée.",
        "table étoilée",
        "peacock.fr.etoile",
    ),
    ("Une soirée exceptionnelle avec nos clients.", "exceptionnelle", "peacock.fr.exceptionnel"),
    ("Nos clients sont extraordinaires.", "extraordinaires", "peacock.fr.extraordinaire"),
    ("En gros, le projet a pris six mois de retard.", "En gros", "hedge.fr.en_gros"),
    (
        "Sauf erreur de ma part, nous sommes sans doute les premiers à avoir osé, en quelque sorte.",
        "Sauf erreur de ma part",
        "hedge.fr.a_ce_que_je_sache",
    ),
    (
        "Notre formation la plus demandée revient : un programme d'exception, unique en France.",
        "la plus demandée",
        "peacock.fr.superlatifs_ventes",
    ),
]


@pytest.mark.parametrize("text", PLAIN_FR)
def test_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


@pytest.mark.parametrize(("text", "evidence", "rule"), CORPORATE_FR)
def test_corporate_sense_stays_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)
