"""French corporate idioms, metaphors and langue de bois formulas (fr/jargon.idiomes.toml, ids idi_).

Each family is an image of office-speak with a literal sense in ordinary French: the "new oil", bandwidth for a
person, teams pulling in the same direction, the course set for 2030, arming the sales teams, putting an offer into
orbit, landing a project, a fertile ground for innovation, the keystone of management, 360° partners, aller-vers and
earmarked funds. The sentences were written for this test. Each flagged one must yield a jargon flag from the given
rule with exactly the given evidence. The plain sentences use the same images in their literal sense (an oil tanker,
a home internet box, a skipper holding his course, a mason, a gardener, a choir, a rocket, a mechanic) and must get
no jargon, peacock or hedge flag. Images that are ordinary French on their own ("garder le cap", "tous dans le même
bateau", "la niaque") are context entries: shown only among other jargon.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, surface_flags

FLAGGED = [
    # le nouveau pétrole
    ("La donnée est le nouveau pétrole de notre métier.", "idi_nouveau_petrole", "nouveau pétrole"),
    ("Les avis clients sont devenus le nouvel or noir.", "idi_nouveau_petrole", "nouvel or noir"),
    ("La confiance est la nouvelle monnaie des marques.", "idi_nouveau_petrole", "la nouvelle monnaie"),
    ("Il faut s'adapter au nouveau normal.", "idi_nouveau_petrole", "nouveau normal"),
    # bande passante d'une personne
    (
        "Cet outil va libérer de la bande passante pour les managers.",
        "idi_bande_passante",
        "libérer de la bande passante",
    ),
    (
        "Le tri est brutal mais ça libère énormément de bande passante.",
        "idi_bande_passante",
        "libère énormément de bande passante",
    ),
    ("La bande passante mentale des parents est limitée.", "idi_bande_passante", "bande passante mentale"),
    # équipes
    ("Il faut faire adhérer les collaborateurs au projet.", "idi_equipes_adherer", "faire adhérer les collaborateurs"),
    ("Cette journée sert à aligner les équipes sur les priorités.", "idi_equipes_adherer", "aligner les équipes"),
    ("Un bon manager sait emmener ses équipes.", "idi_equipes_adherer", "sait emmener ses équipes"),
    ("Tout le monde doit tirer dans le même sens.", "idi_equipes_adherer", "tirer dans le même sens"),
    ("La mise en musique du plan commence en janvier.", "idi_equipes_adherer", "mise en musique du plan"),
    ("Nous cultivons l'esprit du faire ensemble.", "idi_faire_ensemble", "esprit du faire ensemble"),
    # changement
    ("Il faut déplacer le curseur vers plus de prévention.", "idi_changement", "déplacer le curseur vers plus"),
    ("Nous franchissons un nouveau palier cette année.", "idi_changement", "franchissons un nouveau palier"),
    (
        "Faire tomber les murs entre les équipes, voilà le défi.",
        "idi_changement",
        "Faire tomber les murs entre les équipes",
    ),
    # humain, posture
    ("Une banque à visage humain, proche de ses clients.", "idi_humain", "à visage humain"),
    ("Il faut réhumaniser la relation client.", "idi_humain", "réhumaniser"),
    ("Nous sommes dans le faire, pas dans le dire.", "idi_humain", "sommes dans le faire"),
    # action publique
    ("Il faut repenser nos métiers à l'aune des enjeux climatiques.", "idi_action_publique", "à l'aune des"),
    ("À l'ère du numérique, les métiers évoluent.", "idi_action_publique", "À l'ère du numérique"),
    ("Il faut aller vers les publics les plus fragiles.", "idi_action_publique", "aller vers les publics"),
    ("Ces crédits seront fléchés vers la rénovation des écoles.", "idi_action_publique", "crédits seront fléchés"),
    ("Nous avons dépriorisé ce chantier.", "idi_action_publique", "dépriorisé"),
    ("Construisons ensemble l'avenir de la vallée.", "idi_action_publique", "Construisons ensemble l'avenir"),
    ("Ce fonds a un effet démultiplicateur sur l'emploi local.", "idi_action_publique", "effet démultiplicateur"),
    ("Une politique qui s'appuie sur un maillage fin des acteurs locaux.", "idi_aller_vers", "maillage fin"),
    ("Il faut prendre le pouls du terrain chaque semaine.", "idi_aller_vers", "prendre le pouls du terrain"),
    ("Nous plaçons le consomm'acteur au cœur du projet.", "idi_aller_vers", "consomm'acteur"),
    # cocher les cases
    ("Ce candidat coche toutes les cases.", "idi_cocher_cases", "coche toutes les cases"),
    # navigation
    ("Cap sur 2030 avec trois nouvelles usines !", "idi_cap", "Cap sur 2030"),
    ("Nous mettons le cap sur l'international.", "idi_cap", "mettons le cap sur l'international"),
    ("La direction a fixé le cap pour 2030.", "idi_cap", "fixé le cap pour 2030"),
    ("Faire virer un paquebot prend du temps.", "idi_cap", "Faire virer un paquebot"),
    ("Notre étoile polaire reste la satisfaction client.", "idi_cap", "Notre étoile polaire"),
    ("Le nouveau dirigeant redresse la barre.", "idi_cap", "redresse la barre"),
    # armée
    ("Nous armons nos commerciaux avec de nouveaux outils.", "idi_militaire", "armons nos commerciaux"),
    ("Nous partons à la conquête du marché allemand.", "idi_militaire", "à la conquête du marché"),
    ("Le manager motive ses troupes avant la saison.", "idi_militaire", "motive ses troupes"),
    ("Notre filiale est le fer de lance du groupe.", "idi_militaire", "est le fer de lance"),
    ("La bataille des talents fait rage dans la cybersécurité.", "idi_militaire", "bataille des talents"),
    # espace, aviation
    ("Il faut faire atterrir la négociation avant l'été.", "idi_orbite_atterrir", "faire atterrir la négociation"),
    ("La mise sur orbite de notre offre est prévue en mars.", "idi_orbite_atterrir", "mise sur orbite de notre offre"),
    ("Visons la lune, nous atteindrons les étoiles.", "idi_orbite_atterrir", "Visons la lune"),
    # jardin, cuisine
    ("Nous semons les graines du changement.", "idi_jardin", "semons les graines du changement"),
    ("Ce territoire est un terreau fertile pour l'innovation.", "idi_jardin", "terreau fertile pour l'innovation"),
    ("Faire germer des idées, c'est notre métier.", "idi_jardin", "Faire germer des idées"),
    ("La mayonnaise a pris entre les équipes.", "idi_jardin", "mayonnaise a pris"),
    # chantier, mécanique, musique
    ("La confiance est la clé de voûte du management.", "idi_chantier", "clé de voûte du management"),
    ("Le manager est la courroie de transmission de la direction.", "idi_chantier", "la courroie de transmission"),
    ("Une tour de contrôle des opérations suit chaque commande.", "idi_chantier", "tour de contrôle des opérations"),
    ("Les ingrédients du succès tiennent en trois mots.", "idi_chantier", "ingrédients du succès"),
    # 360
    ("Notre cabinet se veut un partenaire à 360° des dirigeants.", "idi_a_360", "partenaire à 360"),
    ("Une activation 360 qui va faire parler.", "idi_a_360", "activation 360"),
    # récit
    ("Ensemble, on va écrire la suite de l'histoire du club.", "idi_formules_recit", "écrire la suite de l'histoire"),
    ("Être le trait d'union entre la science et le patient.", "idi_formules_recit", "trait d'union entre"),
    ("La QVCT n'est pas un supplément d'âme.", "idi_formules_recit", "pas un supplément d'âme"),
    ("Merci pour la richesse des échanges de ce matin.", "idi_formules_recit", "richesse des échanges"),
    ("Place maintenant à l'opérationnel !", "idi_formules_recit", "Place maintenant à l'opérationnel"),
    ("Ensemble, tout est possible.", "idi_formules_recit", "Ensemble, tout est possible"),
    # conquête, verrous, casquettes, terrains de jeu
    ("Notre plan de reconquête démarre en janvier.", "idi_conquete_verrous", "plan de reconquête"),
    ("Nous lançons une offensive commerciale en Espagne.", "idi_conquete_verrous", "offensive commerciale"),
    ("Il faut faire sauter les verrous.", "idi_conquete_verrous", "faire sauter les verrous"),
    ("Avec ma double casquette de juriste et de coach.", "idi_conquete_verrous", "double casquette"),
    ("Beaucoup ont raté le virage du numérique.", "idi_conquete_verrous", "raté le virage du numérique"),
    ("L'Europe est notre terrain de jeu.", "idi_conquete_verrous", "notre terrain de jeu"),
    ("Nous voulons muscler notre offre.", "idi_conquete_verrous", "muscler notre offre"),
    ("La confiance est le ciment de notre collectif.", "idi_conquete_verrous", "ciment de notre collectif"),
    ("Un bac à sable réglementaire pour les fintechs.", "idi_conquete_verrous", "bac à sable réglementaire"),
    ("Cette zone est le poumon économique de la région.", "idi_conquete_verrous", "poumon économique"),
]

PLAIN = [
    "Mon oncle travaille sur un pétrolier qui transporte du pétrole brut vers Rotterdam.",
    "La bande passante de notre box internet a doublé depuis la fibre.",
    "Le skipper a gardé le cap toute la nuit malgré la houle.",
    "Ce matin, le skipper a pris la barre et mis le cap sur Belle-Île.",
    "Malgré les vents contraires, le voilier est arrivé à Lorient avant la nuit.",
    "Le maçon pose les fondations de la maison la semaine prochaine.",
    "Au potager, nous semons des graines de tomates et de courgettes.",
    "Le jardinier dit que ce terreau fertile convient aux tomates.",
    "La chorale a chanté à l'unisson dans l'église du village.",
    "Le pilote a fait atterrir l'avion malgré le brouillard.",
    "La fusée a mis sur orbite deux satellites météo.",
    "Cette pierre sculptée est la clé de voûte de l'arc roman.",
    "Le mécanicien a changé la courroie de transmission de la moissonneuse.",
    "On a fait tomber la cloison entre la cuisine et le salon.",
    "Depuis la tour de contrôle, on voit décoller les avions.",
    "Le milieu de terrain a récupéré le ballon au centre du jeu.",
    "Nous avons fait une randonnée hors des sentiers battus dans le Vercors.",
    "Il a passé le relais à son coéquipier au dernier tour.",
    "Les troupes napoléoniennes ont traversé ce col en 1800.",
    "Ils ont aligné les chaises pour le spectacle de fin d'année.",
    "On a déplacé le curseur de la souris pour fermer la fenêtre.",
    "Nous sommes tous dans le même bateau depuis la tempête, au sens propre : le ferry est bloqué au port.",
    "Cerise sur le gâteau, il a fait beau tout le week-end.",
    "Les touristes ont pris le pouls du patient avant l'arrivée des pompiers.",
    "Le train de marchandises tiré par une vieille locomotive est passé à midi.",
    "J'ai acheté un trait d'union en bois pour l'atelier de calligraphie.",
    "Le maçon prépare le ciment de la terrasse.",
    "Les enfants jouent dans le bac à sable du square.",
    "Le cycliste a raté le virage et fini dans le fossé.",
    "La fusée a quitté sa rampe de lancement à l'aube.",
    "Le tiercé gagnant est sorti dimanche à Longchamp.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_idiom_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_literal_sense_of_the_same_image_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_ordinary_images_fire_only_among_other_jargon() -> None:
    """« garder le cap », « la niaque », « tous dans le même bateau » are ordinary French alone; among firm jargon
    they are shown as information."""
    alone = "Elle a la niaque et nous sommes tous dans le même bateau."
    assert surface_flags(alone) == []
    dense = (
        "Elle a la niaque. Nous armons nos commerciaux, nous faisons atterrir le projet et nous sommes tous "
        "dans le même bateau."
    )
    found = {(f.rule, f.text, f.severity) for f in surface_flags(dense)}
    assert ("jargon.fr.idi_mindset_ctx", "la niaque", "info") in found
    assert ("jargon.fr.idi_equipes_ctx", "tous dans le même bateau", "info") in found
