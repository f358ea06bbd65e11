"""The coherence engine: reads a Markdown draft and the author's profile, returns an explained Report.

Pure Python (no Qt, no database). Entry points:

- ``analyze(text, profile, intention, *, first, baseline, ui_lang, lang, max_chars) -> Report``
- ``detect_language(text) -> "fr" | "en" | "mixed"``
- ``voice_stats(text) -> dict`` (sentence length, first-person rate, jargon rate, exclamation rate)

How it is built (one job per module):

- ``text``: Markdown mask (code, URLs, link targets, HTML, @mentions, #hashtags blanked, same length as the
  source, so every offset is an offset in the ORIGINAL text), tokens, sentence splitting;
- ``language``: French/English per sentence from function words;
- ``patterns``: the FORMAT.md pattern syntax, inflection expansion, and the indexed ``Matcher``;
- ``inflect``: English and French suffix rules (build time for the bundled lexicons, run time for the author's
  own words), value-name derivations and prefixed antonyms;
- ``lexicons``: loads the compiled JSON (per-language files read on first use);
- ``build_lexicons``: TOML sources -> resources/lexicons/compiled/ (JSON + text) (``python -m
  brandjournal.analysis.build_lexicons``; run it after editing any lexicon, a test checks freshness);
- ``negation``: is a word negated (both languages);
- ``rules/lexical``, ``rules/values``, ``rules/intention``, ``rules/drift``: one family of flags each;
- ``report``: the score and its explanation; ``messages``: every user-facing sentence in English and French;
- ``engine``: ``analyze`` itself (profile filters, counts, score).
"""

from brandjournal.analysis.engine import analyze, detect_language, voice_stats

__all__ = ["analyze", "detect_language", "voice_stats"]
