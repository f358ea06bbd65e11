"""The first-start demo journal: values in both languages, three drafts that show every kind of finding."""

from __future__ import annotations

from brandjournal.analysis import analyze
from brandjournal.demo import DEMO_VALUES, create_demo
from brandjournal.domain import FlagKind, RevisionKind


def demo_reports(journal):
    ids = create_demo(journal, lang="en")
    reports = {}
    for draft_id in ids:
        draft = journal.get_draft(draft_id)
        first = journal.first_revision(draft_id)
        reports[draft.title] = analyze(draft.body, journal.profile(draft_id), draft.intention, first=first.body)
    return ids, reports


def test_demo_has_three_drafts_in_french_english_and_mixed(journal):
    ids, _ = demo_reports(journal)
    assert len(ids) == 3
    assert journal.values() == list(DEMO_VALUES)
    assert len(journal.presence_intentions()) == 2
    languages = {journal.get_draft(i).language for i in ids}
    assert languages == {"fr", "en", "mixed"}
    assert journal.list_drafts()[0].id == ids[0]  # the first demo draft is the one shown first


def test_polished_drafts_keep_the_first_version_in_the_history(journal):
    ids, _ = demo_reports(journal)
    for draft_id in ids:
        revisions = journal.revisions(draft_id)
        assert revisions[0].kind is RevisionKind.FIRST
        assert revisions[-1].kind is RevisionKind.MANUAL
        assert revisions[-1].body == journal.get_draft(draft_id).body != revisions[0].body


def test_the_demo_shows_every_kind_of_finding_with_the_real_engine(journal):
    _, reports = demo_reports(journal)
    kinds = {flag.kind for report in reports.values() for flag in report.flags}
    assert kinds == set(FlagKind)
    # and each of the three drafts has something to show
    assert all(report.warnings for report in reports.values())
