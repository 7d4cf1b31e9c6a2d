"""Ex ante against ex post: expected and measured results of one project, side by side.

Both sides come from the one engine: ``compute(project)`` with the expected
quantities and ``compute(project, measured=True)`` with each effect's
``quantity_ex_post``. An effect without a measurement counts as 0 on the
measured side (not shown to have happened), never as its expected value;
`Comparison.unmeasured` says how many effects that concerns.

The measured side also takes the re-estimated shares (``deadweight_ex_post`` …)
where given, and each cost's realised ``amount_ex_post``; a cost without one
stays at its budget, and `Comparison.costs_from_budget` counts those so that the
page can say so. In-kind inputs are the same on both sides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import EX_POST_SHARES, Project
from impactkaart.core.reference import Reference


@dataclass
class Comparison:
    expected: ProjectResult
    measured: ProjectResult
    effects: pd.DataFrame  # one row per effect, see `compare`
    unmeasured: int
    # --- ex post costs (inputs: issue 15 item 11) ---
    costs: pd.DataFrame | None = None  # one row per cost line, see `cost_lines`
    costs_from_budget: int = 0  # cost lines without a realised amount (the budget stands)

    @property
    def benefit_gap(self) -> float:
        """Measured minus expected benefits (present value): what the measurement changed."""
        return self.measured.pv_benefits - self.expected.pv_benefits

    def totals(self) -> pd.DataFrame:
        """Benefits, costs, NPV and rendementsfactor (``measure``), expected against measured."""
        rows = []
        for attr in ("pv_benefits", "pv_costs", "npv", "rendementsfactor"):
            rows.append({"measure": attr, "expected": getattr(self.expected, attr),
                         "measured": getattr(self.measured, attr)})
        return pd.DataFrame(rows)


def repeated_outcomes(project: Project) -> list[bool]:
    """Per effect: does its outcome occur more than once? (Then its start year tells the
    rows apart, e.g. the wizard's cohorts.)"""
    counts = pd.Series([e.outcome for e in project.effects], dtype=object).value_counts()
    return [bool(counts.get(e.outcome, 0) > 1) for e in project.effects]


def compare(project: Project, reference: Reference | None = None) -> Comparison:
    """Per effect: outcome, whether it repeats, stakeholder, start year, expected and
    measured quantity per year,
    and the present value of its benefits under each (columns ``pv_expected``,
    ``pv_measured``, ``difference`` = measured − expected)."""
    expected = compute(project, reference)
    measured = compute(project, reference, measured=True)
    pv_expected = expected.effects.set_index("effect")["pv_benefits"]
    pv_measured = measured.effects.set_index("effect")["pv_benefits"]
    rows = []
    for i, (repeated, e) in enumerate(zip(repeated_outcomes(project), project.effects)):
        rows.append({
            "effect": i,
            "outcome": e.outcome,
            "repeated": repeated,
            "stakeholder": e.stakeholder,
            "start_year": e.start_year,
            "quantity": e.quantity,
            "quantity_ex_post": e.quantity_ex_post,
            "pv_expected": float(pv_expected.get(i, 0.0)),
            "pv_measured": float(pv_measured.get(i, 0.0)),
        })
    frame = pd.DataFrame(rows, columns=["effect", "outcome", "repeated", "stakeholder", "start_year",
                                        "quantity", "quantity_ex_post", "pv_expected", "pv_measured"])
    frame["difference"] = frame["pv_measured"] - frame["pv_expected"]
    for name, twin in EX_POST_SHARES.items():
        frame[name] = [getattr(e, name) for e in project.effects]
        frame[twin] = [getattr(e, twin) for e in project.effects]
    unmeasured = sum(e.quantity_ex_post is None for e in project.effects)
    costs = cost_lines(project)
    return Comparison(expected, measured, frame, unmeasured, costs,
                      int(costs["realised"].isna().sum()))


def cost_lines(project: Project) -> pd.DataFrame:
    """Per cost line: year, financier, budget, realised (NaN: not entered) and the amount
    the measured side uses (the realised one, else the budget), nominal euros."""
    rows = [{"cost": i, "year": c.year, "financier": c.financier, "budget": c.amount,
             "realised": math.nan if c.amount_ex_post is None else c.amount_ex_post}
            for i, c in enumerate(project.costs)]
    frame = pd.DataFrame(rows, columns=["cost", "year", "financier", "budget", "realised"])
    frame = frame.astype({"budget": float, "realised": float})
    frame["used"] = frame["realised"].fillna(frame["budget"])
    return frame
