"""The committed compiled lexicons must match their TOML sources (stale data fails CI)."""

from __future__ import annotations

import pytest

from brandjournal.analysis.build_lexicons import build, dump, render, split
from brandjournal.analysis.lexicons import compiled_path
from brandjournal.paths import resources_dir


def test_compiled_lexicons_are_up_to_date(tmp_path):
    folder = compiled_path().parent
    expected = render(split(build(resources_dir())))
    for name, text in expected.items():
        committed = (folder / name).read_bytes()
        if committed != text.encode("utf-8"):  # no assert: pytest's diff of 1 MB of text takes minutes
            pytest.fail(
                f"resources/lexicons/compiled/{name} is stale: run `python -m brandjournal.analysis.build_lexicons`"
            )
    assert sorted(p.name for p in folder.iterdir()) == sorted(expected)


def test_build_is_deterministic():
    assert dump(build(resources_dir())) == dump(build(resources_dir()))
