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


REPORT = ["programme", "kpi", "period", "value", "numerator", "denominator", "target", "low",
          "high"]


def _ranks(texts: list[str]) -> np.ndarray:
    """Each text's place in Python's (code point) order, for sorting on codes."""
    order = sorted(range(len(texts)), key=texts.__getitem__)
    ranks = np.empty(len(texts), dtype=np.int64)
    ranks[order] = np.arange(len(texts))
    return ranks


def report_table(codes: dict, names: dict[int, str], targets: dict[tuple[int, str], float | None],
                 kpis: dict[str, Kpi]) -> dict[str, object]:
    """The report as columns (`REPORT`), sorted by programme name, KPI and period: from the
    store's coded columns (`store.measurement_codes`), the programmes' names and the chosen
    KPIs' targets ((programme id, kpi) -> target). Text columns come as (codes, texts),
    numbers as float arrays (NaN: none). Sorting and the Wilson interval are array
    operations on the codes; no row becomes a Python object."""
    pid = codes["programme_id"]
    kpi_codes, kpi_texts = codes["kpi"]
    period_codes, period_texts = codes["period"]
    ids = sorted(names, key=names.__getitem__)
    where = {p: i for i, p in enumerate(ids)}
    place = np.full(max([*ids, int(pid.max()) if len(pid) else 0]) + 1, -1, dtype=np.int64)
    place[ids] = np.arange(len(ids))
    programme = place[pid]
    known = programme >= 0  # as the join with the programmes: a row of none is left out
    if not known.all():
        codes = {c: codes[c][known] for c in ("numerator", "denominator", "value")}
        programme, kpi_codes, period_codes = programme[known], kpi_codes[known], period_codes[known]
    k_rank, p_rank = _ranks(kpi_texts), _ranks(period_texts)
    key = (programme * max(len(kpi_texts), 1) + k_rank[kpi_codes]) * max(len(period_texts), 1) \
        + p_rank[period_codes]
    order = np.argsort(key, kind="stable")
    programme, kpi_codes, period_codes = programme[order], kpi_codes[order], period_codes[order]
    n, d, v = (codes[c][order] for c in ("numerator", "denominator", "value"))
    share = np.array([k in kpis and kpis[k].kind == "share" for k in kpi_texts], dtype=bool)
    with_counts = share[kpi_codes] & (d > 0) if len(kpi_texts) else np.zeros(len(n), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(with_counts, n / d, v)
    low, high = np.full(len(n), np.nan), np.full(len(n), np.nan)
    low[with_counts], high[with_counts] = wilson(n[with_counts], d[with_counts])
    grid = np.full((len(ids), max(len(kpi_texts), 1)), np.nan)
    kpi_place = {k: i for i, k in enumerate(kpi_texts)}
    for (p, k), target in targets.items():
        if target is not None and p in where and k in kpi_place:
            grid[where[p], kpi_place[k]] = target
    return {"programme": (programme, [names[p] for p in ids]), "kpi": (kpi_codes, kpi_texts),
            "period": (period_codes, period_texts), "value": value, "numerator": n,
            "denominator": d, "target": grid[programme, kpi_codes] if len(n) else n.copy(),
            "low": low, "high": high}


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


OVERVIEW = ["programme", "kpi", "periods", "first", "last", "target", "direction", "small"]


def _ways(keys, periods, first, last, first_band, last_band, kpis: dict[str, Kpi]) -> np.ndarray:
    """`direction` for many series at once: first and last value, and (low, high) of each
    (NaN where the value has no interval)."""
    kinds = np.array([kpis[k].kind if k in kpis else "score" for k in keys])
    up = np.array([kpis[k].direction == "up" if k in kpis else True for k in keys], dtype=bool)
    (low0, high0), (low1, high1) = first_band, last_band
    change = last - first
    overlap = (low1 <= high0) & (low0 <= high1)
    with_band = (kinds == "share") & ~np.isnan(low0) & ~np.isnan(low1)
    way = np.where(change == 0, "unclear", np.where((change > 0) == up, "good", "bad"))
    way = np.where(with_band & overlap, "unclear", way)
    return np.where(periods < 2, "few", way)


def overview(frame: pd.DataFrame, kpis: dict[str, Kpi]) -> pd.DataFrame:
    """Per programme and KPI: periods, first and last value, target, the good way (as
    `direction`, vectorised) and whether the last denominator is small: the monitoring
    overview at a glance. ``frame`` is sorted by programme, KPI and period."""
    if frame.empty:
        return pd.DataFrame(columns=OVERVIEW)
    keys = ["programme", "kpi"]
    valid = frame[frame["value"].notna()]
    grouped = valid.groupby(keys, sort=True)
    first = grouped.head(1).set_index(keys)
    last = grouped.tail(1).set_index(keys)
    out = pd.DataFrame({"periods": grouped.size()})
    out["first"], out["last"] = first["value"], last["value"]
    out["target"], out["small"] = last["target"], last["small"].astype(bool)
    out["direction"] = _ways(
        out.index.get_level_values(1), out["periods"].to_numpy(), first["value"].to_numpy(),
        last["value"].to_numpy(), (first["low"].to_numpy(), first["high"].to_numpy()),
        (last["low"].to_numpy(), last["high"].to_numpy()), kpis)
    return out.reset_index()[OVERVIEW]


def overview_of_groups(groups: dict, kpis: dict[str, Kpi]) -> pd.DataFrame:
    """`overview` from the store's grouped query (`store.measurement_groups`: per programme
    and KPI the count, the first and last period's numbers and the target) instead of
    every row."""
    programme, keys = groups["programme"], groups["kpi"]
    if not len(keys):
        return pd.DataFrame(columns=OVERVIEW)
    order = np.lexsort((keys.astype(str), programme.astype(str)))  # code point order, as groupby
    programme, keys = programme[order], keys[order]
    share = np.array([k in kpis and kpis[k].kind == "share" for k in keys.tolist()], dtype=bool)

    def at(i: int):
        n, d, v = (groups[f"{c}{i}"][order] for c in "ndv")
        with_counts = share & (d > 0)
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.where(with_counts, n / d, v)
        low, high = wilson(n, d)
        return (value, (np.where(with_counts, low, np.nan), np.where(with_counts, high, np.nan)),
                with_counts & (d < SMALL_DENOMINATOR))

    (first, band0, _), (last, band1, small) = at(0), at(1)
    periods = groups["periods"][order]
    return pd.DataFrame({
        "programme": programme, "kpi": keys, "periods": periods, "first": first, "last": last,
        "target": groups["target"][order],
        "direction": _ways(keys, periods, first, last, band0, band1, kpis), "small": small})
