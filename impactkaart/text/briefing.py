"""The words a councillor reads: one project's result as headline, figures and sentences.

The one-pager (PDF and HTML) and the presentation mode tell the same story from
the same `Briefing`, so a figure on the projector and on paper are always the
same text. Every number comes from `engine.compute` or from the reference data;
this module only chooses them; the words are the catalogue's (`text/words/briefing.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.conventions import convention_line, sensitivity_line
from impactkaart.text.names import party_label, project_type_label
from impactkaart.text.sources import SourcedFigure, citations, sourced_figures
from impactkaart.text.summary import (
    Benchmark,
    fte_sentence,
    fte_text,
    illustrative_reasons,
    seor_benchmark,
)


def years_text(n: int, lang: str = "nl") -> str:
    """'3 jaar' / '3 years', '1 year' (English has a singular; Dutch says jaar either way)."""
    return t("briefing.year_one" if n == 1 else "briefing.years", lang, n=n)


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
    parts.append(years_text(project.years, lang))
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


def cohort_words(e, lang: str = "nl") -> str:
    """'verdeeld over 3 cohorten (200 vanaf jaar 1, 100 vanaf jaar 2 …), elk 3 jaar';
    '' for an effect without cohorts (docs/method.md § 19)."""
    if not e.cohorts:
        return ""
    parts = ", ".join(t("cohorts.part", lang, quantity=_quantity(c.quantity, lang),
                        start=c.start_year) for c in e.cohorts)
    return t("cohorts.spread", lang, count=len(e.cohorts), parts=parts, n=e.duration)


def _quantity(quantity: float, lang: str) -> str:
    """A number of people or cases: whole without decimals, else with one."""
    return formats.number(quantity, lang, decimals=0 if float(quantity).is_integer() else 1)


def _assumptions_by_value(project: Project, result: ProjectResult, lang: str) -> list[tuple]:
    """(effect, its assumptions as the catalogue's fields), biggest present value first:
    the lines of the briefing and of the one-pager's appendix."""
    order = result.effects.sort_values("pv_benefits", ascending=False, kind="stable")["effect"]
    rows = []
    for index in order:
        e = project.effects[int(index)]
        duration = cohort_words(e, lang) or (
            years_text(e.duration, lang) if e.start_year == 1
            else t("briefing.from_year", lang, start=e.start_year, n=e.duration))
        rows.append((e, {
            "outcome": e.outcome, "party": party_label(e.stakeholder, lang),
            "quantity": _quantity(e.quantity, lang), "proxy": formats.euro(e.proxy, lang, decimals=2),
            "duration": duration, "deadweight": formats.percent(e.deadweight, lang),
            "displacement": formats.percent(e.displacement, lang),
            "attribution": formats.percent(e.attribution, lang),
            "drop_off": formats.percent(e.drop_off, lang),
        }))
    return rows


def effect_assumptions(project: Project, result: ProjectResult, lang: str = "nl") -> list[str]:
    """One line per effect with every assumption behind it, biggest present value first."""
    return [t("briefing.effect_assumption", lang, **fields)
            for _, fields in _assumptions_by_value(project, result, lang)]


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
    # FTE per year, as on the Impactkaart (issue 15, item 9): a sum over years overstates it.
    fte = t("briefing.fte_unit", lang, fte=fte_text(result.fte_per_year, lang))
    figures = [
        Figure(t("briefing.costs", lang), formats.euro(result.pv_costs, lang)),
        Figure(t("briefing.benefits", lang), formats.euro(result.pv_benefits, lang)),
        Figure(t("briefing.npv", lang), formats.euro(result.npv, lang)),
        Figure(t("results.fte_per_year", lang), fte),
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
        # the convention in force and the rate sensitivity (issue 15 item 13), then the ratio
        convention=" ".join([convention_line(project, lang, reference),
                             sensitivity_line(project, lang, reference),
                             t("briefing.convention", lang)]),
        illustrative=illustrative_reasons(project, lang, reference),
        sources=sourced_figures(project, reference, lang),
    )


# --- how sure, and what was measured (the one-pager and the presentation) ----------------

DRIVERS = 3  # assumptions on page 1: the few that move the factor most (tornado swing)
# Shares the user sees as percentages (docs/method.md, "One-pager").
SHARE_FIELDS = ("deadweight", "displacement", "attribution", "drop_off")


@dataclass(frozen=True)
class Driver:
    """One assumption that moves the rendementsfactor much, in plain words."""

    name: str  # the field ("quantity_proxy" when quantity and proxy move it alike)
    outcome: str | None  # None: the discount rate
    sentence: str
    factor_low: float  # the smaller of the factors at the range's two ends
    factor_high: float


@dataclass(frozen=True)
class ExPostLine:
    label: str
    expected: str
    measured: str


@dataclass
class Evidence:
    """The Monte Carlo interval with P(factor > 1), the drivers, and ex post where measured."""

    interval: str  # one sentence (or why there is none)
    defaults_note: str  # "" when the project's own ranges were used
    p05: float | None
    p95: float | None
    p_above_1: float | None
    drivers: list[Driver]
    expost: list[ExPostLine]  # empty: nothing measured
    expost_note: str
    measured: int  # effects with a measurement
    measured_factor: float | None = None
    measured_benefits: float | None = None


def assumption_text(name: str, value: float, lang: str = "nl") -> str:
    """An assumption as a person reads it: shares as percentages, money in euro."""
    from impactkaart.uncertainty.report import assumption_value

    if name in SHARE_FIELDS:
        return formats.percent(value, lang)
    return assumption_value(name, value, lang)


def _drivers(frame: pd.DataFrame, project: Project, lang: str) -> list[Driver]:
    """The top of the tornado, quantity and proxy of one effect as one line when they move
    the factor alike (benefits are linear in both, so with equal relative ranges they do)."""
    rows = [r for r in frame.to_dict(orient="records") if not pd.isna(r["swing"]) and r["swing"] > 0]
    found: list[Driver] = []
    used: set[int] = set()
    for i, row in enumerate(rows):
        if i in used or len(found) == DRIVERS:
            continue
        name = str(row["assumption"])
        if name == "size":  # the tornado's one lever for quantity × value per unit
            name = "quantity_proxy"
        effect = None if pd.isna(row["effect"]) else int(row["effect"])
        twin = "proxy" if name == "quantity" else "quantity" if name == "proxy" else None
        for j in range(i + 1, len(rows)):
            other = rows[j]
            if (twin and other["assumption"] == twin and not pd.isna(other["effect"])
                    and int(other["effect"]) == effect
                    and abs(other["swing"] - row["swing"]) <= 1e-9 * max(1.0, row["swing"])):
                used.add(j)
                name = "quantity_proxy"
                break
        low, high = float(row["factor_low"]), float(row["factor_high"])
        values = {
            "what": t(f"onepager.what.{name}", lang),
            "f_low": formats.factor(low, lang, decimals=2),
            "f_high": formats.factor(high, lang, decimals=2),
        }
        field_name = str(row["assumption"])
        outcome = None if effect is None else project.effects[effect].outcome
        if name == "quantity_proxy":  # both by the same fraction: say it as a share of the base
            values.update(down=formats.percent(1 - row["low"] / row["base"], lang),
                          up=formats.percent(row["high"] / row["base"] - 1, lang))
            sentence = t("onepager.driver_scaled", lang, outcome=outcome, **values)
        else:
            values.update(base=assumption_text(field_name, row["base"], lang),
                          low=assumption_text(field_name, row["low"], lang),
                          high=assumption_text(field_name, row["high"], lang))
            sentence = (t("onepager.driver_rate", lang, **values) if outcome is None
                        else t("onepager.driver", lang, outcome=outcome, **values))
        found.append(Driver(name, outcome, sentence, min(low, high), max(low, high)))
    return found


def _expost(project: Project, reference: Reference, lang: str) -> tuple[list[ExPostLine], str, int, Any]:
    from impactkaart.core.expost import compare

    measured = sum(e.quantity_ex_post is not None for e in project.effects)
    if not measured:
        return [], "", 0, None
    comparison = compare(project, reference)
    lines = []
    for row in comparison.totals().itertuples():
        if row.measure == "rendementsfactor":
            text = lambda v: formats.factor(v, lang, decimals=2)  # noqa: E731
            label = t("onepager.expost_factor", lang)
        else:
            text = lambda v: formats.euro(v, lang)  # noqa: E731
            label = t({"pv_benefits": "briefing.benefits", "pv_costs": "briefing.costs",
                       "npv": "briefing.npv"}[row.measure], lang)
        expected = None if pd.isna(row.expected) else float(row.expected)
        value = None if pd.isna(row.measured) else float(row.measured)
        lines.append(ExPostLine(label, text(expected), text(value)))
    total = len(project.effects)
    note = (t("onepager.expost_all", lang, total=total) if comparison.unmeasured == 0
            else t("onepager.expost_unmeasured", lang, n=comparison.unmeasured, total=total))
    return lines, note, measured, comparison.measured


def evidence(project: Project, result: ProjectResult, lang: str = "nl",
             reference: Reference | None = None) -> Evidence:
    """How sure the factor is (Monte Carlo: 90 % interval and P(factor > 1), through the
    uncertainty package's public functions), what drives it (the tornado), and ex post
    beside ex ante where measured (`core.expost.compare`). A project without ranges of its
    own gets the tool's default ranges, and the note says so."""
    from impactkaart.uncertainty.montecarlo import DEFAULT_DRAWS, monte_carlo
    from impactkaart.uncertainty.ranges import assumptions, with_default_ranges
    from impactkaart.uncertainty.report import chance
    from impactkaart.uncertainty.sensitivity import tornado

    reference = reference or default_reference()
    ranged, note = project, ""
    if not assumptions(project):
        ranged, note = with_default_ranges(project), t("onepager.interval_defaults", lang)
    p05 = p95 = above = None
    drivers: list[Driver] = []
    if result.rendementsfactor is not None and assumptions(ranged):
        stats = monte_carlo(ranged, draws=DEFAULT_DRAWS, reference=reference).factor_summary()
        p05, p95, above = stats["p05"], stats["p95"], stats["p_above_1"]
        drivers = _drivers(tornado(ranged, reference, lang), project, lang)
    if p05 is None or p95 is None:
        interval, note = t("onepager.interval_none", lang), ""
    else:
        interval = t("onepager.interval", lang, draws=formats.number(DEFAULT_DRAWS, lang, 0),
                     low=formats.factor(p05, lang, decimals=2),
                     high=formats.factor(p95, lang, decimals=2), chance=chance(above, lang))
    lines, expost_note, measured, measured_result = _expost(project, reference, lang)
    return Evidence(
        interval=interval, defaults_note=note, p05=p05, p95=p95, p_above_1=above,
        drivers=drivers, expost=lines, expost_note=expost_note, measured=measured,
        measured_factor=None if measured_result is None else measured_result.rendementsfactor,
        measured_benefits=None if measured_result is None else measured_result.pv_benefits,
    )


def plain_assumptions(project: Project, result: ProjectResult, lang: str = "nl") -> list[str]:
    """Every effect's assumptions in plain words, the economist's term in brackets
    (the appendix), biggest present value first; with the measured quantity where there is one."""
    lines = []
    for e, fields in _assumptions_by_value(project, result, lang):
        line = t("onepager.effect_assumption", lang, **fields)
        if e.quantity_ex_post is not None:
            line += t("onepager.effect_measured", lang,
                      quantity=_quantity(e.quantity_ex_post, lang))
        lines.append(line)
    return lines


def made_line(made_on: date, organisation: str = "", author: str = "", lang: str = "nl") -> str:
    """'Gemaakt op 1 december 2026 · Organisatie: … · Opgesteld door: …' (empty parts left out)."""
    day = t("onepager.date", lang, day=made_on.day, month=t(f"onepager.month_{made_on.month}", lang),
            year=made_on.year)
    parts = [t("onepager.made_on", lang, date=day)]
    if organisation.strip():
        parts.append(t("onepager.organisation", lang, value=organisation.strip()))
    if author.strip():
        parts.append(t("onepager.author", lang, value=author.strip()))
    return " · ".join(parts)


def expost_sentence(project: Project, lang: str = "nl", reference: Reference | None = None) -> str:
    """The Impactkaart's line beside the expected figures: the measured factor and benefits
    (`core.expost.compare`); "" when nothing is measured."""
    from impactkaart.core.expost import compare

    total = len(project.effects)
    if not any(e.quantity_ex_post is not None for e in project.effects):
        return ""
    comparison = compare(project, reference)
    return t("onepager.page_expost", lang,
             factor=formats.factor(comparison.measured.rendementsfactor, lang, decimals=2),
             benefits=formats.euro(comparison.measured.pv_benefits, lang),
             n=total - comparison.unmeasured, total=total)
