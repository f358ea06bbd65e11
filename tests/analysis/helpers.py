"""Small helpers shared by the analysis tests."""

from __future__ import annotations

from typing import NamedTuple

from brandjournal.analysis import analyze
from brandjournal.domain import Flag, FlagKind, Profile, Report

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


class SurfaceFlag(NamedTuple):
    kind: str
    text: str
    rule: str
    severity: str


def surface_flags(text: str) -> list[SurfaceFlag]:
    """The jargon, peacock and hedge flags of ``text`` analysed on its own (no values), in report order, after
    checking that every flag's offsets point at its evidence."""
    report = analyze(text, Profile())
    check_offsets(text, report.flags)
    return [SurfaceFlag(f.kind.value, f.text, f.rule, f.severity.value) for f in report.flags if f.kind in SURFACE]


def assert_flagged(
    text: str, evidence: str, *, kind: str | None = None, rule: str | None = None, severity: str | None = None
) -> None:
    """``text`` gets a surface flag whose evidence is exactly ``evidence``, of that kind, rule and severity when
    they are given."""
    flags = surface_flags(text)
    assert any(
        f.text == evidence and kind in (None, f.kind) and rule in (None, f.rule) and severity in (None, f.severity)
        for f in flags
    ), flags


def assert_no_surface_flag(text: str) -> None:
    """``text`` gets no jargon, peacock or hedge flag at all."""
    assert surface_flags(text) == []


def flags_of_kind(text: str, kind: str) -> list[tuple[str, str]]:
    """(evidence, rule) of the flags of one surface kind ("jargon", "peacock", "hedge") on ``text``."""
    return [(f.text, f.rule) for f in surface_flags(text) if f.kind == kind]
