"""``brandjournal check FILE``: analyse a Markdown draft against your values, without opening the journal.

Exit status: 0 no warning, 1 at least one warning, 2 bad input (missing/unreadable file, not a file, invalid
TOML or values file, text that is not UTF-8) with a one-line message on stderr.

Encoding choice: input files must be UTF-8 (a BOM is accepted). Anything else is refused with exit 2 and the
byte offset of the first bad byte, rather than guessed: analysing mojibake would produce misleading flags.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

_KINDS = ("share", "inform", "celebrate", "ask", "announce", "promote")
_BASELINE_SUFFIXES = {".md", ".markdown", ".txt"}


class InputError(Exception):
    """Bad input: reported on one line, exit status 2."""


# A LinkedIn post is 3,000 characters and a long blog post 50,000; a 10 MB file would take half a minute.
DEFAULT_MAX_CHARS = 1_000_000


def configure(name: str, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="Markdown draft to check ('-' reads standard input)")
    parser.add_argument("--values", metavar="TOML", help="values file: [[values]] with name, meaning, fits, betrays")
    parser.add_argument("--intention", metavar="TEXT", default="", help="why this post exists, in your words")
    parser.add_argument("--kind", choices=_KINDS, help="declared kind of post")
    parser.add_argument("--first", metavar="FILE", help="first draft, to detect where your voice was lost")
    parser.add_argument("--baseline", metavar="DIR", help="folder of earlier posts (*.md, *.txt) in your voice")
    parser.add_argument(
        "--lang", dest="check_lang", choices=["fr", "en"], help="language of the messages (default: from $LANG)"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text", help="output format")
    parser.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        default=DEFAULT_MAX_CHARS,
        help=f"analyse only the first N characters (default {DEFAULT_MAX_CHARS:,}, far above any post)",
    )


def _read_text(path: str, what: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        # os.path rather than pathlib: pathlib (with fnmatch, urllib.parse...) is ~5 ms of `brandjournal check`
        p = path or "."  # as Path("") is "."
        if not os.path.exists(p):
            raise InputError(f"{what} not found: {path}")
        if not os.path.isfile(p):
            raise InputError(f"{what} is not a regular file: {path}")
        try:
            with open(p, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise InputError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
        label = path
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label} is not valid UTF-8 (bad byte at offset {exc.start}): save it as UTF-8") from None
    if text.count("\x00", 0, 8192) * 10 > min(len(text), 8192):  # stray NULs in a paste are analysed as text
        raise InputError(f"{label} is mostly NUL bytes: a binary or UTF-16 file, not a text post (save it as UTF-8)")
    return text


def _str_list(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise InputError(f"{where} must be a list of strings")
    return tuple(raw)


def load_profile(path: str | None):
    """values.toml -> Profile (imports the domain lazily)."""
    from brandjournal.domain import Profile, Value

    if not path:
        return Profile()
    import tomllib

    text = _read_text(path, "values file")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"invalid TOML in {path}: {exc}") from None
    raw_values = data.get("values", [])
    if not isinstance(raw_values, list):
        raise InputError(f"{path}: 'values' must be an array of tables ([[values]])")
    values = []
    for n, item in enumerate(raw_values, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(f"{path}: value #{n} needs a name")
        meaning = item.get("meaning", "")
        if not isinstance(meaning, str):
            raise InputError(f"{path}: 'meaning' of value {item['name']!r} must be a string")
        language = item.get("language")
        values.append(
            Value(
                name=item["name"].strip(),
                meaning=meaning,
                fits=_str_list(item.get("fits"), f"{path}: 'fits' of value {item['name']!r}"),
                betrays=_str_list(item.get("betrays"), f"{path}: 'betrays' of value {item['name']!r}"),
                language=language if language in ("fr", "en") else None,
            )
        )
    return Profile(
        values=tuple(values),
        intentions=_str_list(data.get("intentions"), f"{path}: 'intentions'"),
        accepted_words=frozenset(_str_list(data.get("accept"), f"{path}: 'accept'")),
    )


def _read_baseline(path: str | None) -> list[str]:
    if not path:
        return []
    if not os.path.isdir(path):
        raise InputError(f"baseline folder not found: {path}")
    files = (os.path.join(path, name) for name in sorted(os.listdir(path)))
    return [
        _read_text(f, "baseline post")
        for f in files
        if os.path.isfile(f) and os.path.splitext(f)[1].lower() in _BASELINE_SUFFIXES
    ]


def _ui_lang(args: argparse.Namespace) -> str:
    chosen = getattr(args, "check_lang", None) or getattr(args, "lang", None)
    if chosen:
        return chosen
    env = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "fr" if env.lower().startswith("fr") else "en"


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def format_text(report, source: str, display: str, ui_lang: str) -> str:
    fr = ui_lang == "fr"
    lines = [f"{display}: {notice}" for notice in report.notices]
    for flag in report.flags:
        line, col = _line_col(source, flag.start)
        lines.append(f"{display}:{line}:{col}: {flag.kind}: {flag.message}")
    if report.values:
        lines.append("Valeurs :" if fr else "Values:")
        for v in report.values:
            if fr:
                lines.append(f"  {v.name} : exprimée {v.expressed}, trahie {v.betrayed}")
            else:
                lines.append(f"  {v.name}: expressed {v.expressed}, betrayed {v.betrayed}")
    if report.declared_kind or report.detected_kind:
        declared = report.declared_kind or "-"
        detected = report.detected_kind or "-"
        lines.append(
            f"Intention : déclarée {declared}, détectée {detected}"
            if fr
            else f"Intention: declared {declared}, detected {detected}"
        )
    lines.append(
        f"Score : {report.score}/100 ({report.score_explanation})"
        if fr
        else f"Score: {report.score}/100 ({report.score_explanation})"
    )
    return "\n".join(lines) + "\n"


def run(name: str, args: argparse.Namespace) -> int:
    try:
        if args.max_chars is not None and args.max_chars < 1:
            raise InputError("--max-chars must be a positive number")
        source = _read_text(args.file, "file")
        profile = load_profile(args.values)
        first = _read_text(args.first, "first draft") if args.first else None
        baseline = _read_baseline(args.baseline)
    except InputError as exc:
        print(f"brandjournal check: {exc}", file=sys.stderr)
        return 2
    from brandjournal.analysis import analyze
    from brandjournal.domain import Intention, IntentionKind

    ui_lang = _ui_lang(args)
    intention = Intention(args.intention or "", IntentionKind(args.kind) if args.kind else None)
    # One analysis and its output: the cyclic garbage collector would only walk the lexicons over and over (an
    # eighth of a ``check`` process's instructions). Reference counting still frees what is dropped (the engine
    # makes no reference cycles). Afterwards what exists is frozen (the collection Python runs at exit would walk
    # it all once more: another 7 %) and the collector is back on for a caller that goes on (tests call ``run``).
    collecting = gc.isenabled()
    gc.disable()
    try:
        report = analyze(
            source,
            profile,
            intention,
            first=first,
            baseline=baseline,
            ui_lang=ui_lang,
            max_chars=args.max_chars,
        )
        if args.format == "json":
            import json

            out = json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
        else:
            out = format_text(report, source, "<stdin>" if args.file == "-" else args.file, ui_lang)
        stream = sys.stdout
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
        stream.write(out)
        stream.flush()
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
    return 1 if report.warnings else 0
