"""What the monitoring pages show, as ready frames and texts in a language: the pages only
draw them (views/monitoring/). Shares are shown as 0–100 %."""

from __future__ import annotations

import math

import pandas as pd

from impactkaart.monitoring import trends
from impactkaart.monitoring.library import Kpi
from impactkaart.monitoring.measurements import MeasurementImport, read_measurements
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def shown(kpi: Kpi, value: float | None, lang: str = "nl") -> str:
    """A KPI's value as a person reads it: a share as a percent, else a number."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if kpi.is_share:
        return formats.percent(value, lang, decimals=1)
    return formats.number(value, lang, decimals=2 if kpi.kind == "score" else 0)


def source_text(kpi: Kpi, lang: str = "nl") -> str:
    if kpi.illustrative:
        return t("monitoring.illustrative", lang)
    parts = [kpi.source, kpi.publisher, kpi.year]
    return ", ".join(p for p in parts if p)


def library_frame(kpis: list[Kpi], lang: str = "nl") -> pd.DataFrame:
    c = lambda name: t(f"monitoring.col.{name}", lang)  # noqa: E731
    return pd.DataFrame({
        c("label"): [k.label(lang) for k in kpis],
        c("werksoorten"): [", ".join(k.werksoorten) for k in kpis],
        c("kind"): [t(f"monitoring.kind.{k.kind}", lang) for k in kpis],
        c("direction"): [t(f"monitoring.direction.{k.direction}", lang) for k in kpis],
        c("definition"): [k.definition(lang) for k in kpis],
        c("source"): [source_text(k, lang) for k in kpis],
        "url": [k.url for k in kpis],
    })


def measurement_table(rows: list[tuple], kpi: Kpi, lang: str = "nl") -> pd.DataFrame:
    """A KPI's measurements as editable text (periode, teller, noemer, waarde)."""
    def text(v):
        return "" if v is None else formats.number(v, lang, decimals=6).rstrip("0").rstrip(",.")
    return pd.DataFrame(
        [{"periode": p, "teller": text(n), "noemer": text(d), "waarde": text(v)}
         for k, p, n, d, v, *_ in rows if k == kpi.key],
        columns=["periode", "teller", "noemer", "waarde"])


def read_table(frame: pd.DataFrame, kpi: Kpi, kpis: dict[str, Kpi]) -> MeasurementImport:
    """An edited measurement table through the same checks as a file (rows numbered as the
    table shows them, from 1)."""
    lines = ["kpi;periode;teller;noemer;waarde"]
    for _, row in frame.iterrows():
        cells = [str(row.get(c) or "").replace(";", " ").replace("\n", " ").replace('"', "")
                 for c in ("periode", "teller", "noemer", "waarde")]
        if any(cell.strip() for cell in cells):
            lines.append(";".join([kpi.key, *cells]))
    result = read_measurements("\n".join(lines).encode("utf-8"), "", kpis)
    # the table's first data row is row 1 (the file's row 2)
    result.problems = [type(p)(p.message, None if p.row is None else p.row - 1, p.column, p.value,
                               p.sheet, p.values) for p in result.problems]
    return result


def history_frame(rows: list[tuple], kpis: dict[str, Kpi], lang: str = "nl") -> pd.DataFrame:
    c = lambda name: t(f"monitoring.col.{name}", lang)  # noqa: E731
    out = []
    for kpi, period, n, d, v, by, at, rby, rat in rows:
        k = kpis.get(kpi)
        old = (f"{formats.number(n, lang, 0)} / {formats.number(d, lang, 0)}" if d is not None
               else (shown(k, v, lang) if k else str(v)))
        out.append({c("kpi"): k.label(lang) if k else kpi, c("period"): period,
                    c("value"): old, c("changed_by"): by, c("changed_at"): str(at),
                    c("replaced_by"): rby, c("replaced_at"): str(rat)})
    return pd.DataFrame(out)


def trend_texts(kpi: Kpi, series: pd.DataFrame, lang: str = "nl") -> dict[str, str | None]:
    """The trend in words: the good way, the last value with its interval, and a caution
    when the last denominator is small."""
    way = trends.direction(kpi, series)
    last = series.dropna(subset=["value"]).iloc[-1] if not series.empty else None
    value = interval = caution = None
    if last is not None:
        value = shown(kpi, last["value"], lang)
        if not math.isnan(last["low"]):
            interval = t("monitoring.trend.interval", lang, low=shown(kpi, last["low"], lang),
                         high=shown(kpi, last["high"], lang))
        if bool(last["small"]):
            caution = t("monitoring.trend.small", lang, n=formats.number(last["denominator"], lang, 0),
                        least=trends.SMALL_DENOMINATOR)
    return {"way": t(f"monitoring.way.{way}", lang), "way_code": way, "value": value,
            "interval": interval, "caution": caution}


def overview_table(frame: pd.DataFrame, kpis: dict[str, Kpi], lang: str = "nl") -> pd.DataFrame:
    c = lambda name: t(f"monitoring.col.{name}", lang)  # noqa: E731
    over = trends.overview(frame, kpis)
    return pd.DataFrame({
        c("programme"): over["programme"],
        c("kpi"): [kpis[k].label(lang) if k in kpis else k for k in over["kpi"]],
        c("periods"): over["periods"],
        c("first"): [shown(kpis[k], v, lang) if k in kpis else "" for k, v in zip(over["kpi"], over["first"])],
        c("last"): [shown(kpis[k], v, lang) if k in kpis else "" for k, v in zip(over["kpi"], over["last"])],
        c("target"): [shown(kpis[k], v, lang) if k in kpis else "" for k, v in zip(over["kpi"], over["target"])],
        c("way"): [t(f"monitoring.way.{w}", lang) for w in over["direction"]],
        c("small"): [t("monitoring.yes" if s else "monitoring.no", lang) for s in over["small"]],
    })
