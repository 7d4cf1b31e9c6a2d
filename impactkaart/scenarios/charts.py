"""Scenarios side by side: grouped bars, one colour per scenario (the base first, in grey)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import EURO_FORMAT, OKABE_ITO, finish
from impactkaart.scenarios.copies import Comparison
from impactkaart.text import formats


def _colours(labels: list[str]) -> list[str]:
    return ["#888888", *[OKABE_ITO[i % len(OKABE_ITO)] for i in range(len(labels) - 1)]]


def _grouped(frame: pd.DataFrame, category: str, value: str, text: str, labels: list[str],
             title: str, subtitle: str, axis_format: str) -> alt.TopLevelMixin:
    order = list(frame.groupby(category, sort=False)[value].max().sort_values(ascending=False).index)
    base = alt.Chart(frame).encode(
        y=alt.Y(f"{category}:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        yOffset=alt.YOffset("label:N", sort=labels),
        x=alt.X(f"{value}:Q", title=None, axis=alt.Axis(format=axis_format, tickCount=5)),
        color=alt.Color("label:N", title=None, sort=labels,
                        scale=alt.Scale(domain=labels, range=_colours(labels))),
        tooltip=[alt.Tooltip("label:N", title="Scenario"), alt.Tooltip(f"{category}:N", title=" "),
                 alt.Tooltip(f"{text}:N", title=" ")],
    )
    bars = base.mark_bar(cornerRadiusEnd=2)
    values = base.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(
        text=f"{text}:N", color=alt.value("#222"))
    height = 120 + 22 * len(labels) * max(len(order), 1)
    chart = alt.layer(bars, values).properties(
        title=alt.TitleParams(title, subtitle=[subtitle]), height=height)
    return finish(chart)


def benefits_by_party_chart(comparison: Comparison) -> alt.TopLevelMixin:
    frame = comparison.parties.loc[comparison.parties["pv_benefits"] > 0].copy()
    frame["amount_text"] = [formats.euro(float(v)) for v in frame["pv_benefits"]]
    return _grouped(frame, "party_label", "pv_benefits", "amount_text", comparison.labels,
                    "Wie profiteert, per scenario", "Baten per partij, contante waarde",
                    EURO_FORMAT)


def costs_by_party_chart(comparison: Comparison) -> alt.TopLevelMixin:
    frame = comparison.parties.loc[comparison.parties["pv_costs"] > 0].copy()
    frame["amount_text"] = [formats.euro(float(v)) for v in frame["pv_costs"]]
    return _grouped(frame, "party_label", "pv_costs", "amount_text", comparison.labels,
                    "Wie investeert, per scenario", "Kosten per financier, contante waarde",
                    EURO_FORMAT)


def fte_by_sector_chart(comparison: Comparison) -> alt.TopLevelMixin:
    frame = comparison.fte.loc[comparison.fte["fte"] > 0].copy()
    frame["fte_text"] = [formats.number(float(v), decimals=1) + " fte" for v in frame["fte"]]
    return _grouped(frame, "sector_label", "fte", "fte_text", comparison.labels,
                    "Bespaarde fte per sector, per scenario", "Opgeteld over alle jaren", ",.1f")
