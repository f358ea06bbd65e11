"""The three charts of the coherence view, drawn with pyqtgraph from a ``CoherenceOverview``.

Each chart is one ``pyqtgraph.GraphicsLayoutWidget`` holding its title, plot(s) and legend, so exporting the
scene gives a self-explaining image. Colours come from the widget's palette (light or dark, chosen by lightness);
the value hues are the Okabe-Ito set, told apart by people with the common colour-vision deficiencies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from brandjournal.domain import FlagKind
from brandjournal.insights import CoherenceOverview, DraftPosition, VoiceBaseline
from brandjournal.ui.colors import kind_colors

# Okabe-Ito hues, strong enough on a light background / light enough on a dark one.
_VALUE_HUES_LIGHT = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f6000", "#6a3d9a")
_VALUE_HUES_DARK = ("#56b4e9", "#ff8c42", "#2fd1a0", "#e9a3cc", "#f0c24b", "#9ad0f5", "#d4b45c", "#b79be0")
EXPORT_SCALE = 2  # exported PNGs are twice the on-screen size (crisp in slides and documents)
CHART_HEIGHT = 280


@dataclass(frozen=True, slots=True)
class ChartTheme:
    background: QColor
    foreground: QColor
    muted: QColor
    accent: QColor
    dark: bool

    @classmethod
    def of(cls, palette: QPalette) -> ChartTheme:
        background = palette.color(QPalette.ColorRole.Base)
        dark = background.lightness() < 128
        return cls(
            background=background,
            foreground=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            accent=QColor("#ffd166") if dark else QColor("#1a1a1a"),
            dark=dark,
        )

    def value_colors(self, index: int) -> tuple[QColor, QColor]:
        """(expressed, betrayed) for the value at ``index``: the hue, and the hue faded toward the background."""
        hues = _VALUE_HUES_DARK if self.dark else _VALUE_HUES_LIGHT
        strong = QColor(hues[index % len(hues)])
        return strong, _mix(strong, self.background, 0.55)

    def kind_color(self, kind: FlagKind) -> QColor:
        strong = QColor(kind_colors(kind).underline)
        return strong.lighter(135) if self.dark else strong


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def month_label(month: date, *, year_only: bool = False) -> str:
    locale = QLocale()
    return locale.toString(QDate(month.year, month.month, 1), "yyyy" if year_only else "MMM yyyy")


def month_ticks(months: tuple[date, ...], max_labels: int = 10) -> list[list[tuple[float, str]]]:
    """Major ticks on calendar boundaries (every 1, 2, 3, 6 months or whole years), a minor tick per month."""
    n = len(months)
    if not n:
        return [[], []]
    step = next((s for s in (1, 2, 3, 6, 12) if math.ceil(n / s) <= max_labels), None)
    major = []
    if step is not None:
        major = [
            (float(i), month_label(m, year_only=step == 12)) for i, m in enumerate(months) if (m.month - 1) % step == 0
        ]
    else:  # many years: one label every few years
        years = max(1, math.ceil(n / 12 / max_labels))
        major = [
            (float(i), month_label(m, year_only=True))
            for i, m in enumerate(months)
            if m.month == 1 and m.year % years == 0
        ]
    minor = [(float(i), "") for i in range(n)] if n <= 48 else []
    return [major, minor]


class MonthAxis(pg.AxisItem):
    """A bottom axis of months whose labels never collide: as many as its current width holds."""

    GAP = 14  # pixels between two labels

    def __init__(self, months: tuple[date, ...]) -> None:
        super().__init__("bottom")
        self.months = months
        self._shown: list | None = None

    def resizeEvent(self, ev=None):  # pyqtgraph calls it without an event too
        super().resizeEvent(ev)
        self.relabel()

    def relabel(self) -> None:
        if not getattr(self, "months", None):  # also called by AxisItem.__init__, before ours has run
            return
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        widest = max(metrics.horizontalAdvance(month_label(m)) for m in self.months)
        room = max(self.width(), 1.0)
        ticks = month_ticks(self.months, max(1, int(room // (widest + self.GAP))))
        if ticks != getattr(self, "_shown", None):
            self._shown = ticks
            self.setTicks(ticks)


class _AbsAxis(pg.AxisItem):
    """Counts below zero are betrayals: show them without the minus sign."""

    def tickStrings(self, values, scale, spacing):  # pyqtgraph names it so
        return [s.lstrip("-−") for s in super().tickStrings(values, scale, spacing)]


class Chart(pg.GraphicsLayoutWidget):
    """A titled chart; ``export_png`` writes the whole scene (title, plots, legend) at EXPORT_SCALE."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, columns: int = 2, theme: ChartTheme | None = None
    ) -> None:
        super().__init__(parent)
        self.theme = theme or ChartTheme.of(parent.palette() if parent is not None else self.palette())
        self.setBackground(self.theme.background)
        self.setMinimumHeight(CHART_HEIGHT)
        self.ci.setContentsMargins(8, 8, 8, 8)
        self.title = self.addLabel(title, row=0, col=0, colspan=columns, size="12pt", bold=True)
        self.title.setText(title, color=self.theme.foreground, size="12pt", bold=True)
        self.setAccessibleName(title)

    def fit(self) -> None:
        """Never narrower than the layout needs (else the view crops it, on screen and in the PNG): a narrow
        window scrolls instead."""
        needed = self.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        self.setMinimumWidth(math.ceil(needed) + 2 * self.frameWidth() + 2)

    def _style_plot(self, plot: pg.PlotItem, *, left: str = "", bottom: str = "") -> None:
        fg = self.theme.foreground
        font = QFont(self.font())
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(fg))
            axis.setTextPen(pg.mkPen(fg))
            axis.setTickFont(font)
            axis.enableAutoSIPrefix(False)  # else a narrow range gets a "(x0.001)" after its label
        style = {"color": fg.name(), "font-size": f"{max(font.pointSizeF(), 9):.0f}pt"}
        if left:
            plot.setLabel("left", left, **style)
        if bottom:
            plot.setLabel("bottom", bottom, **style)
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.setMenuEnabled(False)
        plot.hideButtons()

    def _legend(self, row: int, col: int) -> pg.LegendItem:
        legend = pg.LegendItem(labelTextColor=self.theme.foreground, labelTextSize="9pt", frame=False)
        legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # compact, at the top
        self.addItem(legend, row=row, col=col)
        self.ci.layout.setAlignment(legend, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return legend

    def _empty(self, plot: pg.PlotItem, text: str) -> None:
        note = pg.TextItem(text, color=self.theme.muted, anchor=(0.5, 0.5))
        plot.addItem(note)
        note.setPos(0.5, 0.5)
        plot.setXRange(0, 1)
        plot.setYRange(0, 1)
        plot.getAxis("bottom").setTicks([[], []])
        plot.getAxis("left").setTicks([[], []])
        self.empty_note = note

    def export_png(self, path: Path | str, scale: int = EXPORT_SCALE) -> Path:
        """The chart as on screen, rendered at ``scale`` times its size (a high-DPI image, so the layout and the
        text stay as shown; pyqtgraph's ImageExporter scales the fonts but not the layout, and labels collide)."""
        image = QImage(self.size() * scale, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.theme.background)
        painter = QPainter(image)  # logical coordinates: the image's pixel ratio does the scaling
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # QGraphicsView.render (the scene, from the viewport's rect), given an explicit logical target.
            self.render(painter, QRectF(0, 0, self.width(), self.height()), self.viewport().rect())
        finally:
            painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}")
        return Path(path)


class ValuesChart(Chart):
    """Per value and month: expressed stacked above the axis, betrayed below, one colour pair per value."""

    def __init__(
        self, overview: CoherenceOverview, parent: QWidget | None = None, *, theme: ChartTheme | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CoherenceCharts", "Your values, month by month"), parent, theme=theme
        )
        self.plot = self.addPlot(
            row=1, col=0, axisItems={"left": _AbsAxis("left"), "bottom": MonthAxis(overview.months)}
        )
        self._style_plot(
            self.plot,
            left=QCoreApplication.translate("CoherenceCharts", "Times: expressed ↑ betrayed ↓"),
            bottom=QCoreApplication.translate("CoherenceCharts", "Month"),
        )
        self.legend = self._legend(row=1, col=1)
        self.bars: dict[tuple[str, str], pg.BarGraphItem] = {}
        months = overview.months
        if not months or not overview.values:
            self._empty(
                self.plot,
                QCoreApplication.translate("CoherenceCharts", "No values yet: add them in Values and intentions.")
                if months
                else QCoreApplication.translate("CoherenceCharts", "No posts yet."),
            )
            return
        x = list(range(len(months)))
        up = [0] * len(months)
        down = [0] * len(months)
        for index, series in enumerate(overview.values):
            expressed_color, betrayed_color = self.theme.value_colors(index)
            for kind, counts, color in (
                ("expressed", series.expressed, expressed_color),
                ("betrayed", series.betrayed, betrayed_color),
            ):
                base = up if kind == "expressed" else down
                heights = [c if kind == "expressed" else -c for c in counts]
                bars = pg.BarGraphItem(
                    x=x, y0=list(base), height=heights, width=0.75, brush=color, pen=pg.mkPen(expressed_color)
                )
                for i, h in enumerate(heights):
                    base[i] += h
                self.plot.addItem(bars)
                self.bars[(series.name, kind)] = bars
                label = (
                    QCoreApplication.translate("CoherenceCharts", "{value}: expressed")
                    if kind == "expressed"
                    else QCoreApplication.translate("CoherenceCharts", "{value}: betrayed")
                )
                self.legend.addItem(bars, label.format(value=series.name))
        self.plot.addLine(y=0, pen=pg.mkPen(self.theme.foreground, width=1))
        self.plot.getAxis("bottom").relabel()
        self.plot.setXRange(-0.6, len(months) - 0.4, padding=0)
        top, bottom = max(up), min(down)
        self.plot.setYRange(min(bottom, -1), max(top, 1), padding=0.08)


class RatesChart(Chart):
    """Jargon and polish (peacock) flags per 100 words, month by month; gaps for months without posts."""

    def __init__(
        self, overview: CoherenceOverview, parent: QWidget | None = None, *, theme: ChartTheme | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CoherenceCharts", "Jargon and polish, month by month"), parent, theme=theme
        )
        self.plot = self.addPlot(row=1, col=0, axisItems={"bottom": MonthAxis(overview.months)})
        self._style_plot(
            self.plot,
            left=QCoreApplication.translate("CoherenceCharts", "Flags per 100 words"),
            bottom=QCoreApplication.translate("CoherenceCharts", "Month"),
        )
        self.legend = self._legend(row=1, col=1)
        self.lines: dict[str, pg.PlotDataItem] = {}
        months = overview.months
        if not months:
            self._empty(self.plot, QCoreApplication.translate("CoherenceCharts", "No posts yet."))
            return
        x = list(range(len(months)))
        symbol_size = 7 if len(months) <= 36 else 0
        for name, label, rates, kind, symbol in (
            (
                "jargon",
                QCoreApplication.translate("CoherenceCharts", "Jargon"),
                overview.flags.jargon_rate,
                FlagKind.JARGON,
                "o",
            ),
            (
                "peacock",
                QCoreApplication.translate("CoherenceCharts", "Polish (peacock words)"),
                overview.flags.peacock_rate,
                FlagKind.PEACOCK,
                "t",
            ),
        ):
            color = self.theme.kind_color(kind)
            y = [math.nan if r is None else r for r in rates]
            line = self.plot.plot(
                x,
                y,
                pen=pg.mkPen(color, width=2.5),
                symbol=symbol if symbol_size else None,
                symbolSize=symbol_size,
                symbolBrush=color,
                symbolPen=pg.mkPen(color),
                connect="finite",
                antialias=True,
            )
            self.lines[name] = line
            self.legend.addItem(line, label)
        self.plot.getAxis("bottom").relabel()
        self.plot.setXRange(-0.5, max(len(months) - 0.5, 0.5), padding=0)
        finite = [v for r in (overview.flags.jargon_rate, overview.flags.peacock_rate) for v in r if v is not None]
        self.plot.setYRange(0, max([*finite, 1.0]) * 1.1, padding=0)


# voice_stats key -> (factor to the unit shown, decimals, suffix)
_METRICS: dict[str, tuple[float, int, str]] = {
    "sentence_length": (1.0, 1, ""),
    "first_person": (100.0, 1, " %"),
    "jargon_rate": (1.0, 1, ""),
    "exclamation_rate": (1.0, 2, ""),
}


def metric_title(metric: str) -> str:
    titles = {
        "sentence_length": QCoreApplication.translate("CoherenceCharts", "Words per sentence"),
        "first_person": QCoreApplication.translate("CoherenceCharts", "First person (% of words)"),
        "jargon_rate": QCoreApplication.translate("CoherenceCharts", "Jargon and polish per 100 words"),
        "exclamation_rate": QCoreApplication.translate("CoherenceCharts", "Exclamation marks per sentence"),
    }
    return titles[metric]


def format_metric(metric: str, value: float) -> str:
    """A voice figure in the unit shown, with the locale's decimal separator ("12,5" in French)."""
    factor, decimals, suffix = _METRICS[metric]
    return QLocale().toString(value * factor, "f", decimals) + suffix


class BaselineChart(Chart):
    """One small panel per voice figure: the spread of the author's posts (box: middle half, whiskers: 10th to
    90th percentile, line: median) and the current draft as a diamond."""

    def __init__(
        self, overview: CoherenceOverview, parent: QWidget | None = None, *, theme: ChartTheme | None = None
    ) -> None:
        columns = max(len(overview.baseline), 1)
        super().__init__(
            QCoreApplication.translate("CoherenceCharts", "Your usual voice, and this draft"),
            parent,
            columns=columns,
            theme=theme,
        )
        self.plots: dict[str, pg.PlotItem] = {}
        self.markers: dict[str, pg.ScatterPlotItem] = {}
        self.boxes: dict[str, pg.BarGraphItem] = {}
        self.captions: dict[str, str] = {}
        positions = {p.metric: p for p in overview.draft}
        for col, base in enumerate(overview.baseline):
            plot = self.addPlot(row=1, col=col)
            self._style_plot(plot)
            plot.setTitle(metric_title(base.metric), color=self.theme.foreground.name(), size="9pt")
            plot.getAxis("bottom").setTicks([[], []])
            plot.getAxis("bottom").setStyle(showValues=False)
            plot.setMouseEnabled(x=False, y=False)
            self.plots[base.metric] = plot
            self._draw(plot, base, positions.get(base.metric))
        self.note = self.addLabel(
            self._note(overview), row=2, col=0, colspan=max(len(overview.baseline), 1), size="9pt"
        )
        self.note.setText(self._note(overview), color=self.theme.muted, size="9pt")

    def _note(self, overview: CoherenceOverview) -> str:
        if not overview.baseline_posts:
            return QCoreApplication.translate(
                "CoherenceCharts", "No published posts yet: approve or import some to see your usual voice."
            )
        text = QCoreApplication.translate(
            "CoherenceCharts",
            "Box: the middle half of your last {n} published posts; whiskers: 10% to 90%; line: median.",
        )
        text = text.format(n=overview.baseline_posts)
        if overview.draft:
            text += " " + QCoreApplication.translate("CoherenceCharts", "◆ this draft.")
        return text

    def _draw(self, plot: pg.PlotItem, base: VoiceBaseline, draft: DraftPosition | None) -> None:
        factor = _METRICS[base.metric][0]
        fg = self.theme.foreground
        if base.samples:
            box_color = _mix(self.theme.foreground, self.theme.background, 0.8)
            box = pg.BarGraphItem(
                x=[0], y0=[base.q1 * factor], height=[(base.q3 - base.q1) * factor], width=0.6,
                brush=box_color, pen=pg.mkPen(fg),
            )  # fmt: skip
            plot.addItem(box)
            self.boxes[base.metric] = box
            # Whiskers and their caps in one item (segment pairs), the median in another: few items, quick to draw.
            low, q1, q3, high = (v * factor for v in (base.low, base.q1, base.q3, base.high))
            plot.plot(
                [0, 0, 0, 0, -0.15, 0.15, -0.15, 0.15],
                [low, q1, q3, high, low, low, high, high],
                pen=pg.mkPen(fg),
                connect="pairs",
            )
            plot.plot([-0.3, 0.3], [base.median * factor] * 2, pen=pg.mkPen(fg, width=3))
        top = max([base.high, base.q3, draft.value if draft else 0.0, 0.0]) * factor
        if draft is not None:
            marker = pg.ScatterPlotItem(
                x=[0.0], y=[draft.value * factor], symbol="d", size=16,
                brush=pg.mkBrush(self.theme.accent), pen=pg.mkPen(self.theme.background, width=1.5),
            )  # fmt: skip
            plot.addItem(marker)
            self.markers[base.metric] = marker
            # Under the panel, where there is room for it in any language (not beside the marker: clipped).
            caption = QCoreApplication.translate("CoherenceCharts", "◆ {value} · percentile {pct}").format(
                value=format_metric(base.metric, draft.value), pct=round(draft.percentile)
            )
            plot.setLabel("bottom", caption, color=fg.name(), **{"font-size": "9pt"})
            self.captions[base.metric] = caption
        plot.setXRange(-0.6, 0.6, padding=0)
        plot.setYRange(0, top * 1.15 if top else 1.0, padding=0)
