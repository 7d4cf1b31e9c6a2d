"""How sure is the rendementsfactor? Tornado, break-even and Monte Carlo.

Everything here starts from the ranges on a project's assumptions
(docs/project-format.md, "Ranges"; `Range` in model.py) and computes through
the engine, or through a closed-form numpy twin of it that the tests prove
equal to the engine on the same draws.

- `tornado`: each ranged assumption at its low and at its high, everything else
  at base, through `compute_portfolio` (one set-based call), sorted by swing.
- `break_even`: per effect, how far its quantity (or proxy) may fall before the
  rendementsfactor drops to 1 and to the SEOR average 1,6. Benefits are linear
  in quantity and in proxy, so with B = PV(benefits), C = PV(costs) and b = the
  effect's PV, a fall by the fraction x gives (B − x·b) / C, which equals the
  threshold T at ``x* = (B − T·C) / b``.
- `monte_carlo`: N seeded draws of every ranged assumption (independent;
  correlations are not modelled), in chunks with a progress callback that can
  cancel the run.

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

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from impactkaart.core.engine import (
    MIN_COST,
    FlatPortfolio,
    compute,
    compute_flat,
    compute_portfolio,
    flatten,
)
from impactkaart.core.model import (
    MAX_YEARS,
    RANGED_EFFECT_FIELDS,
    Effect,
    Project,
    Range,
    parse_project,
)
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats

DEFAULT_DRAWS = 10_000
DEFAULT_SEED = 20240607  # any fixed number: the point is that a run can be repeated
MAX_DRAWS = 1_000_000
CHUNK = 5_000  # draws per chunk: progress and cancellation happen between chunks
SHARES = ("deadweight", "attribution", "displacement", "drop_off")

# Default ranges: conventions of this tool, NOT sourced figures (say so wherever shown).
DEFAULT_RELATIVE = 0.25  # quantity and proxy: ± 25 % of the base value
DEFAULT_SHARE = 0.10  # deadweight, attribution, displacement, drop-off: ± 0,1
DEFAULT_YEARS = 1  # duration: ± 1 year
DEFAULT_RATE = (0.015, 0.04)  # discount rate: 1,5 %–4 %
DEFAULT_NOTE = {
    "nl": "Standaardbandbreedtes zijn vuistregels van deze tool, geen bronnen: aantal en waarde "
    "per eenheid ± 25 %, aandelen (deadweight, attributie, verplaatsing, drop-off) ± 0,1, "
    "duur ± 1 jaar, discontovoet 1,5 %–4 %. Vervang ze door bandbreedtes die u kunt onderbouwen.",
    "en": "Default ranges are rules of thumb of this tool, not sourced: quantity and value per "
    "unit ± 25%, shares (deadweight, attribution, displacement, drop-off) ± 0.1, duration "
    "± 1 year, discount rate 1.5%–4%. Replace them with ranges you can justify.",
}

LABELS = {
    "nl": {
        "quantity": "aantal",
        "proxy": "waarde per eenheid",
        "duration": "duur",
        "deadweight": "deadweight",
        "attribution": "attributie",
        "displacement": "verplaatsing",
        "drop_off": "drop-off",
        "discount_rate": "discontovoet",
    },
    "en": {
        "quantity": "quantity",
        "proxy": "value per unit",
        "duration": "duration",
        "deadweight": "deadweight",
        "attribution": "attribution",
        "displacement": "displacement",
        "drop_off": "drop-off",
        "discount_rate": "discount rate",
    },
}


class MonteCarloCancelled(RuntimeError):
    """The progress callback asked to stop; no partial result is returned."""

    def __init__(self, done: int, total: int):
        super().__init__(f"Monte Carlo afgebroken na {done} van {total} trekkingen.")
        self.done, self.total = done, total


# --- ranges: which assumptions are uncertain, and default ranges ----------------------


@dataclass(frozen=True)
class Assumption:
    """One uncertain assumption: an effect's field, or the project's discount rate."""

    effect: int | None  # index in project.effects; None: the discount rate
    name: str
    base: float
    range: Range

    def label(self, project: Project, lang: str = "nl") -> str:
        what = LABELS[lang][self.name]
        if self.effect is None:
            return what
        return f"{project.effects[self.effect].outcome} · {what}"


def assumptions(project: Project) -> list[Assumption]:
    """The assumptions that vary: a range wider than a point and not ``fixed``.

    Order (effects in order, fields in RANGED_EFFECT_FIELDS order, then the
    discount rate) fixes the order of the random draws, so keep it stable.
    """
    found = []
    for i, effect in enumerate(project.effects):
        for name in RANGED_EFFECT_FIELDS:
            r = effect.ranges.get(name)
            if r is not None and r.distribution != "fixed" and r.low < r.high:
                found.append(Assumption(i, name, getattr(effect, name), r))
    r = project.discount_rate_range
    if r is not None and r.distribution != "fixed" and r.low < r.high:
        found.append(Assumption(None, "discount_rate", project.discount_rate, r))
    return found


def has_default_ranges(project: Project) -> bool:
    ranges = [r for e in project.effects for r in e.ranges.values()]
    ranges += [project.discount_rate_range] if project.discount_rate_range else []
    return any(r.default for r in ranges)


def default_range(name: str, base: float) -> Range | None:
    """The conventional range for one assumption (None: no sensible default, e.g. base 0)."""
    if name in ("quantity", "proxy"):
        width = DEFAULT_RELATIVE * abs(base)
        return Range(base - width, base + width, default=True) if width > 0 else None
    if name in SHARES:
        # Rounded so that 0,3 − 0,1 reads 0,2 in a project file, not 0,19999999999999998.
        low, high = round(max(0.0, base - DEFAULT_SHARE), 10), round(min(1.0, base + DEFAULT_SHARE), 10)
        return Range(min(low, base), max(high, base), default=True)
    if name == "duration":
        return Range(max(1, base - DEFAULT_YEARS), min(MAX_YEARS, base + DEFAULT_YEARS), default=True)
    if name == "discount_rate":
        return Range(min(DEFAULT_RATE[0], base), max(DEFAULT_RATE[1], base), default=True)
    raise ValueError(f"onbekende aanname: {name}")


def with_default_ranges(project: Project) -> Project:
    """Fill every assumption without a range of its own with the conventional default.

    Ranges the user set (also ``fixed`` ones) are kept; earlier defaults are
    recomputed from the current base values.
    """

    def effect_ranges(effect: Effect) -> dict[str, Range]:
        ranges = {}
        for name in RANGED_EFFECT_FIELDS:
            own = effect.ranges.get(name)
            if own is not None and not own.default:
                ranges[name] = own
            elif (r := default_range(name, getattr(effect, name))) is not None:
                ranges[name] = r
        return ranges

    rate = project.discount_rate_range
    if rate is None or rate.default:
        rate = default_range("discount_rate", project.discount_rate)
    return replace(
        project,
        effects=tuple(replace(e, ranges=effect_ranges(e)) for e in project.effects),
        discount_rate_range=rate,
    )


def without_default_ranges(project: Project) -> Project:
    """Remove the ranges flagged ``default``; ranges the user set stay."""
    rate = project.discount_rate_range
    return replace(
        project,
        effects=tuple(
            replace(e, ranges={k: r for k, r in e.ranges.items() if not r.default})
            for e in project.effects
        ),
        discount_rate_range=None if rate is not None and rate.default else rate,
    )


def fit_ranges(project: Project, lang: str = "nl") -> tuple[Project, list[str]]:
    """Widen each range just enough to hold its base value; also the labels of those widened.

    A what-if value (the Impactkaart's sliders) may lie outside the saved range;
    the analysis then runs around the value shown, and the page says so.
    """
    widened: list[str] = []

    def fit(r: Range, base: float, label: str) -> Range:
        if r.low <= base <= r.high:
            return r
        widened.append(label)
        return replace(r, low=min(r.low, base), high=max(r.high, base))

    effects = tuple(
        replace(e, ranges={
            name: fit(r, getattr(e, name), f"{e.outcome} · {LABELS[lang][name]}")
            for name, r in e.ranges.items()
        })
        for e in project.effects
    )
    rate = project.discount_rate_range
    if rate is not None:
        rate = fit(rate, project.discount_rate, LABELS[lang]["discount_rate"])
    return replace(project, effects=effects, discount_rate_range=rate), widened


def _checked(project: Project, reference: Reference | None) -> Project:
    """Re-validate: a project changed with dataclasses.replace may have a base outside its range.

    Through JSON because `Project.to_dict` keeps tuples where the file has lists.
    """
    return parse_project(json.loads(json.dumps(project.to_dict())), reference)


def _with_value(project: Project, assumption: Assumption, value: float) -> Project:
    if assumption.effect is None:
        return replace(project, discount_rate=value)
    effects = list(project.effects)
    effects[assumption.effect] = replace(effects[assumption.effect], **{assumption.name: value})
    return replace(project, effects=tuple(effects))


# --- tornado -------------------------------------------------------------------------

TORNADO_COLUMNS = [
    "effect", "assumption", "label", "base", "low", "high", "distribution", "default",
    "factor_base", "factor_low", "factor_high", "swing",
]


def tornado(project: Project, reference: Reference | None = None, lang: str = "nl") -> pd.DataFrame:
    """The rendementsfactor at each assumption's low and high (all else at base), by swing.

    One engine call for the base project and all variants. Empty when nothing
    is uncertain; factor columns are NaN when the project has no costs.
    """
    project = _checked(project, reference)
    found = assumptions(project)
    variants = [project]
    for a in found:
        variants += [_with_value(project, a, a.range.low), _with_value(project, a, a.range.high)]
    factors = compute_portfolio(variants, reference).summary["rendementsfactor"].to_numpy()
    rows = [
        {
            "effect": a.effect,
            "assumption": a.name,
            "label": a.label(project, lang),
            "base": a.base,
            "low": a.range.low,
            "high": a.range.high,
            "distribution": a.range.distribution,
            "default": a.range.default,
            "factor_base": factors[0],
            "factor_low": factors[1 + 2 * j],
            "factor_high": factors[2 + 2 * j],
            "swing": abs(factors[2 + 2 * j] - factors[1 + 2 * j]),
        }
        for j, a in enumerate(found)
    ]
    frame = pd.DataFrame(rows, columns=TORNADO_COLUMNS)
    frame["effect"] = frame["effect"].astype("Int64")
    # stable sort: equal swings keep the project's order
    return frame.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


# --- break-even ----------------------------------------------------------------------


@dataclass(frozen=True)
class BreakEven:
    """How far one effect may shrink before the rendementsfactor reaches a threshold.

    ``fall`` is the fraction x* by which quantity (or proxy) may fall:
    0 < x* < 1: the omslagpunt; x* ≥ 1: even without the effect the factor
    stays at or above the threshold; x* < 0: the factor is already below it and
    the effect would have to grow by −x*. None: the effect's value is not
    positive (shrinking it does not lower the factor) or there are no costs.
    """

    effect: int
    outcome: str
    threshold: float
    pv_effect: float
    fall: float | None
    quantity_at: float | None  # quantity at the threshold (others at base)
    proxy_at: float | None
    sentence: str


def break_even(
    project: Project, reference: Reference | None = None, lang: str = "nl"
) -> list[BreakEven]:
    """Per effect, the break-even fall for the thresholds 1 and the SEOR average (1,6)."""
    reference = reference or default_reference()
    result = compute(project, reference)
    pv_b, pv_c = result.pv_benefits, result.pv_costs
    pv_effect = result.effects.set_index("effect")["pv_benefits"]
    out = []
    for threshold in (1.0, reference.seor_benchmark):
        for i, effect in enumerate(project.effects):
            b = float(pv_effect.get(i, 0.0))
            fall = None
            if result.rendementsfactor is not None and b > 0:
                fall = (pv_b - threshold * pv_c) / b
            at = 1 - fall if fall is not None and fall <= 1 else None
            out.append(
                BreakEven(
                    effect=i,
                    outcome=effect.outcome,
                    threshold=threshold,
                    pv_effect=b,
                    fall=fall,
                    quantity_at=None if at is None else effect.quantity * at,
                    proxy_at=None if at is None else effect.proxy * at,
                    sentence=_sentence(effect.outcome, threshold, fall, b, result.rendementsfactor, lang),
                )
            )
    return out


def summary_sentences(rows: Sequence[BreakEven], lang: str = "nl") -> list[str]:
    """The break-even sentences for one threshold, shortest margin first; the effects
    without which the project still clears the threshold share one sentence."""
    robust = [b for b in rows if b.fall is not None and b.fall >= 1]
    # At one threshold every fall has the same sign (that of B − T·C), so the
    # smallest |fall| is the most telling: the thinnest margin, or the least growth needed.
    rest = sorted((b for b in rows if b not in robust),
                  key=lambda b: (b.fall is None, abs(b.fall) if b.fall is not None else 0.0))
    sentences = [b.sentence for b in rest]
    if len(robust) == 1:
        sentences.append(robust[0].sentence)
    elif robust:
        names = [f"‘{b.outcome}’" for b in robust]
        joined = ", ".join(names[:-1]) + (" of " if lang == "nl" else " or ") + names[-1]
        keep = _phrases(robust[0].threshold, lang)["keep"]
        sentences.append(
            f"Ook zonder één van de effecten {joined} {keep}." if lang == "nl"
            else f"Even without any one of the effects {joined}, {keep}."
        )
    return sentences


def _phrases(threshold: float, lang: str) -> dict[str, str]:
    """The parts of a break-even sentence that depend on the threshold (1 or the SEOR average)."""
    nl = lang == "nl"
    if threshold == 1.0:
        return {
            "keep": "blijft elke euro meer dan een euro opleveren" if nl
            else "every euro still returns more than a euro",
            "below": "zakt de rendementsfactor onder 1" if nl else "the return factor drops below 1",
            "reach": "om elke euro terug te verdienen" if nl else "to earn back every euro",
            "under": "De rendementsfactor ligt onder 1" if nl else "The return factor is below 1",
        }
    t = formats.number(threshold, lang, 1)
    return {
        "keep": f"blijft de rendementsfactor boven het SEOR-gemiddelde van {t}" if nl
        else f"the return factor stays above the SEOR average of {t}",
        "below": f"zakt de rendementsfactor onder het SEOR-gemiddelde van {t}" if nl
        else f"the return factor drops below the SEOR average of {t}",
        "reach": f"om het SEOR-gemiddelde van {t} te halen" if nl
        else f"to reach the SEOR average of {t}",
        "under": f"De rendementsfactor ligt onder het SEOR-gemiddelde van {t}" if nl
        else f"The return factor is below the SEOR average of {t}",
    }


def _sentence(
    outcome: str, threshold: float, fall: float | None, pv_effect: float,
    factor: float | None, lang: str,
) -> str:
    nl = lang == "nl"
    effect = f"het effect ‘{outcome}’" if nl else f"the effect ‘{outcome}’"
    words = _phrases(threshold, lang)
    keep, below, reach, under = words["keep"], words["below"], words["reach"], words["under"]
    if factor is None:
        return ("Zonder kosten is er geen rendementsfactor en dus geen omslagpunt." if nl
                else "Without costs there is no return factor, so no break-even point.")
    if fall is None:
        return (f"{effect[0].upper()}{effect[1:]} heeft geen positieve waarde: als het kleiner "
                "wordt, daalt de rendementsfactor niet." if nl else
                f"{effect[0].upper()}{effect[1:]} has no positive value: if it shrinks, the "
                "return factor does not fall.")
    if fall >= 1:
        return (f"Ook zonder {effect} {keep}." if nl else f"Even without {effect}, {keep}.")
    if fall >= 0:
        whole = math.ceil(fall * 100) - 1  # the largest whole percentage that keeps us above
        exact = formats.percent(fall, lang, 1)
        if whole < 1:
            return (f"{effect[0].upper()}{effect[1:]} mag nauwelijks kleiner worden: bij {exact} "
                    f"minder {below}." if nl else
                    f"{effect[0].upper()}{effect[1:]} can hardly shrink: at {exact} less, {below}.")
        pct = formats.percent(whole / 100, lang)
        return (f"Zelfs als {effect} {pct} kleiner is, {keep} (omslagpunt: {exact} kleiner)."
                if nl else f"Even if {effect} is {pct} smaller, {keep} (break-even: {exact} smaller).")
    need = formats.percent(math.ceil(-fall * 100) / 100, lang)
    return (f"{under}: {effect} zou {need} groter moeten zijn {reach}." if nl
            else f"{under}: {effect} would have to be {need} larger {reach}.")


# --- Monte Carlo -----------------------------------------------------------------------


def draw_samples(found: Sequence[Assumption], n: int, rng: np.random.Generator) -> np.ndarray:
    """An (n, len(found)) array: column j holds n draws of assumption j.

    One uniform matrix, turned into each distribution by its inverse CDF (vectorised
    over all assumptions at once). Triangular(a, c, b) with F(c) = (c − a)/(b − a):
    x = a + √(u (b − a)(c − a)) for u < F(c), else b − √((1 − u)(b − a)(b − c)).
    A duration is drawn over low − ½ … high + ½ and rounded, so each whole year
    between low and high gets its fair share.
    """
    u = rng.random((n, len(found)))
    if not found:
        return u
    low = np.array([float(a.range.low) for a in found])
    high = np.array([float(a.range.high) for a in found])
    mode = np.array([float(a.base) for a in found])
    years = np.array([a.name == "duration" for a in found])
    uniform = np.array([a.range.distribution == "uniform" for a in found])
    low, high = np.where(years, low - 0.5, low), np.where(years, high + 0.5, high)
    width = high - low
    below = u < (mode - low) / width
    # choose the branch before the square root: one sqrt per draw, never of a negative
    root = np.where(below, u * (width * (mode - low)), (1 - u) * (width * (high - mode)))
    np.sqrt(root, out=root)
    out = np.where(below, low + root, high - root)
    if uniform.any():
        out[:, uniform] = low[uniform] + u[:, uniform] * width[uniform]
    if years.any():
        ranged = [a.range for a in found]
        lo = np.array([r.low for r in ranged], dtype=float)
        hi = np.array([r.high for r in ranged], dtype=float)
        out[:, years] = np.clip(np.rint(out[:, years]), lo[years], hi[years])
    return out


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
            cols, effects = map(list, zip(*picked))
            drawn = np.tile(columns[name], (n, 1))
            drawn[:, effects] = samples[:, cols]
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
    start_discount = np.exp((fp.e_start - 1) * log_d)
    pv_effect = value0 * start_discount * _geometric(log_keep + log_d, duration)

    c_pv = fp.c_amount * np.exp((fp.c_year - 1) * log_d)  # (n, C)
    pv_b, pv_c = pv_effect.sum(axis=1), c_pv.sum(axis=1)
    parties = len(fp.party_names)
    party_benefits = pv_effect @ _onehot(fp.e_party, parties)
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
    seor_benchmark: float
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

    @property
    def fte_total(self) -> np.ndarray:
        return self.fte_by_sector.sum(axis=1)

    @property
    def has_factor(self) -> bool:
        return bool(np.isfinite(self.factor).any())

    def factor_summary(self) -> dict[str, Any]:
        stats = _interval(self.factor)
        finite = self.factor[np.isfinite(self.factor)]
        stats["p_above_1"] = float((finite > 1).mean()) if len(finite) else None
        stats["p_above_seor"] = float((finite > self.seor_benchmark).mean()) if len(finite) else None
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

    def to_dict(self) -> dict[str, Any]:
        """The `impactkaart montecarlo --json` shape."""
        hist = self.histogram()
        return {
            "name": self.name,
            "draws": self.draws,
            "seed": self.seed,
            "method": self.method,
            "note": "aannames onafhankelijk getrokken; 90%-interval = 5e tot 95e percentiel",
            "deterministic": self.base,
            "seor_benchmark": self.seor_benchmark,
            "rendementsfactor": {**self.factor_summary(),
                                 "histogram": hist.to_dict(orient="records")},
            "pv_benefits": _interval(self.pv_benefits),
            "pv_costs": _interval(self.pv_costs),
            "by_party": [_plain_row(r) for r in self.by_party().to_dict(orient="records")],
            "fte_total": _interval(self.fte_total),
            "fte_by_sector": [_plain_row(r) for r in self.fte().to_dict(orient="records")],
            "assumptions": self.assumptions,
        }


def _plain(value: Any) -> Any:
    """A JSON-ready Python value: NaN and pd.NA become None, numpy scalars plain."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.items()}


ProgressCallback = Callable[[int, int], bool | None]


def monte_carlo(
    project: Project,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
    reference: Reference | None = None,
    progress: ProgressCallback | None = None,
    method: str = "twin",
    keep_samples: bool = False,
) -> MonteCarloResult:
    """Draw every ranged assumption ``draws`` times and compute each draw.

    Reproducible: the draws depend only on the project, ``seed`` and the draw
    number (chunk k uses the k-th child of ``SeedSequence(seed)``, so the first
    5.000 draws of a run of 20.000 equal those of a run of 5.000).
    ``progress(done, total)`` is called after each chunk; returning False
    raises `MonteCarloCancelled`. ``method``: "twin" (closed-form numpy, fast)
    or "engine" (the engine's compute_flat on a portfolio of draws).
    """
    if not 1 <= draws <= MAX_DRAWS:
        raise ValueError(f"het aantal trekkingen moet tussen 1 en {MAX_DRAWS:_} liggen".replace("_", "."))
    if method not in ("twin", "engine"):
        raise ValueError("method moet 'twin' of 'engine' zijn")
    reference = reference or default_reference()
    project = _checked(project, reference)
    found = assumptions(project)
    fp = flatten([project], reference)
    run = twin if method == "twin" else engine_draws
    n_chunks = math.ceil(draws / CHUNK)
    children = np.random.SeedSequence(seed).spawn(n_chunks)
    parts: list[Draws] = []
    kept: list[np.ndarray] = []
    done = 0
    for k, child in enumerate(children):
        n = min(CHUNK, draws - k * CHUNK)
        samples = draw_samples(found, n, np.random.default_rng(child))
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
        **joined,
    )


# --- one call for the CLI and exports ---------------------------------------------------


def sensitivity(project: Project, reference: Reference | None = None, lang: str = "nl") -> dict[str, Any]:
    """Tornado and break-even as plain data (the `impactkaart sensitivity --json` shape)."""
    reference = reference or default_reference()
    base = compute(project, reference)
    frame = tornado(project, reference, lang)
    records = [_plain_row(row) for row in frame.to_dict(orient="records")]
    return {
        "name": project.name,
        "rendementsfactor": base.rendementsfactor,
        "rendementsfactor_reason": base.rendementsfactor_reason,
        "seor_benchmark": reference.seor_benchmark,
        "default_ranges_note": DEFAULT_NOTE[lang] if has_default_ranges(project) else None,
        "tornado": records,
        "break_even": [
            {"effect": b.effect, "outcome": b.outcome, "threshold": b.threshold,
             "pv_effect": b.pv_effect, "fall": b.fall, "quantity_at": b.quantity_at,
             "proxy_at": b.proxy_at, "sentence": b.sentence}
            for b in break_even(project, reference, lang)
        ],
    }
