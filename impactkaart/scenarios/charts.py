"""Scenarios side by side: grouped bars, one colour per scenario (the base first, in grey)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import (
    EURO_FORMAT,
    NUMBER_FORMAT,
    OKABE_ITO,
    category_axis,
    category_step,
    decimals_for,
    finish,
    legend,
    value_room,
    value_scale,
)
from impactkaart.charts.base import title as titled
from impactkaart.scenarios.copies import Comparison
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def _colours(labels: list[str]) -> list[str]:
    return ["#888888", *[OKABE_ITO[i % len(OKABE_ITO)] for i in range(len(labels) - 1)]]


def _grouped(frame: pd.DataFrame, category: str, value: str, text: str, labels: list[str],
             title: str, subtitle: str, axis_format: str, lang: str) -> alt.TopLevelMixin:
    order = list(frame.groupby(category, sort=False)[value].max().sort_values(ascending=False).index)
    # Only what is drawn: the chart's data goes to the browser, keys (party, sector) would too.
    base = alt.Chart(frame[["label", category, value, text]]).encode(
        y=alt.Y(f"{category}:N", sort=order, title=None, axis=category_axis(order)),
        yOffset=alt.YOffset("label:N", sort=labels),
        x=alt.X(f"{value}:Q", title=None, axis=alt.Axis(format=axis_format, tickCount=5),
                scale=value_scale(value_room(frame[text], 11, values=frame[value]))),
        color=alt.Color("label:N", title=None, sort=labels,
                        scale=alt.Scale(domain=labels, range=_colours(labels)),
                        legend=legend(labels)),
        tooltip=[alt.Tooltip("label:N", title=t("scenarios.tooltip", lang)), alt.Tooltip(f"{category}:N", title=" "),
                 alt.Tooltip(f"{text}:N", title=" ")],
    )
    bars = base.mark_bar(cornerRadiusEnd=2)
    values = base.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(
        text=f"{text}:N", color=alt.value("#222"))
    chart = alt.layer(bars, values).properties(
        title=titled(title, subtitle), height=category_step(order, groups=len(labels)))
    return finish(chart, lang)


def benefits_by_party_chart(comparison: Comparison, lang: str = "nl") -> alt.TopLevelMixin:
    frame = comparison.parties.loc[comparison.parties["pv_benefits"] > 0].copy()
    frame["amount_text"] = [formats.euro(float(v), lang=lang) for v in frame["pv_benefits"]]
    return _grouped(frame, "party_label", "pv_benefits", "amount_text", comparison.labels,
                    t("scenarios.benefits_title", lang), t("scenarios.benefits_subtitle", lang),
                    EURO_FORMAT, lang)


def costs_by_party_chart(comparison: Comparison, lang: str = "nl") -> alt.TopLevelMixin:
    frame = comparison.parties.loc[comparison.parties["pv_costs"] > 0].copy()
    frame["amount_text"] = [formats.euro(float(v), lang=lang) for v in frame["pv_costs"]]
    return _grouped(frame, "party_label", "pv_costs", "amount_text", comparison.labels,
                    t("scenarios.costs_title", lang), t("scenarios.costs_subtitle", lang),
                    EURO_FORMAT, lang)


def fte_by_sector_chart(comparison: Comparison, lang: str = "nl") -> alt.TopLevelMixin:
    frame = comparison.fte.loc[comparison.fte["fte"] > 0].copy()
    decimals = decimals_for(frame["fte"])  # small FTE keep their digits: not "0,0" thrice
    frame["fte_text"] = [t("fte_unit", lang, fte=formats.number(float(v), lang=lang,
                                                                 decimals=decimals))
                         for v in frame["fte"]]
    return _grouped(frame, "sector_label", "fte", "fte_text", comparison.labels,
                    t("scenarios.fte_title", lang), t("scenarios.fte_subtitle", lang), NUMBER_FORMAT,
                    lang)
