"""The coherence engine: reads a Markdown draft and the author's profile, returns an explained Report.

Pure Python (no Qt, no database). Entry points:

- ``analyze(text, profile, intention, *, first, baseline, ui_lang, lang, max_chars) -> Report``
- ``detect_language(text) -> "fr" | "en" | "mixed"``
- ``voice_stats(text) -> dict`` (sentence length, first-person rate, jargon rate, exclamation rate)

Lexicons are compiled ahead of time by ``python -m brandjournal.analysis.build_lexicons``.
"""

from brandjournal.analysis.engine import analyze, detect_language, voice_stats

__all__ = ["analyze", "detect_language", "voice_stats"]
