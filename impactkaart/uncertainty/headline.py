"""The interval and P(factor > 1) in one call, for exports and the one-pager.

`headline(project)` runs the Monte Carlo on the project's own ranges with the
default ranges filled in where it has none (flagged, as everywhere) and the
default correlation, seeded, so an export is the same each time it is made.
Only words and figures the uncertainty area makes; no page logic.
"""

from __future__ import annotations

from dataclasses import dataclass

from impactkaart.core.model import Project
from impactkaart.core.reference import Reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.uncertainty.montecarlo import (
    DEFAULT_DRAWS,
    DEFAULT_SEED,
    correlation_words,
    monte_carlo,
)
from impactkaart.uncertainty.ranges import has_default_ranges, with_default_ranges
from impactkaart.uncertainty.report import chance, factor_line, held_fixed_sentence


@dataclass(frozen=True)
class Headline:
    point: float | None  # the engine's rendementsfactor (the headline figure)
    median: float | None
    p05: float | None
    p95: float | None
    p_above_1: float | None  # None: nothing varies (or no costs): no probability to tell
    draws: int
    seed: int
    grouping: str
    rho: float
    defaults: bool  # some range is a default (a rule of thumb, not a source)
    interval_text: str  # '2,40× (puntschatting); mediaan …, 90%-interval … – …', or '–'
    chance_text: str | None  # 'Kans op een rendementsfactor boven 1: 95,6 %', or None
    note: str  # how the draws were made, the defaults and what was held fixed


def headline(project: Project, reference: Reference | None = None, lang: str = "nl",
             draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED) -> Headline:
    analysed = with_default_ranges(project)
    result = monte_carlo(analysed, draws=draws, seed=seed, reference=reference)
    stats = result.factor_summary()
    interval = factor_line(stats, lang) if result.has_factor and result.varies else \
        formats.factor(stats["point"], lang, decimals=2)
    p1 = stats["p_above_1"] if result.has_factor else None
    notes = [t("uncertainty.headline.how", lang, n=formats.number(result.draws, lang, decimals=0),
               seed=result.seed, how=correlation_words(result.grouping, result.rho, lang))]
    if has_default_ranges(analysed):
        notes.append(t("uncertainty.default_note", lang))
    if result.fixed:
        notes.append(held_fixed_sentence(result.fixed, lang))
    return Headline(
        point=stats["point"], median=stats["median"], p05=stats["p05"], p95=stats["p95"],
        p_above_1=p1, draws=result.draws, seed=result.seed, grouping=result.grouping,
        rho=result.rho, defaults=has_default_ranges(analysed), interval_text=interval,
        chance_text=None if p1 is None else t("uncertainty.headline.chance", lang,
                                              chance=chance(p1, lang)),
        note=" ".join(notes),
    )
