"""How sure is the rendementsfactor? The tornado and the break-even points.

- `tornado`: each ranged assumption at its low and at its high, everything else
  at base, through `compute_portfolio` (one set-based call), sorted by swing. An
  effect's quantity and value per unit are one lever (the value is their product,
  so each alone swings the factor identically): both at their low, both at their high.
- `break_even`: per effect, how far its quantity (or proxy) may fall before the
  rendementsfactor drops to 1. (Not to the SEOR average: that is context, not a
  threshold; docs/method.md, section 10.) Benefits are linear
  in quantity and in proxy, so with B = PV(benefits), C = PV(costs) and b = the
  effect's PV, a fall by the fraction x gives (B − x·b) / C, which equals the
  threshold T at ``x* = (B − T·C) / b``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from impactkaart.core.engine import ProjectResult, compute, compute_portfolio
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.uncertainty.montecarlo import plain_row
from impactkaart.uncertainty.ranges import (
    Assumption,
    assumption_label,
    assumptions,
    checked,
    has_default_ranges,
)


def _with_values(project: Project, changes: Sequence[tuple[Assumption, float]]) -> Project:
    effects = list(project.effects)
    for assumption, value in changes:
        if assumption.effect is None:
            project = replace(project, discount_rate=value)
        else:
            effects[assumption.effect] = replace(effects[assumption.effect],
                                                 **{assumption.name: value})
    return replace(project, effects=tuple(effects))


SIZE = "size"  # the lever "quantity × value per unit" of one effect


def levers(found: Sequence[Assumption]) -> list[list[Assumption]]:
    """The tornado's levers: one per assumption, except that an effect's quantity and
    proxy, when both vary, are one lever (first where the quantity stood)."""
    out: list[list[Assumption]] = []
    size: dict[int, list[Assumption]] = {}
    for a in found:
        if a.name in ("quantity", "proxy") and a.effect is not None:
            if a.effect in size:
                size[a.effect].append(a)
                continue
            size[a.effect] = [a]
            out.append(size[a.effect])
        else:
            out.append([a])
    return out


# --- tornado -------------------------------------------------------------------------

TORNADO_COLUMNS = [
    "effect", "assumption", "label", "base", "low", "high", "distribution", "default",
    "factor_base", "factor_low", "factor_high", "swing",
]


def tornado(project: Project, reference: Reference | None = None, lang: str = "nl") -> pd.DataFrame:
    """The rendementsfactor at each lever's low and high (all else at base), by swing.

    A lever is one assumption, or an effect's quantity and proxy together
    (``assumption`` "size"; base, low and high are then quantity × proxy: the
    effect's gross value per year). One engine call for the base project and all
    variants. Empty when nothing is uncertain; factor columns are NaN when the
    project has no costs.
    """
    project = checked(project, reference)
    found = levers(assumptions(project))
    variants = [project]
    for lever in found:
        variants += [_with_values(project, [(a, a.range.low) for a in lever]),
                     _with_values(project, [(a, a.range.high) for a in lever])]
    factors = compute_portfolio(variants, reference).summary["rendementsfactor"].to_numpy()

    def row(j: int, lever: list[Assumption]) -> dict[str, Any]:
        a = lever[0]
        if len(lever) == 1:
            name, label = a.name, a.label(project, lang)
            base, low, high = a.base, a.range.low, a.range.high
        else:
            name = SIZE
            label = assumption_label(SIZE, project.effects[a.effect].outcome, lang)
            base, low, high = (math.prod(x) for x in zip(*[(b.base, b.range.low, b.range.high)
                                                          for b in lever]))
        return {
            "effect": a.effect,
            "assumption": name,
            "label": label,
            "base": base,
            "low": low,
            "high": high,
            "distribution": a.range.distribution,
            "default": all(b.range.default for b in lever),
            "factor_base": factors[0],
            "factor_low": factors[1 + 2 * j],
            "factor_high": factors[2 + 2 * j],
            "swing": abs(factors[2 + 2 * j] - factors[1 + 2 * j]),
        }

    rows = [row(j, lever) for j, lever in enumerate(found)]
    frame = pd.DataFrame(rows, columns=TORNADO_COLUMNS)
    frame["effect"] = frame["effect"].astype("Int64")
    # stable sort: equal swings keep the project's order
    return frame.sort_values("swing", ascending=False, kind="stable").reset_index(drop=True)


# --- break-even ----------------------------------------------------------------------


@dataclass(frozen=True)
class BreakEven:
    """How far one effect may shrink before the rendementsfactor reaches a threshold.

    ``fall`` is the fraction x* by which quantity (or proxy) may fall:
    0 < x* < 1: the omslagpunt; x* ≥ 1: even without the effect the factor
    stays at or above the threshold; x* < 0: the factor is already below it and
    the effect would have to grow by −x*. None: the effect's value is not
    positive (shrinking it does not lower the factor) or there are no costs.
    ``case`` says which of these it is (one of CASES); `sentence` words it.
    """

    effect: int
    outcome: str
    threshold: float
    pv_effect: float
    fall: float | None
    quantity_at: float | None  # quantity at the threshold (others at base)
    proxy_at: float | None
    case: str


# no_costs: no rendementsfactor at all; not_positive: fall is None; robust: fall ≥ 1;
# hardly: less than one whole percent of room; margin: 0 ≤ fall < 1; grow: fall < 0.
CASES = ("no_costs", "not_positive", "robust", "hardly", "margin", "grow")


def _case(fall: float | None, factor: float | None) -> str:
    if factor is None:
        return "no_costs"
    if fall is None:
        return "not_positive"
    if fall >= 1:
        return "robust"
    if fall >= 0:
        return "hardly" if _whole_percent(fall) < 1 else "margin"
    return "grow"


def _whole_percent(fall: float) -> int:
    """The largest whole percentage by which the effect may fall and still keep us above."""
    return math.ceil(fall * 100) - 1


def break_even(
    project: Project, reference: Reference | None = None, result: ProjectResult | None = None
) -> list[BreakEven]:
    """Per effect, the break-even fall to the threshold 1 (every euro back).

    ``result``: the engine's result for this very project, when the caller has
    it already (the page and `sensitivity` do), so it is not computed twice.
    """
    reference = reference or default_reference()
    result = result if result is not None else compute(project, reference)
    pv_b, pv_c = result.pv_benefits, result.pv_costs
    pv_effect = result.effects.set_index("effect")["pv_benefits"]
    out = []
    for threshold in (1.0,):
        for i, effect in enumerate(project.effects):
            b = float(pv_effect.get(i, 0.0))
            fall = None
            if result.rendementsfactor is not None and b > 0:
                fall = (pv_b - threshold * pv_c) / b
            at = 1 - fall if fall is not None and fall <= 1 else None
            out.append(
                BreakEven(
                    effect=i,
                    outcome=effect.outcome,
                    threshold=threshold,
                    pv_effect=b,
                    fall=fall,
                    quantity_at=None if at is None else effect.quantity * at,
                    proxy_at=None if at is None else effect.proxy * at,
                    case=_case(fall, result.rendementsfactor),
                )
            )
    return out


def sentence(b: BreakEven, lang: str = "nl") -> str:
    """One break-even point in words, from the catalogue ("uncertainty.break_even.*")."""
    parts = _threshold_words(b.threshold, lang)
    values: dict[str, str] = {"outcome": b.outcome, **parts}
    if b.case in ("hardly", "margin"):
        values["exact"] = formats.percent(b.fall, lang, 1)
        values["pct"] = formats.percent(_whole_percent(b.fall) / 100, lang)
    elif b.case == "grow":
        values["need"] = formats.percent(math.ceil(-b.fall * 100) / 100, lang)
    # each case's sentence uses some of these values; str.format ignores the rest
    return t(f"uncertainty.break_even.{b.case}", lang, **values)


def summary_sentences(rows: Sequence[BreakEven], lang: str = "nl") -> list[str]:
    """The break-even sentences for one threshold, shortest margin first; the effects
    without which the project still clears the threshold share one sentence."""
    robust = [b for b in rows if b.case == "robust"]
    # At one threshold every fall has the same sign (that of B − T·C), so the
    # smallest |fall| is the most telling: the thinnest margin, or the least growth needed.
    rest = sorted((b for b in rows if b not in robust),
                  key=lambda b: (b.fall is None, abs(b.fall) if b.fall is not None else 0.0))
    sentences = [sentence(b, lang) for b in rest]
    if len(robust) == 1:
        sentences.append(sentence(robust[0], lang))
    elif robust:
        names = [f"‘{b.outcome}’" for b in robust]
        outcomes = ", ".join(names[:-1]) + f" {t('uncertainty.or', lang)} " + names[-1]
        keep = _threshold_words(robust[0].threshold, lang)["keep"]
        sentences.append(t("uncertainty.break_even.robust_all", lang, outcomes=outcomes, keep=keep))
    return sentences


def _threshold_words(threshold: float, lang: str) -> dict[str, str]:
    """The parts of a break-even sentence that depend on the threshold (only 1 today; the
    keys keep the threshold in their name so another could be worded beside it)."""
    value = formats.number(threshold, lang, 1)
    return {part: t(f"uncertainty.{part}.one", lang, t=value)
            for part in ("keep", "below", "reach", "under")}


# --- one call for the CLI and exports ---------------------------------------------------


def sensitivity(project: Project, reference: Reference | None = None, lang: str = "nl") -> dict[str, Any]:
    """Tornado and break-even as plain data (the `impactkaart sensitivity --json` shape)."""
    reference = reference or default_reference()
    base = compute(project, reference)
    frame = tornado(project, reference, lang)
    records = [plain_row(row) for row in frame.to_dict(orient="records")]
    return {
        "name": project.name,
        "rendementsfactor": base.rendementsfactor,
        "rendementsfactor_reason": base.rendementsfactor_reason,
        "seor_benchmark": reference.seor_benchmark,
        "default_ranges_note": (t("uncertainty.default_note", lang)
                                if has_default_ranges(project) else None),
        "tornado": records,
        "break_even": [
            {"effect": b.effect, "outcome": b.outcome, "threshold": b.threshold,
             "pv_effect": b.pv_effect, "fall": b.fall, "quantity_at": b.quantity_at,
             "proxy_at": b.proxy_at, "case": b.case, "sentence": sentence(b, lang)}
            for b in break_even(project, reference, base)
        ],
    }
