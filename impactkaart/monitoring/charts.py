"""The monitor's charts (Altair): a KPI's trend with its 95 % band, target and baseline,
and the overview's small multiples (one small chart per KPI, a line per programme)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from impactkaart.charts.base import OKABE_ITO, finish, legend, palette, title
from impactkaart.monitoring.library import Kpi
from impactkaart.text.catalogue import t

LINE = OKABE_ITO[0]
BAND = "#56B4E9"
TARGET = OKABE_ITO[4]
BASELINE = "#666666"


def _format(kpi: Kpi) -> str:
    return ".0%" if kpi.is_share else ",.4~g"


def trend_chart(series: pd.DataFrame, kpi: Kpi, lang: str = "nl", height: int = 320) -> alt.TopLevelMixin:
    """The line over the periods; for a share with counts the Wilson band; the target and
    the baseline as rules; a hollow point where the denominator is small."""
    frame = series[["period", "value", "low", "high", "target", "baseline", "small",
                    "numerator", "denominator"]].copy()
    frame["small"] = frame["small"].astype(bool)
    value_title = t(f"monitoring.kind.{kpi.kind}", lang)
    x = alt.X("period:O", title=t("monitoring.col.period", lang), sort=None,
              axis=alt.Axis(labelAngle=-45, labelAlign="right"))
    y_format = _format(kpi)
    base = alt.Chart(frame)
    layers = []
    if frame["low"].notna().any():
        layers.append(base.mark_area(color=BAND, opacity=0.3).encode(
            x=x, y=alt.Y("low:Q"), y2="high:Q"))
    tooltip = [alt.Tooltip("period:O", title=t("monitoring.col.period", lang)),
               alt.Tooltip("value:Q", title=t("monitoring.col.value", lang), format=y_format)]
    if kpi.is_share:
        tooltip += [alt.Tooltip("numerator:Q", title=t("monitoring.col.numerator", lang)),
                    alt.Tooltip("denominator:Q", title=t("monitoring.col.denominator", lang)),
                    alt.Tooltip("low:Q", title=t("monitoring.col.low", lang), format=y_format),
                    alt.Tooltip("high:Q", title=t("monitoring.col.high", lang), format=y_format)]
    layers.append(base.mark_line(color=LINE, strokeWidth=2.5).encode(
        x=x, y=alt.Y("value:Q", title=value_title, axis=alt.Axis(format=y_format))))
    layers.append(base.mark_point(size=70, strokeWidth=2, color=LINE, filled=True).encode(
        x=x, y="value:Q", tooltip=tooltip,
        fill=alt.condition("datum.small", alt.value("white"), alt.value(LINE))))
    for column, colour, dash in (("target", TARGET, [6, 4]), ("baseline", BASELINE, [2, 3])):
        level = frame[column].dropna()
        if not level.empty:
            rule = pd.DataFrame({"level": [float(level.iloc[-1])],
                                 "label": [t(f"monitoring.col.{column}", lang)]})
            chart = alt.Chart(rule)
            layers.append(chart.mark_rule(color=colour, strokeDash=dash, strokeWidth=2).encode(
                y="level:Q"))
            layers.append(chart.mark_text(align="left", baseline="bottom", dx=4, dy=-3, color=colour).encode(
                y="level:Q", x=alt.value(0), text="label:N"))
    subtitle = t(f"monitoring.direction.{kpi.direction}", lang)
    chart = alt.layer(*layers).properties(
        height=height, title=title(kpi.label(lang), subtitle))
    return finish(chart, lang)


def overview_chart(frame: pd.DataFrame, kpis: dict[str, Kpi], lang: str = "nl",
                   columns: int = 3) -> alt.TopLevelMixin:
    """Small multiples: per KPI a small chart, a line per programme; shares 0–100 %."""
    data = frame[["programme", "kpi", "period", "value"]].copy()
    data["label"] = [kpis[k].label(lang) if k in kpis else k for k in data["kpi"]]
    data["shown"] = [v * 100 if k in kpis and kpis[k].is_share else v
                     for k, v in zip(data["kpi"], data["value"])]
    programmes = sorted(data["programme"].unique())
    chart = alt.Chart(data).mark_line(point=True).encode(
        # a sparkline per KPI: the periods are in the tooltip (and on the trend charts)
        x=alt.X("period:O", title=None, sort=None, axis=None),
        y=alt.Y("shown:Q", title=None, scale=alt.Scale(zero=False)),
        color=alt.Color("programme:N", scale=alt.Scale(domain=programmes, range=palette(len(programmes))),
                        legend=legend(programmes)),
        tooltip=[alt.Tooltip("programme:N", title=t("monitoring.col.programme", lang)),
                 alt.Tooltip("label:N", title=t("monitoring.col.kpi", lang)),
                 alt.Tooltip("period:O", title=t("monitoring.col.period", lang)),
                 alt.Tooltip("shown:Q", title=t("monitoring.col.value", lang), format=",.4~g")],
    ).properties(width=220, height=130).facet(
        facet=alt.Facet("label:N", title=None, header=alt.Header(labelFontSize=13, labelLimit=260)),
        columns=columns,
    ).resolve_scale(y="independent")
    return finish(chart, lang)
