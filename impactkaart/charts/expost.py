"""The ex ante / ex post chart: expected against measured benefits per effect.

Data in (`impactkaart.core.expost.Comparison`), chart out; no figure computed here.
Same conventions as `impactkaart.charts.base`: Okabe–Ito colours, the language's
number locale on the axis, labels on the bars pre-formatted with babel, words from
the catalogue (text/words/expost.py).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import (
    EURO_FORMAT,
    category_axis,
    category_step,
    finish,
    legend,
    title,
    value_room,
    value_scale,
)
from impactkaart.core.expost import Comparison, repeated_outcomes
from impactkaart.core.model import Project
from impactkaart.text import formats
from impactkaart.text.catalogue import t

COLOURS = ("#0072B2", "#E69F00")  # Okabe–Ito blue (expected) and orange (measured)


def side_names(lang: str = "nl") -> tuple[str, str]:
    """'verwacht (ex ante)', 'gemeten (ex post)'."""
    return t("expost.side_expected", lang), t("expost.side_measured", lang)


def effect_label(number: int, outcome: str, start_year: int, repeated: bool, lang: str = "nl") -> str:
    """'3. minder huisartsconsulten', with the start year when an outcome repeats."""
    label = f"{number}. {outcome}"
    return label + t("expost.from_year", lang, year=start_year) if repeated else label


def effect_labels(project: Project, lang: str = "nl") -> list[str]:
    return [effect_label(i, e.outcome, e.start_year, repeated, lang)
            for i, (e, repeated) in enumerate(zip(project.effects, repeated_outcomes(project)),
                                              start=1)]


def _labels(comparison: Comparison, lang: str) -> list[str]:
    frame = comparison.effects
    return [effect_label(int(r["effect"]) + 1, r["outcome"], int(r["start_year"]), bool(r["repeated"]),
                         lang) for _, r in frame.iterrows()]


def expost_data(comparison: Comparison, lang: str = "nl") -> pd.DataFrame:
    """Long form: one row per effect and side, with the amount as text."""
    expected, measured = side_names(lang)
    rows = []
    for label, (_, row) in zip(_labels(comparison, lang), comparison.effects.iterrows()):
        unmeasured = pd.isna(row["quantity_ex_post"])
        for side, column in ((expected, "pv_expected"), (measured, "pv_measured")):
            text = formats.euro(row[column], lang=lang)
            if side == measured and unmeasured:
                text = t("expost.unmeasured_zero", lang)
            rows.append({"label": label, "side": side, "amount": row[column],
                         "amount_text": text})
    return pd.DataFrame(rows, columns=["label", "side", "amount", "amount_text"])


def expost_chart(data: pd.DataFrame, lang: str = "nl") -> alt.TopLevelMixin:
    order = list(dict.fromkeys(data["label"]))
    sides = list(side_names(lang))
    base = alt.Chart(data).encode(
        y=alt.Y("label:N", sort=order, title=None, axis=category_axis(order)),
        yOffset=alt.YOffset("side:N", sort=sides),
        x=alt.X("amount:Q", title=t("expost.axis", lang),
                axis=alt.Axis(format=EURO_FORMAT, tickCount=5),
                scale=value_scale(value_room(data["amount_text"], 11, values=data["amount"]),
                                  nice=True)),
        color=alt.Color("side:N", scale=alt.Scale(domain=sides, range=list(COLOURS)),
                        legend=legend(sides)),
        tooltip=[alt.Tooltip("label:N", title=t("expost.col_effect", lang)),
                 alt.Tooltip("side:N", title=" "),
                 alt.Tooltip("amount_text:N", title=t("expost.tooltip_benefits", lang))],
    )
    bars = base.mark_bar(cornerRadiusEnd=2)
    labels = base.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(
        text="amount_text:N")
    chart = alt.layer(bars, labels).properties(
        title=title(t("expost.chart_title", lang), t("expost.chart_subtitle", lang)),
        height=category_step(order, groups=2),
    )
    return finish(chart, lang)


TABLE_COLUMNS = ("effect", "quantity", "quantity_ex_post", "pv_expected", "pv_measured",
                 "difference")


def expost_table(comparison: Comparison, lang: str = "nl") -> pd.DataFrame:
    """The chart's numbers with readable column names (for the table view), in the order of
    `TABLE_COLUMNS` (their headers: `table_headers`)."""
    frame = comparison.effects
    values = [_labels(comparison, lang), frame["quantity"], frame["quantity_ex_post"],
              frame["pv_expected"], frame["pv_measured"], frame["difference"]]
    return pd.DataFrame(dict(zip(table_headers(lang), values)))


def table_headers(lang: str = "nl") -> list[str]:
    return [t(f"expost.col_{column}", lang) for column in TABLE_COLUMNS]
