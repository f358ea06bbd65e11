"""French jargon and puffery beyond the first lists: inflected franglais, corporate formulas, press-release praise.

The sentences were written for this test (they are not corpus sentences). Each must yield a flag of the given
kind whose evidence is exactly the given text; the plain sentences use the same words in their ordinary sense
(a brake lever, tea that infuses, a dog agility contest) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

FLAGGED = [
    # franglais conjugated or with a French determiner
    ("Cette semaine, on a dispatché les comptes entre les nouveaux commerciaux.", "jargon", "dispatché"),
    ("J'ai bien reçu tes feedbacks, je corrige le deck ce soir.", "jargon", "tes feedbacks"),
    ("J'ai bien reçu tes feedbacks, je corrige le deck ce soir.", "jargon", "le deck"),
    ("Il faut que quelqu'un prenne le lead sur la refonte du site.", "jargon", "le lead sur"),
    ("On a upsellé la moitié des comptes existants au T3.", "jargon", "upsellé"),
    ("Les commerciaux ont closé douze contrats en novembre.", "jargon", "ont closé"),
    ("La startup a su pivoter vers le B2B en six mois.", "jargon", "pivoter vers"),
    # langue de bois, management and HR formulas
    ("L'IA générative est un puissant levier de création de valeur.", "jargon", "levier de création de valeur"),
    ("On sent une belle dynamique depuis l'arrivée de Claire.", "jargon", "belle dynamique"),
    ("Notre ambition est de porter une vision claire auprès des équipes.", "jargon", "porter une vision"),
    ("Il faut infuser une culture de l'expérimentation dans toute l'organisation.", "jargon",
     "infuser une culture de l'expérimentation"),
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
    assert_flagged(text, evidence, kind=kind)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_french_sentence_with_near_miss_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Breadth pass (2026-11): systematic frames rather than single phrases. Each row: text, exact evidence, rule id.
FRAMES = [
    # strong management verb + abstract object
    ("Nous voulons délivrer de la performance à chaque étape.", "délivrer de la performance",
     "jargon.fr.cadre_verbe_fort_objet"),
    ("Il faut maximiser notre attractivité auprès des jeunes diplômés.", "maximiser notre attractivité",
     "jargon.fr.cadre_verbe_fort_objet"),
    ("Cette alliance doit matérialiser notre ambition européenne.", "matérialiser notre ambition",
     "jargon.fr.cadre_verbe_fort_objet"),
    # ordinary verb + strategic abstraction
    ("Ce programme va libérer les synergies entre nos filiales.", "libérer les synergies",
     "jargon.fr.cadre_verbe_objet_strategique"),
    ("Nos équipes ont su structurer leur croissance sans perdre leur âme.", "structurer leur croissance",
     "jargon.fr.cadre_verbe_objet_strategique"),
    ("Nous devons renforcer notre attractivité auprès des candidats.", "renforcer notre attractivité",
     "jargon.fr.cadre_verbe_objet_strategique"),
    ("Nous devons favoriser l'intelligence collective dans chaque agence.", "favoriser l'intelligence collective",
     "jargon.fr.cadre_verbe_objet_strategique"),
    # engagement as a catch-all
    ("Le nouveau portail renforce l'engagement de nos talents.", "engagement de nos talents",
     "jargon.fr.cadre_engagement"),
    ("En 2025, nous avons engagé nos communautés dans la démarche bas carbone.", "engagé nos communautés",
     "jargon.fr.cadre_engagement"),
    # gagner en + abstract quality
    ("L'usine doit gagner en compétitivité d'ici 2027.", "gagner en compétitivité", "jargon.fr.cadre_gagner_en"),
    ("Avec ce logiciel, le service a gagné en fluidité.", "gagné en fluidité", "jargon.fr.cadre_gagner_en"),
    # English verbs conjugated in French, English office nouns with a French determiner
    ("On a shortlisté trois agences pour le rebranding.", "shortlisté", "jargon.fr.cadre_franglais_conjugue"),
    ("On a shortlisté trois agences pour le rebranding.", "le rebranding", "jargon.fr.cadre_franglais_conjugue"),
    ("Le support client a été outsourcé au Portugal.", "outsourcé", "jargon.fr.cadre_franglais_conjugue"),
    ("Le ticket a été prioritisé hier soir.", "prioritisé", "jargon.fr.cadre_franglais_conjugue"),
    ("Je te partage le template de la proposition.", "le template", "jargon.fr.cadre_franglais_noms_determinant"),
    ("Je t'envoie mes slots de la semaine.", "mes slots", "jargon.fr.cadre_franglais_noms_determinant"),
    ("On a affiné le wording de l'annonce.", "le wording", "jargon.fr.cadre_franglais_noms_determinant"),
    # momentum images and derived forms
    ("Un nouvel élan pour le groupe avec ce rachat.", "nouvel élan", "jargon.fr.cadre_elan_virage"),
    ("Le projet prend une nouvelle dimension.", "prend une nouvelle dimension", "jargon.fr.cadre_elan_virage"),
    ("Notre avantage concurrentiel, c'est la rapidité.", "avantage concurrentiel", "jargon.fr.cadre_elan_virage"),
    ("Nous sommes alignés sur les priorités du trimestre.", "sommes alignés sur les priorités",
     "jargon.fr.cadre_derives"),
    ("Une fintech disruptrice qui bouscule les banques.", "disruptrice", "jargon.fr.cadre_derives"),
]  # fmt: skip

# The same verbs and nouns in their ordinary sense: no jargon, peacock or hedge flag.
FRAMES_PLAIN = [
    "Mon grand-père pilotait des avions de ligne.",
    "J'ai dû repenser mon organisation depuis la naissance de ma fille.",
    "Le jardinier m'a conseillé un engrais pour favoriser la croissance des tomates.",
    "On a engagé un électricien pour refaire le tableau.",
    "Les bénévoles ont déployé les tentes avant la pluie.",
    "Il a porté les cartons jusqu'au troisième étage.",
    "La centrale génère de l'électricité pour 20 000 foyers.",
    "Mon fils veut gagner en confiance à l'oral.",
    "J'ai escaladé le mont Aiguille dimanche.",
    "Elle a engagé la conversation avec son voisin de train.",
    "Le cycliste a gagné en vitesse dans la descente.",
    "Vous avez un créneau libre jeudi ?",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES)
def test_french_frame_is_flagged_with_exact_rule_and_evidence(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_PLAIN)
def test_plain_sentence_with_frame_verbs_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Second breadth batch: office idioms, "logique de / en mode", humanist slogans, fashionable noun + adjective.
FRAMES_2 = [
    ("Cette année, toute l'équipe est en mode conquête.", "en mode conquête", "jargon.fr.cadre_embarquer_logique_mode"),
    ("Pour ce poste, il faut une logique de résultats.", "logique de résultats",
     "jargon.fr.cadre_embarquer_logique_mode"),
    ("Chez nous, on mise sur l'humain.", "mise sur l'humain", "jargon.fr.cadre_humain_sens"),
    ("Beaucoup de cadres sont en quête de sens.", "en quête de sens", "jargon.fr.cadre_humain_sens"),
    # conjugated "construire" now matches the longer "construire l'avenir de" frame, which wins the overlap
    ("Ensemble, construisons l'avenir de la mobilité.", "construisons l'avenir de", "jargon.fr.cadre_coeur_demain"),
    ("Une approche itérative, sprint après sprint.", "approche itérative", "jargon.fr.cadre_nom_adjectif"),
    ("Nous allons déployer la solution à l'échelle.", "déployer la solution à l'échelle",
     "jargon.fr.cadre_nom_adjectif"),
    ("Nous voulons nous positionner sur le marché de la santé.", "nous positionner sur le marché",
     "jargon.fr.cadre_idiomes_bureau"),
    ("Les managers doivent s'approprier les nouveaux outils.", "s'approprier les nouveaux outils",
     "jargon.fr.cadre_idiomes_bureau"),
    ("Nous avons remis le projet sur les rails en trois mois.", "remis le projet sur les rails",
     "jargon.fr.cadre_idiomes_bureau"),
    ("Dans un contexte de plus en plus concurrentiel, il faut oser.",
     "Dans un contexte de plus en plus concurrentiel", "jargon.fr.cadre_idiomes_bureau"),
    ("Partage-moi ton skillset en trois lignes.", "ton skillset", "jargon.fr.cadre_franglais_outils"),
]  # fmt: skip

FRAMES_2_PLAIN = [
    "J'ai embarqué dans le ferry de 7 h pour Belle-Île.",
    "Il a mis son vélo sur les rails du tram, quelle chute.",
    "Le conseiller bancaire m'a rappelé ce matin.",
    "Elle a trouvé un sens à sa vie en devenant sage-femme.",
    "On a joué aux cartes toute la soirée.",
    "La carte à l'échelle 1/25 000 est plus précise.",
    "Mon fils passe en mode avion dès qu'il rentre du collège.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_2)
def test_french_idiom_frame_is_flagged_with_exact_rule_and_evidence(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_2_PLAIN)
def test_plain_sentence_with_idiom_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Third breadth batch: "culture de…", talents, growth and customer labels, vision formulas ("de demain", "le futur de").
FRAMES_3 = [
    ("On a une vraie culture produit.", "culture produit", "jargon.fr.cadre_culture_talents_croissance"),
    ("Objectif 2026 : une croissance rentable et maîtrisée.", "croissance rentable",
     "jargon.fr.cadre_culture_talents_croissance"),
    ("Ici, on cultive la culture de l'expérimentation.", "culture de l'expérimentation",
     "jargon.fr.cadre_culture_talents_croissance"),
    ("Notre priorité : dénicher de nouveaux talents.", "dénicher de nouveaux talents",
     "jargon.fr.cadre_culture_talents_croissance"),
    ("Il faut susciter plus d'engagement.", "susciter plus d'engagement", "jargon.fr.cadre_engagement"),
    ("Découvrez la banque de demain.", "la banque de demain", "jargon.fr.cadre_coeur_demain"),
    ("Le futur de l'énergie se joue maintenant.", "Le futur de l'énergie", "jargon.fr.cadre_coeur_demain"),
    ("La sobriété est au cœur de notre philosophie.", "au cœur de notre philosophie", "jargon.fr.cadre_coeur_demain"),
]  # fmt: skip

FRAMES_3_PLAIN = [
    "La culture du blé demande de la patience.",
    "Mon fils a des talents de dessinateur.",
    "Le marché de demain aura lieu place Carnot.",
    "On se retrouve à la réunion de demain ?",
    "Il habite au cœur de la vieille ville.",
    "J'ai renouvelé mon engagement à la Croix-Rouge.",
    "Le mariage de Julie aura lieu au futur domicile de ses parents.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_3)
def test_french_label_frame_is_flagged_with_exact_rule_and_evidence(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_3_PLAIN)
def test_plain_sentence_with_label_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Fourth breadth batch: action nouns and participles of the same verbs, and office English nouns after ANY French
# determiner (the first lists had "la roadmap" but not "le roadmap" or "chaque roadmap").
FRAMES_4 = [
    ("Le pilotage de la transformation est confié au COO.", "pilotage de la transformation",
     "jargon.fr.cadre_nominalisations"),
    ("Un parcours repensé de A à Z pour nos clients.", "parcours repensé", "jargon.fr.cadre_nominalisations"),
    ("Nous voulons faire parler la donnée.", "faire parler la donnée", "jargon.fr.cadre_nominalisations"),
    ("Je te montre le roadmap jeudi.", "le roadmap", "jargon.fr.cadre_franglais_tous_determinants"),
    ("On a revu chaque milestone avec le client.", "chaque milestone", "jargon.fr.cadre_franglais_tous_determinants"),
    ("Le go-live est prévu en mars.", "Le go-live", "jargon.fr.cadre_franglais_tous_determinants"),
]  # fmt: skip

FRAMES_4_PLAIN = [
    "Après mon run de 10 km, petit déjeuner.",
    "Ma sœur a été pilote de ligne pendant vingt ans.",
    "Le parcours du marathon passe devant chez nous.",
    "On a mesuré chaque planche avant de les couper.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_4)
def test_french_action_noun_or_determiner_frame_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_4_PLAIN)
def test_plain_sentence_with_action_nouns_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Fifth breadth batch: derived start-up adjectives (-able) and English participles conjugated in French.
FRAMES_5 = [
    ("Un marché adressable de 2 milliards.", "marché adressable", "jargon.fr.cadre_derives_able"),
    ("Notre modèle est industrialisable dès 2026.", "industrialisable", "jargon.fr.cadre_derives_able"),
    ("La démocratisation de l'IA passe par la formation.", "démocratisation de l'IA", "jargon.fr.cadre_derives_able"),
    ("Le candidat a été screené par l'agence.", "screené", "jargon.fr.cadre_franglais_participes"),
    ("Les visiteurs du site ont été retargetés lundi.", "retargetés", "jargon.fr.cadre_franglais_participes"),
]  # fmt: skip

FRAMES_5_PLAIN = [
    # accents are ignored when matching: the English participle must not catch a French verb form
    "Elle a été désignée déléguée de classe.",
    "Le conseil désigne un nouveau président.",
    "Merci pour ta prompte réaction.",
    "La pharmacienne augmente la dose de cortisone.",
    "La performance augmente avec l'entraînement.",
    "Mon voisin augmente le volume de la radio.",
    "Nos consultants vous accompagnent de bout en bout.",
    "Ma fille fait du surf et a cassé son board.",
    "La lettre est adressée à ma grand-mère.",
    "Le modèle réduit de mon fils a été peint à la main.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_5)
def test_french_derived_or_participle_frame_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_5_PLAIN)
def test_plain_sentence_with_derived_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Sixth breadth batch: project-management procedure words, Québec office calques, bare English words.
FRAMES_6 = [
    ("Il faut faire des arbitrages entre les deux projets.", "faire des arbitrages",
     "jargon.fr.cadre_gestion_de_projet"),
    ("La phase de cadrage a duré un mois.", "phase de cadrage", "jargon.fr.cadre_gestion_de_projet"),
    ("Je suis confortable avec cette décision.", "suis confortable avec", "jargon.fr.cadre_quebec"),
    ("Notre plan de match pour 2026 est clair.", "Notre plan de match", "jargon.fr.cadre_quebec"),
    ("Toute l'équipe bosse en remote le vendredi.", "en remote", "jargon.fr.cadre_franglais_nus"),
    ("Petite win du jour : le client a signé.", "Petite win", "jargon.fr.cadre_franglais_nus"),
    ("Nous sommes un pure player du conseil data.", "pure player", "jargon.fr.cadre_franglais_nus"),
]  # fmt: skip

FRAMES_6_PLAIN = [
    "Mon fils a pris le train de 8 h pour Paris.",
    "Je ne veux pas rater le train de 18 h.",
    "Les pompiers ont sécurisé le périmètre après l'incendie.",
    "Le vent a généré des vagues de deux mètres.",
    "On a gagné en place en déplaçant le canapé.",
    "Elle a adressé directement la lettre au maire.",
    "Le juge a rendu son arbitrage.",
    "Le photographe a cadré le portrait serré.",
    "Ma voisine travaille à distance depuis Brest.",
    "Il y a eu un arbitrage vidéo pendant le match.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_6)
def test_french_procedure_or_calque_frame_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_6_PLAIN)
def test_plain_sentence_with_procedure_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


FRAMES_7 = [
    ("Notre solution adresse directement les besoins des PME.", "adresse directement les besoins",
     "jargon.fr.cadre_verbe_adverbe_objet"),
    ("On pilote désormais la croissance par la donnée.", "pilote désormais la croissance",
     "jargon.fr.cadre_verbe_adverbe_objet"),
    ("Il ne faut pas rater le train de l'IA.", "rater le train de l'IA", "jargon.fr.cadre_elan_virage"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_7)
def test_french_adverb_gap_and_prefix_frames_are_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


FRAMES_8 = [
    ("La boîte a dû pivoter en six mois.", "dû pivoter", "jargon.fr.cadre_verbes_startup_2"),
    ("Elle orchestre la transformation du groupe.", "orchestre la transformation", "jargon.fr.cadre_verbes_startup_2"),
    ("Une startup IA-native, fondée en 2024.", "IA-native", "jargon.fr.cadre_verbes_startup_2"),
    ("Nous avons infusé l'IA dans nos produits.", "infusé l'IA dans", "jargon.fr.cadre_verbes_startup_2"),
    ("Notre vision produit est claire.", "vision produit", "jargon.fr.cadre_nom_nom_calque"),
    ("Une approche centrée sur l'humain, dit la plaquette.", "centrée sur l'humain", "jargon.fr.cadre_oriente_centre"),
    ("Une culture axée performance.", "axée performance", "jargon.fr.cadre_oriente_centre"),
    ("Le magasin devient un lieu de vie phygital.", "devient un lieu de vie", "jargon.fr.cadre_nom_adjectif"),
    ("La capitalisation des connaissances est clé.", "capitalisation des connaissances",
     "jargon.fr.cadre_gestion_de_projet"),
    ("Il a une vraie fibre business.", "fibre business", "jargon.fr.cadre_nom_nom_calque"),
]  # fmt: skip

FRAMES_8_PLAIN = [
    "La porte du garage pivote mal depuis l'hiver.",
    "L'orchestre de la ville joue dimanche.",
    "Les abeilles ont essaimé dans le grenier.",
    "Je cherche un profil tech pour mon équipe.",
    "Le guide utilisateur est en ligne.",
    "Le centre business de l'aéroport ouvre à 6 h.",
    "Le conseiller oriente les patients vers le bon service.",
    "La maison de retraite est un lieu de vie pour 80 résidents.",
    "La porte est close depuis lundi.",
    "Les inscriptions sont closes depuis vendredi.",
    "Je passe au drive chercher les courses.",
    "On a pris un package vacances tout compris.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_8)
def test_french_startup_verb_frame_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_8_PLAIN)
def test_plain_sentence_with_startup_verbs_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


# Official-speech formulas (langue de bois) that can precede any announcement.
FRAMES_9 = [
    ("Aujourd'hui plus que jamais, nous devons agir.", "Aujourd'hui plus que jamais",
     "jargon.fr.cadre_langue_de_bois_formules"),
    ("Cette décision s'inscrit pleinement dans notre stratégie.", "s'inscrit pleinement dans",
     "jargon.fr.cadre_langue_de_bois_formules"),
    ("Fidèle à nos valeurs, nous avons choisi la proximité.", "Fidèle à nos valeurs",
     "jargon.fr.cadre_langue_de_bois_formules"),
    ("Cette année, nous misons sur l'innovation.", "misons sur l'innovation", "jargon.fr.cadre_humain_sens"),
    ("Une approche pragmatique et opérationnelle.", "pragmatique et opérationnelle",
     "jargon.fr.cadre_doublets_adjectifs"),
    ("Nous voulons faire de la data un véritable levier.", "faire de la data un véritable levier",
     "jargon.fr.cadre_langue_de_bois_formules"),
    ("Des gains rapides dès le premier mois.", "gains rapides", "jargon.fr.cadre_langue_de_bois_formules"),
]  # fmt: skip

FRAMES_9_PLAIN = [
    "J'ai à cœur de bien faire mon travail.",
    "Je l'aime aujourd'hui plus qu'hier.",
    "Il est fidèle à ses amis depuis l'école.",
    "On a misé sur le bon cheval au tiercé.",
    "La mise sur le marché du vaccin a pris deux ans.",
    "Une infirmière douce et patiente.",
    "Un vélo léger et robuste.",
    "J'ai franchi un cap : 10 km sans m'arrêter.",
    "Il faut faire du vélo un plaisir quotidien.",
    "Elle a fait de sa passion un métier.",
]


@pytest.mark.parametrize(("text", "evidence", "rule"), FRAMES_9)
def test_french_official_formula_is_flagged(text: str, evidence: str, rule: str) -> None:
    assert_flagged(text, evidence, rule=rule)


@pytest.mark.parametrize("text", FRAMES_9_PLAIN)
def test_plain_sentence_with_formula_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)
