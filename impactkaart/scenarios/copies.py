"""Scenarios: a saved copy of a project with other assumptions or reach, compared side by side.

"Wat als de gemeente een derde gezinswerker financiert?" A scenario is an
ordinary project (edit it like any other) plus a link to the project it was
copied from (table ``scenarios``; its SQL and migration 3 are in
`impactkaart.scenarios.store`). `make_scenario` applies the common changes in one
go: reach (every effect's quantity × a factor), an extra yearly cost for one
financier, another discount rate.

`compare` computes the base and its scenarios in one engine call
(`compute_portfolio`) and lays the results side by side: the headline, what
each party pays and receives, and FTE per sector.

(The what-if sliders of the Impactkaart, which save nothing, are in
`impactkaart.core.whatif`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from impactkaart.core.engine import MIN_COST, compute_portfolio
from impactkaart.core.model import Cost, FieldError, Project, ProjectError, Range, parse_project
from impactkaart.core.reference import Reference
from impactkaart.scenarios.store import base_of, link, scenarios_of
from impactkaart.store.projects import Store, write_project
from impactkaart.text.names import party_label, sector_label

__all__ = [  # base_of and scenarios_of (reading the links) live in scenarios.store
    "Comparison", "ScenarioChanges", "base_of", "compare", "difference", "make_scenario",
    "save_scenario", "scenarios_of",
]


@dataclass(frozen=True)
class ScenarioChanges:
    """What a scenario changes in its base project."""

    label: str  # "derde gezinswerker"
    reach: float = 1.0  # factor on every effect's expected quantity (1,5 = half as many again)
    extra_cost_per_year: float = 0.0  # added in every project year …
    extra_cost_financier: str = "gemeente"  # … paid by this party
    discount_rate: float | None = None  # None: keep the base project's


def scenario_rate(rate: float, base: Project) -> float | None:
    """The rate a scenario form gives, or None when it is the base project's own (so the
    copy keeps following the base's rate)."""
    return None if abs(rate - base.discount_rate) < 1e-12 else rate


def _scaled(rng: Range, factor: float) -> Range:
    return replace(rng, low=rng.low * factor, high=rng.high * factor)


def make_scenario(base: Project, changes: ScenarioChanges, reference: Reference | None = None) -> Project:
    """The base project with the changes applied, validated like any project.

    Raises `ProjectError` (codes naming the field, worded by `impactkaart.text.errors`)
    for a bad change.
    """
    label = changes.label.strip()
    errors = []
    if not label:
        errors.append(FieldError("label", "scenario_label"))
    if not 0 <= changes.reach <= 100:
        errors.append(FieldError("reach", "scenario_reach"))
    if changes.extra_cost_per_year < 0:
        errors.append(FieldError("extra_cost_per_year", "extra_cost_negative"))
    if changes.extra_cost_per_year > 0 and not changes.extra_cost_financier.strip():
        errors.append(FieldError("extra_cost_financier", "extra_cost_payer"))
    if errors:
        raise ProjectError(errors)
    effects = []
    for effect in base.effects:
        ranges = dict(effect.ranges)
        if "quantity" in ranges:
            ranges["quantity"] = _scaled(ranges["quantity"], changes.reach)
        effects.append(replace(effect, quantity=effect.quantity * changes.reach, ranges=ranges))
    costs = list(base.costs)
    if changes.extra_cost_per_year > 0:
        financier = changes.extra_cost_financier.strip()
        costs += [Cost(year, financier, changes.extra_cost_per_year)
                  for year in range(1, base.years + 1)]
    rate, rate_range = base.discount_rate, base.discount_rate_range
    if changes.discount_rate is not None:
        rate = changes.discount_rate
        if rate_range is not None and not rate_range.low <= rate <= rate_range.high:
            rate_range = None  # the old range was about the old rate
    name = f"{base.name} – {label}"[:500]
    scenario = replace(base, name=name, effects=tuple(effects), costs=tuple(costs),
                       discount_rate=rate, discount_rate_range=rate_range)
    return parse_project(scenario.to_dict(), reference)


# --- the link in the store ------------------------------------------------------------------


def save_scenario(store: Store, base_id: int, changes: ScenarioChanges) -> int:
    """Copy project ``base_id`` with the changes as a new project linked to it; its id."""
    scenario = make_scenario(store.load_project(base_id), changes, store.reference)

    def work(cur) -> int:  # the copy and its link in one transaction: never one without the other
        new_id = write_project(cur, scenario)
        link(cur, new_id, base_id, changes.label.strip())
        return new_id

    return store.write(work)


# --- side by side --------------------------------------------------------------------------


@dataclass
class Comparison:
    labels: list[str]  # one per project, in the order given
    headline: pd.DataFrame  # label, pv_costs, pv_benefits, npv, rendementsfactor, fte_total
    parties: pd.DataFrame  # label, party, party_label, pv_costs, pv_benefits, rendement
    fte: pd.DataFrame  # label, sector, sector_label, hours, fte


def compare(items: Sequence[tuple[str, Project]], reference: Reference | None = None,
            lang: str = "nl") -> Comparison:
    """The base and its scenarios through ONE engine call, laid side by side by label
    (party and sector names in ``lang``)."""
    labels = [label for label, _ in items]
    result = compute_portfolio([project for _, project in items], reference)
    summary = result.summary
    headline = pd.DataFrame({
        "label": labels,
        "pv_costs": summary["pv_costs"].to_numpy(),
        "pv_benefits": summary["pv_benefits"].to_numpy(),
        "npv": summary["npv"].to_numpy(),
        "rendementsfactor": summary["rendementsfactor"].to_numpy(dtype=float),
        "fte_total": summary["fte_total"].to_numpy(),
    })
    parties = result.by_party.copy()
    parties["party"] = parties["party"].astype(object)
    parties.insert(0, "label", [labels[i] for i in parties["project"]])
    parties["party_label"] = [party_label(p, lang) for p in parties["party"]]
    fte = result.labour.groupby(["project", "sector"], as_index=False, observed=True)[
        ["hours", "fte"]].sum()
    fte["sector"] = fte["sector"].astype(object)
    fte.insert(0, "label", [labels[i] for i in fte["project"]])
    fte["sector_label"] = [sector_label(s, lang, reference) for s in fte["sector"]]
    return Comparison(
        labels=labels,
        headline=headline,
        parties=parties.drop(columns="project").reset_index(drop=True),
        fte=fte.drop(columns="project").reset_index(drop=True),
    )


def difference(comparison: Comparison, base: str, other: str) -> dict[str, float | None]:
    """What ``other`` changes against ``base``: costs, benefits, NPV, factor and FTE."""
    rows = comparison.headline.set_index("label")
    b, o = rows.loc[base], rows.loc[other]
    out: dict[str, float | None] = {}
    for column in ("pv_costs", "pv_benefits", "npv", "fte_total"):
        out[column] = float(o[column] - b[column])
    factor_b, factor_o = b["rendementsfactor"], o["rendementsfactor"]
    out["rendementsfactor"] = (
        None if np.isnan(factor_b) or np.isnan(factor_o) else float(factor_o - factor_b)
    )
    out["extra_costs_paid_back"] = (
        None if out["pv_costs"] < MIN_COST else out["pv_benefits"] / out["pv_costs"]
    )
    return out
