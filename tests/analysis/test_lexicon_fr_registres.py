"""French sector registers (fr/jargon.registres.toml, ids reg_): what company and institution pages write on
LinkedIn, sector by sector (industry, energy, insurance, banking, pharma, hospitals, telecoms, media, sport, real
estate, tourism, retail, universities, schools, government, unions and charities, agencies, law, logistics, defence,
HR, sales, consulting, start-ups, product, coaching, CSR).

The families were written from knowledge of each sector's register, not from the evaluation corpus, and every
sentence here was written for this test. Each flagged sentence must yield a jargon flag from the given rule with
exactly the given evidence. The plain sentences use the same words in their literal sense (a rocket on its
trajectory, an insurer paying a claim, a window open on the city, seedlings at each stage of their growth, a club
entered in a competition) and must get no jargon, peacock or hedge flag.
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import Profile
from tests.analysis.helpers import SURFACE, assert_flagged, assert_no_surface_flag

FLAGGED = [
    (
        "Sur nos trois sites, la culture lean s'est installée et la proximité terrain est devenue notre marque.",
        "reg_industrie_lean",
        "culture lean",
    ),
    (
        "Nous allons standardiser les bonnes pratiques sur l'ensemble du groupe.",
        "reg_industrie_lean",
        "standardiser les bonnes pratiques",
    ),
    ("Chez nous, la sécurité est une valeur cardinale.", "reg_industrie_lean", "une valeur cardinale"),
    ("La réindustrialisation est en marche dans la vallée.", "reg_en_marche", "réindustrialisation est en marche"),
    (
        "Notre feuille de route bas carbone a été validée en conseil.",
        "reg_energie_trajectoire",
        "feuille de route bas carbone",
    ),
    (
        "Nous voulons contribuer à la neutralité carbone d'ici 2040.",
        "reg_energie_trajectoire",
        "contribuer à la neutralité carbone",
    ),
    (
        "Nous sommes fiers d'être un acteur de la souveraineté énergétique.",
        "reg_energie_trajectoire",
        "acteur de la souveraineté énergétique",
    ),
    (
        "Cette année encore, nous serons au rendez-vous de la transition.",
        "reg_energie_trajectoire",
        "au rendez-vous de la transition",
    ),
    ("Nous aidons nos clients à électrifier leurs usages.", "reg_energie_trajectoire", "électrifier leurs usages"),
    ("Nous passons d'assureur payeur à assureur partenaire.", "reg_assurance_partenaire", "assureur payeur"),
    ("Notre offre servicielle couvre aussi la prévention.", "reg_assurance_partenaire", "servicielle"),
    ("Nous sommes fiers de financer l'économie réelle.", "reg_banque_economie_reelle", "financer l'économie réelle"),
    (
        "Depuis 150 ans, nous sommes aux côtés de celles et ceux qui entreprennent.",
        "reg_banque_economie_reelle",
        "aux côtés de celles et ceux qui entreprennent",
    ),
    ("Nos équipes sont guidées par la science.", "reg_pharma_science", "guidées par la science"),
    ("Nous rejoignons l'écosystème de santé de la région.", "reg_pharma_science", "écosystème de santé"),
    (
        "Nous travaillons la fluidité du parcours patient entre ville et hôpital.",
        "reg_hopital_parcours",
        "fluidité du parcours patient",
    ),
    ("Le GHT renforce sa culture de la bientraitance.", "reg_hopital_parcours", "culture de la bientraitance"),
    ("Nous voulons connecter les territoires les plus isolés.", "reg_telecom_connecter", "connecter les territoires"),
    ("Nous proposons un cloud de confiance à nos clients publics.", "reg_telecom_connecter", "cloud de confiance"),
    (
        "Nous déclinons nos contenus sur tous les supports.",
        "reg_medias_contenus",
        "déclinons nos contenus sur tous les supports",
    ),
    (
        "Chaque semaine, nous décryptons les tendances pour vous.",
        "reg_medias_contenus",
        "décryptons les tendances pour vous",
    ),
    (
        "Nous donnons la parole à celles et ceux qu'on n'entend jamais.",
        "reg_medias_contenus",
        "donnons la parole à celles et ceux qu'on n'entend jamais",
    ),
    (
        "Nos sponsors vont activer leur partenariat pendant la finale.",
        "reg_sport_activation",
        "activer leur partenariat",
    ),
    ("Le sport est un formidable levier d'inclusion.", "reg_sport_activation", "levier d'inclusion"),
    (
        "Notre ambition : activer les rez-de-chaussée du quartier.",
        "reg_immobilier_ville",
        "activer les rez-de-chaussée",
    ),
    (
        "Nous misons sur l'hybridation des espaces dans nos immeubles.",
        "reg_immobilier_ville",
        "hybridation des espaces",
    ),
    ("Nous sommes un ensemblier urbain.", "reg_immobilier_ville", "ensemblier urbain"),
    ("Nous renforçons notre marque territoriale.", "reg_tourisme_destination", "marque territoriale"),
    (
        "Ici, nous voulons faire de chaque séjour une expérience.",
        "reg_tourisme_destination",
        "faire de chaque séjour une expérience",
    ),
    ("Nous restons le champion du pouvoir d'achat.", "reg_distribution_enseigne", "champion du pouvoir d'achat"),
    ("Nous voulons le mieux manger pour tous.", "reg_distribution_enseigne", "mieux manger pour tous"),
    ("Nous renforçons le continuum recherche-innovation.", "reg_universite", "continuum recherche-innovation"),
    ("Nous voulons faire rayonner la recherche française.", "reg_universite", "faire rayonner la recherche"),
    (
        "Notre école de la confiance repose sur une communauté éducative mobilisée.",
        "reg_ecole",
        "communauté éducative mobilisée",
    ),
    ("Notre lycée veut faire réussir chaque élève.", "reg_ecole", "faire réussir chaque élève"),
    # collectivités, État
    ("Face au chômage des jeunes, nous menons une action résolue.", "reg_public_action", "action résolue"),
    (
        "Notre feuille de route vise à moderniser l'action publique.",
        "reg_public_action",
        "moderniser l'action publique",
    ),
    (
        "Ce plan doit rapprocher l'administration des usagers.",
        "reg_public_action",
        "rapprocher l'administration des usagers",
    ),
    ("Le budget voté est ambitieux et équilibré.", "reg_public_action", "ambitieux et équilibré"),
    (
        "Nous entendons les préoccupations des habitants.",
        "reg_public_action",
        "entendons les préoccupations des habitants",
    ),
    (
        "Nous appelons les pouvoirs publics à prendre leurs responsabilités.",
        "reg_public_action",
        "appelons les pouvoirs publics à prendre leurs responsabilités",
    ),
    ("Nous avons eu avec le préfet un échange franc et constructif.", "reg_public_action", "franc et constructif"),
    ("Le projet a fait l'objet d'une large concertation.", "reg_public_action", "large concertation"),
    ("Le pays a besoin d'un sursaut collectif.", "reg_public_action", "sursaut collectif"),
    # syndicats, associations, ONG
    ("Notre fédération va porter le plaidoyer jusqu'à Bruxelles.", "reg_associations_plaidoyer", "porter le plaidoyer"),
    (
        "Nous voulons faire entendre la voix de nos adhérents.",
        "reg_associations_plaidoyer",
        "faire entendre la voix de nos adhérents",
    ),
    ("Nous plaidons pour un dialogue social de qualité.", "reg_associations_plaidoyer", "dialogue social de qualité"),
    ("Nos bénévoles font vivre le projet associatif.", "reg_associations_plaidoyer", "font vivre le projet associatif"),
    (
        "Nos équipes interviennent au plus près des populations déplacées.",
        "reg_associations_plaidoyer",
        "au plus près des populations",
    ),
    (
        "Nous finançons le renforcement des capacités des associations locales.",
        "reg_associations_plaidoyer",
        "renforcement des capacités",
    ),
    ("Notre objectif est un changement systémique.", "reg_associations_plaidoyer", "changement systémique"),
    # agences, droit
    ("Nous avons conçu un dispositif social media pour la rentrée.", "reg_agence_marque", "dispositif social media"),
    ("Notre mission : faire émerger la marque auprès des 25-35 ans.", "reg_agence_marque", "faire émerger la marque"),
    ("La campagne a créé de la préférence de marque.", "reg_agence_marque", "créé de la préférence"),
    ("Nous avons présenté notre reco créative au client.", "reg_agence_marque", "reco créative"),
    ("Ces contenus doivent parler à votre cible.", "reg_agence_marque", "parler à votre cible"),
    (
        "Nous développons une culture de la conformité dans tout le groupe.",
        "reg_juridique_conformite",
        "culture de la conformité",
    ),
    (
        "Notre direction juridique augmentée traite les contrats en deux jours.",
        "reg_juridique_conformite",
        "direction juridique augmentée",
    ),
    # logistique, défense
    (
        "Nous voulons rendre notre supply chain plus résiliente.",
        "reg_logistique",
        "rendre notre supply chain plus résiliente",
    ),
    ("Notre tour de contrôle logistique suit chaque colis.", "reg_logistique", "tour de contrôle logistique"),
    ("Nous garantissons une visibilité de bout en bout.", "reg_logistique", "visibilité de bout en bout"),
    ("L'industrie de défense doit passer en économie de guerre.", "reg_defense", "passer en économie de guerre"),
    ("Nous sommes aux avant-postes de l'innovation.", "reg_defense", "aux avant-postes de l'innovation"),
    ("Nous préparons l'aviation de demain.", "reg_defense", "aviation de demain"),
    # RH, vente, conseil
    ("Nous offrons un cadre de travail stimulant.", "reg_rh_vente_conseil", "cadre de travail stimulant"),
    (
        "Nous accompagnons nos clients dans leur croissance.",
        "reg_rh_vente_conseil",
        "accompagnons nos clients dans leur croissance",
    ),
    ("Nous vendons de la valeur, pas des produits.", "reg_rh_vente_conseil", "vendons de la valeur"),
    ("Nous faisons le lien entre stratégie et exécution.", "reg_rh_vente_conseil", "entre stratégie et exécution"),
    ("Notre rôle : conduire le changement dans les agences.", "reg_rh_vente_conseil", "conduire le changement"),
    # start-up, produit
    ("Nous levons 5 millions pour accélérer notre croissance.", "reg_startup_vc", "pour accélérer notre croissance"),
    ("Nous sommes backés par deux fonds européens.", "reg_startup_vc", "backés par"),
    ("Notre équipe produit livre de la valeur chaque semaine.", "reg_startup_vc", "livre de la valeur"),
    ("Nous mettons l'IA au service de nos clients.", "reg_startup_vc", "l'IA au service de nos clients"),
    # coaching
    ("Je vous aide à oser demander une augmentation.", "reg_coaching", "aide à oser"),
    ("Je vous aide à vous reconnecter à vous-même.", "reg_coaching", "reconnecter à vous-même"),
    ("Ensemble, transformons vos peurs en force.", "reg_coaching", "transformons vos peurs en force"),
    # RSE
    ("Nous voulons réconcilier économie et écologie.", "reg_rse", "réconcilier économie et écologie"),
    ("Nous sommes sur le chemin de la neutralité.", "reg_rse", "chemin de la neutralité"),
    ("Nos actions sont alignées sur les ODD.", "reg_rse", "alignées sur les ODD"),
    (
        "Nous conjuguons performance et responsabilité depuis dix ans.",
        "reg_rse",
        "conjuguons performance et responsabilité",
    ),
    # communiqué
    ("Avec ce rachat, nous renforçons notre ancrage régional.", "reg_communique", "renforçons notre ancrage régional"),
    ("Nous densifions notre maillage dans l'Ouest.", "reg_communique", "densifions notre maillage"),
    (
        "Nous mettons notre savoir-faire au service de la filière.",
        "reg_communique",
        "mettons notre savoir-faire au service de",
    ),
    ("Le groupe ouvre un chantier d'envergure.", "reg_communique", "chantier d'envergure"),
    ("Ces chiffres confirment la pertinence de notre modèle.", "reg_communique", "pertinence de notre modèle"),
    ("Nous abordons 2026 avec sérénité.", "reg_communique", "abordons 2026 avec sérénité"),
    ("Le groupe dispose de solides atouts.", "reg_communique", "de solides atouts"),
    # institutions culturelles et publiques
    ("Nous travaillons en intelligence avec les communes.", "reg_public_culture", "en intelligence avec"),
    ("Le théâtre défend une programmation exigeante et populaire.", "reg_public_culture", "exigeante et populaire"),
    (
        "Cette exposition questionne les frontières entre art et design.",
        "reg_public_culture",
        "questionne les frontières entre",
    ),
    # secteurs divers
    ("Notre nouvelle collection revisite les codes de la maison.", "reg_secteurs_divers", "revisite les codes"),
    (
        "Nos usines transforment les déchets en ressources.",
        "reg_secteurs_divers",
        "transforment les déchets en ressources",
    ),
    ("Nous renforçons notre posture de sécurité.", "reg_secteurs_divers", "posture de sécurité"),
    (
        "Nous voulons faire de la cybersécurité l'affaire de tous.",
        "reg_secteurs_divers",
        "faire de la cybersécurité l'affaire de tous",
    ),
    (
        "Le séminaire a offert des moments de partage et de convivialité.",
        "reg_secteurs_divers",
        "moments de partage et de convivialité",
    ),
    (
        "Notre agence vous aide à concrétiser votre projet de vie.",
        "reg_secteurs_divers",
        "concrétiser votre projet de vie",
    ),
    ("Nous proposons un accompagnement de A à Z.", "reg_secteurs_divers", "accompagnement de A à Z"),
    ("Notre service est sur mesure et personnalisé.", "reg_secteurs_divers", "sur mesure et personnalisé"),
    (
        "Nous sommes votre partenaire immobilier de confiance.",
        "reg_secteurs_divers",
        "partenaire immobilier de confiance",
    ),
    ("Nous construisons des filières durables et rémunératrices.", "reg_secteurs_divers", "durables et rémunératrices"),
    ("Depuis 1950, nous sommes aux côtés des éleveurs.", "reg_secteurs_divers", "aux côtés des éleveurs"),
    # pilotage de projet
    ("La start-up est en pleine structuration.", "reg_pilotage_projet", "en pleine structuration"),
    ("Les ventes sont sur une trajectoire ascendante.", "reg_pilotage_projet", "trajectoire ascendante"),
    ("Nous sommes sur une belle dynamique depuis la rentrée.", "reg_pilotage_projet", "sur une belle dynamique"),
    ("Nous allons surfer sur cette dynamique en 2026.", "reg_pilotage_projet", "surfer sur cette dynamique"),
    ("Il faut phaser le déploiement sur trois trimestres.", "reg_pilotage_projet", "phaser le déploiement"),
    ("Nous allons calibrer le dispositif avec les agences.", "reg_pilotage_projet", "calibrer le dispositif"),
]

PLAIN = [
    "Le terrain de foot est à proximité de l'usine.",
    "Le nord est un point cardinal.",
    "La machine à laver est en marche depuis ce matin.",
    "La fusée est restée en ligne avec la trajectoire prévue.",
    "Mon assureur a payé le sinistre en dix jours.",
    "Les jeunes plants ont besoin d'eau à chaque étape de leur croissance.",
    "Le médecin a guidé l'interne pendant toute la garde.",
    "Il a passé trente ans au service de la société de transport.",
    "L'opérateur responsable de la ligne a arrêté la presse.",
    "Nous avons engagé un opérateur en CDD depuis mars.",
    "La fenêtre du salon est ouverte sur la ville.",
    "J'ai décidé de faire de cet échec une leçon.",
    "Les pompiers ont activé les sirènes du quartier.",
    "Nous avons réglé la cadence de la presse à dix pièces par minute.",
    "Le prêt a financé la réparation du toit de l'école.",
    "Il y avait du monde au rendez-vous de midi.",
    "L'artiste donne à voir ses dessins au musée.",
    "J'ai vu le film Les Invisibles hier soir.",
    "Le club est engagé en Ligue des champions cette saison.",
    "Mon club de lecture se retrouve au rendez-vous du jeudi.",
    "Chaque élève de la classe a réussi son examen de natation.",
    "Je rends le dossier au préfet demain matin.",
    "Le boulanger vend son pain au marché le samedi.",
    "Le vendeur a fait le lien entre la facture et le bon de livraison.",
    "Mon fils a levé la main pour poser une question.",
    "Nous avons réduit la friction des freins en changeant les plaquettes.",
    "Ma fille apprend à oser plonger du grand plongeoir.",
    "La tour de contrôle de l'aéroport a rouvert hier.",
    "Le livreur livre les colis de la rue chaque matin.",
    "Mon grand-père a connu l'économie de guerre en 1943.",
    "Le boxeur est monté aux avant-postes du combat dès le premier round.",
    "Le camion est passé au plus près des maisons du village.",
    "Le préfet a signé l'arrêté jeudi.",
    "La direction juridique a relu le contrat de bail.",
    "Il a présenté un dispositif de secours pour les baigneurs.",
    "Ma voisine a fait émerger des pousses de tomates sur son balcon.",
    "J'ai entendu les oiseaux chanter toute la matinée.",
    "Nous avons mené une enquête auprès de trente commerçants.",
    "Le mur de l'école a été repeint en deux jours.",
    "Il a mis son bonnet pour aborder la descente avec prudence.",
    "La solidité de notre toit a été vérifiée après la tempête.",
    "Je me suis inscrit dans la chorale de la ville.",
    "Nous avons traduit le livre en espagnol.",
    "Les douaniers contrôlent les frontières à Modane.",
    "Le tailleur a revu les ourlets du costume.",
    "Le camion poubelle ramasse les déchets le mardi.",
    "Le kiné a corrigé ma posture au bureau.",
    "On a partagé un repas au refuge après la randonnée.",
    "Mon voisin agriculteur m'a prêté son tracteur.",
    "Le surfeur a pris la vague à Hossegor.",
    "Le pâtissier a calibré les macarons un par un.",
    "Le géomètre a jalonné le terrain avec des piquets.",
]


@pytest.mark.parametrize(("text", "rule", "evidence"), FLAGGED)
def test_sector_register_is_flagged_with_exact_rule_and_evidence(text: str, rule: str, evidence: str) -> None:
    assert_flagged(text, evidence, kind="jargon", rule=f"jargon.fr.{rule}")


@pytest.mark.parametrize("text", PLAIN)
def test_plain_sentence_with_the_same_words_in_literal_sense_gets_no_surface_flag(text: str) -> None:
    assert_no_surface_flag(text)


def test_context_labels_fire_only_among_other_jargon() -> None:
    """« fracture numérique » is an honest phrase alone; among firm jargon it is shown (as information)."""
    alone = "Dans mon village, la fracture numérique se voit à la poste : personne ne sait remplir le formulaire."
    assert [f for f in analyze(alone, Profile()).flags if f.kind in SURFACE] == []
    dense = (
        "Opérateur citoyen, nous voulons connecter les territoires, proposer un cloud de confiance "
        "et réduire la fracture numérique."
    )
    found = {(f.rule, f.text, f.severity.value) for f in analyze(dense, Profile()).flags if f.kind in SURFACE}
    assert ("jargon.fr.reg_transition_juste", "fracture numérique", "info") in found
