"""Trends per KPI: the value per period, the 95 % Wilson interval for shares, whether it is
going the good way, and a caution for small numbers (docs/kpi.md).

**Wilson interval** (z = 1,96) for k of n:
``centre = (p + z²/2n) / (1 + z²/n)``, ``half = z/(1 + z²/n) · √(p(1−p)/n + z²/4n²)``,
``low = centre − half``, ``high = centre + half`` with p = k/n. Unlike p ± z·√(p(1−p)/n)
it stays inside [0, 1] and is honest at 0 of 12 or 12 of 12.

**Going the good way**: the last period against the first (and against the baseline when
there is one), in the KPI's good direction. For a share the change counts only when the
two Wilson intervals do not overlap; otherwise it is "no clear change".
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from impactkaart.monitoring.library import Kpi

Z = 1.96
SMALL_DENOMINATOR = 30  # below this a share moves by chance: the monitor says so


def wilson(k, n, z: float = Z):
    """The Wilson score interval (low, high) for k successes of n; arrays allowed. n = 0
    (or missing) gives NaN."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        z2 = z * z
        denominator = 1 + z2 / n
        centre = (p + z2 / (2 * n)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        low = np.clip(centre - half, 0.0, 1.0)
        high = np.clip(centre + half, 0.0, 1.0)
    bad = ~(n > 0)
    low = np.where(bad, np.nan, low)
    high = np.where(bad, np.nan, high)
    return low, high


COLUMNS = ["programme", "kpi", "period", "value", "numerator", "denominator", "target",
           "baseline", "low", "high", "small"]


def measurement_frame(rows: Sequence[tuple], kpis: dict[str, Kpi]) -> pd.DataFrame:
    """The store's measurement rows (`store.measurement_rows`) with the value (a share as
    numerator / denominator), its Wilson interval and the small-number flag, vectorised."""
    names = ["programme", "kpi", "period", "numerator", "denominator", "value", "target",
             "baseline", "programme_id"]
    columns = dict(zip(names, zip(*rows))) if rows else {n: () for n in names}
    return frame_of_columns(columns, kpis)


def frame_of_columns(columns: dict, kpis: dict[str, Kpi]) -> pd.DataFrame:
    """`measurement_frame` from columns (`store.measurement_columns`)."""
    if len(columns["kpi"]) == 0:
        return pd.DataFrame(columns=COLUMNS)
    kpi = pd.Series(columns["kpi"], dtype=object)
    numerator = np.asarray(pd.array(columns["numerator"], dtype="Float64").to_numpy(
        dtype=float, na_value=np.nan))
    denominator = np.asarray(pd.array(columns["denominator"], dtype="Float64").to_numpy(
        dtype=float, na_value=np.nan))
    value = np.asarray(pd.array(columns["value"], dtype="Float64").to_numpy(dtype=float, na_value=np.nan))
    share = kpi.map({k: v.kind == "share" for k, v in kpis.items()}).fillna(False).to_numpy(dtype=bool)
    with_counts = share & (denominator > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(with_counts, numerator / denominator, value)
    low, high = wilson(numerator, denominator)
    low = np.where(with_counts, low, np.nan)
    high = np.where(with_counts, high, np.nan)

    def floats(name):
        return pd.array(columns[name], dtype="Float64").to_numpy(dtype=float, na_value=np.nan)

    return pd.DataFrame({
        "programme": np.asarray(columns["programme"], dtype=object), "kpi": kpi.to_numpy(),
        "period": np.asarray(columns["period"], dtype=object), "value": value,
        "numerator": numerator, "denominator": denominator,
        "target": floats("target"), "baseline": floats("baseline"),
        "low": low, "high": high,
        "small": with_counts & (denominator < SMALL_DENOMINATOR),
    })


def report(frame: pd.DataFrame) -> list[dict]:
    """One dict per measurement (the CLI's ``kpi report --json``), in the frame's order
    (by programme, KPI and period); NaN becomes None."""
    columns = ["programme", "kpi", "period", "value", "numerator", "denominator", "target",
               "low", "high"]
    lists = [frame[c].tolist() for c in columns[:3]]
    for c in columns[3:]:
        values = frame[c].to_numpy(dtype=float)
        lists.append(np.where(np.isnan(values), None, values).tolist())
    return [dict(zip(columns, row)) for row in zip(*lists)]


# --- the good way -------------------------------------------------------------------------

def direction(kpi: Kpi, series: pd.DataFrame) -> str:
    """``good``, ``bad``, ``unclear`` (a share whose change lies within chance) or ``few``
    (fewer than two periods): the last period against the first."""
    series = series.dropna(subset=["value"])
    if len(series) < 2:
        return "few"
    first, last = series.iloc[0], series.iloc[-1]
    if kpi.is_share and not np.isnan(first["low"]) and not np.isnan(last["low"]):
        if last["low"] <= first["high"] and first["low"] <= last["high"]:
            return "unclear"
    change = last["value"] - first["value"]
    if change == 0:
        return "unclear"
    up = change > 0
    return "good" if up == (kpi.direction == "up") else "bad"


def series_of(frame: pd.DataFrame, programme: str, kpi: str) -> pd.DataFrame:
    part = frame[(frame["programme"] == programme) & (frame["kpi"] == kpi)]
    return part.sort_values("period").reset_index(drop=True)


def overview(frame: pd.DataFrame, kpis: dict[str, Kpi]) -> pd.DataFrame:
    """Per programme and KPI: periods, first and last value, target, the good way (as
    `direction`, vectorised) and whether the last denominator is small: the monitoring
    overview at a glance. ``frame`` is sorted by programme, KPI and period."""
    columns = ["programme", "kpi", "periods", "first", "last", "target", "direction", "small"]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    keys = ["programme", "kpi"]
    valid = frame[frame["value"].notna()]
    grouped = valid.groupby(keys, sort=True)
    first = grouped.head(1).set_index(keys)
    last = grouped.tail(1).set_index(keys)
    out = pd.DataFrame({"periods": grouped.size()})
    out["first"], out["last"] = first["value"], last["value"]
    out["target"], out["small"] = last["target"], last["small"].astype(bool)
    kinds = np.array([kpis[k].kind if k in kpis else "score" for k in out.index.get_level_values(1)])
    up = np.array([kpis[k].direction == "up" if k in kpis else True
                   for k in out.index.get_level_values(1)])
    change = (last["value"] - first["value"]).to_numpy()
    overlap = ((last["low"] <= first["high"]) & (first["low"] <= last["high"])).to_numpy()
    with_band = (kinds == "share") & first["low"].notna().to_numpy() & last["low"].notna().to_numpy()
    way = np.where(change == 0, "unclear", np.where((change > 0) == up, "good", "bad"))
    way = np.where(with_band & overlap, "unclear", way)
    way = np.where(out["periods"].to_numpy() < 2, "few", way)
    out["direction"] = way
    return out.reset_index()[columns]
