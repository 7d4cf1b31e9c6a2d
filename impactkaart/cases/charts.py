"""Charts of the case-level evaluation: which cases drive the result, which changes recur.

Data in (`impactkaart.cases.model.CaseResults` and `learning`), chart out; every euro
comes from the engine. Conventions as `impactkaart.charts.impact`: Okabe–Ito colours,
the number locale and the labels of ``lang`` (words from the catalogue, numbers
pre-formatted with babel).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.cases.model import CaseResults
from impactkaart.charts.base import (
    EURO_FORMAT,
    OKABE_ITO,
    category_axis,
    category_step,
    count_axis,
    finish,
    legend,
    text_px,
    title,
)
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def _groups(frame: pd.DataFrame, lang: str) -> pd.Series:
    return frame["target_group"].replace("", t("cases.no_group", lang))


def distribution_data(results: CaseResults, lang: str = "nl") -> pd.DataFrame:
    s = results.summary
    return pd.DataFrame({
        "code": s["code"], "group": _groups(s, lang), "value": s["value"],
        "value_text": [formats.euro(v, lang) for v in s["value"]],
        "investment_text": [formats.euro(v, lang) for v in s["investment"]],
        "factor_text": [formats.factor(None if pd.isna(f) else float(f), lang, decimals=2)
                        for f in s["rendementsfactor"]],
    })


def distribution_chart(data: pd.DataFrame, big: bool = False,
                       lang: str = "nl") -> alt.TopLevelMixin:
    """A strip chart: one dot per case at its value after attribution, a row per target group."""
    groups = list(dict.fromkeys(data["group"]))
    size = 18 if big else 13
    room = int(max((text_px(c, size) for c in data["code"]), default=0) / 2 + 2)
    base = alt.Chart(data).encode(
        x=alt.X("value:Q", title=t("cases.chart.value_axis", lang),
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5, labelFontSize=size,
                              titleFontSize=size),
                # Room at both ends for half a case's code, centred on its dot.
                scale=alt.Scale(zero=True, nice=True, rangeMin=room,
                                rangeMax=alt.ExprRef(f"width - {room}"))),
        y=alt.Y("group:N", title=None, sort=groups,
                axis=category_axis(groups, labelFontSize=size)),
        color=alt.Color("group:N", sort=groups, legend=None,
                        scale=alt.Scale(domain=groups, range=(OKABE_ITO * 3)[:len(groups)])),
        tooltip=[alt.Tooltip("code:N", title=t("cases.col.case", lang)),
                 alt.Tooltip("group:N", title=t("cases.col.target_group", lang)),
                 alt.Tooltip("value_text:N", title=t("cases.session.col.net", lang)),
                 alt.Tooltip("investment_text:N", title=t("cases.col.investment", lang)),
                 alt.Tooltip("factor_text:N", title=t("cases.session.col.factor", lang))],
    )
    dots = base.mark_circle(size=260 if big else 140, opacity=0.85)
    labels = base.mark_text(dy=-14 if not big else -18, fontSize=size, color="#222").encode(text="code:N")
    chart = alt.layer(dots, labels).properties(
        title=title(t("cases.chart.distribution_title", lang),
                    t("cases.chart.distribution_subtitle", lang)),
        height=category_step(groups, minimum=60 if big else 44, line_px=22 if big else 16),
    )
    return finish(chart, lang)


def learning_chart(counts: pd.DataFrame, big: bool = False, lang: str = "nl") -> alt.TopLevelMixin:
    """How many cases show each change, stacked by target group ('samen leren')."""
    data = counts.assign(change=counts["label"] + ": " + counts["direction"])
    order = list(data.groupby("change", sort=False)["cases"].sum().sort_values(ascending=False).index)
    groups = list(dict.fromkeys(data["target_group"]))
    size = 18 if big else 13
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("change:N", sort=order, title=None, axis=category_axis(order, labelFontSize=size)),
        x=alt.X("sum(cases):Q", title=t("cases.chart.count_axis", lang),
                axis=count_axis(data.groupby("change")["cases"].sum().max() if len(data) else 1,
                                labelFontSize=size, titleFontSize=size)),
        color=alt.Color("target_group:N", sort=groups,
                        scale=alt.Scale(domain=groups, range=(OKABE_ITO * 3)[:len(groups)]),
                        legend=legend(groups, title=t("cases.col.target_group", lang))),
        tooltip=[alt.Tooltip("change:N", title=t("cases.col.change", lang)),
                 alt.Tooltip("target_group:N", title=t("cases.col.target_group", lang)),
                 alt.Tooltip("cases:Q", title=t("cases.chart.cases", lang))],
    ).properties(
        title=title(t("cases.chart.learning_title", lang), t("cases.chart.learning_subtitle", lang)),
        height=category_step(order, minimum=48 if big else 30, line_px=22 if big else 16),
    )
    return finish(chart, lang)
