"""`brandjournal approve | export`: the publishing gate and per-platform export, without a display."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from brandjournal.commands.journal_access import CommandError, open_from_args, run_guarded
from brandjournal.domain import DraftStatus, Platform


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "status":
        parser.add_argument("id", type=int, metavar="ID", help="the draft")
        parser.add_argument(
            "status",
            choices=[s.value for s in DraftStatus],
            metavar="STATUS",
            help="idea, draft, review or archived (approved and exported: use approve / export)",
        )
    elif name == "approve":
        parser.add_argument("id", type=int, metavar="ID", help="the draft to approve")
        parser.add_argument(
            "--ack", metavar="REASON", help="keep every open warning, for this reason (stored with each warning)"
        )
        parser.add_argument("--lang", dest="ui_lang", choices=["fr", "en"], help="language of the messages")
    else:
        parser.add_argument("ids", type=int, nargs="*", metavar="ID", help="drafts to export (default: every approved)")
        parser.add_argument(
            "--platform",
            choices=[p.value for p in Platform],
            help="target platform (default: each post's first platform, else linkedin)",
        )
        parser.add_argument(
            "--format",
            choices=["md", "html", "txt"],
            help="md, html or txt (default: the platform's usual format)",
        )
        parser.add_argument("--out", metavar="DIR", help="write files into DIR (default: print to standard output)")
        parser.add_argument("--rename", action="store_true", help="when a file exists, write name-2.ext instead")


def run(name: str, args: argparse.Namespace) -> int:
    return run_guarded({"status": _status, "approve": _approve, "export": _export}[name], args)


def _status(args: argparse.Namespace) -> int:
    from brandjournal.publishing import WorkflowError, set_status

    with open_from_args(args, create=False) as journal:
        try:
            draft = set_status(journal, args.id, DraftStatus(args.status))
        except WorkflowError as exc:
            raise CommandError(f"brandjournal: {exc}", 1) from exc
    print(f"draft {draft.id} is now {draft.status}")
    return 0


def _ui_lang(args: argparse.Namespace) -> str:
    chosen = getattr(args, "ui_lang", None) or getattr(args, "lang", None)
    if chosen:
        return chosen
    return "fr" if os.environ.get("LANG", "").lower().startswith("fr") else "en"


def _approve(args: argparse.Namespace) -> int:
    from brandjournal.publishing import ApprovalBlocked, WorkflowError, approve

    with open_from_args(args, create=False) as journal:
        try:
            report = approve(journal, args.id, reason_for_all=args.ack, ui_lang=_ui_lang(args))
        except ApprovalBlocked as blocked:
            body = blocked.draft.body
            print(
                f"brandjournal: draft {args.id} not approved: {len(blocked.open_warnings)} open warning(s).",
                file=sys.stderr,
            )
            for flag in blocked.open_warnings:
                line = body.count("\n", 0, flag.start) + 1
                column = flag.start - (body.rfind("\n", 0, flag.start) + 1) + 1
                print(f"  {line}:{column}: {flag.kind}: «{flag.text}» {flag.message}", file=sys.stderr)
            print(f'Fix them, or keep them with: brandjournal approve {args.id} --ack "your reason"', file=sys.stderr)
            return 1
        except WorkflowError as exc:
            raise CommandError(f"brandjournal: {exc}", 1) from exc
    kept = len(report.warnings)
    print(f"approved draft {args.id} (score {report.score}" + (f", {kept} warning(s) kept)" if kept else ")"))
    return 0


def _export(args: argparse.Namespace) -> int:
    from brandjournal.export import ExportExistsError
    from brandjournal.publishing import NotApproved, export_drafts

    out_dir = Path(args.out).expanduser() if args.out else None
    if out_dir is not None and not out_dir.is_dir():
        raise CommandError(f"brandjournal: the export folder {out_dir} does not exist")
    with open_from_args(args, create=False) as journal:
        ids = args.ids or [d.id for d in journal.list_drafts(status=DraftStatus.APPROVED)]
        if not ids:
            raise CommandError("brandjournal: there is no approved post to export", 1)
        try:
            outcomes = export_drafts(
                journal,
                ids,
                args.platform,
                args.format,
                out_dir=out_dir,
                on_conflict="rename" if args.rename else "error",
            )
        except NotApproved as exc:
            raise CommandError(f"brandjournal: {exc}", 1) from exc
        except ExportExistsError as exc:
            raise CommandError(f"brandjournal: {exc} (use --rename to keep both)", 1) from exc
        except ValueError as exc:
            raise CommandError(f"brandjournal: {exc}") from exc
    for outcome in outcomes:
        for warning in outcome.result.warnings:
            print(f"brandjournal: draft {outcome.draft.id}: {warning.message}", file=sys.stderr)
        if outcome.path is not None:
            print(outcome.path)
        else:
            sys.stdout.write(outcome.result.text + ("" if outcome.result.text.endswith("\n") else "\n"))
    return 0
