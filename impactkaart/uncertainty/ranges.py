"""Which assumptions of a project are uncertain, and the default ranges.

Everything in this package starts from the ranges on a project's assumptions
(docs/project-format.md, "Ranges"; `Range` in core/model.py). The tornado and
break-even are in `sensitivity`, Monte Carlo in `montecarlo`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from statistics import NormalDist

from impactkaart.core.model import (
    MAX_YEARS,
    RANGED_EFFECT_FIELDS,
    Effect,
    Project,
    Range,
    parse_project,
)
from impactkaart.core.reference import Reference
from impactkaart.text.catalogue import t

# The effect fields that are fractions 0–1 (their defaults: the part kept, 1 − share, ×/÷ a factor).
FRACTION_FIELDS = ("deadweight", "attribution", "displacement", "drop_off")

# Default ranges: conventions of this tool, NOT sourced figures (say so wherever shown:
# the catalogue's "uncertainty.default_note"). Each keeps the point value as the median
# and the mode of its draws (docs/method.md, section 8): a one-sided range would move
# the Monte Carlo median away from the result it qualifies.
# - Quantity, proxy and the shares multiply the effect's value (a share through the part
#   kept, 1 − share): their defaults are log_triangular, symmetric in the logarithm of
#   that factor, ×/÷ DEFAULT_FACTOR, so that a product of them has its median at the
#   product too.
# - Duration ± DEFAULT_YEARS, held fixed where drop-off makes a year more worth so much
#   less than a year less that the median could move by more than DURATION_SHIFT.
DEFAULT_FACTOR = 1.25  # quantity, proxy, the share kept: base/1,25 … base×1,25
DEFAULT_SHARE = 0.10  # no default moves a share by more than 0,1
DEFAULT_YEARS = 1  # duration: ± 1 year
DEFAULT_RATE = 0.0075  # discount rate: ± 0,75 percentage point (1,5 %–3 % around 2,25 %)
# The most a default duration range may move the effect's median (worst case, below).
DURATION_SHIFT = 0.02
# The log-spread of the rest of an effect at its widest: six multiplying defaults, each a
# symmetric triangle of half-width h = ln 1,25 in the log, variance h²/6 each: σ = h.
_REST_SIGMA = math.log(DEFAULT_FACTOR)
# A duration drawn over D − 1½ … D + 1½ (triangular, peak D) and rounded: D ± 1 each 2/9.
_YEAR_STEP = 2 / 9


@dataclass(frozen=True)
class Assumption:
    """One uncertain assumption: an effect's field, or the project's discount rate."""

    effect: int | None  # index in project.effects; None: the discount rate
    name: str
    base: float
    range: Range

    def label(self, project: Project, lang: str = "nl") -> str:
        outcome = None if self.effect is None else project.effects[self.effect].outcome
        return assumption_label(self.name, outcome, lang)


def assumption_label(name: str, outcome: str | None = None, lang: str = "nl") -> str:
    """'minder huisartsbezoek · aantal'; the discount rate belongs to no effect: 'discontovoet'."""
    what = t(f"uncertainty.assumption.{name}", lang)
    return what if outcome is None else f"{outcome} · {what}"


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


def default_range(
    name: str, base: float, drop_off: float = 0.0, discount_rate: float = 0.0
) -> Range | None:
    """The conventional range for one assumption; ``base`` stays its median and mode.

    Quantity and proxy: base/1,25 … base×1,25, ``log_triangular``. A share s: the share
    kept, 1 − s, ×/÷ a factor f = min(1,25; 1 + 0,1/(1 − s); 1/(1 − s)), so that the share
    moves by 0,1 at most and the part kept never passes 1; ``log_triangular``. Duration:
    ± 1 year (``duration_shift`` needs the effect's ``drop_off`` and the project's
    ``discount_rate``). Discount rate: ± 0,75 percentage point, no wider than the rate.
    Where there is no room on one side (a share of exactly 0 or 1, a duration of 1 year
    or of MAX_YEARS, a rate of 0), or a duration range would move the median by more
    than DURATION_SHIFT, the assumption is held ``fixed`` (flagged default). None: no
    default (quantity or proxy 0, where ± 25 % is nothing).
    """
    if name in ("quantity", "proxy"):
        if base == 0:
            return None
        ends = (_tidy(base / DEFAULT_FACTOR), _tidy(base * DEFAULT_FACTOR))
        return Range(min(*ends, base), max(*ends, base), "log_triangular", default=True)
    if name in FRACTION_FIELDS:
        kept = 1.0 - base
        factor = min(DEFAULT_FACTOR, 1 + DEFAULT_SHARE / kept, 1 / kept) if 0 < kept < 1 else 1.0
        high = 1 - kept / factor
        if round(high, 10) < 1:  # the part kept stays above 0 (its logarithm is drawn)
            high = round(high, 10)
        if factor <= 1 or not base < high < 1:
            return Range(base, base, distribution="fixed", default=True)
        low = max(round(1 - kept * factor, 10), 0.0)
        return Range(min(low, base), high, "log_triangular", default=True)
    if name == "duration":
        width = min(DEFAULT_YEARS, base - 1, MAX_YEARS - base)
        if width > 0 and abs(duration_shift(int(base), drop_off, discount_rate)) > DURATION_SHIFT:
            width = 0
    elif name == "discount_rate":
        width = min(DEFAULT_RATE, base)
    else:
        raise ValueError(f"unknown assumption: {name}")
    if width <= 0:
        return Range(base, base, distribution="fixed", default=True)
    low, high = round(base - width, 10), round(base + width, 10)
    return Range(min(low, base), max(high, base), default=True)


def _tidy(x: float) -> float:
    """Ten significant digits, so that 32 reads 32 in a project file, not 32.00000000000001,
    and a tiny quantity keeps its range (shares and years are rounded to 10 decimals, so
    that 0,3 − 0,1 reads 0,2, not 0,19999999999999998)."""
    return float(f"{x:.10g}")


def _series(years: int, keep: float) -> float:
    """Σ_{k<years} keep^k: an effect's value over its years, in first-year values."""
    return float(years) if keep == 1 else (1 - keep ** years) / (1 - keep)


def duration_shift(years: int, drop_off: float, discount_rate: float = 0.0) -> float:
    """The most a default duration range (± 1 year) can move the median of the effect's
    value, as a fraction (negative: down).

    With drop-off, a year more is worth less than a year less: the value at D − 1 and
    D + 1 years is l·V and u·V with ln u < −ln l. Drawn D ± 1 with chance p = 2/9 each,
    on top of the rest of the effect's uncertainty Y (its multiplying defaults, at most a
    log-spread σ = ln 1,25; taken normal), the median m of ln(value/V) solves

        p·Φ((m − ln l)/σ) + p·Φ((m − ln u)/σ) + (1 − 2p)·Φ(m/σ) = ½,

    solved by bisection. The shift grows with σ, so the widest rest is the worst case.
    """
    keep = (1 - drop_off) / (1 + discount_rate)
    if years <= 1 or keep <= 0:
        return 0.0
    value = _series(years, keep)
    log_l = math.log(_series(years - 1, keep) / value)
    log_u = math.log(_series(years + 1, keep) / value)
    cdf, p, sigma = NormalDist().cdf, _YEAR_STEP, _REST_SIGMA

    def excess(m: float) -> float:
        return (p * cdf((m - log_l) / sigma) + p * cdf((m - log_u) / sigma)
                + (1 - 2 * p) * cdf(m / sigma) - 0.5)

    lo, hi = log_l, log_u
    for _ in range(60):
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if excess(mid) > 0 else (mid, hi)
    return math.expm1((lo + hi) / 2)


def held_fixed(project: Project) -> list[tuple[str, float, int]]:
    """The assumptions the default ranges hold fixed because they can go only one way.

    One row per (assumption, point value): its name, the value and how many effects
    have it, in RANGED_EFFECT_FIELDS order (the discount rate last), so a page can say
    "verplaatsing 0 (6 effecten)" rather than list every effect.
    """
    counts: dict[tuple[str, float], int] = {}
    for effect in project.effects:
        for name in RANGED_EFFECT_FIELDS:
            r = effect.ranges.get(name)
            if r is not None and r.default and r.distribution == "fixed":
                key = (name, float(getattr(effect, name)))
                counts[key] = counts.get(key, 0) + 1
    rate = project.discount_rate_range
    if rate is not None and rate.default and rate.distribution == "fixed":
        counts[("discount_rate", float(project.discount_rate))] = 1
    order = {name: i for i, name in enumerate((*RANGED_EFFECT_FIELDS, "discount_rate"))}
    return [(name, value, n) for (name, value), n in
            sorted(counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


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
            elif (r := default_range(name, getattr(effect, name), effect.drop_off,
                                     project.discount_rate)) is not None:
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
            name: fit(r, getattr(e, name), assumption_label(name, e.outcome, lang))
            for name, r in e.ranges.items()
        })
        for e in project.effects
    )
    rate = project.discount_rate_range
    if rate is not None:
        rate = fit(rate, project.discount_rate, assumption_label("discount_rate", lang=lang))
    return replace(project, effects=effects, discount_rate_range=rate), widened


def checked(project: Project, reference: Reference | None) -> Project:
    """Re-validate: a project changed with dataclasses.replace may have a base outside its range.

    Through JSON because `Project.to_dict` keeps tuples where the file has lists.
    """
    return parse_project(json.loads(json.dumps(project.to_dict())), reference)

