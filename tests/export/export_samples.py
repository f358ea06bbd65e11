"""Realistic posts shared by the export tests."""

FRENCH_POST = """\
Ce matin, une stagiaire m’a demandé : « Comment tu sais que tu fais le bon choix ? »

Je n’ai pas de réponse **magique**. Mais j’ai trois repères 🧭 :

- écouter avant de décider ;
- dire ce que je ne sais pas ;
- revenir sur une décision quand les faits changent.

> On ne se trompe jamais en étant honnête sur ses doutes.

Et vous, quels sont vos repères ? 🙂

#leadership #management
"""

FRENCH_PLAIN = """\
Ce matin, une stagiaire m’a demandé : « Comment tu sais que tu fais le bon choix ? »

Je n’ai pas de réponse magique. Mais j’ai trois repères 🧭 :

• écouter avant de décider ;
• dire ce que je ne sais pas ;
• revenir sur une décision quand les faits changent.

«\u00a0On ne se trompe jamais en étant honnête sur ses doutes.\u00a0»

Et vous, quels sont vos repères ? 🙂

#leadership #management"""

FRENCH_FOOTER = "Je partage ceci pour ouvrir le débat, pas pour donner des leçons."

ENGLISH_POST = """\
Last week I shipped a feature **nobody asked for**. It failed.

Here is what I learned, in the open:

1. Talk to users _before_ writing code.
2. Measure one thing, not ten.
3. Say "I was wrong" early.

The full write-up is on [my blog](https://example.com/blog/shipped-nobody-asked). \
The talk that changed my mind: https://www.youtube.com/watch?v=dQw4w9WgXcQ

What's the feature you're proudest of *killing*?
"""

ENGLISH_PLAIN = """\
Last week I shipped a feature nobody asked for. It failed.

Here is what I learned, in the open:

1. Talk to users before writing code.
2. Measure one thing, not ten.
3. Say "I was wrong" early.

The full write-up is on my blog (https://example.com/blog/shipped-nobody-asked). \
The talk that changed my mind: https://www.youtube.com/watch?v=dQw4w9WgXcQ

What's the feature you're proudest of killing?"""

ENGLISH_FOOTER = "Why I share this: to learn in public."
