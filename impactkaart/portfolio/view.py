"""All projects of an organisation or gemeente together, through one engine call.

`portfolio_view` hands every project to `engine.compute_portfolio` (the
set-based path: one call however many projects) and regroups its tables for
the portfolio page and the presentation: one row per project, totals, FTE per
sector, and who pays and who profits across the portfolio.

The totals are sums of the engine's present values; each project is
discounted to its own start, so the portfolio's rendementsfactor is "all
benefits ÷ all costs, each valued at the start of its own project". It is a
ratio of the engine's sums, never a second calculation.

What counts. A portfolio is the organisation's real projects: a scenario is a what-if
copy of one of them and a workshop design is an attendee's sketch, so counting them
would add the same work twice or made-up work (two scenarios of one project turned
"3 projecten" into 5 and moved the factor). `portfolio_scope` sorts the saved
projects into the three kinds; only real projects count unless the user asks for
the others, and `scope_text` says what was left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from impactkaart.core.engine import MIN_COST, PortfolioResult, ProjectResult, compute_portfolio
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.scenarios.store import scenario_ids
from impactkaart.store.projects import Store
from impactkaart.text.catalogue import join_list, t
from impactkaart.workshop.store import workspace_project_ids


@dataclass
class PortfolioView:
    ids: list[int]
    projects: list[Project]
    result: PortfolioResult
    table: pd.DataFrame  # one row per project (see `project_table`)
    benchmark: float

    @property
    def pv_costs(self) -> float:
        return float(self.table["pv_costs"].sum())

    @property
    def pv_benefits(self) -> float:
        return float(self.table["pv_benefits"].sum())

    @property
    def npv(self) -> float:
        return self.pv_benefits - self.pv_costs

    @property
    def rendementsfactor(self) -> float | None:
        """All benefits ÷ all costs (None when nothing was paid, as in the engine)."""
        return None if self.pv_costs < MIN_COST else self.pv_benefits / self.pv_costs

    @property
    def fte_total(self) -> float:
        return float(self.table["fte_total"].sum())

    @property
    def n_above_benchmark(self) -> int:
        return int((self.table["rendementsfactor"] >= self.benchmark).sum())

    def fte_by_sector(self) -> pd.DataFrame:
        """sector, hours, fte: summed over every project and year, most FTE first."""
        labour = self.result.labour
        grouped = labour.groupby("sector", as_index=False, observed=True)[["hours", "fte"]].sum()
        grouped["sector"] = grouped["sector"].astype(object)
        return grouped.sort_values("fte", ascending=False, kind="stable").reset_index(drop=True)

    def by_party(self) -> pd.DataFrame:
        """party, pv_benefits, pv_costs, rendement: summed over every project."""
        grouped = self.result.by_party.groupby("party", as_index=False, observed=True)[
            ["pv_benefits", "pv_costs"]
        ].sum()
        grouped["party"] = grouped["party"].astype(object)
        costs = grouped["pv_costs"].to_numpy()
        rendement = np.full(len(grouped), np.nan)
        np.divide(grouped["pv_benefits"].to_numpy(), costs, out=rendement, where=costs >= MIN_COST)
        grouped["rendement"] = rendement
        return grouped

    def as_result(self, name: str) -> ProjectResult:
        """The portfolio as one `ProjectResult`, so the project charts can draw it.

        Only the tables the party and labour charts read are filled (summed per
        party, per sector and project year); per-effect detail is left empty.
        """
        labour = self.result.labour.groupby(["sector", "year"], as_index=False, observed=True)[
            ["hours", "fte"]
        ].sum()
        labour["sector"] = labour["sector"].astype(object)
        by_year = self.result.by_year.groupby("year", as_index=False)[
            ["costs", "benefits", "costs_pv", "benefits_pv"]
        ].sum()
        return ProjectResult(
            name=name,
            rendementsfactor=self.rendementsfactor,
            rendementsfactor_reason=None,
            pv_benefits=self.pv_benefits,
            pv_costs=self.pv_costs,
            npv=self.npv,
            payback_year=None,
            discount_rate=float("nan"),
            by_party=self.by_party(),
            by_year=by_year,
            labour=labour,
            effects=pd.DataFrame(columns=["effect", "pv_benefits", "nominal_benefits"]),
            effect_years=None,
        )


def project_table(ids: Sequence[int], projects: Sequence[Project], result: PortfolioResult,
                  benchmark: float) -> pd.DataFrame:
    """One row per project: id, name, type, phase, costs, benefits, NPV, factor, FTE, vs SEOR."""
    summary = result.summary
    factor = summary["rendementsfactor"].to_numpy(dtype=float)
    return pd.DataFrame({
        "id": np.asarray(ids, dtype=np.int64),
        "name": [p.name for p in projects],
        "project_type": [p.project_type for p in projects],
        "phase": [p.phase for p in projects],
        "pv_costs": summary["pv_costs"].to_numpy(),
        "pv_benefits": summary["pv_benefits"].to_numpy(),
        "npv": summary["npv"].to_numpy(),
        "rendementsfactor": factor,
        "fte_total": summary["fte_total"].to_numpy(),
        "above_benchmark": factor >= benchmark,  # NaN (no costs) compares False
    })


def portfolio_view(
    projects: Sequence[tuple[int, Project]], reference: Reference | None = None
) -> PortfolioView:
    """Every (id, project) computed in ONE `compute_portfolio` call, and regrouped."""
    reference = reference or default_reference()
    ids = [int(i) for i, _ in projects]
    items = [p for _, p in projects]
    result = compute_portfolio(items, reference)
    benchmark = reference.seor_benchmark
    return PortfolioView(
        ids=ids, projects=items, result=result,
        table=project_table(ids, items, result, benchmark), benchmark=benchmark,
    )


@dataclass(frozen=True)
class Scope:
    """Which saved projects a portfolio counts, and how many of each kind it leaves out."""

    ids: tuple[int, ...]  # the projects counted, in id order
    real: int  # projects that are neither a scenario nor a workshop design
    scenarios: int  # scenario copies saved (counted only with `with_scenarios`)
    workshop: int  # workshop designs saved (counted only with `with_workshop`)
    with_scenarios: bool = False
    with_workshop: bool = False


def portfolio_scope(store: Store, ids: Sequence[int], with_scenarios: bool = False,
                    with_workshop: bool = False) -> Scope:
    """Sort the saved projects ``ids`` into real ones, scenarios and workshop designs.

    A workshop design that someone copied as a scenario is counted as a workshop design
    (each project is one kind)."""
    workshop = workspace_project_ids(store)
    scenarios = scenario_ids(store) - workshop
    counted = tuple(
        int(i) for i in ids
        if (with_workshop or i not in workshop) and (with_scenarios or i not in scenarios))
    present = {int(i) for i in ids}
    n_workshop, n_scenarios = len(present & workshop), len(present & scenarios)
    return Scope(ids=counted, real=len(present) - n_workshop - n_scenarios,
                 scenarios=n_scenarios, workshop=n_workshop,
                 with_scenarios=with_scenarios, with_workshop=with_workshop)


def scope_text(scope: Scope, lang: str = "nl") -> str:
    """'3 projecten; 2 scenario's en 4 werksessie-ontwerpen niet meegeteld', or with them
    counted '3 projecten, 2 scenario's en 4 werksessie-ontwerpen'."""
    def kind(key: str, n: int) -> str:
        return t(f"nav.portfolio.{key}_{'one' if n == 1 else 'many'}", lang, n=n)

    others = (("scenarios", scope.scenarios, scope.with_scenarios),
              ("workshop", scope.workshop, scope.with_workshop))
    counted = [kind("projects", scope.real)] + [kind(k, n) for k, n, on in others if n and on]
    left_out = [kind(k, n) for k, n, on in others if n and not on]
    text = join_list(counted, lang)
    return t("nav.portfolio.without", lang, base=text, left=join_list(left_out, lang)) \
        if left_out else text
