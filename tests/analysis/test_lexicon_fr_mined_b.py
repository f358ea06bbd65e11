"""French jargon families mined from the hand-marked corpora, second batch (fr/jargon.mined_b.toml, ids mb_).

Start-up and sales franglais (adresser une cible, l'équipe sales, le pipe, le pricing, brûler du cash, reporter à la
CEO), HR and restructuring euphemisms (ajustement de la voilure, réallocation des ressources, capacitaire), and the
langue de bois of public action (recoudre la ville, nouvelle centralité, sorties positives, présence postale). The
sentences were written for this test, not copied from the corpora. Each flagged one must yield a jargon flag from the
given rule with exactly the given evidence. The plain sentences use the same words in their literal sense (a
smoking pipe, a spine, a photo resized, a postponed match, a sailing boat) and must get no jargon, peacock or hedge
flag. Context entries are checked inside a sentence that also carries a firm buzzword, and alone in a plain one.
"""

from __future__ import annotations

import pytest

from tests.analysis.helpers import assert_flagged, assert_no_surface_flag, surface_flags

FIRM = "Il faut challenger nos process et créer des synergies."

FLAGGED = [
    # start-up, vente, produit
    ("Ils ont adressé les personas du marché.", "mb_adresser_cible", "adressé les personas"),
    ("Le pôle sales recrute deux personnes.", "mb_equipe_sales", "pôle sales"),
    ("Je raisonne en pipe depuis dix ans.", "mb_pipe_vente", "raisonne en pipe"),
    ("On a refait la page pricing du site.", "mb_pricing", "pricing"),
    ("Notre onsite annuel aura lieu à Nantes.", "mb_onsite", "onsite"),
    ("Fais tes backchannels avant de signer la term sheet.", "mb_backchannel", "backchannels"),
    ("Deux startups de notre portfolio ont fermé.", "mb_portfolio_vc", "startups de notre portfolio"),
    ("Nous brûlons de la trésorerie depuis l'été.", "mb_bruler_cash", "brûlons de la trésorerie"),
    ("Un article evergreen vaut mieux que dix posts.", "mb_evergreen_repurpose", "evergreen"),
    ("La phase d'hypercare dure deux semaines.", "mb_hypercare", "hypercare"),
    ("On garde les points async pour le lundi.", "mb_async", "points async"),
    ("On se synchronise sur le planning demain ?", "mb_se_synchroniser", "se synchronise sur le planning"),
    ("Le no meeting Friday a changé nos semaines.", "mb_no_meeting", "no meeting Friday"),
    ("Il est Chief AI Officer depuis mars.", "mb_chief_officer", "Chief AI Officer"),
    ("Voici notre framework de priorisation en cinq étapes.", "mb_framework_management", "framework de priorisation"),
    ("Merci à toute ma commu pour les messages.", "mb_commu", "ma commu"),
    (
        "Il veut transformer chaque remarque client en opportunité.",
        "mb_opportunite_croissance",
        "transformer chaque remarque client en opportunité",
    ),
    ("On recense chaque semaine trois irritants usagers.", "mb_irritant_client", "irritants usagers"),
    # RH, management
    ("Vous reporterez au DG et au conseil.", "mb_reporter_a", "reporterez au DG"),
    ("Nous travaillons notre promesse collaborateur.", "mb_promesse_employeur", "promesse collaborateur"),
    ("Venez travailler dans une boîte qui a du sens.", "mb_qui_a_du_sens", "boîte qui a du sens"),
    ("Une mission à fort enjeu pour un profil senior.", "mb_fort_enjeu", "mission à fort enjeu"),
    ("On va redimensionner l'organisation.", "mb_redimensionner", "redimensionner l'organisation"),
    ("On nous annonce une adaptation de la voilure.", "mb_voilure", "adaptation de la voilure"),
    ("La réaffectation des moyens se fera vers l'export.", "mb_reallocation", "réaffectation des moyens"),
    ("Les tensions capacitaires persistent cet hiver.", "mb_capacitaire", "capacitaires"),
    ("Les résultats du baromètre collaborateurs arrivent.", "mb_barometre", "baromètre collaborateurs"),
    ("Il faut une vraie culture de la gagne.", "mb_collectif_gagnant", "culture de la gagne"),
    ("Le leadership soignant se construit.", "mb_leadership_partage", "leadership soignant"),
    # action publique, territoires
    ("Les ambassadeurs du festival distribuent le programme.", "mb_ambassadeurs", "ambassadeurs du festival"),
    ("Le tram est la colonne vertébrale du réseau.", "mb_colonne_vertebrale", "colonne vertébrale du réseau"),
    ("Nous voulons réinventer les mobilités.", "mb_mobilites", "réinventer les mobilités"),
    ("Un plan de transport allégé circulera demain.", "mb_plan_transport", "plan de transport allégé"),
    ("Une démarche 360 pour chaque commune.", "mb_demarche_360", "démarche 360"),
    ("Bravo aux partenaires mobilisés ce week-end.", "mb_acteurs_mobilises", "partenaires mobilisés"),
    ("Il faut proposer une réponse coordonnée aux familles.", "mb_reponse_adaptee", "proposer une réponse coordonnée"),
    ("Ce plan s'inscrit dans notre volonté d'agir.", "mb_inscrire_dans", "dans notre volonté"),
    ("Chaque école a reçu un kit de déploiement.", "mb_kit_deploiement", "kit de déploiement"),
    ("Le plan sera décliné concrètement.", "mb_declinaison", "décliné concrètement"),
    ("Le maillage des agences reste dense.", "mb_maillage", "maillage des agences"),
    ("Ce projet veut recoudre le quartier avec le centre.", "mb_recoudre", "recoudre le quartier"),
    ("Le marché deviendra une centralité de quartier.", "mb_centralite", "centralité de quartier"),
    ("Un écoquartier apaisé au bord de la Loire.", "mb_quartier_slogan", "écoquartier apaisé"),
    ("Les gardiens vont retisser du lien entre voisins.", "mb_remettre_du_lien", "retisser du lien"),
    (
        "L'atelier vise à remettre les allocataires en mouvement.",
        "mb_remise_en_mouvement",
        "remettre les allocataires en mouvement",
    ),
    ("Le taux de sortie dynamique atteint 58 %.", "mb_sorties_positives", "sortie dynamique"),
    (
        "La réorganisation de la présence bancaire inquiète.",
        "mb_presence_postale",
        "réorganisation de la présence bancaire",
    ),
    ("Il faut faire vivre la concertation toute l'année.", "mb_democratie_proximite", "faire vivre la concertation"),
    ("Le festival veut positionner la région comme pionnière.", "mb_positionner_territoire", "positionner la région"),
    ("Nous devenons un lieu ressource pour les aidants.", "mb_lieu_ressource", "lieu ressource"),
    ("Les communs numériques méritent un budget.", "mb_communs", "communs numériques"),
    ("L'appli doit générer de l'usage dès le lancement.", "mb_creer_usage", "générer de l'usage"),
    ("Un atelier de citoyenneté numérique en cinquième.", "mb_numerique_institutionnel", "citoyenneté numérique"),
    ("Viser la triple performance sociale et économique.", "mb_double_performance", "triple performance sociale"),
    ("Notre chemin du labo au marché a pris six ans.", "mb_du_lab_au_marche", "du labo au marché"),
    ("Nous voulons localiser la réponse humanitaire.", "mb_localiser_aide", "localiser la réponse humanitaire"),
    ("L'association doit hybrider ses revenus.", "mb_hybrider_ressources", "hybrider ses revenus"),
    ("Ce centre commercial veut capter les flux du périphérique.", "mb_capter_pouvoir_achat", "capter les flux"),
    ("Une expérience culinaire signée par notre chef.", "mb_experience_marketing", "expérience culinaire"),
    ("Des légumes sourcés chez un voisin.", "mb_sourcer_produits", "légumes sourcés"),
    ("Il faut valoriser nos gisements de données.", "mb_valoriser_actifs", "valoriser nos gisements"),
    ("On priorise selon la valeur utilisateur.", "mb_valeur_usager", "valeur utilisateur"),
    ("Objectif : la performance opérationnelle de l'usine.", "mb_performance_qualifiee", "performance opérationnelle"),
    ("Il y a des silos entre les directions.", "mb_silos_entre", "silos entre les directions"),
    ("Il faut un champion parmi les acheteurs.", "mb_champion_utilisateurs", "champion parmi les acheteurs"),
    ("On pilote la tournée en mode data.", "mb_en_mode", "en mode data"),
    ("Aucun salarié ne sera laissé au bord de la route.", "mb_bord_du_chemin", "ne sera laissé au bord de la route"),
    ("Nous allons adresser les besoins de demain.", "mb_adresser_cible", "adresser les besoins de demain"),
]

CONTEXT = [
    ("Prochaine itération : un tableau plus court.", "mb_iteration", "Prochaine itération"),
    ("Nos investisseurs croient en notre vision.", "mb_croire_vision", "croient en notre vision"),
    ("Notre solution permet de suivre les colis.", "mb_notre_solution", "Notre solution permet"),
    ("Prendre le temps de dézoomer une fois par mois.", "mb_dezoomer", "dézoomer"),
    ("On veut éviter l'effet tunnel.", "mb_effet_tunnel", "effet tunnel"),
    ("Mon rôle est d'aider au passage à l'action.", "mb_passage_action", "passage à l'action"),
    ("Ce départ risque de briser la dynamique.", "mb_dynamique_casser", "briser la dynamique"),
    ("Ces micro-actions changent le quotidien.", "mb_micro_initiatives", "micro-actions"),
    ("Nous déployons une nouvelle méthode de tri.", "mb_deployer_demarche_ctx", "déployons une nouvelle méthode"),
    ("Nous allons décliner la feuille de route en actions.", "mb_decliner_ctx", "décliner la feuille de route"),
    ("La soutenabilité du budget reste fragile.", "mb_soutenabilite_ctx", "soutenabilité"),
    ("Un temps de convivialité suivra la réunion.", "mb_temps_fort_ctx", "temps de convivialité"),
    ("Le bien-être des apprenants compte.", "mb_apprenants_ctx", "apprenants"),
    ("Un continuum entre école et entreprise.", "mb_continuum_ctx", "continuum"),
    ("Il faut mettre à l'échelle ce qui marche.", "mb_mettre_a_l_echelle_ctx", "mettre à l'échelle"),
    ("Ils ont pivoté trois fois avant de trouver leur marché.", "mb_pivoter_fois_ctx", "pivoté trois fois"),
    ("Les élèves doivent apprendre à apprendre.", "mb_apprendre_a_apprendre", "apprendre à apprendre"),
    ("Notre job : supprimer les irritants.", "mb_irritants_verbes_ctx", "supprimer les irritants"),
    (
        "Des moyens supplémentaires seront déployés cet hiver.",
        "mb_mesures_deployees_ctx",
        "moyens supplémentaires seront déployés",
    ),
]

PLAIN = [
    "Mon grand-père fumait la pipe le dimanche au jardin.",
    "Les assiettes sales s'entassent dans l'évier.",
    "Le kiné m'a montré une radio de ma colonne vertébrale.",
    "J'ai redimensionné la photo avant de l'envoyer.",
    "Le match est reporté au lundi suivant à cause de la pluie.",
    "Le skipper a choisi de réduire la toile avant le grain.",
    "L'ambassadeur de France à Rome a reçu la délégation.",
    "Le troisième lieu de la visite était une vieille grange.",
    "D'un commun accord, nous avons décidé de vendre la maison.",
    "La porte a pivoté sur ses gonds sans un bruit.",
    "Cette crème est irritante pour les peaux sensibles.",
    "Ma montre se synchronise avec le téléphone chaque nuit.",
    "Le photographe a mis son portfolio en ligne.",
    "J'ai décliné l'invitation au dîner de samedi.",
    "Les pompiers ont déployé la grande échelle devant l'immeuble.",
    "Elle a gagné le tournoi avec une équipe très soudée.",
    "Le bus de la ligne 4 passe toutes les dix minutes.",
    "Nous avons reçu une réponse de la mairie au bout de deux semaines.",
    "Le bureau de poste ouvre à neuf heures le samedi.",
    "Ce vin vient d'un petit domaine près de Chinon.",
    "On a brûlé les feuilles mortes au fond du jardin.",
    "Le programme du festival est sorti ce matin.",
    "Ma fille apprend à lire avec sa maîtresse.",
    "Nous avons une fonction async dans le code Python.",
    "Le train de 8 h 12 a eu vingt minutes de retard.",
    "Le maillage du filet de pêche est trop large pour ces poissons.",
    "Les silos à grain se dressent entre les champs de blé.",
    "Elle est championne de France de judo depuis mars.",
    "On a mis le chauffage en mode vacances avant de partir.",
    "Nous avons laissé la voiture au bord de la route pour marcher.",
    "Mon fils est inscrit dans un club de foot depuis septembre.",
    "Le service de transport adapté aux personnes handicapées est gratuit.",
    "Ma fille a pivoté deux fois sur elle-même en dansant.",
    "Le baromètre du moral des ménages est en baisse cet automne.",
    "Cette crème aide à réduire les irritants du quotidien pour la peau.",
    "Le kiné m'a aidé à remettre en mouvement mon épaule.",
    "Le gardien est la colonne vertébrale de l'équipe depuis dix ans.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_mined_b_family_is_flagged(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize(("text", "rule", "evidence"), CONTEXT)
def test_mined_b_context_entry_shows_among_jargon(text: str, rule: str, evidence: str) -> None:
    assert_flagged(f"{FIRM} {text}", evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize(("text", "rule", "evidence"), CONTEXT)
def test_mined_b_context_entry_is_silent_alone(text: str, rule: str, evidence: str) -> None:
    assert all(f.rule != f"jargon.fr.{rule}" for f in surface_flags(text))


@pytest.mark.parametrize("text", PLAIN)
def test_mined_b_literal_sense_is_not_flagged(text: str) -> None:
    assert_no_surface_flag(text)
