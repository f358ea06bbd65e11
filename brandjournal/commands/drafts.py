"""`brandjournal add | list | search`: drafts in the journal from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from brandjournal.commands.journal_access import CommandError, open_from_args, run_guarded
from brandjournal.domain import DraftStatus, DraftSummary, Intention, IntentionKind, Platform

MAX_FILE_BYTES = 10 * 1024 * 1024


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    if name == "add":
        parser.add_argument("file", metavar="FILE", help="Markdown or text file ('-' reads standard input)")
        parser.add_argument("--title", help="title (default: the first heading or line)")
        parser.add_argument("--intention", default="", help="why you write this post, in your words")
        parser.add_argument("--kind", choices=[k.value for k in IntentionKind], help="what the post does")
        parser.add_argument(
            "--platform",
            action="append",
            choices=[p.value for p in Platform],
            default=[],
            help="target platform (repeatable)",
        )
        parser.add_argument("--status", choices=[s.value for s in DraftStatus], default=DraftStatus.DRAFT.value)
    elif name == "list":
        parser.add_argument("--status", choices=[s.value for s in DraftStatus])
        parser.add_argument("--format", choices=["text", "json"], default="text")
    elif name == "search":
        parser.add_argument("query", metavar="QUERY", help="words to find (accents and case are ignored)")
        parser.add_argument("--format", choices=["text", "json"], default="text")
        parser.add_argument("--limit", type=int, default=50)


def run(name: str, args: argparse.Namespace) -> int:
    return run_guarded({"add": _add, "list": _list, "search": _search}[name], args)


def read_text_file(path: str) -> str:
    """A draft file as text: UTF-8 (with or without BOM); a clear one-line error otherwise."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise CommandError(f"brandjournal: no such file: {path}") from None
    except IsADirectoryError:
        raise CommandError(f"brandjournal: {path} is a folder, not a file") from None
    except OSError as exc:
        raise CommandError(f"brandjournal: cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise CommandError(
            f"brandjournal: {path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "a post that long is probably not a post"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"brandjournal: {path} is not UTF-8 text (invalid byte at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None
    if "\x00" in text:
        raise CommandError(f"brandjournal: {path} contains NUL bytes: it looks like a binary file, not a draft")
    return text


def default_title(body: str, fallback: str) -> str:
    for line in body.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 80 else line[:79].rstrip() + "…"
    return fallback


def _add(args: argparse.Namespace) -> int:
    body = read_text_file(args.file)
    title = args.title or default_title(body, Path(args.file).stem if args.file != "-" else "Untitled")
    intention = Intention(args.intention, IntentionKind(args.kind) if args.kind else None)
    with open_from_args(args) as journal:
        draft = journal.create_draft(
            title, body, intention=intention, platforms=args.platform, status=DraftStatus(args.status)
        )
        score, language = _score(journal, draft.id, body, intention)
        journal.update_draft(draft.id, score=score, language=language)
    print(draft.id)
    return 0


def _score(journal, draft_id: int, body: str, intention: Intention) -> tuple[int | None, str | None]:
    """The coherence score and language for the list; absent when the engine cannot run."""
    try:
        from brandjournal.analysis import analyze
    except ImportError:
        return None, None
    report = analyze(body, journal.profile(draft_id), intention)
    return report.score, report.language


def _rows(summaries: list[DraftSummary]) -> list[dict]:
    return [
        {
            "id": s.id,
            "title": s.title,
            "status": str(s.status),
            "score": s.score,
            "platforms": list(s.platforms),
            "language": s.language,
            "updated": s.updated_at.isoformat(),
            **({"snippet": s.snippet} if s.snippet else {}),
        }
        for s in summaries
    ]


def _print(rows: list[dict], fmt: str) -> None:
    if fmt == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    for row in rows:
        score = "  -" if row["score"] is None else f"{row['score']:3}"
        line = f"{row['id']:5}  {row['status']:9} {score}  {row['title']}"
        snippet = " ".join(row.get("snippet", "").split())
        print(line + (f"\n       {snippet}" if snippet else ""))


def _list(args: argparse.Namespace) -> int:
    with open_from_args(args, create=False) as journal:
        rows = _rows(journal.list_drafts(status=DraftStatus(args.status) if args.status else None))
    _print(rows, args.format)
    return 0


def _search(args: argparse.Namespace) -> int:
    with open_from_args(args, create=False) as journal:
        rows = _rows(journal.search(args.query, limit=args.limit))
    _print(rows, args.format)
    return 0
