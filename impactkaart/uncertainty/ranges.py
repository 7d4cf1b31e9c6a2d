"""Which assumptions of a project are uncertain, and the default ranges.

Everything in this package starts from the ranges on a project's assumptions
(docs/project-format.md, "Ranges"; `Range` in core/model.py). The tornado and
break-even are in `sensitivity`, Monte Carlo in `montecarlo`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

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

# The effect fields that are fractions 0–1; their default range is base ± DEFAULT_SHARE.
FRACTION_FIELDS = ("deadweight", "attribution", "displacement", "drop_off")

# Default ranges: conventions of this tool, NOT sourced figures (say so wherever shown:
# the catalogue's "uncertainty.default_note"). Each is symmetric around the point value,
# so that value stays the median and the mode of the draws (docs/method.md, section 8):
# a one-sided range would move the Monte Carlo median away from the result it qualifies.
DEFAULT_RELATIVE = 0.25  # quantity and proxy: ± 25 % of the base value
DEFAULT_SHARE = 0.10  # deadweight, attribution, displacement, drop-off: ± 0,1
DEFAULT_YEARS = 1  # duration: ± 1 year
DEFAULT_RATE = 0.0075  # discount rate: ± 0,75 percentage point (1,5 %–3 % around 2,25 %)


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


def default_range(name: str, base: float) -> Range | None:
    """The conventional range for one assumption, symmetric around ``base``.

    Near an edge (a share near 0 or 1, a rate near 0) the half-width shrinks to the
    room that edge leaves on both sides. Where there is no room on one side at all
    (a share of exactly 0 or 1, a duration of 1 year or of MAX_YEARS, a rate of 0)
    the assumption is held ``fixed`` (flagged default): a range that can only go one
    way would move the median off the point value. None: no default (quantity or
    proxy 0, where ± 25 % is nothing).
    """
    if name in ("quantity", "proxy"):
        width = DEFAULT_RELATIVE * abs(base)
        return Range(base - width, base + width, default=True) if width > 0 else None
    if name in FRACTION_FIELDS:
        # No wider than a quarter of the share kept (1 − base): like quantity and proxy,
        # no default range moves the effect's value by more than ± 25 %.
        width = min(DEFAULT_SHARE, base, DEFAULT_RELATIVE * (1.0 - base))
    elif name == "duration":
        width = min(DEFAULT_YEARS, base - 1, MAX_YEARS - base)
    elif name == "discount_rate":
        width = min(DEFAULT_RATE, base)
    else:
        raise ValueError(f"unknown assumption: {name}")
    if width <= 0:
        return Range(base, base, distribution="fixed", default=True)
    # Rounded so that 0,3 − 0,1 reads 0,2 in a project file, not 0,19999999999999998
    # (never past the base: a width of 1e-12 must still hold it).
    low, high = round(base - width, 10), round(base + width, 10)
    return Range(min(low, base), max(high, base), default=True)


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

