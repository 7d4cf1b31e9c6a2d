"""Altair charts for uncertainty: the tornado and the Monte Carlo histogram.

Data in (the tornado frame of `impactkaart.uncertainty.sensitivity`, the result of
`.montecarlo`), chart out; nothing is computed here beyond formatting. Words come
from the catalogue ("uncertainty.chart.*"). Shared look (number locale, fonts, SVG)
comes from `impactkaart.charts.impact.finish`; colours from the Okabe–Ito palette,
told apart by lightness as well as hue so they survive colour blindness and
grey-scale printing.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from impactkaart.charts.base import category_axis, category_step, finish, rule_label, text_px
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.uncertainty.montecarlo import MonteCarloResult
from impactkaart.uncertainty.report import assumption_value

LOW_COLOUR = "#0072B2"  # blue: the assumption at its low value
HIGH_COLOUR = "#E69F00"  # orange: at its high value
BELOW_ONE = "#D55E00"  # vermillion: less than a euro back
ABOVE_ONE = "#0072B2"  # blue: every euro back or more
# No line or band at the SEOR average: it is context beside the headline result, not a
# threshold (docs/method.md, section 10).
TOP = 15
OUTCOME_CHARS = 48  # a longer outcome is cut in a tornado label, so the assumption stays legible
# (TOP: a tornado with more bars than this is no longer read in five seconds)
# Legend under the plot: the space above it holds the labels of the reference lines.
LEGEND = alt.Legend(orient="bottom", direction="vertical")  # horizontal ran off a narrow chart

# Table column names must differ from the col_* labels of impactkaart.text.catalogue: the shared
# chart/table view (views/components/chart_view.py) formats those columns as numbers.
DEFAULT_MARK = " *"  # after the label of a default range, when only some ranges are defaults


def _w(key: str, lang: str, **values: object) -> str:
    """A chart word from the catalogue ("uncertainty.chart.*", text/words/uncertainty.py)."""
    return t(f"uncertainty.chart.{key}", lang, **values)


# --- tornado ------------------------------------------------------------------------------


def tornado_data(frame: pd.DataFrame, lang: str = "nl", top: int = TOP) -> pd.DataFrame:
    """Two rows per assumption (its low and its high end), the largest swings first.

    Each row is a bar from the base factor to the factor at that end.
    """
    mixed = frame["default"].any() and not frame["default"].all()
    rows = []
    for rank, row in enumerate(frame.head(top).itertuples()):
        label = _short(row.label) + (DEFAULT_MARK if row.default and mixed else "")
        for end, value, factor in (("low", row.low, row.factor_low),
                                   ("high", row.high, row.factor_high)):
            rows.append({
                "rank": rank,
                "label": label,
                "end": end,
                "end_label": _w(end, lang),
                "value_text": assumption_value(row.assumption, value, lang),
                "start": row.factor_base,
                "stop": factor,
                "factor_text": formats.factor(factor, lang, decimals=2),
            })
    return pd.DataFrame(rows, columns=["rank", "label", "end", "end_label", "value_text",
                                       "start", "stop", "factor_text"])


def _short(label: str) -> str:
    """'outcome · assumption' with a long outcome cut, never the assumption: the chart's
    axis would otherwise hide which assumption a bar is about."""
    outcome, sep, what = label.rpartition(" · ")
    if not sep or len(outcome) <= OUTCOME_CHARS:
        return label
    return f"{outcome[:OUTCOME_CHARS - 1].rstrip()}… · {what}"


def tornado_table(frame: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """The whole tornado as readable text columns (also the rows left out of the chart)."""
    return pd.DataFrame({
        _w("assumption", lang): [r.label for r in frame.itertuples()],
        _w("default_col", lang): [_w("yes", lang) if r.default else ""
                                  for r in frame.itertuples()],
        _w("low", lang): [assumption_value(r.assumption, r.low, lang) for r in frame.itertuples()],
        _w("high", lang): [assumption_value(r.assumption, r.high, lang) for r in frame.itertuples()],
        f"{_w('factor', lang)} ({_w('low', lang)})": [formats.factor(v, lang, decimals=2)
                                                for v in frame["factor_low"]],
        f"{_w('factor', lang)} ({_w('high', lang)})": [formats.factor(v, lang, decimals=2)
                                                 for v in frame["factor_high"]],
    })


def _rules(values: dict[str, float], domain: list[float]) -> alt.LayerChart:
    """Dashed reference lines (today only 1), each labelled above the plot.

    A label is centred on its line but kept inside the plot, and each has its own
    row, so two labels never overlap however close the lines are.
    """
    frame = pd.DataFrame({"x": list(values.values()), "text": list(values)})
    layers = [alt.Chart(frame).mark_rule(color="#222", strokeDash=[5, 3]).encode(x="x:Q")]
    for row, (text, x) in enumerate(values.items()):
        # Centred on its line, kept inside the plot (impactkaart.charts.base.rule_label).
        label = pd.DataFrame({"x": [x], "text": [text], "text_px": [text_px(text)]})
        layers.append(rule_label(alt.Chart(label), field="x", y=-16 * (len(values) - 1 - row) - 4,
                                 color="#222").encode(text="text:N"))
    return alt.layer(*layers)


def tornado_chart(frame: pd.DataFrame, lang: str = "nl", top: int = TOP) -> alt.TopLevelMixin:
    """Horizontal bars from the base factor to the factor at each end of each lever,
    with a dashed line at 1."""
    data = tornado_data(frame, lang, top)
    base = float(frame["factor_base"].iloc[0])
    every = np.concatenate([data["start"], data["stop"], [1.0]])
    pad = 0.05 * (every.max() - every.min() or 1.0)
    domain = [float(every.min() - pad), float(every.max() + pad)]
    scale = alt.Scale(domain=domain, nice=False)
    ends = alt.selection_point(fields=["end"], bind="legend")
    bars = (
        alt.Chart(data)
        .mark_bar(height=16)
        .encode(
            y=alt.Y("label:N", sort=alt.SortField("rank"), title=None,
                    axis=category_axis(data["label"])),
            x=alt.X("start:Q", scale=scale, title=_w("factor", lang),
                    axis=alt.Axis(format=",.1f", labelExpr="datum.label + '×'", tickMinStep=0.1)),
            x2="stop:Q",
            color=alt.Color("end_label:N", title=None, legend=LEGEND,
                            scale=alt.Scale(domain=[_w("low", lang), _w("high", lang)],
                                            range=[LOW_COLOUR, HIGH_COLOUR])),
            opacity=alt.when(ends).then(alt.value(1.0)).otherwise(alt.value(0.25)),
            tooltip=[alt.Tooltip("label:N", title=_w("assumption", lang)),
                     alt.Tooltip("end_label:N", title=" "),
                     alt.Tooltip("value_text:N", title=_w("value", lang)),
                     alt.Tooltip("factor_text:N", title=_w("factor", lang))],
        )
        .add_params(ends)
    )
    rules = _rules({_w("one", lang): 1.0}, domain)
    now = alt.Chart(pd.DataFrame({"x": [base]})).mark_rule(color="#222", strokeWidth=1.5) \
        .encode(x="x:Q")
    subtitle = [_w("tornado_sub_1", lang),
                _w("tornado_sub_2", lang, base=formats.factor(base, lang, decimals=2))]
    if len(frame) > top:
        subtitle.append(_w("tornado_top", lang, n=top, total=len(frame)))
    if frame["default"].all():
        subtitle.append(_w("all_default", lang))
    elif frame["default"].any():
        subtitle.append(_w("some_default", lang))
    chart = alt.layer(bars, now, rules).properties(
        title=alt.TitleParams(_w("tornado_title", lang), subtitle=subtitle),
        height=category_step(data["label"]),
    )
    return finish(chart, lang)


# --- Monte Carlo histogram -----------------------------------------------------------------


def histogram_data(result: MonteCarloResult, lang: str = "nl", bins: int = 40) -> pd.DataFrame:
    """The rendementsfactor per bin, with the band (below 1 / 1 or more) of its middle."""
    frame = result.histogram(bins)
    middle = (frame["bin_start"] + frame["bin_end"]) / 2
    frame["band"] = np.where(middle < 1, _w("below_one", lang), _w("above_one", lang))
    frame["range_text"] = [
        f"{formats.factor(a, lang, decimals=2)} – {formats.factor(b, lang, decimals=2)}"
        for a, b in zip(frame["bin_start"], frame["bin_end"])
    ]
    frame["share_text"] = [formats.percent(s, lang, decimals=1) for s in frame["share"]]
    return frame


def histogram_chart(result: MonteCarloResult, lang: str = "nl") -> alt.TopLevelMixin:
    """The distribution of the rendementsfactor, with a rule at 1 and one at the point value."""
    data = histogram_data(result, lang)
    stats = result.factor_summary()
    bands = [_w("below_one", lang), _w("above_one", lang)]
    lo = min(float(data["bin_start"].min()), 1.0, stats["point"])
    hi = max(float(data["bin_end"].max()), 1.0, stats["point"])
    pad = 0.04 * (hi - lo)
    bars = (
        alt.Chart(data)
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("bin_start:Q", title=_w("factor", lang), bin="binned",
                    scale=alt.Scale(domain=[lo - pad, hi + pad], nice=False),
                    axis=alt.Axis(format=",.1f", labelExpr="datum.label + '×'", tickMinStep=0.1)),
            x2="bin_end:Q",
            y=alt.Y("count:Q", title=_w("draws", lang), axis=alt.Axis(format=",d")),
            color=alt.Color("band:N", title=None, legend=LEGEND,
                            scale=alt.Scale(domain=bands, range=[BELOW_ONE, ABOVE_ONE])),
            tooltip=[alt.Tooltip("range_text:N", title=_w("range", lang)),
                     alt.Tooltip("count:Q", title=_w("draws", lang), format=",d"),
                     alt.Tooltip("share_text:N", title=_w("share", lang))],
        )
    )
    point = stats["point"]
    rules = _rules({_w("one", lang): 1.0}, [lo - pad, hi + pad])
    now = alt.Chart(pd.DataFrame({"x": [point]})).mark_rule(color="#222", strokeWidth=1.5) \
        .encode(x="x:Q")
    subtitle = _w(
        "hist_sub", lang,
        n=formats.number(result.draws, lang, decimals=0),
        lo=formats.factor(stats["p05"], lang, decimals=2),
        hi=formats.factor(stats["p95"], lang, decimals=2),
        point=formats.factor(point, lang, decimals=2),
    )
    chart = alt.layer(bars, now, rules).properties(
        title=alt.TitleParams(_w("hist_title", lang), subtitle=[subtitle]), height=400)
    return finish(chart, lang)


def histogram_table(result: MonteCarloResult, lang: str = "nl") -> pd.DataFrame:
    data = histogram_data(result, lang)
    return pd.DataFrame({_w("range", lang): data["range_text"], _w("band", lang): data["band"],
                         _w("draws", lang): data["count"], _w("share", lang): data["share_text"]})
