"""What every chart of the app shares: palette, number locale, the finish, templates, tables.

Conventions shared by all charts (the Impactkaart's own in `impactkaart.charts.impact`,
and those of portfolio, cases, scenarios, workshop, uncertainty and ex post):

- the party selection is a point selection named ``party`` on the field
  ``label`` (the party's name in the chosen language): keys such as
  ``politie_justitie`` never reach the browser, and the page maps a clicked
  name back to its key (`views.components.chart_view.selected_party`);
- amounts on axes use a d3 number locale of the chosen language (``€ 1.234``)
  set in the chart config, so Streamlit and vl-convert format them the same
  way; labels on marks are pre-formatted in Python (babel, `impactkaart.text.formats`);
- colours come from the Okabe–Ito palette, which stays distinguishable for
  the common forms of colour blindness.

Speed: building an Altair chart costs tens of milliseconds (every call copies
and validates the whole spec). So a chart is built once per *shape* from a
named dataset and kept as a `Template`; each rerun only fills in the rows.
"""

from __future__ import annotations

import json
import math
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

import altair as alt
import pandas as pd

from impactkaart.text import formats
from impactkaart.text.catalogue import t

PARTY_PARAM = "party"
PARTY_FIELD = "label"  # what a click on a party returns: its name, as drawn

# Okabe & Ito (2008), "Color Universal Design"; black left out: it reads as text.
# Ordered so the first colours are the most distinct; yellow last (weak on white).
OKABE_ITO = ["#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#D55E00", "#F0E442"]
EXTRA_GREYS = ["#666666", "#999999", "#BBBBBB"]
COST_COLOUR = "#D55E00"  # vermillion: money going out
BENEFIT_COLOUR = "#009E73"  # bluish green: money coming back
PROJECT_COLOUR = "#444444"  # neutral: the whole project is no single party
DIM = 0.25  # opacity of what is not selected

# d3-format locales. The non-breaking space keeps "€ 1.234" on one line.
NUMBER_LOCALES = {
    "nl": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€\u00a0", ""]},
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]},
}
# Axis formats without a fixed precision: Vega then takes as many decimals as the tick
# step needs, so a small range never repeats a tick ("€ 0 € 0 € 1" became "€ 0,5 € 1,0").
EURO_FORMAT = "$,f"
NUMBER_FORMAT = ",f"
# Streamlit's own font first ("Source Sans", what the page around the chart uses), then the
# one vl-convert has (exports and tests measure with it; it is the wider of the two).
FONT = '"Source Sans", "Source Sans Pro", DejaVu Sans, sans-serif'
LABEL_SIZE = 13  # px: axis and legend labels


# --- shared helpers -----------------------------------------------------------------


def year_label(year: int, start_year: int | None, lang: str = "nl") -> str:
    """Calendar year when the project has a start year, else 'jaar 3'."""
    return str(start_year + year - 1) if start_year else t("project_year", lang, year=year)


def palette(n: int) -> list[str]:
    colours = OKABE_ITO + EXTRA_GREYS
    return [colours[i % len(colours)] for i in range(n)]


def selection(selected: str | None) -> alt.Parameter:
    """The party selection, pre-set to the party (its name as drawn) chosen earlier."""
    if selected:
        return alt.selection_point(
            fields=[PARTY_FIELD], name=PARTY_PARAM, value=[{PARTY_FIELD: selected}], toggle=False
        )
    return alt.selection_point(fields=[PARTY_FIELD], name=PARTY_PARAM, toggle=False)


def highlight(selection: alt.Parameter) -> dict:
    return alt.when(selection).then(alt.value(1.0)).otherwise(alt.value(DIM))


def finish(chart: alt.TopLevelMixin, lang: str = "nl") -> alt.TopLevelMixin:
    """Locale, fonts and a left-aligned title, once per top-level chart."""
    _wrap_title(chart)
    # One `configure` call: every chained Altair call copies the whole chart.
    chart = chart.configure(
        locale=alt.Locale(number=NUMBER_LOCALES[lang]),
        font=FONT,
        title=alt.TitleConfig(anchor="start", fontSize=17, subtitleFontSize=13, subtitleColor="#444",
                              offset=12),
        # Everything that decides whether a label is drawn is said here, so that the theme
        # Streamlit lays under a chart (labelOverlap on every axis, labelLimit 100, wide
        # paddings) decides nothing: a category's name is never hidden or cut.
        axis=alt.AxisConfig(
            labelFontSize=LABEL_SIZE, titleFontSize=LABEL_SIZE, grid=False, labelLimit=LABEL_PX,
            labelPadding=4, titlePadding=8, labelSeparation=4, labelFlush=True,
            labelOverlap=True,  # numbers only: thinned, never a category (axisDiscrete)
        ),
        axisDiscrete=alt.AxisConfig(labelOverlap=False, labelFlush=False, labelBound=False),
        legend=alt.LegendConfig(
            labelFontSize=LABEL_SIZE, orient="top", title=None, columns=1, labelLimit=LABEL_PX,
            labelPadding=5, columnPadding=14, rowPadding=4, padding=0, symbolStrokeWidth=1.5,
        ),
        view=alt.ViewConfig(stroke=None),
        # Heights are the whole chart (title, legend and axes included), as in
        # Streamlit, so the app and the exported files look the same.
        autosize=alt.AutoSizeParams(type="fit", contains="padding"),
    )
    # SVG (not canvas): marks stay reachable for screen readers and tests.
    chart.usermeta = {"embedOptions": {"renderer": "svg"}}
    return chart


def _wrap_title(chart: alt.TopLevelMixin) -> None:
    """A subtitle's lines wrapped for a narrow chart, whoever built the title (Streamlit
    cuts it at the chart's width, vl-convert clips it). The heading itself is wrapped by
    `title`; one built otherwise keeps its one line."""
    heading = chart.title
    if isinstance(heading, alt.TitleParams) and isinstance(heading.subtitle, (str, list)):
        parts = heading.subtitle if isinstance(heading.subtitle, list) else [heading.subtitle]
        heading.subtitle = [row for part in parts for line in str(part).split("\n")
                            for row in wrap(line, SUBTITLE_CHARS, lines=4)]


def title(title: str, subtitle: str | list[str]) -> alt.TitleParams:
    """A title with a subtitle; a '\n' in the subtitle starts a new line, and lines longer
    than a narrow chart holds are wrapped (a column on a laptop, a phone: ~340 px)."""
    lines = subtitle if isinstance(subtitle, list) else subtitle.split("\n")
    return alt.TitleParams(
        text=wrap(title, TITLE_CHARS, lines=3),
        subtitle=[row for part in lines for line in part.split("\n")
                  for row in wrap(line, SUBTITLE_CHARS, lines=4)])


ROWS = "rows"  # the dataset every chart draws from (the benchmark also has "seor")


@dataclass(frozen=True)
class Template:
    """A chart built on named, empty datasets; filled per rerun with `spec` or `chart`."""

    chart: alt.TopLevelMixin
    spec_json: str

    @classmethod
    def of(cls, chart: alt.TopLevelMixin) -> Template:
        return cls(chart, json.dumps(chart.to_dict(validate=False)))

    def spec(self, **frames: pd.DataFrame) -> dict:
        """A fresh Vega-Lite dict (callers may change it) with these rows."""
        spec = json.loads(self.spec_json)
        spec["datasets"] = {name: records(frame) for name, frame in frames.items()}
        return spec

    def chart_with(self, **frames: pd.DataFrame) -> alt.TopLevelMixin:
        chart = self.chart.copy()
        chart.datasets = {name: records(frame) for name, frame in frames.items()}
        return chart


def records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")`` (Python values, NaN kept), column by column: a few
    times quicker on the small frames of a chart, which a slider move rebuilds."""
    names = list(frame.columns)
    if not names:
        return [{} for _ in range(len(frame))]
    # tolist() gives what to_dict gives, but for a column whose missing value is pd.NA
    # (Int64, boolean): to_dict turns that into None, so such a column goes through it.
    columns = [frame[[name]].to_dict("list")[name]
               if getattr(frame[name].dtype, "na_value", None) is pd.NA
               else frame[name].tolist() for name in names]
    return [dict(zip(names, row)) for row in zip(*columns)]


# A year's label when its bar is narrower than "2025" at LABEL_SIZE (33 px in DejaVu Sans,
# the widest font of FONT, with the band's 10 % gap and 4 px between labels): "'25" for a
# calendar year, "3" for "jaar 3". Nine years in a one-pager's 58 mm chart ran together
# ("2025202620272028…"); every year stays named, the whole label is in the tooltip.
YEAR_SHORT_BELOW_PX = 34
_SHORT_YEAR = ("test(regexp('^[0-9]{4}$'), datum.label) ? \"'\" + substring(datum.label, 2)"
               " : replace(datum.label, regexp('^[^0-9]+'), '')")


def year_axis() -> alt.X:
    """Project years along x, in year order, labels upright (shared by the time charts);
    shortened when the bars are too narrow for a whole year (`YEAR_SHORT_BELOW_PX`)."""
    return alt.X(
        "year_label:O",
        sort=alt.EncodingSortField(field="year", op="min"),
        title=None,
        axis=alt.Axis(labelAngle=0, labelExpr=f"bandwidth('x') < {YEAR_SHORT_BELOW_PX} ? "
                                              f"({_SHORT_YEAR}) : datum.label"),
    )


# --- labels that are never lost -------------------------------------------------------
#
# Vega drops or cuts a label without a word: an axis with labelOverlap hides every other
# category when the bands are narrow ("3 bars, 2 names"), labelLimit cuts a name to
# "Woningcorporatie de samenwe…" (two scenarios of one project then read the same), a
# legend wider than the chart is clipped ("Ontvangt (b"), and a value label past the last
# pixel is gone. So: a category's name is wrapped onto lines in Python (`wrap`), drawn
# through a lookup in the axis's labelExpr (the data keep the whole name: tooltips, the
# selection and the table view use it), each band is tall enough for its lines
# (`category_step`), a legend gets as many columns as its widest name allows (`legend`),
# value labels get room inside the plot (`value_room`) and step over a reference line
# (`past_rules`), and a reference line's label stands above the plot, kept inside it
# (`rule_label`). tests/charts/test_labels.py renders every builder and checks it.

LINE_CHARS = 22  # a category name's line: ~160 px of 13 px DejaVu Sans
MAX_LINES = 3  # beyond: the third line ends in "…" (the whole name is in the tooltip)
LINE_PX = 16  # px per line of a 13 px label
LEGEND_CHARS = 18  # a legend name's line: a top legend starts where the plot starts, right
# of the category names, so about halfway a ~340 px chart
LEGEND_LINES = 4
TITLE_CHARS = 34  # 17 px bold
SUBTITLE_CHARS = 46  # 13 px
LONG_WORD_SLACK = 4  # characters a single word may run past LINE_CHARS/LEGEND_CHARS unbroken
LABEL_PX = 300  # the longest line a label may have: wrapped names stay well below it
MIN_BAR_STEP = 22  # px per bar of a grouped bar chart


def wrap(text: str, width: int = LINE_CHARS, lines: int = MAX_LINES) -> list[str]:
    """``text`` on lines of at most ``width`` characters. A longer text loses its middle,
    not its end ("minder schoolvertraging (voorkomen …", "…onderwijs) · duur"): names
    that start alike (an effect's assumptions, a project's scenarios) differ at the end."""
    text = str(text)
    # A word a little longer than a line stays whole ("Schuldhulpverlening", 19 characters,
    # was drawn "Schuldhulpverlenin" over "g"); only a much longer one is broken.
    longest = max((len(word) for word in text.split()), default=0)
    if width < longest <= width + LONG_WORD_SLACK:
        width = longest
    rows = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(rows) > lines:
        tail = text[-(width - 1):]
        tail = "…" + (tail.split(" ", 1)[1] if " " in tail.strip() else tail).lstrip()
        rows = rows[: lines - 1]
        rows[-1] = rows[-1][: width - 1].rstrip() + "…" if lines > 1 else tail
        if lines > 1:
            rows.append(tail)
    return rows


def lines_expr(labels: Iterable[str], width: int = LINE_CHARS, lines: int = MAX_LINES) -> str:
    """A labelExpr drawing each of ``labels`` as its wrapped lines (any other as itself)."""
    table = {label: wrap(label, width, lines) for label in dict.fromkeys(labels)}
    return f"{json.dumps(table, ensure_ascii=False)}[datum.label] || datum.label"


def n_lines(labels: Iterable[str], width: int = LINE_CHARS, lines: int = MAX_LINES) -> int:
    return max((len(wrap(label, width, lines)) for label in labels), default=1)


def category_axis(labels: Iterable[str], **kwargs) -> alt.Axis:
    """The axis of a nominal field: every name drawn, wrapped, never hidden by overlap."""
    return alt.Axis(labelExpr=lines_expr(labels), labelLimit=LABEL_PX, labelOverlap=False,
                    **kwargs)


def category_step(labels: Iterable[str], groups: int = 1, minimum: int = 26,
                  line_px: int = LINE_PX) -> dict:
    """A height per category (Vega-Lite's ``{"step": …}``) with room for its wrapped name.

    With ``groups`` bars per category (a yOffset), the step is per bar. The chart's height
    is then the plot's rows plus whatever title, legend and axis need: a fixed height
    squeezed the bands below a label's height when the title or legend grew."""
    band = max(minimum, line_px * n_lines(labels) + 8)
    if groups > 1:
        return {"step": max(MIN_BAR_STEP, math.ceil(band / groups)), "for": "offset"}
    return {"step": band}


def legend(labels: Iterable[str], **kwargs) -> alt.Legend:
    """A legend whose names are wrapped, one under the other: a top legend starts where the
    plot starts (right of the category names), so two columns ran off a narrow chart."""
    return alt.Legend(labelExpr=lines_expr(labels, LEGEND_CHARS, LEGEND_LINES), labelLimit=LABEL_PX,
                      columns=1, **kwargs)


# Advance widths of DejaVu Sans (the widest font of FONT) in em, for the characters of
# value labels; anything else counts as a wide letter. Only an estimate: room is left
# by it, so it errs wide.
_EM = {**dict.fromkeys("0123456789€$", 0.64), **dict.fromkeys(" .,:;'", 0.32),
       "×": 0.84, "–": 0.5, "-": 0.36, "%": 0.95, "(": 0.39, ")": 0.39}


def text_px(text: str, size: float = 12, bold: bool = False) -> float:
    """About how wide ``text`` is drawn, in px (DejaVu Sans, an upper bound in practice)."""
    em = sum(_EM.get(c, 0.72 if c.isupper() else 0.62) for c in str(text))
    return em * size * (1.1 if bold else 1.0)


PLOT_PX = 120  # the least width a bar chart's plot gets on a narrow chart


def value_room(texts: Iterable[str], size: float = 12, bold: bool = False, dx: float = 4,
               values: Iterable[float] | None = None) -> int:
    """Px to keep free right of the bars for the value labels (rounded up to 10 px, so
    that a template keyed on it is built only a few times). With the bars' ``values``, a
    label after a short bar may use the plot's empty width (at least `PLOT_PX`)."""
    texts = [str(text) for text in texts]
    values = [0.0] * len(texts) if values is None else [max(float(v), 0.0) for v in values]
    top = max(values, default=0.0)
    free = [PLOT_PX * (1 - v / top) if top > 0 else PLOT_PX for v in values]
    if values and not any(values):
        free = [0.0] * len(texts)
    need = max((text_px(text, size, bold) + dx + 4 - room for text, room in zip(texts, free)),
               default=0.0)
    return int(math.ceil(max(need, 0.0) / 10) * 10)


def count_axis(top: float, **kwargs) -> alt.Axis:
    """An axis of whole counts (attendees, cases, projects): integer ticks only. Vega's
    tickMinStep still let 0,5 through on a range of two, and "d" drew it as a second 1."""
    top = int(math.ceil(max(float(top), 1.0)))
    if top <= 10:
        return alt.Axis(values=list(range(top + 1)), format="d", **kwargs)
    return alt.Axis(tickMinStep=1, format=",d", **kwargs)


def decimals_for(values: Iterable[float], least: int = 1) -> int:
    """Decimals that give the largest of ``values`` two significant digits (0,012 fte, not
    0,0 fte beside 0,0 fte), at least ``least``."""
    top = max((abs(float(v)) for v in values), default=0.0)
    if top <= 0:
        return least
    return max(least, min(4, 1 - math.floor(math.log10(top))))


def value_scale(room: int, **kwargs) -> alt.Scale:
    """A linear scale that ends ``room`` px before the plot's right edge (see `value_room`)."""
    return alt.Scale(rangeMax=alt.ExprRef(f"max(10, width - {int(room)})"), **kwargs)


def past_rules(field: str, rules: Iterable[float], text_field: str = "text_px",
               dx: float = 4, scale: str = "x") -> alt.ExprRef:
    """A dx that puts a value label after its bar, or after a reference line it would
    otherwise cross (``text_field``: the label's width in px, from `text_px`)."""
    bar = f"scale('{scale}', datum['{field}'])"
    expr = f"{dx}"
    for value in rules:
        line = f"scale('{scale}', {float(value)!r})"
        crosses = f"({line} >= {bar} - 2 && {line} <= {bar} + {dx} + datum['{text_field}'] + 2)"
        expr = f"({crosses} ? {line} - {bar} + {dx} : {expr})"
    return alt.ExprRef(expr)


def rule_label(chart: alt.Chart, size: float = 12, text_field: str = "text_px",
               field: str = "value", scale: str = "x", y: float = -6, **kwargs) -> alt.Chart:
    """A reference line's label above the plot (never over a bar or a value), centred on
    the line but kept inside the plot's width."""
    x = (f"clamp(scale('{scale}', datum['{field}']), datum['{text_field}'] / 2, "
         f"max(datum['{text_field}'] / 2, width - datum['{text_field}'] / 2))")
    return chart.mark_text(align="center", baseline="bottom", y=y, fontSize=size,
                           x=alt.ExprRef(x), **kwargs)


def named(name: str = ROWS) -> alt.NamedData:
    return alt.NamedData(name=name)


# --- table view ---------------------------------------------------------------------

# How each table column is shown: the label key of the column -> its number format.
COLUMN_KINDS = {
    "col_costs_pv": "euro",
    "col_benefits_pv": "euro",
    "col_benefits_nominal": "euro",
    "col_benefits_discounted": "euro",
    "col_party_factor": "factor",
    "col_factor": "factor",
    "col_fte": "fte",
    "col_hours": "hours",
}


def table_formatters(frame: pd.DataFrame, lang: str = "nl") -> dict[str, object]:
    """Column -> function giving its Dutch (or English) text, for a pandas Styler."""

    def blank_if_missing(fn):
        return lambda v: "–" if v is None or pd.isna(v) else fn(float(v))

    kinds = {
        "euro": lambda v: formats.euro(v, lang),
        "factor": lambda v: formats.factor(v, lang, decimals=2),
        "fte": lambda v: formats.number(v, lang, decimals=2),
        "hours": lambda v: formats.number(v, lang, decimals=0),
    }
    found = {}
    for key, kind in COLUMN_KINDS.items():
        name = t(key, lang)
        if name in frame.columns:
            found[name] = blank_if_missing(kinds[kind])
    # Any other number is text in the app's language too: a column left to the browser is
    # drawn by its locale and in numbro's style ("132.05" on a Dutch page).
    for name in frame.columns:
        if name not in found and pd.api.types.is_numeric_dtype(frame[name]) \
                and not pd.api.types.is_bool_dtype(frame[name]):
            found[name] = blank_if_missing(lambda v: formats.plain(v, lang))
    return found
