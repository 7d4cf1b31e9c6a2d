"""From cases to the project's ex post effects ("neem casusresultaten over in ex post").

**The mapping.** The valued changes of all cases are grouped per item and
direction (less use / more use, smaller / larger risk) into one ex-post effect
each, named ``Uit casussen: <item>: <direction>`` (``From cases: …`` when taken over
in English; both are recognised as the cases' effects):

- ``quantity = 0``: nothing of it was expected ex ante, so the ex ante
  result does not change;
- ``quantity_ex_post = Σ |units| × (represents ÷ number of cases)``: the
  measured change, scaled up when the cases stand for more participants
  (``represents``; default: no scaling);
- ``attribution = 1 − Σ(|units| × share) ÷ Σ |units|``: the work session's
  shares, weighted by the size of each change, converted to the engine's
  "share caused by others" (see `impactkaart.cases.model`);
- proxy (negative for more use or a larger risk), its key and source, payer
  and sector as in the case calculation; deadweight 0, one year from
  ``start_year`` (default 1).

So the engine's measured value of each such effect is
``Σ |units| × scale × proxy × Σ(|units| share)/Σ|units| = scale × Σ (units × proxy × share)``:
with scale 1 and start year 1 the measured benefits of these effects equal the
sum of the per-case values (tests/cases/test_cases.py).

The project's own effects keep their expected and measured quantities; an
effect without a measurement still counts as 0 ex post. A new take-over
replaces the effects of the previous one (recognised by the name prefix), so
pressing the button twice does not count the cases twice.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pandas as pd

from impactkaart.cases.model import Case, changes, outcome_of, valued
from impactkaart.core.expost import Comparison, compare
from impactkaart.core.model import Effect, FieldError, Project, ProjectError
from impactkaart.core.proxies import transfer_fields
from impactkaart.core.reference import Reference

CASE_PREFIXES = {"nl": "Uit casussen: ", "en": "From cases: "}
CASE_PREFIX = CASE_PREFIXES["nl"]


def is_case_effect(effect: Effect) -> bool:
    return effect.outcome.startswith(tuple(CASE_PREFIXES.values()))


def without_prefix(outcome: str) -> str:
    for prefix in CASE_PREFIXES.values():
        if outcome.startswith(prefix):
            return outcome.removeprefix(prefix)
    return outcome


def expost_effects(
    project: Project, cases: Sequence[Case], represents: float | None = None, start_year: int = 1,
    reference: Reference | None = None, lang: str = "nl",
) -> tuple[Effect, ...]:
    """The ex-post effects the cases give (see the module docstring), named in ``lang``."""
    errors = []
    if represents is not None and not (math.isfinite(represents) and represents > 0):
        errors.append(FieldError("represents", "represents"))
    if not 1 <= start_year <= project.years:
        errors.append(FieldError("start_year", "project_year", {"years": project.years}))
    if errors:
        raise ProjectError(errors)
    rows = valued(changes(cases, reference)).copy()
    if rows.empty:
        return ()
    scale = 1.0 if represents is None else represents / len(cases)
    rows["outcome"] = [outcome_of(row, lang) for _, row in rows.iterrows()]
    rows["size"] = rows["units"].abs()
    rows["attributed"] = rows["size"] * rows["share"].fillna(0.0)
    effects = []
    for outcome, part in rows.groupby("outcome", sort=False):
        first = part.iloc[0]
        size = float(part["size"].sum())
        share = min(max(float(part["attributed"].sum()) / size, 0.0), 1.0)
        effects.append(Effect(
            outcome=CASE_PREFIXES[lang] + outcome, stakeholder=first["payer"], sector=first["sector"],
            quantity=0.0, quantity_ex_post=size * scale,
            proxy=math.copysign(float(first["proxy"]), first["units"]),
            duration=1, start_year=start_year, deadweight=0.0, attribution=1.0 - share,
            proxy_source=first["proxy_source"], proxy_key=first["proxy_key"],
            **transfer_fields(first["proxy_key"], reference),
        ))
    return tuple(effects)


def with_case_results(
    project: Project, cases: Sequence[Case], represents: float | None = None, start_year: int = 1,
    reference: Reference | None = None, lang: str = "nl",
) -> Project:
    """The project with the effects of a previous take-over replaced by the cases' effects."""
    kept = tuple(e for e in project.effects if not is_case_effect(e))
    new = expost_effects(project, cases, represents, start_year, reference, lang)
    return replace(project, effects=kept + new)


@dataclass
class Preview:
    """What the take-over changes, before anything is saved."""

    candidate: Project
    added: pd.DataFrame  # the new effects: outcome, payer, quantity_ex_post, share, proxy
    replaced: int  # effects of an earlier take-over that go
    other_measured: int  # the project's own effects with a measurement (may overlap!)
    before: Comparison
    after: Comparison

    @property
    def measured_gain(self) -> float:
        """What the take-over adds to the measured benefits (present value)."""
        return self.after.measured.pv_benefits - self.before.measured.pv_benefits


def preview(
    project: Project, cases: Sequence[Case], represents: float | None = None, start_year: int = 1,
    reference: Reference | None = None, lang: str = "nl",
) -> Preview:
    candidate = with_case_results(project, cases, represents, start_year, reference, lang)
    new = [e for e in candidate.effects if is_case_effect(e)]
    added = pd.DataFrame({
        "outcome": [without_prefix(e.outcome) for e in new],
        "payer": [e.stakeholder for e in new],
        "quantity_ex_post": [e.quantity_ex_post for e in new],
        "share": [1.0 - e.attribution for e in new],
        "proxy": [e.proxy for e in new],
    }, columns=["outcome", "payer", "quantity_ex_post", "share", "proxy"])
    return Preview(
        candidate=candidate, added=added,
        replaced=sum(is_case_effect(e) for e in project.effects),
        other_measured=sum(e.quantity_ex_post is not None and not is_case_effect(e)
                           for e in project.effects),
        before=compare(project, reference), after=compare(candidate, reference),
    )
