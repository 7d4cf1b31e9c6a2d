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

# The effect fields that are fractions 0–1; their default range is base ± DEFAULT_SHARE, clipped.
FRACTION_FIELDS = ("deadweight", "attribution", "displacement", "drop_off")

# Default ranges: conventions of this tool, NOT sourced figures (say so wherever shown:
# the catalogue's "uncertainty.default_note").
DEFAULT_RELATIVE = 0.25  # quantity and proxy: ± 25 % of the base value
DEFAULT_SHARE = 0.10  # deadweight, attribution, displacement, drop-off: ± 0,1
DEFAULT_YEARS = 1  # duration: ± 1 year
DEFAULT_RATE = (0.015, 0.04)  # discount rate: 1,5 %–4 %


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
    """The conventional range for one assumption (None: no sensible default, e.g. base 0)."""
    if name in ("quantity", "proxy"):
        width = DEFAULT_RELATIVE * abs(base)
        return Range(base - width, base + width, default=True) if width > 0 else None
    if name in FRACTION_FIELDS:
        # Rounded so that 0,3 − 0,1 reads 0,2 in a project file, not 0,19999999999999998.
        low, high = round(max(0.0, base - DEFAULT_SHARE), 10), round(min(1.0, base + DEFAULT_SHARE), 10)
        return Range(min(low, base), max(high, base), default=True)
    if name == "duration":
        return Range(max(1, base - DEFAULT_YEARS), min(MAX_YEARS, base + DEFAULT_YEARS), default=True)
    if name == "discount_rate":
        return Range(min(DEFAULT_RATE[0], base), max(DEFAULT_RATE[1], base), default=True)
    raise ValueError(f"unknown assumption: {name}")


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

