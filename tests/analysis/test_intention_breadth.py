"""Intention mismatches with the BUNDLED lexicons: everyday French and English calls to action, self-promotion,
announcements and questions that contradict the declared kind; and coherent posts that must stay quiet.

The sentences are our own, written for these tests (not taken from the evaluation corpus).
"""

from __future__ import annotations

import pytest

from brandjournal.analysis import analyze
from brandjournal.domain import FlagKind, Intention, IntentionKind, Profile
from tests.analysis.helpers import check_offsets


def mismatches(kind: str, text: str) -> list[tuple[str, str]]:
    report = analyze(text, Profile(), Intention(kind=IntentionKind(kind)))
    check_offsets(text, report.flags)
    return [(f.rule, f.text) for f in report.flags if f.kind == FlagKind.INTENTION_MISMATCH]


CTA, SALES, HIRING = "intention.promote.call_to_action", "intention.promote.sales", "intention.promote.hiring"
ANNOUNCEMENT, QUESTION = "intention.announce.announcement", "intention.ask.question"

FLAGGED = [
    (
        "share",
        "J'ai mis trois ans à oser augmenter mes tarifs. Envoie-moi un message si tu veux ma grille.",
        CTA,
        "Envoie-moi un message si tu veux ma grille.",
    ),
    (
        "share",
        "Mon premier atelier de céramique a été un désastre. Je vous l'envoie en MP si vous voulez la liste.",
        CTA,
        "Je vous l'envoie en MP si vous voulez la liste.",
    ),
    (
        "announce",
        "Je rejoins l'hôpital de Brest en septembre. Écrivez « FICHE » en commentaire pour recevoir l'offre.",
        CTA,
        "Écrivez « FICHE » en commentaire pour recevoir l'offre.",
    ),
    (
        "share",
        'I rewrote my CV four times last year. Comment "CV" and I will send you the template.',
        CTA,
        'Comment "CV" and I will send you the template.',
    ),
    (
        "inform",
        "La déclaration de revenus ouvre le 10 avril. Votre avis en commentaire !",
        CTA,
        "Votre avis en commentaire !",
    ),
    (
        "ask",
        "Quel logiciel de planning utilisez-vous en crèche ? Récupérez mon kit gratuit sur mon site.",
        SALES,
        "Récupérez mon kit gratuit sur mon site.",
    ),
    (
        "celebrate",
        "Bravo à Inès, notre nouvelle cheffe de rang ! Craquez pour notre nouvelle collection, livraison offerte.",
        SALES,
        "Craquez pour notre nouvelle collection, livraison offerte.",
    ),
    (
        "celebrate",
        "Félicitations à Karim pour ses 20 ans de maison. Son équipe recrute, d'ailleurs.",
        HIRING,
        "Son équipe recrute, d'ailleurs.",
    ),
    (
        "ask",
        "Comment gérez-vous les retards en consultation ? Au passage, nous sommes fiers d'ouvrir notre cabinet.",
        ANNOUNCEMENT,
        "Au passage, nous sommes fiers d'ouvrir notre cabinet.",
    ),
    (
        "announce",
        "Je passe à mi-temps en janvier pour finir ma thèse. Des conseils pour tenir le rythme ?",
        QUESTION,
        "Des conseils pour tenir le rythme ?",
    ),
    (
        "share",
        "Ce que trois ans de maraîchage m'ont appris : la patience. Abonne-toi pour la suite.",
        CTA,
        "Abonne-toi pour la suite.",
    ),
]


@pytest.mark.parametrize(("kind", "text", "rule", "sentence"), FLAGGED)
def test_contradicting_cue_is_flagged(kind: str, text: str, rule: str, sentence: str) -> None:
    assert mismatches(kind, text) == [(rule, sentence)]


COHERENT = [
    # a pointer to a link is how an inform or announce post cites its source
    ("inform", "Le rapport annuel de l'association est publié. Le lien est en commentaire."),
    ("announce", "Je deviens trésorière du club de rugby. Le budget voté est en lien dans les commentaires."),
    ("inform", "The council published its cycling plan today. Link in the comments."),
    # reporting a comment is not asking for one; French "comment" means "how"
    ("share", "Un lecteur a laissé ce commentaire : « merci ». Ça m'a touchée."),
    ("share", "Comment dire « non » à son manager ? Voici ce que j'ai appris."),
    ("share", "J'ai commenté son post hier, et on s'est appelés ce matin."),
    # plain stories and questions
    ("share", "J'ai raté mon premier marathon à cause d'un départ trop rapide. Cette année, je pars lentement."),
    ("ask", "Vous avez des conseils pour un premier potager sur un balcon ? Je suis preneuse."),
]


@pytest.mark.parametrize(("kind", "text"), COHERENT)
def test_coherent_post_has_no_mismatch(kind: str, text: str) -> None:
    assert mismatches(kind, text) == []


def test_link_pointer_still_contradicts_a_share_post() -> None:
    text = "Ma plus grosse erreur de jeune cheffe : tout vérifier moi-même. Lien en commentaire."
    assert mismatches("share", text) == [(CTA, "Lien en commentaire.")]


def test_a_question_to_the_reader_contradicts_an_announcement_only() -> None:
    text = "Je passe à quatre jours par semaine en mars. Vous auriez fait pareil ?"
    assert mismatches("announce", text) == [(QUESTION, "Vous auriez fait pareil ?")]
    assert mismatches("share", text) == []
    english = "I'm leaving my job in June to go back to school. How did you handle the first month?"
    assert mismatches("announce", english) == [(QUESTION, "How did you handle the first month?")]
    # a question that is not put to the reader
    assert mismatches("announce", "Je quitte Paris en juin. Pourquoi maintenant ? Parce que ma mère vieillit.") == []
