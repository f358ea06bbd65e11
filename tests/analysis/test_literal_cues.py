"""An entry's ``literal`` cue words (resources/lexicons/FORMAT.md): built into inflected forms, refused when they
are not single words, and read back with the entry."""

from __future__ import annotations

import pytest

from brandjournal.analysis.build_lexicons import LexiconError, build
from brandjournal.analysis.lexicons import from_data
from tests.analysis.conftest import FIXTURES, make_resources

_WITH_CUES = FIXTURES["en/jargon.toml"].replace(
    'id = "synergy"\n', 'id = "synergy"\nliteral = ["molecule", "drug"]\n', 1
)


def test_literal_cues_are_stored_with_their_inflections(tmp_path) -> None:
    lex = from_data(build(make_resources(tmp_path, {**FIXTURES, "en/jargon.toml": _WITH_CUES})))
    entry = lex.langs["en"].entries["jargon.en.synergy"]
    assert {"molecule", "molecules", "drug", "drugs"} <= entry.literal
    assert lex.langs["en"].entries["jargon.en.leverage"].literal == frozenset()


def test_a_literal_cue_of_several_words_is_refused(tmp_path) -> None:
    bad = _WITH_CUES.replace('["molecule", "drug"]', '["two drugs"]')
    with pytest.raises(LexiconError, match="literal cue 'two drugs' must be one word"):
        build(make_resources(tmp_path, {**FIXTURES, "en/jargon.toml": bad}))
