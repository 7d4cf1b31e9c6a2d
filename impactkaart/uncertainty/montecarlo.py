"""How sure is the rendementsfactor? Monte Carlo, and the numpy twin of the engine.

`monte_carlo` makes N seeded draws of every ranged assumption (`ranges`; how they
move together is set in `correlation`: by default estimates of one kind share a
common factor), in chunks with a progress callback
that can cancel the run. Each draw is computed through the engine, or through a
closed-form numpy twin of it that the tests prove equal to the engine on the
same draws.

The twin. For an effect starting in project year s, lasting D years, with
first-year net value v₀ = quantity × proxy × (1−deadweight)(1−displacement)
(1−attribution), keep factor g = 1 − drop_off and discount factor d = 1/(1+r),
the engine's sum over its years is a geometric series::

    PV = v₀ · d^(s−1) · Σ_{k=0}^{D−1} (g·d)^k = v₀ · d^(s−1) · (1 − (g·d)^D) / (1 − g·d)

(= v₀ · d^(s−1) · D when g·d = 1). Written as expm1(D·L)/expm1(L) with
L = ln g + ln d it stays accurate when g·d is close to 1 and gives 1 for g = 0.
FTE are not discounted: the same series with d = 1.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from impactkaart.core.engine import (
    MIN_COST,
    FlatPortfolio,
    compute,
    compute_flat,
    flatten,
)
from impactkaart.core.model import RANGED_EFFECT_FIELDS, Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.uncertainty import correlation
from impactkaart.uncertainty.ranges import (
    FRACTION_FIELDS,
    Assumption,
    assumption_label,
    assumptions,
    checked,
    held_fixed,
)

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20240607  # any fixed number: the point is that a run can be repeated
MAX_DRAWS = 1_000_000
CHUNK = 5_000  # draws per chunk: progress and cancellation happen between chunks


class MonteCarloCancelled(RuntimeError):
    """The progress callback asked to stop; no partial result is returned."""

    def __init__(self, done: int, total: int):
        super().__init__(t("uncertainty.cancelled", done=done, total=total))
        self.done, self.total = done, total


# --- Monte Carlo -----------------------------------------------------------------------


def draw_samples(
    found: Sequence[Assumption], n: int, rng: np.random.Generator, u: np.ndarray | None = None
) -> np.ndarray:
    """An (n, len(found)) array: column j holds n draws of assumption j.

    One uniform matrix (``u``, or independent uniforms from ``rng``), turned into each distribution by its inverse CDF (vectorised
    over all assumptions at once). Triangular(a, c, b) with F(c) = (c − a)/(b − a):
    x = a + √(u (b − a)(c − a)) for u < F(c), else b − √((1 − u)(b − a)(b − c)).
    ``log_triangular`` is the same triangle in y = `log_scale`(x) (the logarithm of
    the factor the assumption multiplies the value by), turned back by `log_unscale`;
    y rises with x, so a high u is a high x in every distribution (what `correlation`
    relies on).
    A duration is drawn over low − ½ … high + ½ and rounded, so each whole year
    between low and high gets its fair share.
    """
    u = rng.random((n, len(found))) if u is None else u
    if not found:
        return u
    low = np.array([float(a.range.low) for a in found])
    high = np.array([float(a.range.high) for a in found])
    mode = np.array([float(a.base) for a in found])
    years = np.array([a.name == "duration" for a in found])
    uniform = np.array([a.range.distribution == "uniform" for a in found])
    logs = np.array([a.range.distribution == "log_triangular" for a in found])
    shares = np.array([a.name in FRACTION_FIELDS for a in found])
    if logs.any():
        low, mode, high = (np.where(logs, log_scale(x, shares, mode), x) for x in (low, mode, high))
    low, high = np.where(years, low - 0.5, low), np.where(years, high + 0.5, high)
    width = high - low
    below = u < (mode - low) / width
    # choose the branch before the square root: one sqrt per draw, never of a negative
    root = np.where(below, u * (width * (mode - low)), (1 - u) * (width * (high - mode)))
    np.sqrt(root, out=root)
    out = np.where(below, low + root, high - root)
    if uniform.any():
        out[:, uniform] = low[uniform] + u[:, uniform] * width[uniform]
    if logs.any():
        base = np.array([float(a.base) for a in found])
        out[:, logs] = log_unscale(out[:, logs], shares[logs], base[logs])
    if years.any():
        ranged = [a.range for a in found]
        lo = np.array([r.low for r in ranged], dtype=float)
        hi = np.array([r.high for r in ranged], dtype=float)
        out[:, years] = np.clip(np.rint(out[:, years]), lo[years], hi[years])
    return out


def log_scale(x: np.ndarray, share: np.ndarray, base: np.ndarray) -> np.ndarray:
    """y = −ln(1 − x) for a share (the log of the share kept, turned to rise with x);
    y = s·ln(s·x) for a quantity or proxy of sign s (that of ``base``): rises with x."""
    sign = np.where(base < 0, -1.0, 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(share, -np.log1p(-x), sign * np.log(sign * x))


def log_unscale(y: np.ndarray, share: np.ndarray, base: np.ndarray) -> np.ndarray:
    """The inverse of `log_scale`: x = 1 − e^(−y) for a share, s·e^(s·y) otherwise."""
    sign = np.where(base < 0, -1.0, 1.0)
    return np.where(share, -np.expm1(-y), sign * np.exp(sign * y))


def _effect_columns(fp: FlatPortfolio) -> dict[str, np.ndarray]:
    return {
        "quantity": fp.e_quantity,
        "proxy": fp.e_proxy,
        "duration": fp.e_duration.astype(float),
        "deadweight": fp.e_deadweight,
        "attribution": fp.e_attribution,
        "displacement": fp.e_displacement,
        "drop_off": fp.e_drop_off,
    }


def _drawn_columns(
    fp: FlatPortfolio, found: Sequence[Assumption], samples: np.ndarray
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Per effect field an (n, E) array (or the (E,) base when nothing varies), and r (n,)."""
    n = len(samples)
    columns: dict[str, np.ndarray] = _effect_columns(fp)
    rate = np.full(n, fp.discount_rate[0])
    for j, a in enumerate(found):
        if a.effect is None:
            rate = samples[:, j]
    for name in RANGED_EFFECT_FIELDS:
        picked = [(j, a.effect) for j, a in enumerate(found) if a.name == name and a.effect is not None]
        if picked:
            # One draw per effect (issue 16 item 4), given to every row (cohort) of it.
            column_of = np.full(int(fp.e_effect.max()) + 1, -1)
            for j, effect in picked:
                column_of[effect] = j
            rows = np.flatnonzero(column_of[fp.e_effect] >= 0)
            drawn = np.tile(columns[name], (n, 1))
            drawn[:, rows] = samples[:, column_of[fp.e_effect[rows]]]
            if name == "quantity":  # the effect's total, split as its cohorts are
                drawn[:, rows] *= fp.e_quantity_share[rows]
            if name == "proxy":  # a drawn proxy is in its own price year, as its range
                drawn[:, rows] *= fp.e_price_index[rows]
            columns[name] = drawn
    return columns, rate


def _geometric(log_ratio: np.ndarray, duration: np.ndarray) -> np.ndarray:
    """Σ_{k=0}^{D−1} x^k with x = exp(log_ratio); exactly D where x = 1."""
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        series = np.expm1(duration * log_ratio) / np.expm1(log_ratio)
    return np.where(log_ratio == 0, duration, series)


@dataclass
class Draws:
    """Per-draw results: one row per draw."""

    factor: np.ndarray  # (n,), NaN where PV(costs) counts as zero
    pv_benefits: np.ndarray
    pv_costs: np.ndarray
    party_benefits: np.ndarray  # (n, parties)
    party_costs: np.ndarray
    fte_by_sector: np.ndarray  # (n, sectors), summed over the years, not discounted


def twin(fp: FlatPortfolio, found: Sequence[Assumption], samples: np.ndarray) -> Draws:
    """The engine's figures for each draw, by the closed form in the module docstring.

    ``fp`` is the flattened base project (one project); column j of ``samples``
    replaces assumption j.
    """
    col, rate = _drawn_columns(fp, found, samples)
    log_d = -np.log1p(rate)[:, None]  # ln d, d = 1/(1+r); (n, 1)
    with np.errstate(divide="ignore"):
        log_keep = np.log1p(-col["drop_off"])  # ln g; −inf when drop-off is 1
    net_share = (1 - col["deadweight"]) * (1 - col["displacement"]) * (1 - col["attribution"])
    units0 = col["quantity"] * net_share
    value0 = units0 * col["proxy"]
    duration = col["duration"]
    shift = fp.timing[0]  # 1 at the end of the year (discounting convention, issue 15 item 13)
    start_discount = np.exp((fp.e_start - 1 + shift) * log_d)
    pv_effect = value0 * start_discount * _geometric(log_keep + log_d, duration)

    c_pv = fp.c_amount * np.exp((fp.c_year - 1 + shift) * log_d)  # (n, C)
    # engine conventions (issue 15): a transfer is out of society's benefits, and in the
    # party table + for its stakeholder, − for transfer_from
    pv_b, pv_c = (pv_effect * ~fp.e_transfer).sum(axis=1), c_pv.sum(axis=1)
    parties = len(fp.party_names)
    party_benefits = pv_effect @ (_onehot(fp.e_party, parties)
                                  - _onehot(fp.e_transfer_from, parties))
    party_costs = c_pv @ _onehot(fp.c_party, parties)

    has_sector = fp.e_sector >= 0
    hours_route = ~np.isnan(fp.e_hours_per_unit)
    with np.errstate(invalid="ignore", divide="ignore"):
        fte0 = np.where(
            hours_route,
            units0 * fp.e_hours_per_unit / fp.e_productive_hours,
            value0 * fp.e_labour_share / fp.e_labour_cost,
        )
    fte0 = np.where(has_sector, fte0, 0.0)
    fte_effect = np.broadcast_to(fte0 * _geometric(log_keep, duration), pv_effect.shape)
    fte_by_sector = fte_effect @ _onehot(fp.e_sector, len(fp.sector_names))

    with np.errstate(invalid="ignore", divide="ignore"):
        factor = np.where(pv_c >= MIN_COST, pv_b / pv_c, np.nan)
    return Draws(factor, pv_b, pv_c, party_benefits, party_costs, fte_by_sector)


def _onehot(codes: np.ndarray, size: int) -> np.ndarray:
    """(len(codes), size) indicator matrix; a code −1 (no sector) gets an all-zero row."""
    out = np.zeros((len(codes), size))
    rows = np.flatnonzero(codes >= 0)
    out[rows, codes[rows]] = 1.0
    return out


def draws_portfolio(fp: FlatPortfolio, found: Sequence[Assumption], samples: np.ndarray) -> FlatPortfolio:
    """The draws as a flat portfolio of n projects (one per draw), for `compute_flat`."""
    n, n_e, n_c = len(samples), len(fp.e_project), len(fp.c_project)
    col, rate = _drawn_columns(fp, found, samples)
    full = {k: np.broadcast_to(v, (n, n_e)).ravel() for k, v in col.items()}
    tile_e = lambda a: np.tile(a, n)  # noqa: E731
    tile_c = lambda a: np.tile(a, n)  # noqa: E731
    return FlatPortfolio(
        names=[f"trekking {i + 1}" for i in range(n)],
        discount_rate=rate.astype(float),
        discount_conventions=[fp.discount_conventions[0]] * n,  # the project's timing in every draw
        years=np.repeat(fp.years, n),
        c_project=np.repeat(np.arange(n), n_c),
        c_year=tile_c(fp.c_year),
        c_party=tile_c(fp.c_party),
        c_amount=tile_c(fp.c_amount),
        e_project=np.repeat(np.arange(n), n_e),
        e_quantity=full["quantity"],
        e_proxy=full["proxy"],
        e_deadweight=full["deadweight"],
        e_displacement=full["displacement"],
        e_attribution=full["attribution"],
        e_drop_off=full["drop_off"],
        e_start=tile_e(fp.e_start),
        e_duration=full["duration"].astype(np.int64),
        e_party=tile_e(fp.e_party),
        e_sector=tile_e(fp.e_sector),
        e_hours_per_unit=tile_e(fp.e_hours_per_unit),
        e_productive_hours=tile_e(fp.e_productive_hours),
        e_labour_cost=tile_e(fp.e_labour_cost),
        e_labour_share=tile_e(fp.e_labour_share),
        party_names=fp.party_names,
        sector_names=fp.sector_names,
        e_transfer=tile_e(fp.e_transfer),
        e_transfer_from=tile_e(fp.e_transfer_from),
        e_price_index=tile_e(fp.e_price_index),
        e_proxy_price_year=tile_e(fp.e_proxy_price_year),
        price_year=np.repeat(fp.price_year, n),
        e_effect=tile_e(fp.e_effect),
        e_quantity_share=tile_e(fp.e_quantity_share),
    )


def engine_draws(fp: FlatPortfolio, found: Sequence[Assumption], samples: np.ndarray) -> Draws:
    """The same per-draw figures as `twin`, through the engine's `compute_flat`."""
    n = len(samples)
    result = compute_flat(draws_portfolio(fp, found, samples))
    s = result.summary
    parties, sectors = fp.party_names, fp.sector_names

    def grid(frame: pd.DataFrame, key: str, names: list[str], value: str) -> np.ndarray:
        out = np.zeros((n, len(names)))
        if len(frame):
            codes = pd.Categorical(frame[key], categories=names).codes
            np.add.at(out, (frame["project"].to_numpy(), codes), frame[value].to_numpy())
        return out

    return Draws(
        factor=s["rendementsfactor"].to_numpy(dtype=float),
        pv_benefits=s["pv_benefits"].to_numpy(),
        pv_costs=s["pv_costs"].to_numpy(),
        party_benefits=grid(result.by_party, "party", parties, "pv_benefits"),
        party_costs=grid(result.by_party, "party", parties, "pv_costs"),
        fte_by_sector=grid(result.labour, "sector", sectors, "fte"),
    )


def _interval(values: np.ndarray) -> dict[str, float | None]:
    """Median and 90 % interval (5th–95th percentile) of the finite values."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return {"mean": None, "median": None, "p05": None, "p95": None}
    p05, median, p95 = np.percentile(finite, [5, 50, 95])
    return {"mean": float(finite.mean()), "median": float(median), "p05": float(p05), "p95": float(p95)}


@dataclass
class MonteCarloResult:
    name: str
    draws: int
    seed: int
    method: str
    base: dict[str, Any]  # the deterministic result (engine): rendementsfactor, pv_*, fte_total
    seor_benchmark: float  # context only: never a threshold (docs/method.md, section 10)
    factor: np.ndarray
    pv_benefits: np.ndarray
    pv_costs: np.ndarray
    party_names: list[str]
    party_benefits: np.ndarray
    party_costs: np.ndarray
    sector_names: list[str]
    fte_by_sector: np.ndarray
    assumptions: list[dict[str, Any]] = field(default_factory=list)
    samples: np.ndarray | None = None  # (n, assumptions) when kept
    # Each assumption's effect outcome (None: the discount rate), so `to_dict` can word
    # the labels in any language.
    outcomes: list[str | None] = field(default_factory=list)
    grouping: str = "none"  # how the draws move together (`correlation`)
    rho: float = 0.0
    # The assumptions the default ranges held fixed, and why (`ranges.held_fixed`).
    fixed: list[tuple[str, float, int]] = field(default_factory=list)

    @property
    def fte_total(self) -> np.ndarray:
        return self.fte_by_sector.sum(axis=1)

    @property
    def has_factor(self) -> bool:
        return bool(np.isfinite(self.factor).any())

    @property
    def varies(self) -> bool:
        """Whether any assumption was drawn; without one there is no probability to tell."""
        return bool(self.assumptions)

    def factor_summary(self) -> dict[str, Any]:
        """Point value (the engine's), median, mean, 90 % interval and P(factor > 1).

        P(factor > 1) is None when nothing varies: a certainty "100 %" would only
        repeat the point value as if it had been tested.
        """
        stats: dict[str, Any] = {"point": self.base["rendementsfactor"], **_interval(self.factor)}
        finite = self.factor[np.isfinite(self.factor)]
        stats["p_above_1"] = float((finite > 1).mean()) if len(finite) and self.varies else None
        return stats

    def histogram(self, bins: int = 40) -> pd.DataFrame:
        """Counts of the rendementsfactor per bin (bin_start, bin_end, count, share)."""
        finite = self.factor[np.isfinite(self.factor)]
        if not len(finite):
            return pd.DataFrame(columns=["bin_start", "bin_end", "count", "share"])
        low, high = float(finite.min()), float(finite.max())
        if high - low < 1e-9 * max(1.0, abs(low)):  # all draws alike: one narrow bar
            low, high, bins = low - 0.005, high + 0.005, 1
        counts, edges = np.histogram(finite, bins=bins, range=(low, high))
        return pd.DataFrame(
            {"bin_start": edges[:-1], "bin_end": edges[1:], "count": counts,
             "share": counts / len(finite)}
        )

    def by_party(self) -> pd.DataFrame:
        rows = []
        for j, party in enumerate(self.party_names):
            b, c = self.party_benefits[:, j], self.party_costs[:, j]
            paid = c >= MIN_COST
            with np.errstate(invalid="ignore", divide="ignore"):
                rendement = np.where(paid, b / c, np.nan)
            rows.append({"party": party,
                         **{f"benefits_{k}": v for k, v in _interval(b).items()},
                         **{f"costs_{k}": v for k, v in _interval(c).items()},
                         **{f"rendement_{k}": v for k, v in _interval(rendement).items()}})
        return pd.DataFrame(rows)

    def fte(self) -> pd.DataFrame:
        """Per sector (and in total), median and 90 % interval of the FTE saved."""
        rows = [{"sector": s, **_interval(self.fte_by_sector[:, j])}
                for j, s in enumerate(self.sector_names)]
        return pd.DataFrame(rows, columns=["sector", "mean", "median", "p05", "p95"])

    def to_dict(self, lang: str = "nl") -> dict[str, Any]:
        """The `impactkaart montecarlo --json` shape."""
        hist = self.histogram()
        return {
            "name": self.name,
            "draws": self.draws,
            "seed": self.seed,
            "method": self.method,
            "note": self.note(lang),
            "deterministic": self.base,
            "correlation": {"grouping": self.grouping, "rho": self.rho},
            "seor_benchmark": self.seor_benchmark,
            "rendementsfactor": {**self.factor_summary(),
                                 "histogram": hist.to_dict(orient="records")},
            "pv_benefits": _interval(self.pv_benefits),
            "pv_costs": _interval(self.pv_costs),
            "by_party": [plain_row(r) for r in self.by_party().to_dict(orient="records")],
            "fte_total": _interval(self.fte_total),
            "fte_by_sector": [plain_row(r) for r in self.fte().to_dict(orient="records")],
            "assumptions": [self._worded(a, outcome, lang) for a, outcome in
                            zip(self.assumptions, self.outcomes or [None] * len(self.assumptions))],
        }

    def note(self, lang: str = "nl") -> str:
        """How the draws were made, in one line (JSON, CLI, exports)."""
        return t("uncertainty.json_note", lang, how=correlation_words(self.grouping, self.rho, lang))

    def _worded(self, row: dict[str, Any], outcome: str | None, lang: str) -> dict[str, Any]:
        if not self.outcomes:  # made without outcomes: its labels as they are
            return row
        return {**row, "label": assumption_label(row["assumption"], outcome, lang)}


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: NaN and pd.NA become None, numpy scalars plain."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.items()}


def correlation_words(grouping: str, rho: float, lang: str = "nl") -> str:
    """'aannames van één soort bewegen samen (ρ = 0,5)' and the like."""
    if grouping == "none" or rho == 0:
        return t("uncertainty.correlation.none", lang)
    return t(f"uncertainty.correlation.{grouping}", lang, rho=formats.number(rho, lang, decimals=2))


def signs(fp: FlatPortfolio, found: Sequence[Assumption]) -> np.ndarray:
    """+1 where raising an assumption (to its high, all else at base) raises the
    rendementsfactor, −1 where it lowers it; by PV(benefits) when there are no costs.
    Two twin rows per assumption."""
    m = len(found)
    if not m:
        return np.ones(0)
    base = np.array([float(a.base) for a in found])
    rows = np.tile(base, (2 * m, 1))
    for j, a in enumerate(found):
        rows[2 * j, j], rows[2 * j + 1, j] = a.range.low, a.range.high
    d = twin(fp, found, rows)
    value = np.where(np.isfinite(d.factor), d.factor, d.pv_benefits)
    return np.where(value[1::2] >= value[0::2], 1.0, -1.0)


ProgressCallback = Callable[[int, int], bool | None]


def monte_carlo(
    project: Project,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    reference: Reference | None = None,
    progress: ProgressCallback | None = None,
    method: str = "twin",
    keep_samples: bool = False,
    grouping: str = correlation.DEFAULT_GROUPING,
    rho: float = correlation.DEFAULT_RHO,
) -> MonteCarloResult:
    """Draw every ranged assumption ``draws`` times and compute each draw.

    Reproducible: the draws depend only on the project, ``seed`` and the draw
    number (chunk k uses the k-th child of ``SeedSequence(seed)``, so the first
    5.000 draws of a run of 20.000 equal those of a run of 5.000).
    ``progress(done, total)`` is called after each chunk; returning False
    raises `MonteCarloCancelled`. ``method``: "twin" (closed-form numpy, fast)
    or "engine" (the engine's compute_flat on a portfolio of draws).
    ``grouping`` and ``rho``: how the draws move together (`correlation`; "none"
    for independent draws).
    """
    if not 1 <= draws <= MAX_DRAWS:
        raise ValueError(t("uncertainty.draws_range", max=formats.number(MAX_DRAWS, decimals=0)))
    if method not in ("twin", "engine"):
        raise ValueError("method must be 'twin' or 'engine'")
    correlation.check(grouping, rho)
    reference = reference or default_reference()
    project = checked(project, reference)
    found = assumptions(project)
    fp = flatten([project], reference)
    turn = signs(fp, found) if grouping == "all" else None
    run = twin if method == "twin" else engine_draws
    n_chunks = math.ceil(draws / CHUNK)
    children = np.random.SeedSequence(seed).spawn(n_chunks)
    parts: list[Draws] = []
    kept: list[np.ndarray] = []
    done = 0
    for k, child in enumerate(children):
        n = min(CHUNK, draws - k * CHUNK)
        rng = np.random.default_rng(child)
        u = correlation.uniforms(found, n, rng, grouping, rho, turn)
        samples = draw_samples(found, n, rng, u)
        parts.append(run(fp, found, samples))
        if keep_samples:
            kept.append(samples)
        done += n
        if progress is not None and progress(done, draws) is False:
            raise MonteCarloCancelled(done, draws)
    joined = {f: np.concatenate([getattr(p, f) for p in parts]) for f in Draws.__dataclass_fields__}
    base = compute(project, reference)
    return MonteCarloResult(
        name=project.name,
        draws=draws,
        seed=seed,
        method=method,
        base={"rendementsfactor": base.rendementsfactor, "pv_benefits": base.pv_benefits,
              "pv_costs": base.pv_costs, "fte_total": base.fte_total},
        seor_benchmark=reference.seor_benchmark,
        party_names=list(fp.party_names),
        sector_names=list(fp.sector_names),
        assumptions=[
            {"effect": a.effect, "assumption": a.name, "label": a.label(project), "base": a.base,
             "low": a.range.low, "high": a.range.high, "distribution": a.range.distribution,
             "default": a.range.default}
            for a in found
        ],
        samples=np.concatenate(kept) if keep_samples else None,
        outcomes=[None if a.effect is None else project.effects[a.effect].outcome for a in found],
        grouping=grouping,
        rho=float(rho) if grouping != "none" else 0.0,
        fixed=held_fixed(project),
        **joined,
    )
