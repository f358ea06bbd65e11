"""Small helpers shared by the analysis tests."""

from __future__ import annotations

from brandjournal.domain import Flag, FlagKind, Report

SURFACE = {FlagKind.JARGON, FlagKind.HEDGE, FlagKind.PEACOCK}


def spans(report: Report, *kinds: FlagKind) -> list[tuple[str, str]]:
    """(kind, evidence) of the report's flags, optionally only some kinds, checking every offset."""
    out = []
    for flag in report.flags:
        if not kinds or flag.kind in kinds:
            out.append((str(flag.kind), flag.text))
    return out


def check_offsets(text: str, flags: tuple[Flag, ...]) -> None:
    for flag in flags:
        assert 0 <= flag.start < flag.end <= len(text), flag
        assert text[flag.start : flag.end] == flag.text, flag


def rules(report: Report, *kinds: FlagKind) -> list[str]:
    return [f.rule for f in report.flags if not kinds or f.kind in kinds]
