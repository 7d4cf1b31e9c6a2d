"""From a KPI's measurements to an effect's ex post quantity ("neem over uit KPI").

An explicit step with a preview, like the cases' take-over (`impactkaart.cases.expost`):
the user picks an effect of the project, a programme's KPI and its periods, and how the
measurements become a quantity:

- ``total``: the sum over the chosen periods of the numerators (a share measured with
  teller and noemer: the people with the outcome) or of the values (a count);
- ``last``: the numerator (or value) of the last chosen period.

A score (an average on a scale) is no quantity of people and is refused. The effect gets
``quantity_ex_post`` and ``measured_via``: JSON text with the programme, the KPI, the
periods, the mode and the quantity taken over. The Impactkaart then says "gemeten via KPI
…" (`measured_via_text`), as long as the quantity is still the one taken over: a number
typed over it by hand is no longer the KPI's.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from impactkaart.core.expost import Comparison, compare
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference
from impactkaart.monitoring.library import Kpi
from impactkaart.text.catalogue import t

MODES = ("total", "last")


class TakeOverError(ValueError):
    """``code``: a catalogue key ``monitoring.takeover.error.<code>``."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def quantity(kpi: Kpi, series: pd.DataFrame, periods: Sequence[str], mode: str = "total") -> float:
    """The quantity the chosen periods give (see the module docstring)."""
    if kpi.kind == "score":
        raise TakeOverError("score")
    if mode not in MODES:
        raise TakeOverError("mode")
    part = series[series["period"].isin(list(periods))].sort_values("period")
    if part.empty:
        raise TakeOverError("no_periods")
    if kpi.is_share:
        counts = part["numerator"]
        if counts.isna().any():
            raise TakeOverError("no_counts")
    else:
        counts = part["value"]
    values = [float(v) for v in counts]
    return values[-1] if mode == "last" else float(sum(values))


def with_kpi(project: Project, effect_index: int, programme: str, kpi: Kpi,
             series: pd.DataFrame, periods: Sequence[str], mode: str = "total") -> Project:
    if not 0 <= effect_index < len(project.effects):
        raise TakeOverError("effect")
    amount = quantity(kpi, series, periods, mode)
    chosen = sorted(periods)
    via = json.dumps({"programme": programme, "kpi": kpi.key, "first": chosen[0],
                      "last": chosen[-1], "periods": len(chosen), "mode": mode,
                      "quantity": amount}, ensure_ascii=False)
    effects = list(project.effects)
    effects[effect_index] = replace(effects[effect_index], quantity_ex_post=amount,
                                    measured_via=via)
    return replace(project, effects=tuple(effects))


@dataclass
class Preview:
    candidate: Project
    outcome: str
    old: float | None
    new: float
    before: Comparison
    after: Comparison

    @property
    def measured_gain(self) -> float:
        return self.after.measured.pv_benefits - self.before.measured.pv_benefits


def preview(project: Project, effect_index: int, programme: str, kpi: Kpi, series: pd.DataFrame,
            periods: Sequence[str], mode: str = "total",
            reference: Reference | None = None) -> Preview:
    """What the take-over changes, before anything is saved."""
    candidate = with_kpi(project, effect_index, programme, kpi, series, periods, mode)
    effect = project.effects[effect_index]
    return Preview(candidate, effect.outcome, effect.quantity_ex_post,
                   candidate.effects[effect_index].quantity_ex_post,
                   compare(project, reference), compare(candidate, reference))


def _via(text: str) -> dict | None:
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return None
    return data if isinstance(data, dict) and {"programme", "kpi", "quantity"} <= set(data) else None


def measured_via_text(project: Project, kpis: dict[str, Kpi], lang: str = "nl") -> list[str]:
    """One sentence per effect whose ex post quantity still is the one a KPI gave."""
    out = []
    for effect in project.effects:
        via = _via(effect.measured_via) if effect.measured_via else None
        if via is None or effect.quantity_ex_post is None:
            continue
        if not math.isclose(effect.quantity_ex_post, float(via["quantity"]), rel_tol=1e-9):
            continue
        kpi = kpis.get(via["kpi"])
        periods = via.get("first", "") if via.get("first") == via.get("last") else \
            f"{via.get('first', '')}–{via.get('last', '')}"
        out.append(t("monitoring.takeover.via", lang, outcome=effect.outcome,
                     kpi=kpi.label(lang) if kpi else via["kpi"], programme=via["programme"],
                     periods=periods))
    return out


def options(frame: pd.DataFrame, kpis: dict[str, Kpi], programmes, project_id: int | None
            ) -> list[tuple[str, str]]:
    """(programme, KPI) pairs with measurements that can give a quantity (shares and
    counts), the programmes linked to the project first."""
    linked = {p.name for p in programmes if p.project_id is not None and p.project_id == project_id}
    pairs = sorted({(p, k) for p, k in zip(frame["programme"], frame["kpi"])
                    if k in kpis and kpis[k].kind != "score"},
                   key=lambda pair: (pair[0] not in linked, pair))
    return pairs
