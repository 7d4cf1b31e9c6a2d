"""The app's charts sized for paper and for files: the one-pager (PDF and HTML), the chart
downloads and the monitoring report draw them through here.

A chart keeps its natural height for the width it gets (`natural_spec`): title, legend and
axes take what they need, and the plot keeps its proportions. Kept apart from the PDF
writer (`onepager`) so that the HTML one-pager and the chart files load neither fpdf nor
pypdf.
"""

from __future__ import annotations

import json
import math

import altair as alt
import vl_convert as vlc

from impactkaart.charts import impact
from impactkaart.charts.base import LEGEND_CHARS, LEGEND_LINES, LINE_PX, lines_expr, n_lines
from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project

PX_PER_MM = 4.0  # chart pixels per mm on paper: the charts' 12 px labels print at 8,5 pt
PRINT_PADDING = 4  # px around a chart's drawing
PRINT_BAR_PX = 13  # px per bar of a grouped bar chart on paper (the app's MIN_BAR_STEP: 22)
DOWNLOAD_PLOT_PX = 260  # px: the plot height of the time charts in the HTML and downloads


def print_charts(project: Project, result: ProjectResult, lang: str = "nl") -> dict[str, alt.TopLevelMixin]:
    """The charts of the one-pager and of the chart downloads, by name (`chart_file_name`
    gives the file name in a language)."""
    colours = impact.key_colours(project, result)
    found = {
        "wie-investeert-wie-profiteert": impact.who_invests_chart(
            impact.who_invests_data(result, lang), lang),
    }
    labour = impact.labour_data(project, result, lang)
    if not labour.empty:
        found["arbeidsmarkteffecten"] = impact.labour_chart(labour, lang, colours=colours)
    found["baten-per-jaar"] = impact.benefits_over_time_chart(
        impact.benefits_over_time_data(project, result, lang), lang, colours=colours)
    return found


def natural_spec(chart: alt.TopLevelMixin, width_px: float, plot_px: float = DOWNLOAD_PLOT_PX,
                 legend_columns: int = 1, bar_px: int | None = None) -> dict:
    """The chart's Vega-Lite dict at ``width_px`` wide and its natural height.

    In the app a chart's height is the whole chart (autosize "fit"): forced into a fixed
    box, a tall legend or a wrapped title left the plot a sliver and the bars ran into
    each other. Here only the width is fitted ("fit-x"): a chart with a height per
    category (``{"step": …}``) keeps it (``bar_px`` sets it per bar, for paper: at least a
    label's lines per category), any other gets a plot of ``plot_px``, and title, legend
    and axes add what they need. ``legend_columns``: the legend's names in that many
    columns (`print_spec` checks they fit)."""
    spec = json.loads(chart.to_json())
    spec.pop("usermeta", None)  # embed options mean nothing outside a browser
    spec["width"] = round(width_px)
    spec["autosize"] = {"type": "fit-x", "contains": "padding"}
    spec["padding"] = PRINT_PADDING
    height = spec.get("height")
    if isinstance(height, dict):
        if bar_px is not None:
            labels = {row.get("label", "") for rows in spec.get("datasets", {}).values()
                      for row in rows}
            per_label = math.ceil((LINE_PX * n_lines(labels) + 8) / 2)
            height["step"] = max(bar_px, per_label) if height.get("for") == "offset" \
                else max(2 * bar_px, 2 * per_label)
            for encoding in _encodings(spec):
                if "yOffset" in encoding:  # a party's bars touch; parties stay apart
                    encoding["y"]["scale"] = {"paddingInner": 0.1, "paddingOuter": 0.05}
                    encoding["yOffset"]["scale"] = {"paddingInner": 0, "paddingOuter": 0}
    else:
        spec["height"] = round(plot_px)
    for found in _legends(spec):
        found["columns"] = legend_columns
        if width_px >= WIDE_PX:
            _rewrap(found)
    return spec


WIDE_PX = 600  # a chart across the page: its legend's names need not wrap as in a column
_LOOKUP = "[datum.label] || datum.label"


def _rewrap(legend: dict) -> None:
    """A legend's names (a `lines_expr` lookup) wrapped at twice the line: on a chart across
    the page "Receives (benefits)" stood on two lines for no reason."""
    expr = legend.get("labelExpr", "")
    if not expr.endswith(_LOOKUP):
        return
    try:
        names = json.loads(expr.removesuffix(_LOOKUP))
    except ValueError:
        return
    legend["labelExpr"] = lines_expr(names, 2 * LEGEND_CHARS, LEGEND_LINES)


def _encodings(spec: dict) -> list[dict]:
    """The encodings of a chart and of its layers."""
    return [part["encoding"] for part in [spec, *spec.get("layer", [])] if "encoding" in part]


def _legends(node: object):
    """Every legend definition of a Vega-Lite dict (layers included)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "legend" and isinstance(value, dict):
                yield value
            else:
                yield from _legends(value)
    elif isinstance(node, list):
        for value in node:
            yield from _legends(value)


def sized_spec(chart: alt.TopLevelMixin, width_px: float, plot_px: float = DOWNLOAD_PLOT_PX) -> str:
    """The chart's Vega-Lite JSON at ``width_px`` and its natural height (`natural_spec`):
    the HTML one-pager and the chart downloads."""
    return json.dumps(natural_spec(chart, width_px, plot_px))


def _size(spec: dict) -> tuple[float, float, bool]:
    """Width and height of the drawn chart (px) and whether every legend lies inside it,
    from the Vega scenegraph (Vega's own text measure)."""
    sg = vlc.vegalite_to_scenegraph(json.dumps(spec))
    width, (ox, oy) = float(sg["width"]), sg["origin"]
    inside = True

    def visit(node: dict, x: float, y: float) -> None:
        nonlocal inside
        if node.get("marktype") != "group":
            return
        for item in node.get("items", []):
            left, top = x + item.get("x", 0), y + item.get("y", 0)
            if node.get("role") == "legend" and left + item.get("width", 0) > width + 0.5:
                inside = False
            for child in item.get("items", []):
                visit(child, left, top)

    visit(sg["scenegraph"], ox, oy)
    return width, float(sg["height"]), inside


def print_spec(chart: alt.TopLevelMixin, width_px: float, plot_px: float = DOWNLOAD_PLOT_PX,
               bar_px: int | None = None) -> dict:
    """`natural_spec` with the legend in two columns where they fit inside the chart
    (a top legend starts where the plot starts: two columns ran off a narrow chart)."""
    spec = natural_spec(chart, width_px, plot_px, legend_columns=2, bar_px=bar_px)
    if list(_legends(spec)) and not _size(spec)[2]:
        spec = natural_spec(chart, width_px, plot_px, legend_columns=1, bar_px=bar_px)
    return spec
