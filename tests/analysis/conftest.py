"""A small, fixed lexicon set (independent of the bundled data, which another author edits)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from brandjournal.analysis.build_lexicons import build
from brandjournal.analysis.lexicons import Lexicons, from_data
from brandjournal.paths import resources_dir

FIXTURES = {
    "en/jargon.toml": """
[meta]
language = "en"
kind = "jargon"
sources = ["test"]
[[entry]]
id = "leverage"
patterns = ["leverage"]
suggestion = "use"
why = "A long word for use."
[[entry]]
id = "synergy"
patterns = ["synergy"]
suggestion = "working together"
[[entry]]
id = "push_the_envelope"
patterns = ["push the envelope"]
suggestion = "try something new"
[[entry]]
id = "game_changer"
patterns = ["game-changer"]
suggestion = "big change"
[[entry]]
id = "ecosystem"
patterns = ["our|your|the ecosystem"]
[[entry]]
id = "learnings"
patterns = ["=learnings"]
suggestion = "lessons"
[[entry]]
id = "move_needle"
patterns = ["move the ?proverbial needle"]
[[entry]]
id = "drive_x"
patterns = ["drive * growth"]
[[entry]]
id = "world_class"
patterns = ["world-class"]
""",
    "en/peacock.toml": """
[meta]
language = "en"
kind = "peacock"
sources = ["test"]
[[entry]]
id = "world_class"
patterns = ["world-class"]
[[entry]]
id = "amazing"
patterns = ["=amazing"]
severity = "info"
""",
    "en/hedge.toml": """
[meta]
language = "en"
kind = "hedge"
sources = ["test"]
[[entry]]
id = "arguably"
patterns = ["arguably"]
[[entry]]
id = "i_think"
patterns = ["i think"]
""",
    "fr/jargon.toml": """
[meta]
language = "fr"
kind = "jargon"
sources = ["test"]
[[entry]]
id = "synergie"
patterns = ["synergie"]
suggestion = "coopération"
why = "Mot creux."
[[entry]]
id = "disruptif"
patterns = ["disruptif"]
suggestion = "nouveau"
[[entry]]
id = "impacter"
patterns = ["impacter"]
suggestion = "toucher"
[[entry]]
id = "ecosysteme"
patterns = ["écosystème"]
[[entry]]
id = "faire_bouger"
patterns = ["faire bouger les lignes"]
""",
    "fr/hedge.toml": """
[meta]
language = "fr"
kind = "hedge"
sources = ["test"]
[[entry]]
id = "il_me_semble"
patterns = ["il me semble"]
""",
    "fr/peacock.toml": """
[meta]
language = "fr"
kind = "peacock"
sources = ["test"]
[[entry]]
id = "incroyable"
patterns = ["incroyable"]
""",
    "en/intention.toml": """
[[cue]]
id = "dm_me"
signals = "promote"
role = "call_to_action"
patterns = ["dm me", "book a call"]
[[cue]]
id = "thrilled_to_announce"
signals = "announce"
role = "announcement"
patterns = ["thrilled to announce", "proud to announce"]
[[cue]]
id = "thanks"
signals = "celebrate"
role = "gratitude"
patterns = ["huge thanks", "thank you"]
[[cue]]
id = "what_do_you_think"
signals = "ask"
role = "call_to_action"
patterns = ["what do you think"]
[[cue]]
id = "discount"
signals = "promote"
role = "sales"
patterns = ["discount", "limited offer", "% off"]
[[cue]]
id = "sign_up"
signals = "promote"
role = "call_to_action"
patterns = ["sign up"]
""",
    "fr/intention.toml": """
[[cue]]
id = "lien_commentaire"
signals = "promote"
role = "call_to_action"
patterns = ["lien en commentaire"]
[[cue]]
id = "fier_annoncer"
signals = "announce"
role = "self_praise"
patterns = ["fier d'annoncer"]
[[cue]]
id = "merci"
signals = "celebrate"
role = "gratitude"
patterns = ["un grand merci"]
""",
    "values.toml": """
[[value]]
id = "transparency"
names = { en = ["transparency", "transparent"], fr = ["transparence", "transparent"] }
fits = { en = ["behind the scenes", "share the numbers"], fr = ["les coulisses", "partager les chiffres"] }
betrays = { en = ["no comment"], fr = ["sans commentaire"] }
[[value]]
id = "humility"
names = { en = ["humility", "humble"], fr = ["humilité", "humble"] }
fits = { en = ["i was wrong"], fr = ["je me suis trompé"] }
betrays = { en = ["i alone"], fr = ["grâce à moi"] }
[[value]]
id = "honesty"
names = { en = ["honesty", "honest"], fr = ["honnêteté", "honnête"] }
fits = { en = ["to be frank"], fr = ["pour être franc"] }
betrays = { en = ["white lie"], fr = ["petit mensonge"] }
""",
}


def make_resources(root: Path, files: dict[str, str] = FIXTURES) -> Path:
    lex_dir = root / "lexicons"
    for lang in ("en", "fr"):
        (lex_dir / lang).mkdir(parents=True, exist_ok=True)
        shutil.copy(resources_dir() / "lexicons" / lang / "voice.toml", lex_dir / lang / "voice.toml")
    for rel, text in files.items():
        (lex_dir / rel).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def lex(tmp_path_factory) -> Lexicons:
    root = make_resources(tmp_path_factory.mktemp("resources"))
    return from_data(build(root))
