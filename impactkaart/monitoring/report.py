"""The monitor's figures from the store: the report (one row per measurement, as
`impactkaart kpi report --json` prints it) and the overview's data."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from impactkaart.monitoring import trends
from impactkaart.monitoring.library import library
from impactkaart.monitoring.store import (
    list_programmes,
    measurement_codes,
    measurement_columns,
    measurement_groups,
    own_kpis,
    targets,
)
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def monitor_frame(store: Store, programme_id: int | None = None) -> pd.DataFrame:
    kpis = library(own_kpis(store))
    return trends.frame_of_columns(measurement_columns(store, programme_id), kpis)


def _report_table(store: Store, programme_id: int | None = None) -> dict[str, object]:
    kpis = library(own_kpis(store))
    names = {p.id: p.name for p in list_programmes(store)}
    return trends.report_table(measurement_codes(store, programme_id), names,
                               targets(store, programme_id), kpis)


def report_frame(store: Store, programme_id: int | None = None) -> pd.DataFrame:
    """The report (`report_rows`) as a frame: one row per measurement, NaN for none; the
    programme, KPI and period as categories (their few distinct texts, not a text a row)."""
    table = _report_table(store, programme_id)
    return pd.DataFrame({c: (pd.Categorical.from_codes(table[c][0], categories=table[c][1])
                             if isinstance(table[c], tuple) else table[c]) for c in trends.REPORT})


def report_rows(store: Store, programme_id: int | None = None) -> list[dict]:
    """``{"programme", "kpi", "period", "value", "numerator", "denominator", "target", "low",
    "high"}`` per measurement, sorted by programme, KPI and period; a share's value is
    numerator / denominator as a fraction with its 95 % Wilson interval, other units have
    ``low``/``high`` None."""
    return trends.report(report_frame(store, programme_id))


def _json_numbers(values: np.ndarray) -> list[str]:
    """Each float as json writes it (``float.__repr__``), ``null`` for NaN; a repeated value
    is written once."""
    if not len(values):
        return []
    distinct, inverse = np.unique(values, return_inverse=True)  # NaNs sort last
    texts = ["null" if x != x else float.__repr__(x) for x in distinct.tolist()]
    if len(distinct) > len(values) // 2:  # mostly distinct: writing each beats the lookup
        return ["null" if x != x else float.__repr__(x) for x in values.tolist()]
    return np.asarray(texts, dtype=object)[inverse.ravel()].tolist()


def report_json(store: Store, programme_id: int | None = None) -> str:
    """`report_rows` as ``json.dumps(rows, ensure_ascii=False, indent=1)`` writes it, but
    written from the columns: every distinct text and number formatted once, the rows
    joined as text (``impactkaart kpi report --json``)."""
    table = _report_table(store, programme_id)
    size = len(table["value"])
    if not size:
        return "[]"
    step = 2 * len(trends.REPORT) + 1  # per row: a head and a value per field, then its end
    pieces: list[str | None] = [None] * (step * size)
    for j, name in enumerate(trends.REPORT):
        head = (" {\n" if j == 0 else ",\n") + f'  "{name}": '
        pieces[2 * j::step] = [head] * size
        column = table[name]
        if isinstance(column, tuple):
            codes, texts = column
            written = np.asarray([json.dumps(x, ensure_ascii=False) for x in texts], dtype=object)
            pieces[2 * j + 1::step] = written[codes].tolist()
        else:
            pieces[2 * j + 1::step] = _json_numbers(column)
    pieces[step - 1::step] = ["\n },\n"] * size
    pieces[-1] = "\n }"
    return "[\n" + "".join(pieces) + "\n]"


def overview_data(store: Store) -> pd.DataFrame:
    """`trends.overview` of every programme, from one grouped query (per programme and KPI
    the first and last period) instead of every measurement."""
    kpis = library(own_kpis(store))
    shares = [k for k, kpi in kpis.items() if kpi.kind == "share"]
    return trends.overview_of_groups(measurement_groups(store, shares), kpis)


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
