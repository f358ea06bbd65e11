"""French jargon families added from the dev2 misses (the "Passe dev2 (d2_)" block of fr/jargon.toml).

Each miss of a fresh corpus was taken as a sample of a family: public-sector and political langue de bois
(mailler le territoire, flécher les crédits, faire système, décliner en plans d'action, outiller les acteurs,
en posture d'acteur, faire remonter au national), consulting and management-speak (prise de hauteur, du dire au
faire, culture de la preuve, gisements de valeur, faire atterrir), coaching-speak (désaligné, votre why), CSR and
"impact" speak, hospital and school reform speak, brand "experience" speak. The sentences were written for this
test, not taken from a corpus. Each must yield a jargon flag from the given rule with exactly the given evidence.
The plain sentences use the same words in their literal sense (a fishing net, a sailing heading, a wheel out of
alignment, a plane landing) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

FLAGGED = [
    # action publique, langue de bois politique
    ("Notre priorité pour 2026 : mailler le territoire avec douze maisons de santé.", "d2_mailler_flecher",
     "mailler le territoire"),
    ("Le département va flécher des crédits supplémentaires vers la petite enfance.", "d2_mailler_flecher",
     "flécher des crédits"),
    ("Les subventions fléchées vers le sport ont doublé.", "d2_mailler_flecher", "subventions fléchées"),
    ("Le maire a promis de sanctuariser le budget de la culture.", "d2_mailler_flecher", "sanctuariser le budget"),
    ("Avec ce contrat local, nous voulons faire système entre hôpital et pharmaciens.", "d2_faire_systeme",
     "faire système"),
    ("Il faudra ensuite décliner la feuille de route en plans d'action par quartier.", "d2_decliner_outiller",
     "décliner la feuille de route en plans d'action"),
    ("Notre mission : outiller les enseignants face au harcèlement.", "d2_decliner_outiller",
     "outiller les enseignants"),
    ("Ce forum doit faire converger les initiatives des communes voisines.", "d2_converger_dynamiques",
     "faire converger les initiatives"),
    ("Le projet mettra l'étudiant en posture d'acteur dès la première année.", "d2_posture_acteur",
     "mettra l'étudiant en posture d'acteur"),
    ("Le directeur souhaite qu'on soit dans l'anticipation sur les plannings d'été.", "d2_etre_dans_le",
     "dans l'anticipation"),
    ("Là, on n'est pas sur du tactique, on est sur du structurel.", "d2_etre_dans_le", "est pas sur du tactique"),
    ("Là, on n'est pas sur du tactique, on est sur du structurel.", "d2_etre_dans_le", "est sur du structurel"),
    ("Tous les signalements doivent remonter au siège avant vendredi.", "d2_remonter_national", "remonter au siège"),
    ("Une démarche résolument partenariale avec les bailleurs sociaux.", "d2_partenarial_multi_acteurs",
     "résolument partenariale"),
    ("Nous avons signé un partenariat multi-acteurs pour la rénovation énergétique.",
     "d2_partenarial_multi_acteurs", "multi-acteurs"),
    ("La transformation de l'action publique passe par les agents.", "d2_action_publique",
     "transformation de l'action publique"),
    ("Chaque conseiller fera de l'aller-vers dans les quartiers prioritaires.", "d2_action_publique",
     "fera de l'aller-vers"),
    ("L'objectif est de lever les freins périphériques à l'emploi.", "d2_action_publique",
     "lever les freins périphériques"),
    ("Notre agglomération se veut un territoire d'innovation et de réussite.", "d2_action_publique",
     "territoire d'innovation"),
    ("Le gouvernement annonce un choc de simplification pour les artisans.", "d2_action_publique",
     "choc de simplification"),
    ("Il va falloir faire de la pédagogie sur cette réforme.", "d2_action_publique", "faire de la pédagogie"),
    ("Chaque commune doit prendre toute sa part dans l'accueil des réfugiés.", "d2_action_publique",
     "prendre toute sa part"),
    ("Personne ne sera laissé au bord du chemin pendant cette transition.", "d2_action_publique",
     "Personne ne sera laissé au bord du chemin"),
    ("Parce que la ville se construit avec ses habitants, rejoignez nos ateliers.", "d2_ville_fabrique",
     "ville se construit avec"),
    ("Venez idéater avec nous jeudi soir à la médiathèque.", "d2_ville_fabrique", "idéater"),
    ("Ce séminaire doit favoriser l'émergence de nouvelles coopérations.", "d2_ldb_formules_action",
     "l'émergence de nouvelles coopérations"),
    ("La réunion s'est tenue dans un esprit constructif avec les syndicats.", "d2_ldb_formules_action",
     "dans un esprit constructif"),
    ("La région lance un projet structurant pour la vallée.", "d2_ldb_formules_action", "projet structurant"),
    ("Le conseil a acté le principe d'une nouvelle piscine.", "d2_ldb_formules_action", "acté le principe"),
    # conseil et management
    ("Bravo pour cette prise de hauteur lors du séminaire de direction.", "d2_conseil_hauteur_preuve",
     "prise de hauteur"),
    ("Notre plan vise à passer du dire au faire d'ici la fin de l'année.", "d2_conseil_hauteur_preuve",
     "passer du dire au faire"),
    ("Nos équipes doivent devenir agiles, sobres et apprenantes.", "d2_conseil_hauteur_preuve",
     "sobres et apprenantes"),
    ("Nous voulons une organisation frugale et tournée vers l'usager.", "d2_conseil_hauteur_preuve",
     "organisation frugale"),
    ("Dans cette crise, nous avons su transformer les contraintes en opportunités.", "d2_conseil_hauteur_preuve",
     "transformer les contraintes en opportunités"),
    ("Notre cabinet intervient sur toute la chaîne de valeur du client.", "d2_conseil_valeur_atterrir",
     "toute la chaîne de valeur"),
    ("Le diagnostic a révélé des gisements de productivité dans les entrepôts.", "d2_conseil_valeur_atterrir",
     "gisements de productivité"),
    ("Il faut maintenant faire atterrir le projet avant l'été.", "d2_conseil_valeur_atterrir",
     "faire atterrir le projet"),
    ("À iso périmètre, les ventes progressent de 4 %.", "d2_conseil_valeur_atterrir", "À iso périmètre"),
    ("Nous évoluons dans un environnement en perpétuelle mutation.", "d2_conseil_valeur_atterrir",
     "environnement en perpétuelle mutation"),
    ("Nous maintenons le cap sur nos priorités malgré la conjoncture.", "d2_cap_objets",
     "maintenons le cap sur nos priorités"),
    ("Depuis la levée, nous sommes organisés en tribus.", "d2_organisation_tribus", "organisés en tribus"),
    ("Tu rejoindras la guilde data aux côtés de quatre ingénieurs.", "d2_organisation_tribus", "la guilde data"),
    ("Merci à notre champion en interne, sans qui le contrat n'aurait pas été signé.", "d2_champion_ambassadeur",
     "champion en interne"),
    ("Nos salariés sont nos meilleurs ambassadeurs.", "d2_champion_ambassadeur", "meilleurs ambassadeurs"),
    # coaching
    ("Vous vous sentez désalignée dans votre poste actuel ?", "d2_coaching_alignement", "désalignée"),
    ("En trois séances, retrouvez votre why et osez changer de voie.", "d2_coaching_alignement",
     "retrouvez votre why"),
    ("Je propose un accompagnement transformationnel pour les dirigeantes.", "d2_coaching_alignement",
     "accompagnement transformationnel"),
    # RSE et impact
    ("Nous visons une croissance régénérative d'ici 2030.", "d2_rse_impact", "croissance régénérative"),
    ("Notre ambition : devenir une entreprise net positive.", "d2_rse_impact", "entreprise net positive"),
    ("Rejoignez une start-up à impact qui recrute à Nantes.", "d2_rse_impact", "start-up à impact"),
    ("Nos produits sont conçus au service du vivant.", "d2_rse_impact", "au service du vivant"),
    # hôpital, école
    ("Le nouveau projet veut remettre le patient au centre des décisions.", "d2_hopital_ecole_reformes",
     "remettre le patient au centre"),
    ("L'ARS veut accélérer le virage ambulatoire dans la région.", "d2_hopital_ecole_reformes",
     "virage ambulatoire"),
    ("Le lycée souhaite personnaliser les parcours dès la seconde.", "d2_hopital_ecole_reformes",
     "personnaliser les parcours"),
    ("La formation mise sur une pédagogie immersive et des cas réels.", "d2_hopital_ecole_reformes",
     "pédagogie immersive"),
    # marque, expérience, start-up
    ("Notre restaurant mise sur l'expérience convive.", "d2_marque_experience", "expérience convive"),
    ("Le club veut offrir une vraie expérience supporter au stade.", "d2_marque_experience",
     "expérience supporter"),
    ("Notre agence vous propose un recrutement 2.0.", "d2_marque_experience", "recrutement 2.0"),
    ("Nos contenus doivent résonner avec nos audiences.", "d2_marque_experience", "résonner avec nos audiences"),
    ("Nous voulons itérer vite avec nos premiers clients.", "d2_startup_iterer", "itérer vite"),
    # formules de communiqué
    ("Nous avons réaffirmé notre ambition lors du conseil.", "d2_ldb_communique", "réaffirmé notre ambition"),
    ("Nous misons sur la complémentarité des expertises.", "d2_ldb_communique", "complémentarité des expertises"),
    ("La crise a été un accélérateur de transformation.", "d2_ldb_communique", "crise a été un accélérateur"),
    ("Nous sortons renforcés de cette épreuve.", "d2_ldb_communique", "sortons renforcés de cette épreuve"),
    ("Ce label vient récompenser notre engagement.", "d2_ldb_communique", "vient récompenser"),
    ("Tous les voyants sont au vert pour 2026.", "d2_ldb_communique", "voyants sont au vert"),
    ("La transition écologique est une opportunité pour nos métiers.", "d2_ldb_communique",
     "transition écologique est une opportunité"),
    ("Il faut susciter l'adhésion des équipes avant le lancement.", "d2_ldb_communique_2",
     "susciter l'adhésion des équipes"),
    ("Le déploiement se fera de manière progressive et concertée.", "d2_ldb_communique_2",
     "progressive et concertée"),
    ("Nous franchissons une nouvelle étape avec ce rachat.", "d2_ldb_communique_2",
     "franchissons une nouvelle étape"),
    ("Nos valeurs se vivent au quotidien dans chaque agence.", "d2_ldb_communique_2",
     "valeurs se vivent au quotidien"),
    ("La rentabilité est au rendez-vous pour le deuxième semestre.", "d2_ldb_communique_2",
     "rentabilité est au rendez-vous"),
    # promesses de secteur
    ("Le musée veut conquérir de nouveaux publics avec les nocturnes.", "d2_secteurs_promesses",
     "conquérir de nouveaux publics"),
    ("La banque vous accompagne à chaque moment de vie.", "d2_secteurs_promesses", "à chaque moment de vie"),
    ("Nous mettons notre expertise au service de vos ambitions.", "d2_secteurs_promesses",
     "expertise au service de vos ambitions"),
    ("Notre agence donne vie à vos projets depuis 2012.", "d2_secteurs_promesses", "donne vie à vos projets"),
    ("Une démarche ascendante, partie des agences.", "d2_secteurs_promesses", "démarche ascendante"),
    # conjugated forms of irregular verbs, spelled out in the patterns (construire, agir, atteindre...)
    ("Ensemble, nous construisons le monde de demain.", "relever_les_defis", "construisons le monde de demain"),
    ("Nous agissons en responsabilité pour nos adhérents.", "d2_action_publique", "agissons en responsabilité"),
    ("Nos équipes ont atteint la masse critique cette année.", "d2_ldb_communique", "atteint la masse critique"),
    # offres d'emploi, annonces de croissance
    ("Vous êtes à l'aise avec les environnements complexes.", "d2_recrutement_positionnement",
     "à l'aise avec les environnements complexes"),
    ("Je suis ravi de rejoindre cette belle maison.", "d2_recrutement_positionnement",
     "rejoindre cette belle maison"),
    ("Nous voulons asseoir notre leadership en Europe.", "d2_recrutement_positionnement",
     "asseoir notre leadership"),
]  # fmt: skip

PLAIN = [
    "Ma grand-mère sait mailler un filet de pêche en une soirée.",
    "Les panneaux fléchés mènent jusqu'au refuge du lac.",
    "Le système de freinage a été révisé avant le départ.",
    "Elle a décliné l'invitation au mariage, à regret.",
    "Mon père a outillé son atelier pour réparer des vélos.",
    "Les deux rivières convergent juste avant le vieux pont.",
    "La professeure de yoga corrige la posture de chaque élève.",
    "Mon neveu est acteur dans une troupe de théâtre amateur.",
    "Nous sommes dans le train pour Nantes, arrivée prévue à midi.",
    "On est sur la route depuis six heures du matin.",
    "Le saumon remonte la rivière chaque automne.",
    "Le boulanger fabrique son pain avec de la farine du moulin voisin.",
    "Du sommet, la hauteur de la falaise donne le vertige.",
    "La contrainte de temps nous a obligés à finir le chantier en deux jours.",
    "L'avion a dû atterrir à Lyon à cause du brouillard.",
    "La chaîne du vélo a cassé en pleine montée.",
    "Mon fils est champion régional de judo depuis samedi.",
    "L'ambassadeur de France a visité l'école du village.",
    "La roue avant est désalignée, direction le garage.",
    "Le patient est sorti de l'hôpital mardi, en pleine forme.",
    "Dans le virage, la voiture a glissé sur les feuilles mortes.",
    "L'élève a présenté son exposé sur les volcans d'Auvergne.",
    "Partis à 9 h avec 15 nœuds de vent, nous avons gardé le cap au 230 jusqu'à l'île.",
    "Le télétravail a changé la donne pour ma voisine, qui vit à 80 km du bureau.",
    "Nous avons observé tout l'écosystème de la mare : têtards, libellules et nénuphars.",
    "Notre accord sur la QVCT est signé : droit à la déconnexion et tickets restaurant.",
    "L'enjeu du match de dimanche : rester en première division.",
    "Le pilote a posé l'hélicoptère sur le toit de l'hôpital.",
    "On va les accompagner à la gare demain matin.",
    "Les tribus amazoniennes protègent la forêt depuis des siècles.",
    "Le vivant nous surprend toujours : une salamandre dans la cave !",
    "Mon fils va dans le bon sens sur le sentier, il a retrouvé la carte.",
    "Nous restons attentifs à l'évolution de la fièvre du petit.",
    "Mon grand-père vient renforcer l'équipe de bénévoles du club.",
    "Ce vélo coche toutes les cases pour aller au travail.",
    "J'ai lu ce livre avec la plus grande attention.",
    "Le repas est sur la table, venez vite.",
    "Nous avons visité une belle maison à vendre près du lac.",
    "Mon équipe de foot a le sens du collectif, même les remplaçants applaudissent.",
    "Nous avons fait le choix de la confiance avec notre fils de 16 ans.",
    "Le parc a été un laboratoire vivant pour mes enfants cet été.",
    "Les résultats du bac sont au rendez-vous pour toute la classe !",
    "On a posé un deck en bois autour de la piscine, les enfants adorent.",  # a terrace, not slides
    "Le résultat net positif de l'exercice est de 2 M€, merci aux équipes comptables.",  # accounting
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_dev2_family_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_the_same_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_words_no_longer_fire_on_ordinary_strategy_words() -> None:
    """'enjeu', 'valeurs', 'solution', 'accompagner' are ordinary: even in a post dense with jargon they are not
    flagged on their own (the dev2 false positives of ctx_mots_strategie/ctx_mots_action)."""
    text = (
        "Notre plan : mailler le territoire, flécher les crédits et faire système. "
        "L'enjeu : accompagner les communes avec une solution fidèle à nos valeurs."
    )
    flags = analyze(text, Profile()).flags
    evidence = {text[f.start : f.end] for f in flags if f.kind in SURFACE}
    assert {"mailler le territoire", "flécher les crédits", "faire système"} <= evidence
    assert evidence.isdisjoint({"enjeu", "accompagner", "solution", "valeurs"})
