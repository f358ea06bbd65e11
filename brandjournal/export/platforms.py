"""The platforms we export to: limits, counting rules and the formats each accepts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from brandjournal.domain import Platform
from brandjournal.export import counting


class ExportFormat(StrEnum):
    MD = "md"
    HTML = "html"
    TXT = "txt"


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    platform: Platform
    label: str
    limit: int | None  # None: no limit
    count: Callable[[str], int]
    formats: tuple[ExportFormat, ...]  # the first one is the default
    counting_rule: str  # one line, shown to the author

    @property
    def default_format(self) -> ExportFormat:
        return self.formats[0]


# LinkedIn's composer counts like a JavaScript string (an emoji outside the BMP counts 2): counting
# UTF-16 code units never under-estimates what LinkedIn will accept.
SPECS: Mapping[Platform, PlatformSpec] = MappingProxyType(
    {
        Platform.LINKEDIN: PlatformSpec(
            Platform.LINKEDIN,
            "LinkedIn",
            3000,
            counting.count_utf16,
            (ExportFormat.TXT,),
            "3,000 characters (UTF-16 code units: most emoji count 2)",
        ),
        Platform.MASTODON: PlatformSpec(
            Platform.MASTODON,
            "Mastodon",
            500,
            counting.count_mastodon,
            (ExportFormat.TXT, ExportFormat.MD),
            "500 characters; every URL counts 23",
        ),
        Platform.X: PlatformSpec(
            Platform.X,
            "X",
            280,
            counting.count_x,
            (ExportFormat.TXT,),
            "280 weighted characters; URLs count 23, emoji and CJK count 2",
        ),
        Platform.BLUESKY: PlatformSpec(
            Platform.BLUESKY,
            "Bluesky",
            300,
            counting.count_graphemes,
            (ExportFormat.TXT,),
            "300 graphemes (characters as you see them)",
        ),
        Platform.BLOG: PlatformSpec(
            Platform.BLOG,
            "Blog",
            None,
            counting.count_graphemes,
            (ExportFormat.MD, ExportFormat.HTML),
            "no limit",
        ),
    }
)


def spec_for(platform: Platform | str) -> PlatformSpec:
    """The spec of ``platform``; ``ValueError`` for an unknown platform."""
    try:
        return SPECS[Platform(platform)]
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise ValueError(f"Unknown platform {platform!r} (known: {known})") from None


def check_format(platform: Platform | str, fmt: ExportFormat | str | None) -> tuple[PlatformSpec, ExportFormat]:
    """Validate a platform/format pair (``None``: the platform's default); ``ValueError`` otherwise."""
    spec = spec_for(platform)
    if fmt is None:
        return spec, spec.default_format
    try:
        export_format = ExportFormat(fmt)
    except ValueError:
        known = ", ".join(f.value for f in ExportFormat)
        raise ValueError(f"Unknown export format {fmt!r} (known: {known})") from None
    if export_format not in spec.formats:
        allowed = ", ".join(f.value for f in spec.formats)
        raise ValueError(f"{spec.label} cannot be exported as {export_format.value!r}: use one of {allowed}")
    return spec, export_format
