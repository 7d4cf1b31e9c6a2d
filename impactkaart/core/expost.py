"""Ex ante against ex post: expected and measured results of one project, side by side.

Both sides come from the one engine: ``compute(project)`` with the expected
quantities and ``compute(project, measured=True)`` with each effect's
``quantity_ex_post``. An effect without a measurement counts as 0 on the
measured side (not shown to have happened), never as its expected value;
`Comparison.unmeasured` says how many effects that concerns.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from impactkaart.core.engine import ProjectResult, compute
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference


@dataclass
class Comparison:
    expected: ProjectResult
    measured: ProjectResult
    effects: pd.DataFrame  # one row per effect, see `compare`
    unmeasured: int

    def totals(self) -> pd.DataFrame:
        """Rendementsfactor, benefits, costs and NPV, expected against measured."""
        rows = []
        for label, attr in (("Baten (contante waarde)", "pv_benefits"),
                            ("Kosten (contante waarde)", "pv_costs"),
                            ("Netto contante waarde", "npv"),
                            ("Rendementsfactor", "rendementsfactor")):
            rows.append({"grootheid": label, "verwacht": getattr(self.expected, attr),
                         "gemeten": getattr(self.measured, attr)})
        return pd.DataFrame(rows)


def effect_labels(project: Project) -> list[str]:
    """'3. minder huisartsconsulten', with the start year when an outcome repeats."""
    counts = pd.Series([e.outcome for e in project.effects]).value_counts()
    labels = []
    for i, e in enumerate(project.effects, start=1):
        label = f"{i}. {e.outcome}"
        if counts.get(e.outcome, 0) > 1:
            label += f" (vanaf jaar {e.start_year})"
        labels.append(label)
    return labels


def compare(project: Project, reference: Reference | None = None) -> Comparison:
    """Per effect: label, stakeholder, start year, expected and measured quantity per year,
    and the present value of its benefits under each (columns ``pv_expected``,
    ``pv_measured``, ``difference`` = measured − expected)."""
    expected = compute(project, reference)
    measured = compute(project, reference, measured=True)
    pv_expected = expected.effects.set_index("effect")["pv_benefits"]
    pv_measured = measured.effects.set_index("effect")["pv_benefits"]
    rows = []
    for i, (label, e) in enumerate(zip(effect_labels(project), project.effects)):
        rows.append({
            "effect": i,
            "label": label,
            "stakeholder": e.stakeholder,
            "start_year": e.start_year,
            "quantity": e.quantity,
            "quantity_ex_post": e.quantity_ex_post,
            "pv_expected": float(pv_expected.get(i, 0.0)),
            "pv_measured": float(pv_measured.get(i, 0.0)),
        })
    frame = pd.DataFrame(rows, columns=["effect", "label", "stakeholder", "start_year", "quantity",
                                        "quantity_ex_post", "pv_expected", "pv_measured"])
    frame["difference"] = frame["pv_measured"] - frame["pv_expected"]
    unmeasured = sum(e.quantity_ex_post is None for e in project.effects)
    return Comparison(expected, measured, frame, unmeasured)
