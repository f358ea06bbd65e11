"""Every user-facing sentence the engine writes, in English and French (``ui_lang``)."""

from __future__ import annotations

_MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "jargon": "« {ev} » is jargon: it sounds corporate rather than like you.",
        "peacock": "« {ev} » praises without proof: show the fact that makes it true instead.",
        "hedge": "« {ev} » hedges: it weakens what you actually think.",
        "try": " Try « {s} ».",
        "quoted": " (In quotes: only a warning if you use the word yourself.)",
        "in_context": " Ordinary on its own; in a post already dense with corporate wording it reads as one more.",
        "value_expressed": "« {ev} » expresses your value « {value} ».",
        "value_betrayed": "« {ev} » goes against your value « {value} ».",
        "value_negated": "« {ev} » denies your value « {value} » (negated by « {neg} »).",
        "value_meaning": "Your value means: {meaning}.",
        "value_betray_negated": (
            "« {ev} » usually goes against your value « {value} »; here it is negated (« {neg} »): "
            "check that it reads as you mean."
        ),
        "intention": (
            "You declared a « {declared} » post, but {cues} reads as {role} (a « {signals} » post); "
            "this post reads as « {detected} »."
        ),
        "drift_first": "Compared with your first draft: removed « {removed} », added « {added} » ({what}).",
        "drift_first_removed": "Compared with your first draft: removed « {removed} » here ({what}).",
        "drift_first_jargon": "Compared with your first draft: replaced « {removed} » with « {added} » ({what}).",
        "what_first_person": "your own « I/we » voice",
        "what_feeling": "a feeling",
        "what_detail": "a concrete detail",
        "what_jargon": "jargon or polish added",
        "drift_baseline_sentence_length": (
            "Sentences average {draft:.0f} words here versus {base:.0f} in your earlier posts."
        ),
        "drift_baseline_first_person": (
            "You speak in the first person in {draft:.0%} of words here versus {base:.0%} in your earlier posts."
        ),
        "drift_baseline_jargon_rate": (
            "{draft:.1f} jargon/praise words per 100 here versus {base:.1f} in your earlier posts."
        ),
        "drift_baseline_exclamation_rate": (
            "{draft:.1f} exclamation marks per sentence here versus {base:.1f} in your earlier posts."
        ),
        "role_call_to_action": "a call to action",
        "role_self_praise": "self-praise",
        "role_announcement": "an announcement",
        "role_question": "a question",
        "role_gratitude": "thanks",
        "role_lesson": "a lesson",
        "role_sales": "a sales pitch",
        "role_hiring": "a hiring message",
        "kind_share": "share",
        "kind_inform": "inform",
        "kind_celebrate": "celebrate",
        "kind_ask": "ask",
        "kind_announce": "announce",
        "kind_promote": "promote",
        "score": "{warnings} {warning_word} in {words} {word_word} → {base}",
        "score_bonus": "{text}, +{bonus} for {n} {expression_word} of your values → {score}",
        "warning_one": "warning",
        "warning_many": "warnings",
        "word_one": "word",
        "word_many": "words",
        "expression_one": "expression",
        "expression_many": "expressions",
        "truncated": "Draft too long: analysed the first {n} characters only.",
        "empty": "Nothing to analyse: the draft has no prose.",
    },
    "fr": {
        "jargon": "« {ev} » est du jargon : cela sonne « entreprise » plutôt que vous.",
        "peacock": "« {ev} » vante sans prouver : montrez plutôt le fait qui le rend vrai.",
        "hedge": "« {ev} » est une précaution oratoire : elle affaiblit ce que vous pensez vraiment.",
        "try": " Essayez « {s} ».",
        "quoted": " (Entre guillemets : à corriger seulement si vous reprenez le mot à votre compte.)",
        "in_context": " Un mot ordinaire en soi ; dans un texte déjà chargé de jargon, il en devient un de plus.",
        "value_expressed": "« {ev} » exprime votre valeur « {value} ».",
        "value_betrayed": "« {ev} » va contre votre valeur « {value} ».",
        "value_negated": "« {ev} » nie votre valeur « {value} » (négation « {neg} »).",
        "value_meaning": "Votre valeur : {meaning}.",
        "value_betray_negated": (
            "« {ev} » va d'habitude contre votre valeur « {value} » ; ici c'est nié (« {neg} ») : "
            "vérifiez que cela se lit comme vous le voulez."
        ),
        "intention": (
            "Vous avez déclaré un post « {declared} », mais {cues} relève de {role} (post « {signals} ») ; "
            "ce post se lit comme « {detected} »."
        ),
        "drift_first": "Par rapport à votre premier jet : supprimé « {removed} », ajouté « {added} » ({what}).",
        "drift_first_removed": "Par rapport à votre premier jet : supprimé « {removed} » ici ({what}).",
        "drift_first_jargon": "Par rapport à votre premier jet : « {removed} » remplacé par « {added} » ({what}).",
        "what_first_person": "votre voix à la première personne",
        "what_feeling": "un ressenti",
        "what_detail": "un détail concret",
        "what_jargon": "jargon ou vernis ajouté",
        "drift_baseline_sentence_length": (
            "Phrases de {draft:.0f} mots en moyenne ici contre {base:.0f} dans vos posts précédents."
        ),
        "drift_baseline_first_person": (
            "Première personne dans {draft:.0%} des mots ici contre {base:.0%} dans vos posts précédents."
        ),
        "drift_baseline_jargon_rate": (
            "{draft:.1f} mots de jargon ou d'autopromotion pour 100 ici contre {base:.1f} dans vos posts précédents."
        ),
        "drift_baseline_exclamation_rate": (
            "{draft:.1f} points d'exclamation par phrase ici contre {base:.1f} dans vos posts précédents."
        ),
        "role_call_to_action": "l'appel à l'action",
        "role_self_praise": "l'autopromotion",
        "role_announcement": "l'annonce",
        "role_question": "la question",
        "role_gratitude": "le remerciement",
        "role_lesson": "la leçon",
        "role_sales": "l'argumentaire de vente",
        "role_hiring": "le recrutement",
        "kind_share": "partage",
        "kind_inform": "information",
        "kind_celebrate": "célébration",
        "kind_ask": "demande",
        "kind_announce": "annonce",
        "kind_promote": "promotion",
        "score": "{warnings} {warning_word} pour {words} {word_word} → {base}",
        "score_bonus": "{text}, +{bonus} pour {n} {expression_word} de vos valeurs → {score}",
        "warning_one": "alerte",
        "warning_many": "alertes",
        "word_one": "mot",
        "word_many": "mots",
        "expression_one": "expression",
        "expression_many": "expressions",
        "truncated": "Brouillon trop long : seuls les {n} premiers caractères ont été analysés.",
        "empty": "Rien à analyser : le brouillon ne contient pas de texte.",
    },
}


def lang_of(ui_lang: str | None) -> str:
    return "fr" if (ui_lang or "").lower().startswith("fr") else "en"


def msg(ui_lang: str, key: str, **kwargs: object) -> str:
    return _MESSAGES[lang_of(ui_lang)][key].format(**kwargs)


def plural(ui_lang: str, stem: str, n: int) -> str:
    """French uses the singular for 0 and 1, English only for 1."""
    one = n < 2 if lang_of(ui_lang) == "fr" else n == 1
    return msg(ui_lang, f"{stem}_one" if one else f"{stem}_many")


def quote(text: str, limit: int = 60) -> str:
    """Evidence for a message: one line, shortened with an ellipsis."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
