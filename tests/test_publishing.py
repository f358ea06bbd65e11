"""The publishing gate and export of approved posts, through the library and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest

from brandjournal.domain import DraftStatus, Intention, IntentionKind, Platform, RevisionKind
from brandjournal.publishing import (
    ApprovalBlocked,
    NotApproved,
    WorkflowError,
    approve,
    export_drafts,
    review,
    set_status,
)
from tests.conftest import PASSPHRASE

BUZZ = "This quarter we unlocked synergies across the org."
PLAIN = "Yesterday I fixed the night-shift rota with Amina. It took two hours and a lot of coffee."


def test_a_warning_blocks_approval_until_kept_with_a_reason(journal):
    draft = journal.create_draft("Q3", BUZZ, intention=Intention("tell the team", IntentionKind.SHARE))
    with pytest.raises(ApprovalBlocked) as blocked:
        approve(journal, draft.id)
    open_warnings = blocked.value.open_warnings
    assert any("synergies" in f.text for f in open_warnings)
    assert journal.get_draft(draft.id).status is DraftStatus.DRAFT
    assert journal.acknowledgements(draft.id) == []

    reasons = {f.fingerprint: "The client uses this word; quoting them." for f in open_warnings}
    approve(journal, draft.id, reasons=reasons)
    approved = journal.get_draft(draft.id)
    assert approved.status is DraftStatus.APPROVED
    acks = journal.acknowledgements(draft.id)
    assert {a.evidence for a in acks} == {f.text for f in open_warnings}
    assert {a.reason for a in acks} == {"The client uses this word; quoting them."}
    frozen = journal.revisions(draft.id)[-1]
    assert (frozen.kind, frozen.body) == (RevisionKind.APPROVED, BUZZ)
    assert all(a.revision_id == frozen.id for a in acks)

    # kept warnings are not open any more for the unchanged text
    assert review(journal, draft.id).warnings == ()


def test_a_plain_post_is_approved_without_questions(journal):
    draft = journal.create_draft("Rota", PLAIN)
    report = approve(journal, draft.id)
    assert report.warnings == ()
    assert journal.get_draft(draft.id).status is DraftStatus.APPROVED


def test_editing_after_approval_needs_a_new_approval(journal):
    draft = journal.create_draft("Rota", PLAIN)
    approve(journal, draft.id)
    journal.save_text(draft.id, PLAIN + " " + BUZZ)
    assert journal.get_draft(draft.id).status is DraftStatus.DRAFT
    with pytest.raises(NotApproved):
        export_drafts(journal, [draft.id], Platform.LINKEDIN)
    with pytest.raises(ApprovalBlocked):
        approve(journal, draft.id)


def test_status_moves_by_hand_follow_the_workflow(journal):
    draft = journal.create_draft("t", PLAIN, status=DraftStatus.IDEA)
    assert set_status(journal, draft.id, DraftStatus.DRAFT).status is DraftStatus.DRAFT
    assert set_status(journal, draft.id, DraftStatus.REVIEW).status is DraftStatus.REVIEW
    with pytest.raises(WorkflowError, match="use Approve"):
        set_status(journal, draft.id, DraftStatus.APPROVED)
    with pytest.raises(WorkflowError, match="use Export"):
        set_status(journal, draft.id, DraftStatus.EXPORTED)
    assert set_status(journal, draft.id, DraftStatus.ARCHIVED).status is DraftStatus.ARCHIVED


def test_export_writes_files_records_them_and_never_overwrites(journal, tmp_path):
    draft = journal.create_draft(
        "Le planning de nuit", "J'ai **enfin** refait le planning avec Amina.", platforms=["mastodon"], language="fr"
    )
    approve(journal, draft.id)
    out = tmp_path / "out"
    out.mkdir()
    [outcome] = export_drafts(journal, [draft.id], out_dir=out, today=date(2026, 11, 25))
    assert outcome.path == out / "le-planning-de-nuit-mastodon.txt"
    assert outcome.path.read_text(encoding="utf-8") == "J'ai enfin refait le planning avec Amina."
    assert journal.get_draft(draft.id).status is DraftStatus.EXPORTED
    [record] = journal.exports(draft.id)
    assert (record.platform, record.format, record.path) == ("mastodon", "txt", str(outcome.path))
    assert record.content_hash == outcome.result.content_hash
    assert record.revision_id == journal.revisions(draft.id)[-1].id

    from brandjournal.export import ExportExistsError

    with pytest.raises(ExportExistsError):
        export_drafts(journal, [draft.id], out_dir=out)
    [again] = export_drafts(journal, [draft.id], out_dir=out, on_conflict="rename")
    assert again.path == out / "le-planning-de-nuit-mastodon-2.txt"


def test_footer_from_the_intention_is_opt_in(journal):
    draft = journal.create_draft("Rota", PLAIN, intention=Intention("To thank Amina in public."))
    approve(journal, draft.id)
    [without] = export_drafts(journal, [draft.id], Platform.LINKEDIN)
    assert without.result.text == PLAIN
    journal.update_draft(draft.id, share_footer=True)
    [with_footer] = export_drafts(journal, [draft.id], Platform.LINKEDIN)
    assert with_footer.result.text == PLAIN + "\n\nTo thank Amina in public."


def _bj(tmp_path, *args):
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "brandjournal",
            "--journal",
            str(tmp_path / "j.db"),
            "--passphrase-file",
            str(secret),
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "C.UTF-8"},
    )


def test_cli_approve_refuses_then_accepts_with_ack_and_export_names_unapproved(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(BUZZ + "\n", encoding="utf-8")
    plain = tmp_path / "plain.md"
    plain.write_text(PLAIN + "\n", encoding="utf-8")
    assert _bj(tmp_path, "add", str(post), "--title", "Buzz", "--platform", "x").stdout == "1\n"
    assert _bj(tmp_path, "add", str(plain), "--title", "Plain").stdout == "2\n"

    refused = _bj(tmp_path, "approve", "1")
    assert refused.returncode == 1
    assert refused.stderr.startswith("brandjournal: draft 1 not approved:")
    assert "synergies»" in refused.stderr

    not_yet = _bj(tmp_path, "export", "1", "2")
    assert not_yet.returncode == 1
    assert "not approved: 1 (Buzz: draft), 2 (Plain: draft)" in not_yet.stderr

    accepted = _bj(tmp_path, "approve", "1", "--ack", "Quoting the client")
    assert accepted.returncode == 0, accepted.stderr
    assert accepted.stdout.startswith("approved draft 1 (score ")
    assert _bj(tmp_path, "approve", "2").returncode == 0

    out = tmp_path / "out"
    out.mkdir()
    exported = _bj(tmp_path, "export", "--out", str(out), "--platform", "linkedin")
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in out.iterdir()) == ["buzz-linkedin.txt", "plain-linkedin.txt"]
    assert (out / "plain-linkedin.txt").read_text(encoding="utf-8") == PLAIN

    to_stdout = _bj(tmp_path, "export", "2", "--platform", "x")
    assert to_stdout.returncode == 0
    assert to_stdout.stdout == PLAIN + "\n"


def test_cli_status_moves_follow_the_workflow(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(PLAIN + "\n", encoding="utf-8")
    assert _bj(tmp_path, "add", str(post), "--status", "idea").stdout == "1\n"
    moved = _bj(tmp_path, "status", "1", "review")
    assert (moved.returncode, moved.stderr.strip()) == (1, "brandjournal: A post cannot go from idea to review.")
    assert _bj(tmp_path, "status", "1", "draft").stdout == "draft 1 is now draft\n"
    refused = _bj(tmp_path, "status", "1", "approved")
    assert refused.returncode == 1
    assert "(use Approve)" in refused.stderr
