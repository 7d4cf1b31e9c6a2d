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
EURO_FORMAT = "$,.0f"
FONT = "Source Sans Pro, DejaVu Sans, sans-serif"


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
    # One `configure` call: every chained Altair call copies the whole chart.
    chart = chart.configure(
        locale=alt.Locale(number=NUMBER_LOCALES[lang]),
        font=FONT,
        title=alt.TitleConfig(anchor="start", fontSize=17, subtitleFontSize=13, subtitleColor="#444"),
        axis=alt.AxisConfig(labelFontSize=13, titleFontSize=13, grid=False),
        legend=alt.LegendConfig(
            labelFontSize=13, orient="top", title=None, columns=2, labelLimit=170
        ),
        view=alt.ViewConfig(stroke=None),
        # Heights are the whole chart (title, legend and axes included), as in
        # Streamlit, so the app and the exported files look the same.
        autosize=alt.AutoSizeParams(type="fit", contains="padding"),
    )
    # SVG (not canvas): marks stay reachable for screen readers and tests.
    chart.usermeta = {"embedOptions": {"renderer": "svg"}}
    return chart


def title(title: str, subtitle: str | list[str]) -> alt.TitleParams:
    """A title with a subtitle; a '\n' in the subtitle starts a new line (charts are narrow)."""
    lines = subtitle if isinstance(subtitle, list) else subtitle.split("\n")
    return alt.TitleParams(text=title, subtitle=[line for part in lines for line in part.split("\n")])


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
        spec["datasets"] = {name: frame.to_dict("records") for name, frame in frames.items()}
        return spec

    def chart_with(self, **frames: pd.DataFrame) -> alt.TopLevelMixin:
        chart = self.chart.copy()
        chart.datasets = {name: frame.to_dict("records") for name, frame in frames.items()}
        return chart


def year_axis() -> alt.X:
    """Project years along x, in year order, labels upright (shared by the time charts)."""
    return alt.X(
        "year_label:O",
        sort=alt.EncodingSortField(field="year", op="min"),
        title=None,
        axis=alt.Axis(labelAngle=0),
    )


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
    return found
