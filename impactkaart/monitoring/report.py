"""The monitor's figures from the store: the report (one row per measurement, as
`impactkaart kpi report --json` prints it) and the overview's data."""

from __future__ import annotations

import pandas as pd

from impactkaart.monitoring import trends
from impactkaart.monitoring.library import library
from impactkaart.monitoring.store import measurement_columns, own_kpis
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def monitor_frame(store: Store, programme_id: int | None = None) -> pd.DataFrame:
    kpis = library(own_kpis(store))
    return trends.frame_of_columns(measurement_columns(store, programme_id), kpis)


def report_rows(store: Store, programme_id: int | None = None) -> list[dict]:
    """``{"programme", "kpi", "period", "value", "numerator", "denominator", "target", "low",
    "high"}`` per measurement, sorted by programme, KPI and period; a share's value is
    numerator / denominator as a fraction with its 95 % Wilson interval, other units have
    ``low``/``high`` None."""
    return trends.report(monitor_frame(store, programme_id))


def overview_data(store: Store) -> pd.DataFrame:
    kpis = library(own_kpis(store))
    return trends.overview(monitor_frame(store), kpis)


def _figure(value, lang: str) -> str:
    return "–" if value is None else formats.number(value, lang, decimals=3)


def report_lines(rows: list[dict], lang: str = "nl") -> list[str]:
    """The report as plain lines (``impactkaart kpi report`` without ``--json``)."""
    if not rows:
        return [t("monitoring.cli.empty_report", lang)]
    lines = []
    for r in rows:
        interval = ("" if r["low"] is None else
                    f" [{_figure(r['low'], lang)}–{_figure(r['high'], lang)}]")
        lines.append(f"{r['programme']}\t{r['kpi']}\t{r['period']}\t"
                     f"{_figure(r['value'], lang)}{interval}")
    return lines
