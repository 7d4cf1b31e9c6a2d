"""The words a councillor reads: one project's result as headline, figures and sentences.

The one-pager (PDF and HTML) and the presentation mode tell the same story from
the same `Briefing`, so a figure on the projector and on paper are always the
same text. Every number comes from `engine.compute` or from the reference data;
this module only chooses them; the words are the catalogue's (`text/words/briefing.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import party_label, project_type_label
from impactkaart.text.sources import SourcedFigure, citations, sourced_figures
from impactkaart.text.summary import (
    Benchmark,
    fte_sentence,
    fte_text,
    illustrative_reasons,
    seor_benchmark,
)


@dataclass(frozen=True)
class Figure:
    label: str
    value: str


@dataclass(frozen=True)
class PartyLine:
    party: str  # the key
    label: str
    pays: float
    receives: float
    pays_text: str
    receives_text: str
    rendement_text: str  # "3,2×", or "" when the party paid nothing


@dataclass(frozen=True)
class QualitativeLine:
    outcome: str  # the words of the people involved, as recorded
    party: str
    direction: str  # "+" or "-"
    direction_text: str
    strength: int
    strength_text: str


@dataclass
class Briefing:
    name: str
    subtitle: str
    headline: str  # "Elke geïnvesteerde euro levert € 1,60 op"
    factor_text: str  # "1,60×" or "–"
    comparison: str  # "1,60×: boven het gemiddelde van sociaal werk (1,6×)"
    benchmark_text: str
    benchmark_value_text: str  # "1,6×"
    benchmark: Benchmark
    figures: list[Figure]
    fte_total_text: str
    fte_sentence: str
    parties: list[PartyLine]
    qualitative: list[QualitativeLine]
    assumptions: list[str]  # one line per effect, biggest present value first
    convention: str
    illustrative: list[str]  # why the figures must be read as illustrative (empty: not known to be)
    sources: list[SourcedFigure] = field(default_factory=list)

    @property
    def citations(self) -> list[tuple[SourcedFigure, list[SourcedFigure]]]:
        return citations(self.sources)


def _subtitle(project: Project, lang: str) -> str:
    parts = [project_type_label(project.project_type, lang), t(f"briefing.phase_{project.phase}", lang)]
    if project.start_year:
        parts.append(f"{project.start_year}–{project.start_year + project.years - 1}")
    parts.append(t("briefing.years", lang, n=project.years))
    parts.append(t("briefing.rate", lang, rate=formats.percent(project.discount_rate, lang, decimals=2)))
    return " · ".join(parts)


def _comparison(factor: float | None, benchmark: float, lang: str) -> str:
    if factor is None:
        return ""
    rounded = round(factor, 2)
    key = "above" if rounded > benchmark else "below" if rounded < benchmark else "equal"
    return t(f"briefing.{key}", lang, factor=formats.factor(factor, lang, decimals=2),
             benchmark=formats.factor(benchmark, lang))


def party_lines(result: ProjectResult, lang: str = "nl") -> list[PartyLine]:
    """Every party that pays or receives, biggest amount first."""
    parties = result.by_party.assign(
        size=np.maximum(result.by_party["pv_costs"], result.by_party["pv_benefits"])
    ).sort_values("size", ascending=False, kind="stable")
    lines = []
    for row in parties.itertuples():
        rendement = "" if pd.isna(row.rendement) else formats.factor(float(row.rendement), lang)
        lines.append(PartyLine(
            party=str(row.party), label=party_label(str(row.party), lang),
            pays=float(row.pv_costs), receives=float(row.pv_benefits),
            pays_text=formats.euro(float(row.pv_costs), lang),
            receives_text=formats.euro(float(row.pv_benefits), lang),
            rendement_text=rendement,
        ))
    return lines


def effect_assumptions(project: Project, result: ProjectResult, lang: str = "nl") -> list[str]:
    """One line per effect with every assumption behind it, biggest present value first."""
    order = result.effects.sort_values("pv_benefits", ascending=False, kind="stable")["effect"]
    lines = []
    for index in order:
        e = project.effects[int(index)]
        duration = (t("briefing.years", lang, n=e.duration) if e.start_year == 1
                    else t("briefing.from_year", lang, start=e.start_year, n=e.duration))
        lines.append(t(
            "briefing.effect_assumption", lang,
            outcome=e.outcome, party=party_label(e.stakeholder, lang),
            quantity=formats.number(e.quantity, lang, decimals=0 if float(e.quantity).is_integer() else 1),
            proxy=formats.euro(e.proxy, lang, decimals=2), duration=duration,
            deadweight=formats.percent(e.deadweight, lang), displacement=formats.percent(e.displacement, lang),
            attribution=formats.percent(e.attribution, lang), drop_off=formats.percent(e.drop_off, lang),
        ))
    return lines


def briefing(
    project: Project, result: ProjectResult, lang: str = "nl", reference: Reference | None = None
) -> Briefing:
    """Everything the one-pager and the presentation say about one project."""
    reference = reference or default_reference()
    bench = seor_benchmark(reference)
    factor = result.rendementsfactor
    headline = (t("briefing.every_euro", lang, amount=formats.euro(factor, lang, decimals=2))
                if factor is not None else t("briefing.no_factor", lang))
    payback = (t("briefing.payback_year", lang, year=result.payback_year) if result.payback_year
               else t("briefing.no_payback", lang))
    fte = t("briefing.fte_unit", lang, fte=fte_text(result.fte_total, lang))
    figures = [
        Figure(t("briefing.costs", lang), formats.euro(result.pv_costs, lang)),
        Figure(t("briefing.benefits", lang), formats.euro(result.pv_benefits, lang)),
        Figure(t("briefing.npv", lang), formats.euro(result.npv, lang)),
        Figure(t("briefing.fte", lang), fte),
        Figure(t("briefing.payback", lang), payback),
    ]
    qualitative = [
        QualitativeLine(
            outcome=q.outcome, party=party_label(q.stakeholder, lang), direction=q.direction,
            direction_text=t(f"briefing.direction_{q.direction}", lang), strength=q.strength,
            strength_text=t(f"briefing.strength_{q.strength}", lang),
        )
        for q in project.qualitative
    ]
    return Briefing(
        name=project.name,
        subtitle=_subtitle(project, lang),
        headline=headline,
        factor_text=formats.factor(factor, lang, decimals=2),
        comparison=_comparison(factor, bench.value, lang),
        benchmark_text=t("briefing.benchmark", lang, value=formats.factor(bench.value, lang),
                         n_cases=bench.n_cases, n_mkba=bench.n_mkba, publisher=bench.publisher,
                         year=bench.year),
        benchmark_value_text=formats.factor(bench.value, lang),
        benchmark=bench,
        figures=figures,
        fte_total_text=fte,
        fte_sentence=fte_sentence(result, lang, reference),
        parties=party_lines(result, lang),
        qualitative=qualitative,
        assumptions=effect_assumptions(project, result, lang),
        convention=t("briefing.convention", lang, rate=formats.percent(result.discount_rate, lang, decimals=2)),
        illustrative=illustrative_reasons(project, lang, reference),
        sources=sourced_figures(project, reference, lang),
    )
