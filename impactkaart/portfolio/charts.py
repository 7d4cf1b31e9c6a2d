"""Altair charts for the portfolio: factor per project against SEOR, costs against benefits, FTE.

Same conventions as `impactkaart.charts.impact` (the number locale and words of
``lang``, Okabe–Ito colours, SVG). The bubble chart carries a point selection named ``project``
on the field ``id`` (the store's project id), so a click tells the page which
project to open.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import (
    BENEFIT_COLOUR,
    EURO_FORMAT,
    NUMBER_FORMAT,
    OKABE_ITO,
    category_axis,
    category_step,
    decimals_for,
    finish,
    legend,
    palette,
    past_rules,
    rule_label,
    text_px,
    title,
    value_room,
    value_scale,
)
from impactkaart.portfolio.view import PortfolioView
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import project_type_label, sector_label

PROJECT_PARAM = "project"
FACTOR_SIZE = 12  # px: the factor after each bar
MAX_BARS = 40  # above this many projects the factor chart becomes a histogram
# What the charts draw; keys (project type, sector) stay out of the spec, only their names go in.
PROJECT_COLUMNS = ["id", "name", "type_label", "pv_costs", "pv_benefits", "rendementsfactor",
                   "fte_total", "factor_text", "costs_text", "benefits_text", "fte_text",
                   "benchmark_label"]
SECTOR_COLUMNS = ["label", "fte", "fte_text"]


def project_data(view: PortfolioView, lang: str = "nl") -> pd.DataFrame:
    """The project table with texts in ``lang`` for labels and tooltips."""
    table = view.table.copy()
    factor = table["rendementsfactor"]
    table["factor_text"] = [
        formats.factor(None if pd.isna(f) else float(f), lang, decimals=2) for f in factor
    ]
    table["costs_text"] = [formats.euro(float(v), lang) for v in table["pv_costs"]]
    table["benefits_text"] = [formats.euro(float(v), lang) for v in table["pv_benefits"]]
    table["fte_text"] = [formats.number(float(v), lang, decimals=1) for v in table["fte_total"]]
    table["type_label"] = [project_type_label(p, lang) for p in table["project_type"]]
    # One colour for every bar: SEOR's 1,6 is context (the rule), not a pass mark (issue 15.8).
    table["benchmark_label"] = t("seor_context.bars", lang)
    return table


def factor_chart(data: pd.DataFrame, benchmark: float, lang: str = "nl") -> alt.TopLevelMixin:
    """Rendementsfactor per project against a rule at the SEOR average (a histogram if many)."""
    shown = data.dropna(subset=["rendementsfactor"])[PROJECT_COLUMNS]
    shown = shown.sort_values("rendementsfactor", ascending=False, kind="stable")
    # One bar per project: two projects of one name (a copy, a scenario) shared one band.
    repeated = shown["name"].duplicated(keep=False)
    shown = shown.assign(
        bar_label=[f"{name} (#{i})" if twice else name
                   for name, i, twice in zip(shown["name"], shown["id"], repeated)],
        text_px=[text_px(text, FACTOR_SIZE) for text in shown["factor_text"]])
    seor = t("show.chart.seor", lang, value=formats.factor(benchmark, lang))
    rule_frame = pd.DataFrame({"value": [benchmark], "text": [seor], "text_px": [text_px(seor)]})
    rule = alt.Chart(rule_frame).mark_rule(color="#000", strokeDash=[6, 3], strokeWidth=2).encode(
        x="value:Q")
    # Above the plot, so it never sits on a bar or a value.
    rule_text = rule_label(rule).encode(text="text:N")
    axis = alt.Axis(format=NUMBER_FORMAT, labelExpr="datum.label + '×'")
    colour = alt.value(OKABE_ITO[0])  # no above/below colouring: the rule is context only
    if len(shown) <= MAX_BARS:
        order = list(shown["bar_label"])
        bars = alt.Chart(shown).mark_bar(cornerRadiusEnd=2).encode(
            y=alt.Y("bar_label:N", sort=order, title=None, axis=category_axis(order)),
            x=alt.X("rendementsfactor:Q", title=None, axis=axis,
                    scale=value_scale(value_room(shown["factor_text"], FACTOR_SIZE,
                                                 values=shown["rendementsfactor"]))),
            color=colour,
            tooltip=[alt.Tooltip("name:N", title=t("show.chart.project", lang)),
                     alt.Tooltip("factor_text:N", title=t("show.chart.factor", lang))],
        )
        # After the bar, or past the SEOR line when the text would run into it.
        labels = bars.mark_text(align="left", dx=past_rules("rendementsfactor", [benchmark]),
                                fontSize=FACTOR_SIZE).encode(
            text="factor_text:N", color=alt.value("#222"))
        chart = alt.layer(bars, rule, labels, rule_text).properties(height=category_step(order))
    else:
        bars = alt.Chart(shown).mark_bar().encode(
            x=alt.X("rendementsfactor:Q", bin=alt.Bin(maxbins=30), title=None, axis=axis),
            y=alt.Y("count():Q", title=t("show.chart.n_projects", lang),
                    axis=alt.Axis(tickMinStep=1)),  # no "d": 0,5 would read as 1
            color=colour,
        )
        chart = alt.layer(bars, rule, rule_text).properties(height=360)
    return finish(chart.properties(title=title(t("show.chart.factor_title", lang),
                                               t("show.chart.factor_subtitle", lang))), lang)


def bubble_chart(data: pd.DataFrame, benchmark: float, lang: str = "nl") -> alt.TopLevelMixin:
    """Costs (x) against benefits (y) per project, bubble size = FTE; click selects a project."""
    selection = alt.selection_point(fields=["id"], name=PROJECT_PARAM, toggle=False)
    top = float(max(data["pv_costs"].max(), 1.0)) if len(data) else 1.0
    lines = pd.DataFrame({
        "x": [0.0, top, 0.0, top],
        "y": [0.0, top, 0.0, top * benchmark],
        "line": [t("show.chart.break_even", lang)] * 2
        + [t("show.chart.seor", lang, value=formats.factor(benchmark, lang))] * 2,
    })
    guide = alt.Chart(lines).mark_line(strokeDash=[5, 4], color="#777").encode(
        x="x:Q", y="y:Q", detail="line:N")
    guide_text = alt.Chart(lines.iloc[[1, 3]]).mark_text(
        align="right", dx=-4, dy=-6, fontSize=11, color="#555").encode(x="x:Q", y="y:Q",
                                                                       text="line:N")
    types = list(dict.fromkeys(data["type_label"]))
    bubbles = alt.Chart(data[PROJECT_COLUMNS]).mark_circle(opacity=0.8, stroke="#333", strokeWidth=0.5,
                                          cursor="pointer").encode(
        x=alt.X("pv_costs:Q", title=t("show.chart.costs_axis", lang),
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5)),
        y=alt.Y("pv_benefits:Q", title=t("show.chart.benefits_axis", lang),
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5)),
        size=alt.Size("fte_total:Q", title=t("show.chart.fte", lang), scale=alt.Scale(range=[40, 900]), legend=None),
        color=alt.Color("type_label:N", scale=alt.Scale(domain=types, range=palette(len(types))),
                        legend=legend(types, title=t("show.chart.type", lang))),
        opacity=alt.when(selection).then(alt.value(0.9)).otherwise(alt.value(0.35)),
        tooltip=[
            alt.Tooltip("name:N", title=t("show.chart.project", lang)),
            alt.Tooltip("factor_text:N", title=t("show.chart.factor", lang)),
            alt.Tooltip("costs_text:N", title=t("show.chart.costs", lang)),
            alt.Tooltip("benefits_text:N", title=t("show.chart.benefits", lang)),
            alt.Tooltip("fte_text:N", title=t("show.chart.fte_saved", lang)),
        ],
    ).add_params(selection)
    chart = alt.layer(guide, guide_text, bubbles).properties(
        title=title(t("show.chart.bubble_title", lang), t("show.chart.bubble_subtitle", lang)),
        height=460)
    return finish(chart, lang)


def fte_sector_data(view: PortfolioView, lang: str = "nl") -> pd.DataFrame:
    frame = view.fte_by_sector()
    frame = frame.loc[frame["fte"] > 0].reset_index(drop=True)
    frame["label"] = [sector_label(s, lang) for s in frame["sector"]]
    decimals = decimals_for(frame["fte"])  # small totals keep their digits
    frame["fte_text"] = [t("show.chart.fte_value", lang,
                           fte=formats.number(float(f), lang, decimals=decimals))
                         for f in frame["fte"]]
    return frame


def fte_sector_chart(data: pd.DataFrame, lang: str = "nl") -> alt.TopLevelMixin:
    order = list(data.sort_values("fte", ascending=False, kind="stable")["label"])
    base = alt.Chart(data[SECTOR_COLUMNS]).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=category_axis(order)),
        x=alt.X("fte:Q", title=t("show.chart.fte", lang), axis=alt.Axis(format=NUMBER_FORMAT),
                scale=value_scale(value_room(data["fte_text"], values=data["fte"]))),
        tooltip=[alt.Tooltip("label:N", title=t("show.chart.sector", lang)),
                 alt.Tooltip("fte_text:N", title=t("show.chart.fte", lang))],
    )
    bars = base.mark_bar(color=BENEFIT_COLOUR, cornerRadiusEnd=2)
    labels = base.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(text="fte_text:N")
    chart = alt.layer(bars, labels).properties(
        title=title(t("show.chart.fte_title", lang), t("show.chart.fte_subtitle", lang)),
        height=category_step(order))
    return finish(chart, lang)
