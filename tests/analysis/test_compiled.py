"""The committed compiled lexicons must match their TOML sources (stale data fails CI)."""

from __future__ import annotations

from brandjournal.analysis.build_lexicons import build, dump
from brandjournal.analysis.lexicons import compiled_path
from brandjournal.paths import resources_dir


def test_compiled_lexicons_are_up_to_date(tmp_path):
    rebuilt = tmp_path / "lexicons.json"
    rebuilt.write_text(dump(build(resources_dir())), encoding="utf-8")
    committed = compiled_path().read_text(encoding="utf-8")
    assert committed == rebuilt.read_text(encoding="utf-8"), (
        "resources/lexicons/compiled is stale: run `python -m brandjournal.analysis.build_lexicons`"
    )


def test_build_is_deterministic(tmp_path):
    assert dump(build(resources_dir())) == dump(build(resources_dir()))
