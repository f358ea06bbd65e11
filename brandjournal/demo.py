"""The first-start demo: a small profile (values in French and English) and three drafts that show every kind of
finding at once (value expressed and betrayed, jargon, hedging, empty polish, off intention, lost voice).

Pure Python: used by the window on first start, by ``--self-test`` and by the screenshot script.
"""

from __future__ import annotations

from dataclasses import dataclass

from brandjournal.domain import Intention, IntentionKind, Platform, RevisionKind, Value
from brandjournal.storage import Journal

DEMO_VALUES: tuple[Value, ...] = (
    Value(
        name="Honnêteté / Honesty",
        meaning="Dire ce qui s'est vraiment passé, erreurs comprises. Say what really happened, mistakes included.",
        fits=(
            "je me suis trompé",
            "j'ai appris",
            "erreur",
            "honnêtement",
            "I was wrong",
            "mistake",
            "honestly",
            "I learnt",
            "I learned",
        ),
        betrays=("game-changer", "révolutionnaire", "guaranteed", "garanti", "100 %", "best-in-class"),
    ),
    Value(
        name="Transmission",
        meaning="Partager ce que je sais pour que d'autres aillent plus vite. Share so others go faster.",
        fits=("partager", "expliquer", "apprendre", "share", "explain", "teach", "learn"),
        betrays=("secret", "hack", "astuce miracle", "growth hacking"),
    ),
    Value(
        name="Simplicité / Simplicity",
        meaning="Des mots simples, des exemples concrets. Plain words, concrete examples.",
        fits=("simple", "concret", "clair", "plain", "concrete", "clear"),
        betrays=("disruptif", "disruptive", "paradigm", "paradigme", "holistique", "holistic"),
    ),
)

DEMO_INTENTIONS: tuple[str, ...] = (
    "Partager ce que j'apprends en construisant des logiciels, erreurs comprises.",
    "Help people starting out in tech avoid the mistakes I made.",
)


@dataclass(frozen=True, slots=True)
class DemoDraft:
    title: str
    first: str  # the author's first draft, in their own voice
    body: str | None  # a later, polished version (None: the first draft is the current text)
    intention: Intention
    platforms: tuple[str, ...]
    language: str


DEMO_DRAFTS: tuple[DemoDraft, ...] = (
    DemoDraft(
        title="Ce que mon premier an de freelance m'a appris",
        first=(
            "Il y a un an, j'ai quitté mon CDI pour devenir freelance.\n\n"
            "Je me suis trompé sur presque tout : les prix, le temps passé à chercher des clients, la solitude.\n\n"
            "J'ai appris une chose simple : écrire un devis clair m'a fait gagner plus que n'importe quelle "
            "astuce miracle."
        ),
        body=(
            "# Mon premier an de freelance\n\n"
            "Il y a un an, j'ai quitté mon CDI pour devenir freelance.\n\n"
            "Je me suis trompé sur presque tout : les prix, le temps passé à chercher des clients, la solitude. "
            "Il me semble que, peut-être, j'aurais dû en parler plus tôt.\n\n"
            "Aujourd'hui, j'accompagne mes clients dans leur transformation digitale avec une approche disruptive "
            "et holistique, pour créer de la valeur et des synergies.\n\n"
            "Une aventure incroyable et exceptionnelle !\n\n"
            "Contactez-moi en MP pour réserver votre audit gratuit."
        ),
        intention=Intention("Partager les leçons de ma première année, erreurs comprises", IntentionKind.SHARE),
        platforms=(str(Platform.LINKEDIN),),
        language="fr",
    ),
    DemoDraft(
        title="What our failed migration taught me",
        first=(
            "I was scared. At 2am on a Tuesday I told Sarah we might lose two weeks of customer data.\n\n"
            "We had tested the backups every night. We had never tested a restore.\n\n"
            "I was wrong to trust a green dashboard. Test the restore, not the backup."
        ),
        body=(
            "Excited to share a game-changer learning journey! 🚀\n\n"
            "Our world-class team leveraged cross-functional synergies to deliver a best-in-class migration.\n\n"
            "We had tested the backups every night. I think we could perhaps have tested a restore a bit earlier.\n\n"
            "I was wrong to trust a green dashboard. Test the restore, not the backup.\n\n"
            "Sign up for our webinar now and boost your resilience!"
        ),
        intention=Intention("Share the lesson of the migration incident, honestly", IntentionKind.SHARE),
        platforms=(str(Platform.LINKEDIN), str(Platform.MASTODON)),
        language="en",
    ),
    DemoDraft(
        title="Feedback sur mon talk / feedback on my talk",
        first=(
            "Jeudi, j'ai donné mon premier talk en anglais à Lyon. I was so nervous that I skipped two slides.\n\n"
            "Qu'est-ce que vous auriez voulu entendre ? What would you have asked me?"
        ),
        body=None,
        intention=Intention("Demander des retours honnêtes sur mon talk / ask for feedback", IntentionKind.ASK),
        platforms=(str(Platform.MASTODON), str(Platform.BLUESKY)),
        language="mixed",
    ),
)

MIXED_EXTRA = (
    "\n\nBon, c'est un game-changer pour moi : I basically want to think outside the box et sortir de ma zone de "
    "confort. Follow me for more tips, n'hésitez pas à liker et partager !"
)


def create_demo(journal: Journal, lang: str = "en") -> list[int]:
    """Fill an empty journal with the demo profile and drafts; returns the draft ids (the first one to show first).

    The polished drafts are created from their first version, then saved as a later version: the revision
    history holds the author's own voice, which the filter compares against.
    """
    journal.set_values(DEMO_VALUES)
    journal.set_presence_intentions(DEMO_INTENTIONS)
    ids = []
    ordered = DEMO_DRAFTS if lang == "fr" else (DEMO_DRAFTS[1], DEMO_DRAFTS[0], DEMO_DRAFTS[2])
    for demo in reversed(ordered):  # the list shows the newest edit first
        draft = journal.create_draft(
            demo.title, demo.first, intention=demo.intention, platforms=demo.platforms, language=demo.language
        )
        body = demo.body if demo.body is not None else demo.first + MIXED_EXTRA
        journal.save_text(draft.id, body, revision=RevisionKind.MANUAL, label="demo: polished version")
        ids.append(draft.id)
    return list(reversed(ids))
