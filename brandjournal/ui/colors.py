"""Highlight colours per flag kind, in two sets chosen by the lightness of the current palette.

Backgrounds are soft tints (text stays readable on them in both themes); the underline colour is the
strong version of the same hue, so a flag is visible even for people who do not tell the tints apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from brandjournal.domain import FlagKind


@dataclass(frozen=True, slots=True)
class KindColors:
    background: QColor
    underline: QColor
    foreground: QColor


# (light background, dark background, underline/strong)
_HUES: dict[FlagKind, tuple[str, str, str]] = {
    FlagKind.VALUE_EXPRESSED: ("#c8efd0", "#1f4d2b", "#2e9b48"),
    FlagKind.VALUE_BETRAYED: ("#ffc9c9", "#5c1f24", "#d93643"),
    FlagKind.JARGON: ("#ffe0b0", "#5a3d12", "#e08a00"),
    FlagKind.HEDGE: ("#d9e4ff", "#23365e", "#3d6fe0"),
    FlagKind.PEACOCK: ("#f2d4ff", "#4b2360", "#a63fd6"),
    FlagKind.INTENTION_MISMATCH: ("#fff3a6", "#545012", "#b59b00"),
    FlagKind.VOICE_DRIFT: ("#cdf2f2", "#1b4c4f", "#1b9aa0"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_colors(kind: FlagKind, palette: QPalette | None = None) -> KindColors:
    palette = palette or QApplication.palette()
    light, dark, strong = _HUES[kind]
    background = QColor(dark if is_dark(palette) else light)
    return KindColors(background, QColor(strong), palette.color(QPalette.ColorRole.Text))


def score_color(score: int, palette: QPalette | None = None) -> QColor:
    """Green for a coherent draft, amber in between, red when the values are betrayed."""
    if score >= 75:
        return QColor(_HUES[FlagKind.VALUE_EXPRESSED][2])
    if score >= 50:
        return QColor(_HUES[FlagKind.JARGON][2])
    return QColor(_HUES[FlagKind.VALUE_BETRAYED][2])


def dark_palette() -> QPalette:
    """A dark Fusion palette (screenshots, tests, and desktops whose dark theme Qt cannot read)."""
    palette = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#2b2d30"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1f22"),
        (role.AlternateBase, "#26282b"),
        (role.ToolTipBase, "#3c3f41"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#8c8c8c"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#3c3f41"),
        (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"),
        (role.Light, "#4a4d50"),
        (role.Midlight, "#404346"),
        (role.Mid, "#505356"),
        (role.Dark, "#1a1b1d"),
        (role.Shadow, "#000000"),
        (role.Highlight, "#2f65ca"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#6fa8ff"),
        (role.LinkVisited, "#b48eff"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return palette
