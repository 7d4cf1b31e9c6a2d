"""The one calculation engine: set-based (vectorised numpy) over a whole portfolio.

Formulas (docs/method.md §§ 2–5), for an effect that starts in project year ``s`` and lasts
``D`` years, in its k-th year (k = 1 … D, project year y = s + k − 1)::

    net value(k)  = quantity × proxy × (1 − deadweight) × (1 − displacement)
                    × (1 − attribution) × (1 − drop_off)^(k − 1)
    discount(y)   = 1 / (1 + r)^(y − 1)          # year 1 is not discounted
    PV            = Σ net value(k) × discount(y)

Costs in project year y are discounted with the same factor.

    rendementsfactor = PV(benefits) / PV(costs)   (None when PV(costs) < € 0,005)
    NPV              = PV(benefits) − PV(costs)
    payback year     = first project year from which the cumulative discounted net
                       benefit stays ≥ 0 until the end of the horizon (None if never)

Labour (FTE, not discounted), per sector and year, for effects with a sector:

    with hours_per_unit:  hours = net units × hours_per_unit,  FTE = hours / productive hours per FTE
    without:              FTE = net value × labour share / labour cost per FTE,
                          hours = FTE × productive hours per FTE

where net units = quantity × (1 − deadweight)(1 − displacement)(1 − attribution)
× (1 − drop_off)^(k − 1). Both routes are linear in the fade factor, so each
effect gets one FTE coefficient and one hours coefficient and every effect-year
is ``coefficient × fade``.

Worked example (pinned in tests/core/test_golden.py): 200 GP visits avoided at
€ 40, deadweight 0,2, attribution 0,25, drop-off 0,1, 3 years, r = 2,25 %::

    year 1: 200 × 40 × 0,8 × 0,75          = 4.800,00   × 1            = 4.800,00
    year 2: 4.800 × 0,9                    = 4.320,00   / 1,0225       = 4.224,94
    year 3: 4.800 × 0,81                   = 3.888,00   / 1,0225²      = 3.718,77
    PV                                                                 = 12.743,71

Everything is computed per effect-year in flat arrays (one ``np.repeat``
expansion) and aggregated with ``np.bincount``; there is no Python loop per
effect or per project in `compute_flat`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from impactkaart.core import conventions
from impactkaart.core.model import (
    EX_POST_SHARES,
    IN_KIND_HOUR_PARAMETER,
    Effect,
    Project,
    clean_key,
)
from impactkaart.core.reference import Reference, default_reference

# Why a result has no rendementsfactor, as a code: the text layer words it
# (`impactkaart.text.summary.factor_reason`), in the reader's language.
NO_COST_REASON = "no_cost"
# PV costs below half a cent count as "nothing paid": a ratio over them would be
# meaningless (or infinite), so the factor is None rather than astronomically large.
MIN_COST = 0.005
_DENSE_LIMIT = 50_000_000  # above this many cells, group with np.unique instead of a dense grid


@dataclass
class FlatPortfolio:
    """A portfolio as columns: one array per field, effects and costs of all projects.

    Codes index into `party_names` and `sector_names` (sector −1: no sector).
    Effects are ordered by project (as `flatten` writes them).
    Sector figures are resolved per effect (project override, else reference).
    """

    names: list[str]
    discount_rate: np.ndarray  # per project
    years: np.ndarray  # per project
    c_project: np.ndarray
    c_year: np.ndarray
    c_party: np.ndarray
    c_amount: np.ndarray
    e_project: np.ndarray
    e_quantity: np.ndarray
    e_proxy: np.ndarray
    e_deadweight: np.ndarray
    e_displacement: np.ndarray
    e_attribution: np.ndarray
    e_drop_off: np.ndarray
    e_start: np.ndarray
    e_duration: np.ndarray
    e_party: np.ndarray
    e_sector: np.ndarray
    e_hours_per_unit: np.ndarray  # NaN: use the labour-cost route
    e_productive_hours: np.ndarray  # NaN where no sector
    e_labour_cost: np.ndarray
    e_labour_share: np.ndarray
    party_names: list[str]
    sector_names: list[str]
    # --- transfers (issue 15 item 2); None (a caller that builds columns itself): none ---
    e_transfer: np.ndarray | None = None  # bool: out of society's totals
    e_transfer_from: np.ndarray | None = None  # party code that loses it; −1: not a transfer
    # --- inputs: which cost rows are in-kind (issue 15 item 10); None: none are ---
    c_in_kind: np.ndarray | None = None  # bool per cost row, counted in the costs
    in_kind_pv: np.ndarray | None = None  # per project: PV of all in-kind lines, counted or not
    # --- price level (issue 15 item 4): e_proxy and e_labour_cost are already indexed to the
    # project's price year; e_price_index is the factor applied to the proxy (for a drawn one)
    e_price_index: np.ndarray | None = None
    e_proxy_price_year: np.ndarray | None = None  # NaN: not known
    price_year: np.ndarray | None = None  # per project
    # --- discounting convention (issue 15 item 13): per project the exponent's offset,
    # 0: start of year, 1/(1+r)^(y−1); 1: end of year, 1/(1+r)^y (core/conventions.py)
    timing: np.ndarray | None = None
    discount_conventions: list[str] | None = None  # per project, its key
    # (project, effect in project, code): what the text layer flags, e.g. an unknown price year
    warnings: list[tuple[int, int, str]] = field(default_factory=list)
    # --- cohorts (issue 16 item 4): a row is one cohort of an effect. e_effect is the
    # effect's index in its project (rows of one effect are adjacent); e_quantity_share the
    # row's part of its effect's quantity (1 without cohorts), so a drawn quantity is split
    # as the cohorts are. None (a caller that builds columns itself): a row per effect.
    e_effect: np.ndarray | None = None
    e_quantity_share: np.ndarray | None = None

    def __post_init__(self) -> None:
        n_e = len(self.e_project)
        if self.e_price_index is None:
            self.e_price_index = np.ones(n_e)
        if self.e_proxy_price_year is None:
            self.e_proxy_price_year = np.full(n_e, np.nan)
        if self.price_year is None:
            self.price_year = np.full(len(self.names), np.nan)
        if self.discount_conventions is None:
            self.discount_conventions = [conventions.DEFAULT] * len(self.names)
        if self.timing is None:
            self.timing = np.array([conventions.timing(c) for c in self.discount_conventions],
                                   dtype=np.int64)
        if self.e_transfer is None:
            self.e_transfer = np.zeros(n_e, dtype=bool)
        if self.e_transfer_from is None:
            self.e_transfer_from = np.full(n_e, -1, dtype=np.int64)
        if self.e_effect is None:
            self.e_effect = np.arange(n_e) - _first_index_of_group(
                self.e_project, len(self.names))[self.e_project]
        if self.e_quantity_share is None:
            self.e_quantity_share = np.ones(n_e)

    @property
    def n_projects(self) -> int:
        return len(self.names)


# Why an effect's proxy is not indexed (factor 1), as a code the text layer words.
UNKNOWN_PRICE_YEAR = "unknown_price_year"  # the library row gives no price year (n.b.)
PRICE_YEAR_OUTSIDE_CPI = "price_year_outside_cpi"  # a price year the CPI series does not cover


def project_price_year(project: Project, reference: Reference) -> int:
    """The project's price level: its own price_year, or the CPI series' last year."""
    return reference.latest_price_year if project.price_year is None else project.price_year


def proxy_price_level(
    effect: Effect, price_year: int, reference: Reference
) -> tuple[int | None, float, str | None]:
    """(the proxy's price year, the index CPI[price_year] / CPI[that year], a warning code).

    An effect's own proxy_price_year counts first; without it a library proxy (proxy_key)
    has its row's price year, an own value the project's. A price year that is unknown, or
    outside the CPI series, gives factor 1 and a warning: flagged, never silently current."""
    year = effect.proxy_price_year
    if year is None and clean_key(effect.proxy_key) is not None:
        year = reference.proxy_price_years.get(effect.proxy_key.strip())
        if year is None:
            return None, 1.0, UNKNOWN_PRICE_YEAR
    if year is None:
        return price_year, 1.0, None
    index = reference.price_index(price_year, year)
    return (year, 1.0, PRICE_YEAR_OUTSIDE_CPI) if index is None else (year, index, None)


def flatten(
    projects: Sequence[Project], reference: Reference | None = None, measured: bool = False
) -> FlatPortfolio:
    """Turn validated projects into columns for `compute_flat`.

    With ``measured=True`` each effect's ``quantity_ex_post`` replaces its
    quantity; an effect without a measurement then counts as 0 (not realised
    as far as anyone knows), never silently as its expected value. Re-estimated
    shares (``deadweight_ex_post`` …) replace their ex ante value where given, and a
    cost's ``amount_ex_post`` its budget (`_measured_effect`, `_cost_amount`).

    In-kind inputs (``project.in_kind``) become cost rows of their provider when the
    project counts them (`_in_kind_rows`), marked in ``c_in_kind``.
    """
    reference = reference or default_reference()

    def party(value: object, where: str) -> int:
        # A party is always named (parse_project checks it); a caller that builds effects
        # itself gets a clear error instead of a NaN party.
        key = clean_key(value)
        if key is None:
            raise ValueError(f"{where}: no party")
        return parties.setdefault(key, len(parties))

    parties: dict[str, int] = {}
    sectors: dict[str, int] = {}
    cost_rows: list[tuple] = []
    effect_rows: list[tuple] = []
    in_kind_flags: list[bool] = []
    in_kind_pv = np.zeros(len(projects))
    warnings: list[tuple[int, int, str]] = []
    for p, project in enumerate(projects):
        price_year = project_price_year(project, reference)
        # The reference labour costs are indexed to the project's price level, so FTE divide
        # like by like; a project's own `sectors` figures are in its price level already.
        figures = {}
        for name, f in reference.sector_figures.items():
            index = reference.price_index(price_year, reference.labour_cost_price_years.get(name))
            figures[name] = {**f, "labour_cost_per_fte": f["labour_cost_per_fte"] * (index or 1.0)}
        figures.update(
            {
                s.sector: {
                    "productive_hours_per_fte": s.productive_hours_per_fte,
                    "labour_cost_per_fte": s.labour_cost_per_fte,
                    "labour_share": s.labour_share,
                }
                for s in project.sectors
            }
        )
        for c in project.costs:
            cost_rows.append((p, c.year, party(c.financier, "cost"), _cost_amount(c, measured)))
            in_kind_flags.append(False)
        in_kind, in_kind_pv[p] = _in_kind_rows(project, p, parties, reference)
        cost_rows.extend(in_kind)
        in_kind_flags.extend([True] * len(in_kind))
        for i, e in enumerate(project.effects):
            proxy_year, price_index, warning = proxy_price_level(e, price_year, reference)
            if warning:
                warnings.append((p, i, warning))
            quantity = e.quantity
            if measured:
                quantity = e.quantity_ex_post if e.quantity_ex_post is not None else 0.0
                e = _measured_effect(e)
            intakes = cohort_rows(e, quantity)
            # The root guard of issue 15 item 1: a NaN or "" sector (an empty table cell,
            # e.g. a case item whose proxy has no sector) is no sector, never figures[nan].
            sector_key = clean_key(e.sector)
            if sector_key is None:
                sector, hours, cost, share = -1, math.nan, math.nan, math.nan
            else:
                if sector_key not in figures:
                    raise ValueError(f"effect {e.outcome!r}: unknown sector {sector_key!r}")
                sector = sectors.setdefault(sector_key, len(sectors))
                f = figures[sector_key]
                hours = f["productive_hours_per_fte"]
                cost, share = f["labour_cost_per_fte"], f["labour_share"]
            effect_rows.extend(
                (
                    p,
                    row_quantity,
                    e.proxy * price_index,  # folded in: every consumer inherits the price level
                    e.deadweight,
                    e.displacement,
                    e.attribution,
                    e.drop_off,
                    row_start,
                    e.duration,
                    party(e.stakeholder, f"effect {e.outcome!r}"),
                    sector,
                    math.nan if e.hours_per_unit is None else e.hours_per_unit,
                    hours,
                    cost,
                    share,
                    # --- transfers: only a transfer names its losing party (no empty rows
                    # for "deelnemer" in every project's per-party table) ---
                    float(e.transfer),
                    party(e.transfer_from, f"effect {e.outcome!r}") if e.transfer else -1,
                    # --- price level ---
                    price_index,
                    math.nan if proxy_year is None else proxy_year,
                    # --- cohorts: the effect this row belongs to, its part of the quantity
                    i,
                    part,
                )
                for row_start, row_quantity, part in intakes
            )
    costs = np.array(cost_rows, dtype=float).reshape(-1, 4)
    effects = np.array(effect_rows, dtype=float).reshape(-1, 21)
    ints = lambda a: a.astype(np.int64)  # noqa: E731
    return FlatPortfolio(
        names=[p.name for p in projects],
        discount_rate=np.array([p.discount_rate for p in projects], dtype=float),
        years=np.array([p.years for p in projects], dtype=np.int64),
        c_project=ints(costs[:, 0]),
        c_year=ints(costs[:, 1]),
        c_party=ints(costs[:, 2]),
        c_amount=costs[:, 3],
        e_project=ints(effects[:, 0]),
        e_quantity=effects[:, 1],
        e_proxy=effects[:, 2],
        e_deadweight=effects[:, 3],
        e_displacement=effects[:, 4],
        e_attribution=effects[:, 5],
        e_drop_off=effects[:, 6],
        e_start=ints(effects[:, 7]),
        e_duration=ints(effects[:, 8]),
        e_party=ints(effects[:, 9]),
        e_sector=ints(effects[:, 10]),
        e_hours_per_unit=effects[:, 11],
        e_productive_hours=effects[:, 12],
        e_labour_cost=effects[:, 13],
        e_labour_share=effects[:, 14],
        party_names=list(parties),
        sector_names=list(sectors),
        e_transfer=effects[:, 15] > 0,
        e_transfer_from=ints(effects[:, 16]),
        c_in_kind=np.array(in_kind_flags, dtype=bool),
        in_kind_pv=in_kind_pv,
        e_price_index=effects[:, 17],
        e_proxy_price_year=effects[:, 18],
        price_year=np.array([project_price_year(p, reference) for p in projects], dtype=float),
        warnings=warnings,
        e_effect=ints(effects[:, 19]),
        e_quantity_share=effects[:, 20],
        discount_conventions=[p.discount_convention for p in projects],
    )


def cohort_rows(effect: Effect, quantity: float) -> list[tuple[int, float, float]]:
    """(start year, quantity, share of the effect's quantity) of each of the effect's rows:
    one per cohort, or the effect itself without cohorts (docs/method.md, "Cohorts").

    ``quantity`` is the effect's total (its ``quantity``, or ex post its measured
    ``quantity_ex_post``). When it is the cohorts' own sum each cohort keeps its quantity
    as written, so an effect with cohorts is, to the bit, its cohorts as separate rows; a
    changed total (a slider, a draw, a measurement) is split in the cohorts' proportions,
    or evenly when they are all 0."""
    if not effect.cohorts:
        return [(effect.start_year, quantity, 1.0)]
    planned = math.fsum(c.quantity for c in effect.cohorts)
    n = len(effect.cohorts)
    shares = [c.quantity / planned if planned > 0 else 1.0 / n for c in effect.cohorts]
    if quantity == planned and planned > 0:
        return [(c.start_year, c.quantity, share) for c, share in zip(effect.cohorts, shares)]
    return [(c.start_year, quantity * share, share) for c, share in zip(effect.cohorts, shares)]


# --- inputs: ex post costs and shares, in-kind rows (issue 15 items 10–11) -----------

def _cost_amount(cost, measured: bool) -> float:
    """Ex post a realised amount replaces the budget where one is entered."""
    if measured and cost.amount_ex_post is not None:
        return cost.amount_ex_post
    return cost.amount


def _measured_effect(effect):
    """The effect with its re-estimated shares (``*_ex_post``) where given."""
    changes = {name: getattr(effect, twin) for name, twin in EX_POST_SHARES.items()
               if getattr(effect, twin) is not None}
    return replace(effect, **changes) if changes else effect


def in_kind_price_index(line, price_year: int, reference: Reference) -> float:
    """The CPI factor for an in-kind line (issue 15 item 10, docs/method.md § 15): a time line
    valued at the library's hour value (parameters.csv in_kind_hour_value, with its price
    year) is indexed to the project's price level like a library proxy; goods and an hour
    value of the project's own are in its price level already (factor 1)."""
    if line.amount is not None or line.value_per_hour is None:
        return 1.0
    row = reference.parameters.loc[reference.parameters["key"] == IN_KIND_HOUR_PARAMETER]
    if row.empty or abs(line.value_per_hour - float(row["value"].iloc[0])) > 1e-9:
        return 1.0
    year = str(row["price_year"].iloc[0]).strip()
    index = reference.price_index(price_year, int(year)) if year.isdigit() else None
    return 1.0 if index is None else index


def _in_kind_rows(project: Project, p: int, parties: dict[str, int],
                  reference: Reference) -> tuple[list[tuple], float]:
    """Cost rows (project, year, provider, value) of the in-kind lines when the project
    counts them, and the PV of all its lines, counted or not, at the project's price level."""
    price_year = project_price_year(project, reference)
    rows = [(p, year, line.provider,
             line.value_per_year * in_kind_price_index(line, price_year, reference))
            for line in project.in_kind for year in line.years]
    pv = sum(value * conventions.discount_factor(project.discount_rate, year,
                                                 project.discount_convention)
             for _, year, _, value in rows)
    if not project.count_in_kind:
        return [], float(pv)
    return [(p, year, parties.setdefault(provider, len(parties)), value)
            for p, year, provider, value in rows], float(pv)


def _group_sum(keys: np.ndarray, size: int, *weights: np.ndarray) -> tuple[np.ndarray, ...]:
    """Sum each weight array per key; return (present keys, sums…), keys ascending."""
    if size <= _DENSE_LIMIT:
        sums = [np.bincount(keys, w, minlength=size) for w in weights]
        present = np.flatnonzero(np.bincount(keys, minlength=size))
        return (present, *(s[present] for s in sums))
    present, inverse = np.unique(keys, return_inverse=True)
    return (present, *(np.bincount(inverse, w, minlength=len(present)) for w in weights))


@dataclass
class PortfolioResult:
    """Results for every project of a portfolio, as tables with a `project` column."""

    names: list[str]
    summary: pd.DataFrame
    by_party: pd.DataFrame
    by_year: pd.DataFrame
    labour: pd.DataFrame
    effects: pd.DataFrame
    effect_years: pd.DataFrame | None
    warnings: list[tuple[int, int, str]] = field(default_factory=list)  # (project, effect, code)

    def project(self, index: int) -> ProjectResult:
        def rows(frame: pd.DataFrame) -> pd.DataFrame:
            # Column by column (a boolean mask per array): the frame-level .loc/.drop on a
            # one-project result cost more than the engine's whole arithmetic.
            keep = frame["project"].to_numpy() == index
            columns = {}
            for name, column in frame.items():
                if name == "project":
                    continue
                # Plain text columns for one project: category codes mean nothing to a page.
                if isinstance(column.dtype, pd.CategoricalDtype):
                    # (a Series: an object array alone would be inferred as text dtype)
                    columns[name] = pd.Series(np.asarray(column, dtype=object)[keep],
                                              dtype=object, copy=False)
                else:
                    columns[name] = column.array[keep]
            return pd.DataFrame(columns, index=pd.RangeIndex(int(keep.sum())), copy=False)

        s = {name: column.iloc[index] for name, column in self.summary.items()}
        factor = None if pd.isna(s["rendementsfactor"]) else float(s["rendementsfactor"])
        payback = None if pd.isna(s["payback_year"]) else int(s["payback_year"])
        return ProjectResult(
            name=self.names[index],
            rendementsfactor=factor,
            rendementsfactor_reason=None if factor is not None else NO_COST_REASON,
            pv_benefits=float(s["pv_benefits"]),
            pv_costs=float(s["pv_costs"]),
            npv=float(s["npv"]),
            payback_year=payback,
            discount_rate=float(s["discount_rate"]),
            discount_convention=str(s["discount_convention"]),
            pv_transfers=float(s["pv_transfers"]),
            price_year=None if pd.isna(s["price_year"]) else int(s["price_year"]),
            warnings=[{"code": code, "effect": e} for p, e, code in self.warnings if p == index],
            by_party=rows(self.by_party),
            by_year=rows(self.by_year),
            labour=rows(self.labour),
            effects=rows(self.effects),
            effect_years=None if self.effect_years is None else rows(self.effect_years),
            pv_in_kind=float(s["pv_in_kind"]) if "pv_in_kind" in s else 0.0,
            pv_in_kind_all=float(s["pv_in_kind_all"]) if "pv_in_kind_all" in s else 0.0,
        )


@dataclass
class ProjectResult:
    name: str
    rendementsfactor: float | None
    rendementsfactor_reason: str | None
    pv_benefits: float
    pv_costs: float
    npv: float
    payback_year: int | None
    discount_rate: float
    by_party: pd.DataFrame  # party, pv_benefits (transfers in: + received, − lost), pv_costs, rendement
    by_year: pd.DataFrame  # year, costs, benefits, costs_pv, benefits_pv (society), transfers(_pv)
    labour: pd.DataFrame  # sector, year, hours, fte
    effects: pd.DataFrame  # effect, pv_benefits, nominal_benefits (each its own value), transfer
    effect_years: pd.DataFrame | None  # effect, year, benefits, benefits_pv, hours, fte, transfer
    # PV of the transfers: redistribution between parties, not in pv_benefits (issue 15 item 2)
    pv_transfers: float = 0.0
    # --- inputs (issue 15 item 10): in-kind inputs, apart from the euro budget ---
    pv_in_kind: float = 0.0  # counted in pv_costs (0 when the project does not count them)
    pv_in_kind_all: float = 0.0  # the in-kind lines' PV, counted or not

    @property
    def pv_budget(self) -> float:
        """PV of the euro costs alone: pv_costs without the counted in-kind inputs."""
        return self.pv_costs - self.pv_in_kind
    # The price level of every euro (issue 15 item 4); per effect `effects.price_index` is the
    # factor applied to its proxy, and `warnings` flags those whose price year is not known.
    price_year: int | None = None
    warnings: list[dict[str, Any]] = field(default_factory=list)
    discount_convention: str = conventions.DEFAULT  # core/conventions.py

    @property
    def fte_total(self) -> float:
        """FTE summed over all sectors and years: FTE-years, not FTE (see `fte_per_year`)."""
        return float(self.labour["fte"].sum())

    # --- FTE per year (issue 15 item 9): the honest headline unit ---
    @property
    def fte_years(self) -> float:
        return self.fte_total

    @functools.cached_property
    def _fte_by_year(self) -> pd.Series:
        """Total FTE over the sectors per project year, only the years with a labour effect.
        Worked out once per result (the page reads it for four figures); read-only."""
        per_year = self.labour.groupby("year")["fte"].sum()
        return per_year.loc[per_year != 0]

    @property
    def fte_per_year(self) -> float:
        """Average FTE per year over the years in which there is a labour effect (0 if none)."""
        per_year = self._fte_by_year
        return float(per_year.mean()) if len(per_year) else 0.0

    @property
    def fte_peak_year(self) -> int | None:
        """The project year with the most FTE saved (the first of equals); None if none."""
        per_year = self._fte_by_year
        return int(per_year.idxmax()) if len(per_year) else None

    @property
    def fte_peak(self) -> float:
        per_year = self._fte_by_year
        return float(per_year.max()) if len(per_year) else 0.0

    def fte_by_sector(self) -> pd.DataFrame:
        return self.labour.groupby("sector", as_index=False)[["hours", "fte"]].sum()

    def to_dict(self) -> dict[str, Any]:
        """The `impactkaart compute --json` shape (a public contract)."""

        def records(frame: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
            out = []
            for row in frame[columns].itertuples(index=False):
                out.append({c: _plain(v) for c, v in zip(columns, row)})
            return out

        return {
            "name": self.name,
            "rendementsfactor": self.rendementsfactor,
            "rendementsfactor_reason": self.rendementsfactor_reason,
            "pv_benefits": self.pv_benefits,
            "pv_costs": self.pv_costs,
            "npv": self.npv,
            "payback_year": self.payback_year,
            "pv_transfers": self.pv_transfers,
            "price_year": self.price_year,
            "warnings": self.warnings,
            "discount_rate": self.discount_rate,
            "discount_convention": _CONVENTION_FORMULA[self.discount_convention],
            "discount_convention_key": self.discount_convention,
            "fte_total": self.fte_total,
            "fte_years": self.fte_years,
            "fte_per_year": self.fte_per_year,
            "fte_peak_year": self.fte_peak_year,
            "fte_peak": self.fte_peak,
            "by_party": records(self.by_party, ["party", "pv_benefits", "pv_costs", "rendement"]),
            "by_year": records(
                self.by_year,
                ["year", "costs", "benefits", "costs_pv", "benefits_pv", "transfers", "transfers_pv"],
            ),
            "labour": records(self.labour, ["sector", "year", "hours", "fte"]),
            "effects": records(
                self.effects, ["effect", "pv_benefits", "nominal_benefits", "transfer",
                               "price_index", "proxy_price_year"]
            ),
            # inputs (issue 15 item 10): counted in-kind inputs are part of pv_costs;
            # what a project chose not to count is reported beside them
            "pv_in_kind": self.pv_in_kind,
            "pv_in_kind_not_counted": self.pv_in_kind_all - self.pv_in_kind,
        }


# The formula of each convention as `compute --json` has always written the default's.
_CONVENTION_FORMULA = {
    conventions.MKBA: "begin van het jaar: bedrag in projectjaar y × 1/(1+r)^(y−1)",
    conventions.ZORGINSTITUUT_2024: "begin van het jaar: bedrag in projectjaar y × 1/(1+r)^(y−1)",
    conventions.SROI_VALUE_MAP: "eind van het jaar: bedrag in projectjaar y × 1/(1+r)^y",
}


def _plain(value: Any) -> Any:
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    return value


def compute_flat(fp: FlatPortfolio, detail: bool = False) -> PortfolioResult:
    """Compute every project of a flat portfolio at once. See the module docstring."""
    n_p = fp.n_projects
    n_e = len(fp.e_project)
    duration = fp.e_duration
    # --- per effect: the constants of its effect-years ----------------------------
    units0 = fp.e_quantity * (
        (1 - fp.e_deadweight) * (1 - fp.e_displacement) * (1 - fp.e_attribution)
    )  # net units in the effect's first year
    value0 = units0 * fp.e_proxy
    has_sector = fp.e_sector >= 0
    with np.errstate(invalid="ignore", divide="ignore"):
        hours0 = np.where(
            np.isnan(fp.e_hours_per_unit),
            value0 * fp.e_labour_share / fp.e_labour_cost * fp.e_productive_hours,
            units0 * fp.e_hours_per_unit,
        )
        fte0 = hours0 / fp.e_productive_hours
    hours0 = np.where(has_sector, hours0, 0.0)
    fte0 = np.where(has_sector, fte0, 0.0)

    # --- horizon per project: the project's years, or longer if effects run on ----
    horizon = fp.years.copy()
    if n_e:
        np.maximum.at(horizon, fp.e_project, fp.e_start + duration - 1)
    n_y = int(horizon.max()) if n_p else 0
    size = n_p * n_y  # cells of the project × year grid

    # --- expand to effect-years (np.repeat is the per-effect gather) --------------
    first_row = np.cumsum(duration) - duration
    n_rows = int(duration.sum())
    k = np.arange(n_rows, dtype=np.int64) - np.repeat(first_row, duration)  # 0-based
    # the (project, year) cell of each effect-year, and its discount factor
    cell = np.repeat(fp.e_project * n_y + fp.e_start - 1, duration) + k
    exponent = np.arange(n_y)[None, :] + fp.timing[:, None]  # y − 1, or y at the end of year
    discount = np.power((1 / (1 + fp.discount_rate))[:, None], exponent).ravel()
    fade = np.power(np.repeat(1 - fp.e_drop_off, duration), k)
    value = np.repeat(value0, duration) * fade
    value_pv = value * discount[cell]
    # Transfers are no gain for society: out of its totals, kept apart (docs/method.md § 4).
    transfer_row = np.repeat(fp.e_transfer, duration)
    society, society_pv = np.where(transfer_row, 0.0, value), np.where(transfer_row, 0.0, value_pv)

    # --- per project and year -------------------------------------------------------
    grid = (n_p, n_y)
    benefits = np.bincount(cell, society, minlength=size).reshape(grid)
    benefits_pv = np.bincount(cell, society_pv, minlength=size).reshape(grid)
    transfers = np.bincount(cell, value - society, minlength=size).reshape(grid)
    transfers_pv = np.bincount(cell, value_pv - society_pv, minlength=size).reshape(grid)
    cost_cell = fp.c_project * n_y + (fp.c_year - 1)
    c_pv = fp.c_amount * discount[cost_cell]
    costs = np.bincount(cost_cell, fp.c_amount, minlength=size).reshape(grid)
    costs_pv = np.bincount(cost_cell, c_pv, minlength=size).reshape(grid)

    pv_benefits = benefits_pv.sum(axis=1)
    pv_costs = costs_pv.sum(axis=1)
    pv_in_kind = _counted_in_kind(fp, c_pv, n_p)
    factor = _ratio(pv_benefits, pv_costs)
    # Payback (issue 15 item 6): the first year from which the cumulative discounted net
    # benefit stays ≥ 0 to the end of the horizon (and something has been paid by then).
    # Past a project's horizon its cumulative sums stay constant, so the grid's tail is safe.
    cum_c = np.cumsum(costs_pv, axis=1)
    balance = np.cumsum(benefits_pv, axis=1) - cum_c
    below = balance < -MIN_COST  # half a cent: rounding is not a loss
    after_last_below = np.where(below.any(axis=1), n_y - np.argmax(below[:, ::-1], axis=1), 0)
    first_paid = np.argmax(cum_c >= MIN_COST, axis=1)
    payback_index = np.maximum(after_last_below, first_paid)
    payback = np.where((pv_costs >= MIN_COST) & (payback_index < horizon), payback_index + 1, -1)

    in_horizon = np.arange(n_y)[None, :] < horizon[:, None]
    proj_grid, year_grid = np.nonzero(in_horizon)
    by_year = _frame(
        project=proj_grid,
        year=year_grid + 1,
        costs=costs[in_horizon],
        benefits=benefits[in_horizon],
        costs_pv=costs_pv[in_horizon],
        benefits_pv=benefits_pv[in_horizon],
        transfers=transfers[in_horizon],
        transfers_pv=transfers_pv[in_horizon],
    )

    # --- per effect ---------------------------------------------------------------
    effect_row = np.repeat(np.arange(n_e, dtype=np.int64), duration) if detail else None
    effect_pv = _row_sums(value_pv, first_row, duration)  # per row (a cohort, or the effect)
    effect_nominal = _row_sums(value, first_row, duration)
    # One line per effect, its cohorts summed (issue 16 item 4): rows of an effect are adjacent.
    head = np.flatnonzero(np.r_[True, (np.diff(fp.e_project) != 0) | (np.diff(fp.e_effect) != 0)]
                          ) if n_e else np.zeros(0, dtype=np.int64)
    effects = _frame(
        project=fp.e_project[head],
        effect=fp.e_effect[head],
        pv_benefits=np.add.reduceat(effect_pv, head) if n_e else np.zeros(0),
        nominal_benefits=np.add.reduceat(effect_nominal, head) if n_e else np.zeros(0),
        transfer=fp.e_transfer[head].astype(bool),
        price_index=fp.e_price_index[head],
        proxy_price_year=fp.e_proxy_price_year[head],
    )

    # --- per party: benefits received vs costs paid -------------------------------
    # A transfer is a gain for its stakeholder and the same loss for `transfer_from`.
    n_parties = max(len(fp.party_names), 1)
    moved = np.flatnonzero(fp.e_transfer)
    keys, party_b, party_c = _group_sum(
        np.concatenate([fp.e_project * n_parties + fp.e_party,
                        fp.e_project[moved] * n_parties + fp.e_transfer_from[moved],
                        fp.c_project * n_parties + fp.c_party]),
        n_p * n_parties,
        np.concatenate([effect_pv, -effect_pv[moved], np.zeros(len(fp.c_project))]),
        np.concatenate([np.zeros(n_e + len(moved)), c_pv]),
    )
    by_party = _frame(
        project=keys // n_parties,
        party=pd.Categorical.from_codes(keys % n_parties, categories=_names(fp.party_names)),
        pv_benefits=party_b,
        pv_costs=party_c,
        rendement=_ratio(party_b, party_c),
    )

    # --- labour per sector and year (FTE not discounted) -----------------------------
    # Effects without a sector go to an extra bucket (n_s) that is dropped: cheaper
    # than masking millions of effect-years. Keys ascend by project, sector, year.
    n_s = len(fp.sector_names)
    bucket = np.where(has_sector, fp.e_sector, n_s)
    per_project = (n_s + 1) * n_y
    labour_cell = np.repeat(fp.e_project * per_project + bucket * n_y + fp.e_start - 1, duration) + k
    lk, l_hours, l_fte = _group_sum(
        labour_cell,
        n_p * per_project,
        np.repeat(hours0, duration) * fade,
        np.repeat(fte0, duration) * fade,
    )
    sector_code = (lk % max(per_project, 1)) // max(n_y, 1)
    real = sector_code < n_s
    lk, l_hours, l_fte, sector_code = lk[real], l_hours[real], l_fte[real], sector_code[real]
    labour_project = lk // max(per_project, 1)
    labour = _frame(
        project=labour_project,
        sector=pd.Categorical.from_codes(sector_code, categories=_names(fp.sector_names)),
        year=lk % max(n_y, 1) + 1,
        hours=l_hours,
        fte=l_fte,
    )

    summary = _frame(
        name=pd.array(fp.names, dtype=object),
        pv_benefits=pv_benefits,
        pv_costs=pv_costs,
        npv=pv_benefits - pv_costs,
        pv_transfers=transfers_pv.sum(axis=1),
        price_year=fp.price_year,
        rendementsfactor=factor,
        payback_year=pd.arrays.IntegerArray(np.maximum(payback, 0), mask=payback <= 0),
        discount_rate=fp.discount_rate,
        discount_convention=pd.array(fp.discount_conventions, dtype=object),
        horizon=horizon,
        fte_total=np.bincount(labour_project, l_fte, minlength=n_p),
        pv_in_kind=pv_in_kind,
        pv_in_kind_all=fp.in_kind_pv if fp.in_kind_pv is not None else np.zeros(n_p),
    )
    effect_years = None
    if detail:
        effect_years = _frame(
            project=np.repeat(fp.e_project, duration),
            effect=fp.e_effect[effect_row],
            year=cell % max(n_y, 1) + 1,
            benefits=value,
            benefits_pv=value_pv,
            hours=np.repeat(hours0, duration) * fade,
            fte=np.repeat(fte0, duration) * fade,
            transfer=transfer_row,
        )
        if len(head) < n_e:  # cohorts: one line per effect and year, in that order
            group = np.cumsum(np.isin(np.arange(n_e), head)) - 1  # the effect of each row
            keys, inverse = np.unique(group[effect_row] * max(n_y, 1) + cell % max(n_y, 1),
                                      return_inverse=True)
            first = np.zeros(len(keys), dtype=np.int64)
            first[inverse[::-1]] = np.arange(len(inverse))[::-1]  # a row of each key
            effect_years = _frame(**{
                "project": effect_years["project"].to_numpy()[first],
                "effect": effect_years["effect"].to_numpy()[first],
                "year": keys % max(n_y, 1) + 1,
                **{name: np.bincount(inverse, effect_years[name].to_numpy(), len(keys))
                   for name in ("benefits", "benefits_pv", "hours", "fte")},
                "transfer": transfer_row[first],
            })
    return PortfolioResult(
        warnings=fp.warnings,
        names=fp.names,
        summary=summary,
        by_party=by_party,
        by_year=by_year,
        labour=labour,
        effects=effects,
        effect_years=effect_years,
    )


def _row_sums(values: np.ndarray, first_row: np.ndarray, duration: np.ndarray) -> np.ndarray:
    """Per flat row, the sum of its effect-years (0 for a row of no years)."""
    if not len(first_row) or not len(values):
        return np.zeros(len(first_row))
    return np.where(duration > 0, np.add.reduceat(values, np.minimum(first_row, len(values) - 1)), 0.0)


def _counted_in_kind(fp: FlatPortfolio, c_pv: np.ndarray, n_p: int) -> np.ndarray:
    """Per project: the PV of the in-kind cost rows (part of pv_costs)."""
    if fp.c_in_kind is None or not fp.c_in_kind.any():
        return np.zeros(n_p)
    return np.bincount(fp.c_project[fp.c_in_kind], c_pv[fp.c_in_kind], minlength=n_p)


def _frame(**columns) -> pd.DataFrame:
    # copy=False: the arrays are fresh and ours; copying millions of rows again is waste.
    return pd.DataFrame(columns, copy=False)


def _names(names: list[str]) -> pd.Index:
    return pd.Index(names if names else ["–"], dtype=object)


def _ratio(benefits: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """benefits / costs where something was paid, NaN elsewhere (never inf)."""
    out = np.full(len(costs), np.nan)
    return np.divide(benefits, costs, out=out, where=costs >= MIN_COST)


def _first_index_of_group(group: np.ndarray, n_groups: int) -> np.ndarray:
    """For rows sorted by group: the row index where each group starts."""
    counts = np.bincount(group, minlength=n_groups)
    return np.cumsum(counts) - counts


def compute_portfolio(
    projects: Sequence[Project], reference: Reference | None = None, measured: bool = False
) -> PortfolioResult:
    """All projects in one engine call (the set-based path)."""
    return compute_flat(flatten(projects, reference, measured=measured))


def compute(
    project: Project, reference: Reference | None = None, measured: bool = False
) -> ProjectResult:
    """One project, with per-effect-year detail for charts."""
    return compute_flat(flatten([project], reference, measured=measured), detail=True).project(0)


# --- rate sensitivity (issue 15 item 13) ---------------------------------------------------
SENSITIVITY_RATES = (0.0, 0.04)  # a line "at 0 % and at 4 %" beside the result


def rate_sensitivity(
    project: Project, rates: Sequence[float] = SENSITIVITY_RATES, reference: Reference | None = None
) -> list[tuple[float, float | None]]:
    """(rate, rendementsfactor) with the project's discount rate replaced by each rate,
    everything else (timing, price level, transfers) as it is; one engine call. The factor
    is None where nothing was paid. For a sensitivity line on pages and in exports."""
    projects = [replace(project, discount_rate=float(rate)) for rate in rates]
    factors = compute_portfolio(projects, reference).summary["rendementsfactor"]
    return [(float(rate), None if pd.isna(f) else float(f)) for rate, f in zip(rates, factors)]
