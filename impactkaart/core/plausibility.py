"""Plausibility: results and inputs that are possible but rarely true, found before anyone
signs them.

The engine computes whatever it is given. A typing slip (`45.000` read as 45), a share
typed as 40 instead of 0,40, or one effect carrying the whole case still gives a number,
and that number looks as exact as a good one. These checks flag such results with a
code and the values behind it; the text layer words the reason
(`impactkaart.text.plausibility`), and the user may acknowledge a warning (it is then kept
with the project, so the next reader sees that somebody looked).

Every threshold is in `THRESHOLDS`, documented in docs/method.md ("Plausibility
warnings"). They are rules of thumb for social-work business cases, not statistics: a
warning asks for a second look, it never changes a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference


@dataclass(frozen=True)
class Thresholds:
    # SEOR's meta-analysis of social-work business cases found factors of roughly 1 to 5;
    # above 10 a result is far more often a typing slip than a discovery.
    max_factor: float = 10.0
    # Cost per participant per year (the budget over the reach). Below € 50 a year is less
    # than one hour of a professional; above € 50.000 is the price of residential care.
    min_cost_per_participant: float = 50.0
    max_cost_per_participant: float = 50_000.0
    # One effect (all its cohorts together) carrying more than this share of all benefits:
    # the whole case then stands or falls with one assumption.
    max_effect_share: float = 0.8
    # (1 − deadweight)(1 − displacement)(1 − attribution) below this: the effect keeps
    # less than a tenth of its gross value, often a share typed in the wrong unit.
    min_net_share: float = 0.1
    # A unit value more than this factor above or below the library's value for the same
    # proxy: the unit differs (per day vs per year) or a digit slipped.
    proxy_ratio: float = 3.0


THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Finding:
    """One finding: a code, the effect it concerns (its outcome, None for the project) and
    the values its words need. ``key`` is stable over recomputation, so an acknowledgement
    survives edits that do not change what is warned about."""

    code: str
    outcome: str | None = None
    values: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def key(self) -> str:
        return self.code if self.outcome is None else f"{self.code}:{self.outcome}"


# An effect's cohorts are one effect (its `cohorts`, issue 16 item 4). Files of before have
# a row per cohort, named "<outcome> (deelnemers van jaar N)" by the old wizard (nl and en):
# for the share of benefits those rows are one effect too.
_COHORT_MARKS = (" (deelnemers van jaar ", " (participants of year ")


def effect_name(outcome: str) -> str:
    """The effect an outcome row belongs to: the outcome without its cohort mark."""
    for mark in _COHORT_MARKS:
        if mark in outcome and outcome.endswith(")"):
            return outcome[: outcome.index(mark)]
    return outcome


def check(
    project: Project,
    result: ProjectResult,
    participants_per_year: float | None = None,
    reference: Reference | None = None,
    thresholds: Thresholds = THRESHOLDS,
) -> list[Finding]:
    """Every plausibility warning for one project, project-wide ones first."""
    reference = reference or default_reference()
    found: list[Finding] = []
    factor = result.rendementsfactor
    if factor is not None and factor > thresholds.max_factor:
        found.append(Finding("factor_high", values={"factor": factor,
                                                    "limit": thresholds.max_factor}))
    found.extend(_cost_per_participant(project, participants_per_year, thresholds))
    found.extend(_dominant_effect(project, result, thresholds))
    for effect in project.effects:
        net = (1 - effect.deadweight) * (1 - effect.displacement) * (1 - effect.attribution)
        if effect.quantity > 0 and net < thresholds.min_net_share:
            found.append(Finding("net_share_low", effect.outcome,
                                 {"net": net, "limit": thresholds.min_net_share}))
        found.extend(_proxy_far(effect, reference.proxies, thresholds))
    return found


def open_warnings(warnings: list[Finding], acknowledged: tuple[str, ...] | list[str]) -> list[Finding]:
    """The warnings nobody has acknowledged yet."""
    seen = set(acknowledged)
    return [w for w in warnings if w.key not in seen]


def _cost_per_participant(
    project: Project, participants: float | None, thresholds: Thresholds
) -> list[Finding]:
    if not participants or participants <= 0 or not project.costs:
        return []
    per_year: dict[int, float] = {}
    for cost in project.costs:
        per_year[cost.year] = per_year.get(cost.year, 0.0) + cost.amount
    cost = sum(per_year.values()) / len(per_year) / participants
    if cost < thresholds.min_cost_per_participant:
        return [Finding("cost_per_participant_low",
                        values={"cost": cost, "limit": thresholds.min_cost_per_participant})]
    if cost > thresholds.max_cost_per_participant:
        return [Finding("cost_per_participant_high",
                        values={"cost": cost, "limit": thresholds.max_cost_per_participant})]
    return []


def _dominant_effect(
    project: Project, result: ProjectResult, thresholds: Thresholds
) -> list[Finding]:
    effects = result.effects
    total = float(effects["pv_benefits"].sum()) if len(effects) else 0.0
    if total <= 0 or len(effects) < 2:
        return []
    # The engine's `effect` column is the effect's index in the project.
    names = effects["effect"].map(lambda i: effect_name(project.effects[int(i)].outcome))
    per_effect = effects.groupby(names, sort=False)["pv_benefits"].sum()
    if len(per_effect) < 2:
        return []
    name = str(per_effect.idxmax())
    share = float(per_effect.max()) / total
    if share <= thresholds.max_effect_share:
        return []
    return [Finding("effect_dominant", name, {"share": share,
                                              "limit": thresholds.max_effect_share})]


def _proxy_far(effect, proxies: pd.DataFrame, thresholds: Thresholds) -> list[Finding]:
    if effect.proxy_key is None or effect.proxy <= 0:
        return []
    row = proxies.loc[proxies["key"] == effect.proxy_key]
    if row.empty:
        return []
    library = float(row.iloc[0]["value"])
    if not math.isfinite(library) or library <= 0:
        return []
    ratio = effect.proxy / library
    if 1 / thresholds.proxy_ratio <= ratio <= thresholds.proxy_ratio:
        return []
    return [Finding("proxy_far", effect.outcome, {"proxy": effect.proxy, "library": library,
                                                  "ratio": ratio,
                                                  "limit": thresholds.proxy_ratio})]
