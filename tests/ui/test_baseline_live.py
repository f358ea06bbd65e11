"""The live filter compares the draft with the author's own approved posts (their usual voice)."""

from __future__ import annotations

import pytest

from brandjournal.domain import DraftStatus

pytestmark = pytest.mark.gui

USUAL = (
    "I fixed the night rota with Amina yesterday. We talked for an hour about who needs which weekend. "
    "I learned a lot from her, and I told her so. Next week I will try her idea with the whole ward."
)
POLISHED = (
    "Our world-class team leveraged cross-functional synergies to deliver best-in-class outcomes at scale. "
    "Going forward, the organisation will unlock value and drive growth across all verticals! "
    "Stakeholders are fully aligned on this transformational journey! Exciting times ahead for everyone involved!"
)


def test_live_analysis_flags_drift_from_the_usual_voice(qtbot, ui_journal, make_window):
    from tests.ui.conftest import wait_report

    for i in range(4):
        ui_journal.create_draft(f"Past {i}", USUAL, status=DraftStatus.EXPORTED)
    draft = ui_journal.create_draft("New", POLISHED)
    window = make_window()
    window.journal_panel.select_draft(draft.id)
    report = wait_report(qtbot, window)
    assert window._baseline == (USUAL,) * 4
    baseline_rules = sorted(f.rule for f in report.flags if f.rule.startswith("drift.baseline."))
    assert "drift.baseline.first_person" in baseline_rules
    assert "drift.baseline.jargon_rate" in baseline_rules
    assert window._baseline == (USUAL,) * 4
