"""French hedges and puffery, second breadth pass (families first seen in the fresh dev2 posts), on sentences
written for this test.

Hedges: crisis and institutional communication (an apology conditioned on the reader's feelings, "a pu affecter",
a denial in the conditional, "à ce stade, aucune..."), a nuance announced and never made ("il convient de
nuancer"), plans that "peuvent encore évoluer", vague shares ("une bonne partie de leur audience", "s'explique en
partie"), lines that leave the reader to conclude ("je pose ça là") and hearsay ("du moins c'est ce qu'on entend").

Puffery: reactions promised to the reader ("va vous décrocher la mâchoire", "un coffret à tomber"), a quality
pushed to the maximum ("d'une finesse folle", "d'un niveau stratosphérique"), listing rarity, coach light
("leadership rayonnant"), locker-room solidity ("un mental d'acier", "une défense en béton"), food ecstasy
("des macarons divins", "une tuerie").

Plain sentences use the same words in their ordinary sense (rain starting to fall, a concrete slab, a bird seen
once in ten years, a place still to be confirmed, a pool paid for in part by the town) and must get no jargon,
peacock or hedge flag. Some bare words are listed with severity "context": they show only among other puffery or
other hedges, which the last tests check.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, flags_of_kind, surface_flags

HEDGES = [
    ("Nous regrettons que notre campagne ait pu heurter certains lecteurs.", "ait pu heurter",
     "d2_excuses_subjonctif"),
    ("Notre publication a pu choquer, nous l'avons retirée.", "a pu choquer", "d2_excuses_subjonctif"),
    ("Ce message a pu prêter à confusion sur les horaires d'ouverture.", "a pu prêter à confusion",
     "d2_excuses_subjonctif"),
    ("La réorganisation a pu susciter des inquiétudes chez les agents.", "a pu susciter des inquiétudes",
     "d2_excuses_subjonctif"),
    ("Nous avons pu manquer de clarté sur les nouveaux tarifs.", "avons pu manquer de clarté",
     "d2_excuses_subjonctif"),
    ("Un bug a pu affecter la synchronisation des agendas mardi.", "a pu affecter", "d2_crise_impact_possible"),
    ("Certaines adresses e-mail ont pu être exposées lors de l'incident.", "ont pu être exposées",
     "d2_crise_impact_possible"),
    ("Les paiements ne seraient pas concernés par la panne.", "ne seraient pas concernés",
     "d2_crise_impact_possible"),
    ("Aucune donnée bancaire n'aurait été compromise.", "n'aurait été compromise", "d2_crise_impact_possible"),
    ("À ce stade, aucune fuite de données n'a été identifiée.", "À ce stade, aucune",
     "d2_crise_impact_possible"),
    ("Rien ne permet d'affirmer que le site a été piraté.", "Rien ne permet d'affirmer",
     "d2_crise_impact_possible"),
    ("Nos équipes cherchent à comprendre ce qui a pu se passer.", "ce qui a pu se passer",
     "d2_crise_impact_possible"),
    ("Ces premiers chiffres sont encourageants, mais il convient de nuancer.", "il convient de nuancer",
     "d2_nuance_annoncee"),
    ("Il faut relativiser ces résultats.", "Il faut relativiser", "d2_nuance_annoncee"),
    ("Difficile de quantifier l'effet de la campagne.", "Difficile de quantifier", "d2_nuance_annoncee"),
    ("Les modalités peuvent encore évoluer.", "peuvent encore évoluer", "d2_modalites_evolutives"),
    ("Le calendrier de déploiement est susceptible d'évoluer.", "susceptible d'évoluer",
     "d2_modalites_evolutives"),
    ("Rien n'est gravé dans le marbre pour la rentrée.", "Rien n'est gravé dans le marbre",
     "d2_modalites_evolutives"),
    ("Les newsletters perdent une bonne partie de leur audience en été.", "une bonne partie de leur audience",
     "d2_parts_floues"),
    ("La hausse s'explique en partie par l'effet prix.", "s'explique en partie", "d2_parts_floues"),
    ("Un incident a pu toucher une partie de nos utilisateurs.", "une partie de nos utilisateurs",
     "d2_parts_floues"),
    ("Le perfectionnisme est une forme de peur, au fond.", "est une forme de", "d2_parts_floues"),
    ("Le télétravail tue-t-il la créativité ? Je pose ça là.", "Je pose ça là", "d2_laisser_conclure"),
    ("Chacun y verra ce qu'il veut.", "Chacun y verra ce qu'il veut", "d2_laisser_conclure"),
    ("Libre à chacun d'en penser ce qu'il veut.", "Libre à chacun d'en penser", "d2_laisser_conclure"),
    ("On ne voudrait pas trop s'avancer sur la date de sortie.", "On ne voudrait pas trop s'avancer",
     "d2_ne_pas_s_avancer"),
    ("Les clients reviennent, du moins c'est ce qu'on entend chez les commerçants.",
     "du moins c'est ce qu'on entend", "d2_oui_dire"),
    ("De ce qu'on m'a raconté, la réunion était tendue.", "De ce qu'on m'a raconté", "d2_oui_dire"),
    ("Les ventes remontent, tendance à confirmer au prochain trimestre.", "à confirmer", "d2_a_confirmer_cadre"),
    ("Un signal encore fragile, mais on le prend.", "signal encore fragile", "d2_a_confirmer_cadre"),
    ("C'était, comment dire, surprenant.", "C'était, comment dire", "d2_tournures_orales"),
    ("Rien ne garantit que le projet aboutisse.", "Rien ne garantit que", "d2_sans_garantie"),
    ("Il n'est pas certain que la réforme passe.", "Il n'est pas certain que", "d2_sans_garantie"),
    ("Si les conditions le permettent, on ouvre en mai.", "Si les conditions le permettent", "d2_sans_garantie"),
    ("Une réflexion est en cours sur nos horaires.", "Une réflexion est en cours", "d2_decision_reportee"),
    ("Plusieurs pistes sont à l'étude pour le site de Brest.", "Plusieurs pistes sont à l'étude",
     "d2_decision_reportee"),
    ("Nous reviendrons vers vous dès que nous en saurons plus.", "dès que nous en saurons plus",
     "d2_decision_reportee"),
    ("Les avis divergent sur la semaine de quatre jours.", "Les avis divergent", "d2_avis_partages"),
    ("La question mérite d'être posée.", "La question mérite d'être posée", "d2_avis_partages"),
    ("Plusieurs clients m'ont dit que le site était lent.", "Plusieurs clients m'ont dit", "d2_sources_vagues"),
    ("Il y aurait environ 200 inscrits.", "Il y aurait environ", "d2_sources_vagues"),
    ("Il faut croire que la pluie fait fuir les clients.", "Il faut croire que", "d2_petites_reserves"),
    ("Je n'exclus pas de changer d'avis.", "Je n'exclus pas", "d2_petites_reserves"),
    ("Ces chiffres sont à prendre sous bénéfice d'inventaire.", "sous bénéfice d'inventaire",
     "d2_prudence_de_rigueur"),
    ("Je ne mettrais pas ma main à couper qu'il viendra.", "Je ne mettrais pas ma main à couper",
     "d2_prudence_de_rigueur"),
    ("Ça marche, du moins sur le papier.", "du moins sur le papier", "d2_petits_mots"),
    ("Le prétendu miracle de l'IA générative.", "prétendu", "d2_petits_mots"),
    ("Nous pourrions dire que le bilan est positif.", "Nous pourrions dire que", "d2_on_et_nous_prudents"),
    ("N'importe quel recruteur vous le dira.", "N'importe quel recruteur vous le dira", "d2_on_et_nous_prudents"),
    ("Il y a lieu de croire que la crise est passée.", "Il y a lieu de croire", "d2_on_et_nous_prudents"),
    ("Un léger flottement a été constaté au lancement.", "Un léger flottement", "d2_euphemismes_incident"),
    ("Certains clients ont pu rencontrer quelques lenteurs.", "ont pu rencontrer quelques",
     "d2_euphemismes_incident"),
    ("La reprise se profile pour le second semestre.", "se profile", "d2_prudence_de_rigueur"),
    ("On s'achemine vers un accord avec la région.", "On s'achemine vers", "d2_prudence_de_rigueur"),
    ("Nos résultats suggèrent un lien entre sommeil et mémoire.", "Nos résultats suggèrent",
     "d2_recherche_prudente"),
    ("Nos données ne permettent pas de conclure.", "ne permettent pas de conclure", "d2_recherche_prudente"),
    ("Les résultats, encore préliminaires, vont dans ce sens.", "encore préliminaires", "d2_recherche_prudente"),
]  # fmt: skip

PUFFERY = [
    ("Le chef va vous décrocher la mâchoire avec son paris-brest.", "décrocher la mâchoire",
     "d2_reactions_promises"),
    ("Un coffret à tomber pour les fêtes.", "à tomber", "d2_reactions_promises"),
    ("Vous n'en croirez pas vos papilles.", "Vous n'en croirez pas vos papilles", "d2_reactions_promises"),
    ("Des pâtisseries d'une finesse folle.", "d'une finesse folle", "d2_qualite_au_maximum"),
    ("Un accueil d'une gentillesse rare.", "d'une gentillesse rare", "d2_qualite_au_maximum"),
    ("Des invités d'un niveau stratosphérique pour cette édition.", "d'un niveau stratosphérique",
     "d2_qualite_au_maximum"),
    ("Maison de maître rarissime sur le secteur.", "rarissime sur le secteur", "d2_rarete_annonce"),
    ("J'accompagne les dirigeantes vers un leadership rayonnant.", "leadership rayonnant",
     "d2_coaching_lumineux"),
    ("Un accompagnement d'exception, des résultats fulgurants.", "des résultats fulgurants",
     "d2_coaching_lumineux"),
    ("Nos U17 ont montré un mental d'acier en finale.", "mental d'acier", "d2_solidite_vestiaire"),
    ("Une défense en béton et un gardien impeccable.", "en béton", "d2_solidite_vestiaire"),
    ("Un exploit majuscule pour le club.", "exploit majuscule", "d2_solidite_vestiaire"),
    ("Une cuisine qui n'a rien à envier aux plus grands.", "rien à envier aux plus grands",
     "d2_solidite_vestiaire"),
    ("Nos cookies sont une tuerie, venez goûter.", "sont une tuerie", "d2_eloges_de_bouche"),
    ("Des macarons divins et un accueil adorable.", "divins", "d2_eloges_de_bouche"),
    ("Des frites croustillantes à souhait.", "croustillantes à souhait", "d2_eloges_de_bouche"),
    ("Une villa de rêve face à la mer.", "villa de rêve", "d2_luxe_immobilier_evenements"),
    ("Un quartier très prisé des familles.", "très prisé", "d2_luxe_immobilier_evenements"),
    ("Un casting stellaire pour la soirée de gala.", "casting stellaire", "d2_qualite_au_maximum"),
    ("Un visuel qui claque pour la nouvelle collection.", "qui claque", "d2_superlatifs_argot"),
    ("Un bijou de technologie dans votre poche.", "Un bijou de technologie", "d2_superlatifs_argot"),
    ("Un succès foudroyant pour notre première collection.", "succès foudroyant", "d2_eloges_courants"),
    ("Le match du siècle se joue samedi.", "du siècle", "d2_eloges_courants"),
    ("Une étoile montante de la pâtisserie lyonnaise.", "étoile montante", "d2_eloges_courants"),
    ("Un vin d'une grande finesse, à découvrir au domaine.", "d'une grande finesse", "d2_eloges_courants"),
    ("Un service aux petits oignons.", "aux petits oignons", "d2_eloges_courants"),
    ("Un roman qu'on ne lâche pas avant la dernière page.", "qu'on ne lâche pas", "d2_eloges_oraux_et_chiffres"),
    ("Numéro 1 des ventes en librairie cet été.", "Numéro 1 des ventes", "d2_eloges_oraux_et_chiffres"),
    ("Nos U13 ont été monstrueux samedi.", "ont été monstrueux", "d2_vestiaire_et_plaquette_2"),
    ("Un accueil royal dans un cadre préservé.", "royal", "d2_vestiaire_et_plaquette_2"),
    ("Des centaines de clients satisfaits depuis 2019.", "Des centaines de clients satisfaits",
     "d2_vestiaire_et_plaquette_2"),
    ("Bravo pour ce parcours sans faute en Coupe de France.", "sans faute", "d2_vestiaire_et_plaquette_2"),
    ("Une expertise reconnue par nos pairs.", "reconnue par nos pairs", "reference_marche_5"),
    ("Des projets ultra-stimulants et une équipe hyper accueillante.", "ultra-stimulants", "d2_ultra_eloges"),
]  # fmt: skip

PLAIN = [
    "Rendez-vous le 12 mai à la salle des fêtes, horaire à confirmer.",
    "La piscine a été financée en partie par la mairie.",
    "J'ai passé une bonne partie de la nuit à réviser.",
    "Une partie de la classe est partie en sortie au musée.",
    "À ce stade de la course, il restait 10 km.",
    "Mon grand-père a pu toucher le trophée de ses mains.",
    "Grâce à vous, on a pu créer un jardin partagé.",
    "Le bateau a pu rentrer au port avant la tempête.",
    "Les enfants ont pu être accueillis dès 8 h.",
    "C'est une forme de diabète fréquente chez les enfants, a dit le médecin.",
    "J'ai posé mes clés quelque part dans l'entrée.",
    "Le chat est quelque part dans le jardin.",
    "La météo peut encore changer d'ici samedi, prenez un parapluie.",
    "Je vous laisse, le train arrive.",
    "La pluie commence à tomber sur le port.",
    "Attention, la branche est prête à tomber.",
    "On a coulé une dalle en béton pour l'abri de jardin.",
    "Un soleil rayonnant ce matin sur la plage.",
    "On a vu un oiseau rarissime au marais ce matin.",
    "Mon grand-père était un homme solaire, toujours souriant.",
    "Le match de samedi a été reporté à cause de la neige.",
    "Les joueurs de compétition s'entraînent le mardi.",
    "Le plateau de fromages était bien garni.",
    "Il y avait un ballon stratosphérique au-dessus du lycée.",
    "L'affiche du spectacle est collée sur la porte de l'école.",
    "On en ressort fatigués mais contents après la randonnée.",
    "La tarte de ma voisine était délicieuse.",
    "Exclusivité : maison de village de 90 m² avec jardin, 210 000 euros.",
    "Au briefing, le commandant de bord nous a donné la météo à l'arrivée.",
    "Le quartier est calme et la boulangerie est à côté.",
    "Plusieurs amis m'ont dit que le film était très beau.",
    "Nous espérons pouvoir vous accueillir nombreux samedi.",
    "La question se pose de savoir qui garde le chien.",
    "Sauf pluie, on se retrouve au parc à 15 h.",
    "Dès qu'on en saura plus sur l'opération de mamie, on vous dit.",
    "Dans la mesure du possible, merci d'arriver à l'heure.",
    "Il y avait à peu près 40 personnes à la kermesse.",
    "Un paysage d'une grande beauté au sommet du col.",
    "Un grand monsieur nous a quittés, le club est en deuil.",
    "La salle des fêtes est louée pour le week-end.",
    "Nous pourrions dire merci plus souvent à nos voisins.",
    "On peut s'attendre à de la pluie demain sur la côte.",
    "Un projet qu'on ne lâche pas depuis trois ans.",
    "Les travaux ont été énormes cette année dans la rue.",
    "Le calme absolu à la montagne, sans réseau.",
    "Le bus a eu un petit contretemps ce matin.",
    "Une légère baisse de température est annoncée demain.",
    "Une éclaircie se dessine en fin de journée sur la côte.",
    "Ma fille a fait une dictée sans faute.",
    "Un comportement exemplaire des enfants pendant la sortie.",
    "Les résultats provisoires de l'élection municipale sont affichés en mairie.",
    "Le lien faible du réseau wifi nous a coupés en pleine réunion.",
    "Quelle soirée ! Le chien a mangé le gâteau et la voiture n'a pas démarré.",
    "J'ai couru mon premier ultra-trail ce week-end, 80 km.",
    "Les ultras du club ont chanté tout le match.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), HEDGES)
def test_french_hedge_families_are_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="hedge", rule=f"hedge.fr.{rule}")


@pytest.mark.parametrize(("text", "evidence", "rule"), PUFFERY)
def test_french_puffery_families_are_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, kind="peacock", rule=f"peacock.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_senses_are_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)


def test_crisis_post_flags_each_hedge_once() -> None:
    text = (
        "Un incident technique a pu affecter une partie de nos utilisateurs hier soir. "
        "Les données ne seraient pas concernées."
    )
    hedges = flags_of_kind(text, "hedge")
    assert hedges == [
        ("a pu affecter", "hedge.fr.d2_crise_impact_possible"),
        ("une partie de nos utilisateurs", "hedge.fr.d2_parts_floues"),
        ("ne seraient pas concernées", "hedge.fr.d2_crise_impact_possible"),
    ]


def test_exclamations_are_not_puffery_even_among_puffery() -> None:
    # Annotators leave "Quelle aventure !" / "Quelle soirée !" out of puffery spans, even next to real puffery.
    dense = "Quelle soirée ! Une équipe incroyable, des intervenants exceptionnels et un succès retentissant."
    assert [evidence for evidence, _ in flags_of_kind(dense, "peacock")] == [
        "équipe incroyable",
        "exceptionnels",
        "succès retentissant",
    ]


def test_rarity_shows_only_among_other_puffery() -> None:
    plain = "On a vu un oiseau rarissime au marais ce matin."
    dense = (
        "Somptueuse demeure aux volumes spectaculaires, avec vue imprenable, et franchement rarissime dans le Luberon."
    )
    assert surface_flags(plain) == []
    assert ("rarissime", "peacock.fr.d2_emphase_ctx") in flags_of_kind(dense, "peacock")


def test_to_be_confirmed_shows_only_among_other_hedges() -> None:
    plain = "Le lieu est à confirmer, on vous écrit dès qu'on sait."
    dense = (
        "Les élèves seraient moins fatigués, du moins c'est ce qu'on entend. "
        "Les résultats auraient tendance à progresser, à confirmer."
    )
    assert surface_flags(plain) == []
    flags = analyze(dense, Profile()).flags
    confirm = [f for f in flags if f.text == "à confirmer"]
    assert [(f.kind.value, f.rule, f.severity.value) for f in confirm] == [
        ("hedge", "hedge.fr.d2_reserves_ctx", "info")
    ]
