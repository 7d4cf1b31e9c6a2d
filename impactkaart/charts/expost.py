"""The ex ante / ex post chart: expected against measured benefits per effect.

Data in (`impactkaart.core.expost.Comparison`), chart out; no figure computed here.
Same conventions as `impactkaart.charts.base`: Okabe–Ito colours, a Dutch number
locale on the axis, Dutch labels on the bars pre-formatted with babel.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import EURO_FORMAT, finish
from impactkaart.core.expost import Comparison
from impactkaart.text import formats

EXPECTED, MEASURED = "verwacht (ex ante)", "gemeten (ex post)"
COLOURS = {EXPECTED: "#0072B2", MEASURED: "#E69F00"}  # Okabe–Ito blue and orange


def expost_data(comparison: Comparison) -> pd.DataFrame:
    """Long form: one row per effect and side, with the amount as Dutch text."""
    frame = comparison.effects
    rows = []
    for _, row in frame.iterrows():
        unmeasured = pd.isna(row["quantity_ex_post"])
        for side, column in ((EXPECTED, "pv_expected"), (MEASURED, "pv_measured")):
            text = formats.euro(row[column])
            if side == MEASURED and unmeasured:
                text = "niet gemeten (telt als € 0)"
            rows.append({"label": row["label"], "side": side, "amount": row[column],
                         "amount_text": text})
    return pd.DataFrame(rows, columns=["label", "side", "amount", "amount_text"])


def expost_chart(data: pd.DataFrame) -> alt.TopLevelMixin:
    order = list(dict.fromkeys(data["label"]))
    sides = [EXPECTED, MEASURED]
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=360)),
        yOffset=alt.YOffset("side:N", sort=sides),
        x=alt.X("amount:Q", title="Baten, contante waarde (€)",
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5), scale=alt.Scale(nice=True)),
        color=alt.Color("side:N", scale=alt.Scale(domain=sides,
                                                  range=[COLOURS[s] for s in sides])),
        tooltip=[alt.Tooltip("label:N", title="Effect"), alt.Tooltip("side:N", title=" "),
                 alt.Tooltip("amount_text:N", title="Baten (contante waarde)")],
    )
    bars = base.mark_bar(cornerRadiusEnd=2)
    labels = base.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(
        text="amount_text:N")
    chart = alt.layer(bars, labels).properties(
        title=alt.TitleParams(
            "Verwacht en gemeten, per effect",
            subtitle="Baten in contante waarde; een effect zonder meting telt bij gemeten als 0.",
        ),
        height=max(140, 60 * len(order)),
    )
    return finish(chart)


def expost_table(comparison: Comparison) -> pd.DataFrame:
    """The chart's numbers with readable column names (for the table view)."""
    frame = comparison.effects
    return pd.DataFrame({
        "Effect": frame["label"],
        "Aantal per jaar, verwacht": frame["quantity"],
        "Aantal per jaar, gemeten": frame["quantity_ex_post"],
        "Baten verwacht (€, cw)": frame["pv_expected"],
        "Baten gemeten (€, cw)": frame["pv_measured"],
        "Verschil (€)": frame["difference"],
    })
