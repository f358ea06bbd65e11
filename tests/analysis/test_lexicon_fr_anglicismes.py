"""English borrowings in French business posts (resources/lexicons/fr/jargon.anglicismes.toml), through the engine.

Families: consulting (as-is/to-be, deck client, storyline, sponsorship, quick call), start-up and finance, sales and
marketing, HR and team life, English verbs conjugated in French, "-driven / -ready / -friendly" compounds, LinkedIn
formulas. The sentences were written for this test (they are not corpus sentences). Each must yield a jargon flag
of the given rule whose evidence is exactly the given text. The plain sentences use the same English-looking words
in their ordinary French sense (a terrace deck, the baker's bread, a car's traction, a hotel check-in, the town of
Gap, a dog called Buddy) and must get no jargon, peacock or hedge flag. Words that are ordinary on their own
("recap", "alumni", "happy", "collab") are context-only: shown among other jargon, never alone.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag

FLAGGED = [
    # conseil et gestion de projet
    ("Après trois semaines d'entretiens, nous avons enfin un as-is clair du service achats.", "as-is clair",
     "angl_as_is_to_be"),
    ("Nous avons dessiné un to-be en trois ateliers avec les équipes.", "un to-be", "angl_as_is_to_be"),
    ("Je passe la soirée sur un nouveau deck client.", "deck client", "angl_deck"),
    ("Toute l'équipe a relu nos decks avant le comité.", "nos decks", "angl_deck"),
    ("Sans storyline commerciale, la proposition ne tient pas.", "storyline commerciale", "angl_storyline"),
    ("Rien n'avance sans sponsorship de la direction générale.", "sponsorship", "angl_sponsorship"),
    ("Le last mile coûte encore trop cher dans les zones rurales.", "last mile", "angl_last_mile"),
    ("Je te propose un quick call jeudi pour caler la suite.", "quick call", "angl_quick_x"),
    ("J'ai enchaîné cinq calls avant midi.", "cinq calls", "angl_calls_nombre"),
    ("Elle est en bench depuis la fin de sa mission chez l'assureur.", "en bench", "angl_bench"),
    ("Notre practice cybersécurité recrute deux consultants confirmés.", "Notre practice", "angl_practice"),
    ("Le chantier reste on track malgré les congés.", "on track", "angl_on_track"),
    ("Pense à me mettre dans la boucle pour la suite des échanges.", "mettre dans la boucle", "angl_in_the_loop"),
    ("Avant l'envoi, je fais un sanity check des chiffres.", "sanity check", "angl_double_check"),
    ("On se fait un catch-up la semaine prochaine ?", "un catch-up", "angl_catch_up"),
    ("On a trouvé un workaround en attendant le correctif.", "workaround", "angl_workaround"),
    ("Nos lessons learned tiennent sur une seule page.", "lessons learned", "angl_lessons_learned"),
    ("J'attends le sign-off du directeur juridique.", "sign-off", "angl_heads_up"),
    ("Il faut combler le gap entre la vente et la production.", "combler le gap", "angl_gap"),
    ("Le leadership team se réunit tous les lundis.", "leadership team", "angl_leadership_team"),
    ("Elle est advisor pour deux jeunes entreprises de la région.", "est advisor", "angl_advisor"),
    ("Notre track record parle pour nous.", "track record", "angl_track_record"),
    # start-up, produit, finance
    ("Nos unit economics sont enfin positifs depuis mars.", "unit economics", "angl_startup_finance"),
    ("La concurrence n'a pas notre moat technologique.", "notre moat", "angl_moat"),
    ("Mon manager me dit souvent de ne pas overthinker.", "overthinker", "angl_overthinker"),
    ("Nous avons plateformisé toute notre offre de services.", "plateformisé", "angl_plateformiser"),
    ("Nous défendons une approche conviction-driven de l'investissement.", "conviction-driven",
     "angl_compose_driven"),
    ("Ce programme rend les jeunes job-ready en six mois.", "job-ready", "angl_compose_ready"),
    ("Une interface vraiment user-friendly pour les agents.", "user-friendly", "angl_compose_friendly"),
    ("Notre USP, c'est la livraison en deux heures.", "Notre USP", "angl_usp"),
    ("Nous sommes en plein fundraise et le rythme est intense.", "fundraise", "angl_fundraiser"),
    ("C'est notre big bet pour l'an prochain.", "big bet", "angl_strategie_paris"),
    ("Il faut rescoper le projet après le départ du client.", "rescoper", "angl_produit_agile"),
    ("Notre ARR a doublé en un an.", "Notre ARR", "angl_vente_revenus"),
    ("Le break-even est attendu fin 2026.", "break-even", "angl_finance_levee"),
    ("Notre traction commerciale dépasse nos prévisions.", "Notre traction", "angl_traction"),
    # vente et marketing
    ("Nous avons dépassé le target du trimestre de 12 %.", "dépassé le target", "angl_target"),
    ("Un bon call de discovery vaut mieux que dix démos.", "de discovery", "angl_discovery"),
    ("Je consacre mes matinées au cold email.", "cold email", "angl_cold"),
    ("La brand experience commence dès l'accueil en boutique.", "brand experience", "angl_brand_x"),
    ("Cette campagne sert surtout l'awareness.", "awareness", "angl_awareness"),
    ("Il manque un call-to-action clair en bas de page.", "call-to-action", "angl_cta"),
    ("Le claim de la marque change pour la rentrée.", "claim de la marque", "angl_claim"),
    ("Nous avons pricé la nouvelle gamme trop bas.", "pricé", "angl_pricer"),
    ("Les demandes arrivent surtout par le paid social.", "paid social", "angl_paid_media"),
    ("Un programme d'ambassador pour nos clients les plus fidèles.", "programme d'ambassador",
     "angl_marketing_contenus"),
    ("Une offre green pour les entreprises du territoire.", "offre green", "angl_green_sustainable"),
    # RH et vie d'équipe
    ("Nous cherchons des profils avec un fit culturel évident.", "fit culturel", "angl_fit"),
    ("Welcome à Inès, qui rejoint le pôle juridique !", "Welcome", "angl_welcome_kudos"),
    ("Un immense shout-out à l'équipe logistique.", "shout-out", "angl_welcome_kudos"),
    ("Gros bravo team ops pour la migration du week-end.", "team ops", "angl_team_x"),
    ("Chaque nouvel arrivant a un buddy pendant trois mois.", "un buddy", "angl_buddy"),
    ("Le well-being des salariés passe aussi par des horaires tenables.", "well-being", "angl_well_being"),
    ("Trop de recruteurs ghostent les candidats après l'entretien.", "ghostent", "angl_ghoster"),
    ("Un lunch and learn chaque jeudi sur la cybersécurité.", "lunch and learn", "angl_lunch_learn"),
    ("Ma mentee vient d'être promue cheffe de projet.", "mentee", "angl_mentee"),
    ("La perf review de fin d'année approche.", "perf review", "angl_reviews"),
    ("On démarre chaque semaine par un check-in hebdo de quinze minutes.", "check-in hebdo", "angl_check_in"),
    ("Je cherche un career move vers le développement durable.", "career move", "angl_job_description"),
    ("Rien ne vaut l'échange entre peers pour progresser.", "peers", "angl_peers"),
    ("Les layoffs se multiplient dans les grands groupes.", "layoffs", "angl_headcount_layoffs"),
    ("La compliance a bloqué le contrat pendant un mois.", "compliance", "angl_compliance"),
    ("La sprint review a lieu tous les quinze jours.", "sprint review", "angl_agile_rituals"),
    ("J'ai donné mon talk sur la sobriété numérique devant 200 personnes.", "mon talk sur", "angl_talk_event"),
    ("Rendez-vous à notre prochain event à Bordeaux.", "prochain event", "angl_talk_event"),
    ("On passe au format hybrid dès septembre.", "format hybrid", "angl_travail_hybride"),
    ("Nos new hires de septembre commencent lundi.", "new hires", "angl_rh_arrivees"),
    ("Un projet high-level, sans détail technique pour l'instant.", "high-level", "angl_high_level"),
    # verbes anglais conjugués
    ("On va kicker le projet dès lundi.", "kicker le", "angl_verbes_projet"),
    ("Il faut designer une offre adaptée aux artisans.", "designer une offre", "angl_verbes_projet"),
    ("Followez notre page pour ne rien rater.", "Followez", "angl_verbes_reseaux"),
    ("Nichez-vous et les clients viendront à vous.", "Nichez-vous", "angl_nicher"),
    ("Je te call demain après le déjeuner.", "te call", "angl_se_call"),
    # formules de post
    ("Mon journey d'entrepreneur a commencé dans un garage.", "Mon journey", "angl_annonces_linkedin"),
    ("Hot take : les réunions du lundi ne servent à rien.", "Hot take", "angl_tropes_linkedin"),
    ("Un vrai deal breaker pour beaucoup de candidats.", "deal breaker", "angl_tropes_linkedin"),
    # calques et passes suivantes
    ("Il faut éduquer le marché avant de vendre la solution.", "éduquer le marché", "angl_calques_anglais"),
    ("Ces chiffres sont en ligne avec nos objectifs annuels.", "en ligne avec nos objectifs",
     "angl_calques_anglais"),
    ("Nous échangeons sur une base régulière avec les élus.", "sur une base régulière", "angl_calques_anglais"),
    ("Je vais shadower la directrice commerciale pendant une semaine.", "shadower", "angl_verbes_tester"),
    ("De mon side, le planning est bouclé.", "De mon side", "angl_contenus_tendances"),
    ("Le knowledge management reste le parent pauvre des cabinets.", "knowledge management",
     "angl_management_x"),
    ("Nous cherchons une vraie hunter pour ouvrir la région.", "vraie hunter", "angl_vente_profils"),
    ("Notre digital factory livre une application par trimestre.", "digital factory", "angl_factory"),
    ("Notre NPS a gagné douze points en un an.", "Notre NPS", "angl_indicateurs_client"),
    ("On a signé deux nouveaux logos ce mois-ci.", "signé deux nouveaux logos", "angl_saas_clients"),
    ("Notre nouvelle feature est live depuis ce matin.", "feature est live", "angl_saas_clients"),
    ("Un bon manager ne micro-manage pas son équipe.", "micro-manage", "angl_micro_manager"),
    ("Je veux mettre mes skills au service d'une association.", "mes skills", "angl_organic_skills"),
    ("Toutes les offres affichent désormais la salary range.", "salary range", "angl_organic_skills"),
    ("Une big idea forte et une exécution impeccable.", "big idea", "angl_agence_creation"),
    ("Nous repensons toute la guest experience de l'hôtel.", "guest experience", "angl_experience_x"),
    ("Notre flagship parisien rouvre en mars.", "Notre flagship", "angl_flagship"),
    ("On a schedulé tous les posts de la semaine.", "schedulé", "angl_verbes_bureau_2"),
    ("On l'a destaffé du projet la semaine dernière.", "destaffé", "angl_verbes_bureau_2"),
    ("Notre food cost a baissé de trois points cette saison.", "food cost", "angl_secteurs_divers"),
    ("Le cost to serve baisse enfin sur les petits comptes.", "cost to serve", "angl_pilotage_finance"),
]  # fmt: skip

PLAIN = [
    "Nous avons huilé la terrasse : lames de deck en pin, garde-corps en inox.",
    "Le boulanger m'a gardé le pain du client habituel, une baguette tradition.",
    "Mon grand-père avait une traction de 1952, une Citroën noire.",
    "J'ai réussi ma première traction à la salle de sport ce matin.",
    "Le check-in à l'hôtel a pris dix minutes à peine.",
    "Nous avons regardé un talk-show à la télévision hier soir.",
    "J'habite à Gap depuis dix ans et j'adore la montagne.",
    "Le sponsor du club de foot a offert les maillots aux enfants.",
    "Je suis allé au drive chercher mes courses.",
    "Le village est dans la boucle de la Seine, juste après Rouen.",
    "On est en short et en tongs depuis trois semaines, quelle chaleur.",
    "La chaîne Discovery diffuse un documentaire sur les requins.",
    "Le golfeur a raté son putt sur le green du 18e trou.",
    "Les oiseaux viennent se nicher dans un vieux mur de pierres.",
    "Le résultat de l'association permet de financer le voyage des enfants.",
    "To be or not to be, disait Hamlet, et je me pose la même question en relisant Shakespeare.",
    "Mon frère est designer chez un fabricant de meubles à Nantes.",
    "Le kicker du Stade Toulousain a réussi toutes ses pénalités.",
    "On a un nouveau chiot à la maison, il s'appelle Buddy.",
    "La communauté de communes a voté le budget de la piscine.",
    "Petit récap de nos vacances : trois jours de pluie et une semaine de soleil.",
    "Ma sœur est une ancienne élève du lycée, elle fait partie des alumni.",
    "Les enfants sont happy quand on va à la plage.",
    "Le télétravail hybride est devenu la norme dans le service.",
    "Le jury désigne une offre gagnante chaque année.",
    "Le petit-déjeuner doit être consistant avant une longue randonnée.",
    "Le gap entre les deux coureurs s'est réduit dans la dernière montée.",
    "Mon oncle joue au bridge tous les jeudis.",
    "J'ai couru six sprints de 100 mètres à l'entraînement.",
    "Le concert passe en live sur France Inter ce soir.",
    "Le graphiste a dessiné trois nouveaux logos pour la mairie.",
    "Big news : nous attendons un deuxième enfant pour le printemps.",
    "J'ai regardé les highlights du match de rugby avec mon fils.",
    "On a joué au basket sur le playground de Pigalle tout l'après-midi.",
    "Fun fact : mon chat dort exactement seize heures par jour.",
]

CONTEXT_ONLY = [
    # (alone: no flag; among other franglais: shown as information)
    ("Petit recap de la semaine : trois ateliers et une visite d'usine.",
     "Petit recap de ma semaine : deux workshops, trois calls de cadrage et un deep dive sur le budget.",
     "Petit recap"),
    ("Le réseau des alumni du lycée organise un pique-nique en juin.",
     "Notre programme alumni avance : des workshops, un quick call par trimestre et un offboarding soigné.",
     "alumni"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "evidence", "entry"), FLAGGED)
def test_english_borrowing_is_flagged_with_exact_evidence(text: str, evidence: str, entry: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{entry}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_french_with_english_looking_words_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


@pytest.mark.parametrize(("alone", "among_others", "evidence"), CONTEXT_ONLY)
def test_context_words_show_only_among_other_jargon(alone: str, among_others: str, evidence: str) -> None:
    assert_no_surface_flag(alone)
    assert_flagged(among_others, evidence, kind="jargon", severity="info")
