"""Charts of the case-level evaluation: which cases drive the result, which changes recur.

Data in (`impactkaart.cases.model.CaseResults` and `learning`), chart out; every euro
comes from the engine. Conventions as `impactkaart.charts.impact`: Okabe–Ito colours,
Dutch number locale, Dutch labels pre-formatted with babel.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.cases.model import CaseResults
from impactkaart.charts.base import EURO_FORMAT, OKABE_ITO, finish
from impactkaart.text import formats

NO_GROUP = "(geen doelgroep)"


def _groups(frame: pd.DataFrame) -> pd.Series:
    return frame["target_group"].replace("", NO_GROUP)


def distribution_data(results: CaseResults) -> pd.DataFrame:
    s = results.summary
    return pd.DataFrame({
        "code": s["code"], "group": _groups(s), "value": s["value"],
        "value_text": [formats.euro(v) for v in s["value"]],
        "investment_text": [formats.euro(v) for v in s["investment"]],
        "factor_text": [formats.factor(None if pd.isna(f) else float(f), decimals=2)
                        for f in s["rendementsfactor"]],
    })


def distribution_chart(data: pd.DataFrame, big: bool = False) -> alt.TopLevelMixin:
    """A strip chart: one dot per case at its value after attribution, a row per target group."""
    groups = list(dict.fromkeys(data["group"]))
    size = 18 if big else 13
    base = alt.Chart(data).encode(
        x=alt.X("value:Q", title="Waarde na toerekening per casus (€)",
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5, labelFontSize=size,
                              titleFontSize=size), scale=alt.Scale(zero=True, nice=True)),
        y=alt.Y("group:N", title=None, sort=groups, axis=alt.Axis(labelFontSize=size, labelLimit=260)),
        color=alt.Color("group:N", sort=groups, legend=None,
                        scale=alt.Scale(domain=groups, range=(OKABE_ITO * 3)[:len(groups)])),
        tooltip=[alt.Tooltip("code:N", title="Casus"), alt.Tooltip("group:N", title="Doelgroep"),
                 alt.Tooltip("value_text:N", title="Waarde na toerekening"),
                 alt.Tooltip("investment_text:N", title="Investering"),
                 alt.Tooltip("factor_text:N", title="Rendementsfactor")],
    )
    dots = base.mark_circle(size=260 if big else 140, opacity=0.85)
    labels = base.mark_text(dy=-14 if not big else -18, fontSize=size, color="#222").encode(text="code:N")
    chart = alt.layer(dots, labels).properties(
        title=alt.TitleParams("Welke casussen dragen het resultaat?",
                              subtitle="Eén stip per casus: de waarde van de veranderingen na "
                                       "toerekening aan de activiteiten."),
        height=150 + 60 * len(groups),  # title and axis take ~150 px
    )
    return finish(chart)


def learning_chart(counts: pd.DataFrame, big: bool = False) -> alt.TopLevelMixin:
    """How many cases show each change, stacked by target group ('samen leren')."""
    data = counts.assign(change=counts["label"] + ": " + counts["direction"])
    order = list(data.groupby("change", sort=False)["cases"].sum().sort_values(ascending=False).index)
    groups = list(dict.fromkeys(data["target_group"]))
    size = 18 if big else 13
    chart = alt.Chart(data).mark_bar().encode(
        y=alt.Y("change:N", sort=order, title=None, axis=alt.Axis(labelLimit=380, labelFontSize=size)),
        x=alt.X("sum(cases):Q", title="Aantal casussen",
                axis=alt.Axis(tickMinStep=1, format="d", labelFontSize=size, titleFontSize=size)),
        color=alt.Color("target_group:N", sort=groups, title="Doelgroep",
                        scale=alt.Scale(domain=groups, range=(OKABE_ITO * 3)[:len(groups)])),
        tooltip=[alt.Tooltip("change:N", title="Verandering"),
                 alt.Tooltip("target_group:N", title="Doelgroep"),
                 alt.Tooltip("cases:Q", title="Casussen")],
    ).properties(
        title=alt.TitleParams("Welke veranderingen komen het vaakst voor, en bij wie?",
                              subtitle="Aantal casussen met een verandering tussen start- en "
                                       "eindsituatie, per doelgroep."),
        height=170 + (48 if big else 36) * len(order),  # title, legend and axis take ~170 px
    )
    return finish(chart)
