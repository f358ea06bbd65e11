"""The publishing workflow: review a draft, approve it through the gate, export approved posts.

Pure Python (analysis + storage + export), shared by the window and the CLI, so both enforce the same rules:

- a post is approved only when every open warning is fixed or kept with a reason (stored with the flag's
  fingerprint, so the same unchanged flag is not asked about again);
- the approved text is frozen as a revision; editing it afterwards sends the post back to ``draft``;
- only approved (or already exported) posts are exported, and each export is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from brandjournal.domain import Draft, DraftStatus, Flag, Platform, Report
from brandjournal.export import ExportFormat, ExportResult, export_post, spec_for, write_export
from brandjournal.problems import Problem
from brandjournal.storage import Journal, StorageError

# Moves a person may make by hand; approved and exported are reached through approve() and export().
MANUAL_TRANSITIONS: dict[DraftStatus, frozenset[DraftStatus]] = {
    DraftStatus.IDEA: frozenset({DraftStatus.DRAFT, DraftStatus.ARCHIVED}),
    DraftStatus.DRAFT: frozenset({DraftStatus.IDEA, DraftStatus.REVIEW, DraftStatus.ARCHIVED}),
    DraftStatus.REVIEW: frozenset({DraftStatus.DRAFT, DraftStatus.ARCHIVED}),
    DraftStatus.APPROVED: frozenset({DraftStatus.DRAFT, DraftStatus.ARCHIVED}),
    DraftStatus.EXPORTED: frozenset({DraftStatus.DRAFT, DraftStatus.ARCHIVED}),
    DraftStatus.ARCHIVED: frozenset({DraftStatus.DRAFT, DraftStatus.IDEA}),
}
APPROVABLE = frozenset({DraftStatus.IDEA, DraftStatus.DRAFT, DraftStatus.REVIEW})
EXPORTABLE = frozenset({DraftStatus.APPROVED, DraftStatus.EXPORTED})


class WorkflowProblem(Problem):
    """Why the workflow refused (``WorkflowError.code``); ``current`` and ``target`` are DraftStatus values."""

    MOVE_NOT_ALLOWED = "A post cannot go from {current} to {target}."
    MOVE_NEEDS_APPROVE = "A post cannot go from {current} to {target} (use Approve)."
    MOVE_NEEDS_EXPORT = "A post cannot go from {current} to {target} (use Export)."
    NOT_APPROVABLE = "Draft {draft_id} is {current}: only ideas, drafts and posts in review are approved."


class WorkflowError(StorageError):
    """A move the workflow does not allow; ``str()`` says which and what to do instead.

    Raised as ``WorkflowError(WorkflowProblem.X, **facts)``; ApprovalBlocked and NotApproved carry their own
    attributes (``code`` None).
    """


class ApprovalBlocked(WorkflowError):
    def __init__(self, draft: Draft, open_warnings: Sequence[Flag], report: Report) -> None:
        self.draft = draft
        self.open_warnings = tuple(open_warnings)
        self.report = report
        super().__init__(
            f"Draft {draft.id} has {len(self.open_warnings)} open warning(s): fix each one or keep it with a reason."
        )


class NotApproved(WorkflowError):
    def __init__(self, drafts: Sequence[Draft]) -> None:
        self.drafts = tuple(drafts)
        names = ", ".join(f"{d.id} ({d.title or 'untitled'}: {d.status})" for d in drafts)
        super().__init__(f"Only approved posts can be exported; not approved: {names}.")


def set_status(journal: Journal, draft_id: int, status: DraftStatus) -> Draft:
    draft = journal.get_draft(draft_id)
    if status == draft.status:
        return draft
    if status not in MANUAL_TRANSITIONS[draft.status]:
        code = {
            DraftStatus.APPROVED: WorkflowProblem.MOVE_NEEDS_APPROVE,
            DraftStatus.EXPORTED: WorkflowProblem.MOVE_NEEDS_EXPORT,
        }.get(status, WorkflowProblem.MOVE_NOT_ALLOWED)
        raise WorkflowError(code, current=draft.status, target=status)
    return journal.set_status(draft_id, status)


def review(journal: Journal, draft_id: int, *, ui_lang: str = "en", max_chars: int | None = None) -> Report:
    """The analysis of the draft as the gate sees it: its values, first draft and the author's baseline.

    Warnings already kept for this draft (same fingerprint) are not open any more.
    """
    from brandjournal.analysis import analyze

    draft = journal.get_draft(draft_id)
    first = journal.first_revision(draft_id)
    return analyze(
        draft.body,
        journal.profile(draft_id),
        draft.intention,
        first=first.body if first and first.body != draft.body else None,
        baseline=journal.baseline_bodies(exclude=draft_id),
        ui_lang=ui_lang,
        max_chars=max_chars,
    )


def approve(
    journal: Journal,
    draft_id: int,
    *,
    reasons: Mapping[str, str] | None = None,
    reason_for_all: str | None = None,
    ui_lang: str = "en",
) -> Report:
    """Approve the draft if every open warning has a reason (by fingerprint, or ``reason_for_all``).

    Raises ApprovalBlocked listing the warnings still open; nothing is recorded then.
    """
    draft = journal.get_draft(draft_id)
    if draft.status not in APPROVABLE:
        raise WorkflowError(WorkflowProblem.NOT_APPROVABLE, draft_id=draft_id, current=draft.status)
    report = review(journal, draft_id, ui_lang=ui_lang)
    reasons = {k: v for k, v in (reasons or {}).items() if v.strip()}
    fallback = (reason_for_all or "").strip()
    missing = [f for f in report.warnings if f.fingerprint not in reasons and not fallback]
    if missing:
        raise ApprovalBlocked(draft, missing, report)
    kept = [(f, reasons.get(f.fingerprint, fallback)) for f in report.warnings]
    journal.approve(draft_id, kept, score=report.score)
    return report


@dataclass(frozen=True)
class ExportOutcome:
    draft: Draft
    result: ExportResult
    path: Path | None  # None when not written to a file (clipboard, standard output)


def export_drafts(
    journal: Journal,
    draft_ids: Sequence[int],
    platform: Platform | str | None = None,
    fmt: ExportFormat | str | None = None,
    *,
    out_dir: Path | None = None,
    on_conflict: str = "error",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ExportOutcome]:
    """Export approved posts (all of them or none: unapproved ones are named first).

    ``platform`` defaults to each draft's first target platform (LinkedIn if it has none); ``fmt`` to the
    platform's default. With ``out_dir`` each export is written to a file (never overwriting: ``on_conflict``
    is "error" or "rename"); each export is recorded and the draft becomes ``exported``.
    """
    drafts = [journal.get_draft(i) for i in draft_ids]
    refused = [d for d in drafts if d.status not in EXPORTABLE]
    if refused:
        raise NotApproved(refused)
    outcomes: list[ExportOutcome] = []
    for done, draft in enumerate(drafts, start=1):
        target = Platform(platform or (draft.platforms[0] if draft.platforms else Platform.LINKEDIN))
        spec = spec_for(target)
        result = export_post(
            draft.title,
            draft.body,
            target,
            ExportFormat(fmt) if fmt else spec.default_format,
            lang=draft.language or "en",
            date=today or (draft.published_at or draft.updated_at).date(),
            tags=draft.tags,
            footer=draft.intention.text if draft.share_footer and draft.intention.text.strip() else None,
        )
        path = None
        if out_dir is not None:
            path = write_export(out_dir, result.suggested_filename, result.text, on_conflict=on_conflict)
        approved = [r for r in journal.revisions(draft.id) if r.kind == "approved"]
        journal.record_export(
            draft.id,
            str(result.platform),
            str(result.format),
            result.content_hash,
            path=str(path) if path else None,
            revision_id=approved[-1].id if approved else None,
        )
        outcomes.append(ExportOutcome(journal.get_draft(draft.id), result, path))
        if progress:
            progress(done, len(drafts))
    return outcomes
