"""Words around the engine's numbers: the FTE sentence, the benchmark and honesty notes.

Nothing here computes a figure: every number comes from `engine.compute` or
from the sourced reference data; this module only chooses and phrases them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from impactkaart.core import illustrative
from impactkaart.core.engine import ProjectResult
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import join_list, mid_sentence, t
from impactkaart.text.names import sector_label

ILLUSTRATIVE_WORDS = illustrative.ILLUSTRATIVE_WORDS


def factor_reason(code: str | None, lang: str = "nl") -> str | None:
    """The engine's code for a missing rendementsfactor (`rendementsfactor_reason`) in words;
    None when there is a factor."""
    return None if code is None else t(f"reason_{code}", lang)


def fte_text(fte: float, lang: str = "nl") -> str:
    """FTE with one decimal; small amounts with two, so they do not read as zero."""
    return formats.number(fte, lang, decimals=1 if fte >= 0.1 or fte == 0 else 2)


def fte_sentence(result: ProjectResult, lang: str = "nl", reference: Reference | None = None) -> str:
    """'Dit project bespaart gemiddeld 1,3 fte per jaar (piek 1,6 fte in projectjaar 2; samen
    3,9 fte-jaren: 3,4 bij politie en justitie en 0,5 bij zorg).' FTE per year is the
    headline (docs/method.md § 5); the sum over the years only as fte-jaren."""
    per_sector = result.fte_by_sector()
    per_sector = per_sector.loc[per_sector["fte"] > 0].sort_values("fte", ascending=False)
    if per_sector.empty or result.fte_peak_year is None:
        return t("fte_sentence_none", lang)
    parts = [
        t("engine.fte_part", lang, fte=fte_text(float(row.fte), lang),
          sector=mid_sentence(sector_label(row.sector, lang, reference)))
        for row in per_sector.itertuples()
    ]
    return t("engine.fte_sentence", lang, per_year=fte_text(result.fte_per_year, lang),
             peak=fte_text(result.fte_peak, lang), year=result.fte_peak_year,
             total=fte_text(result.fte_years, lang), parts=join_list(parts, lang))


@dataclass(frozen=True)
class Benchmark:
    """The SEOR meta-analysis figure with its source, from impactkaart/data/parameters.csv."""

    value: float
    n_cases: int
    n_mkba: int
    source: str
    publisher: str
    year: str
    url: str
    # No `difference` or above/below: the average is context beside a result, never a
    # pass mark (docs/method.md, section 10; it averages 14 MKBAs of different scope).


def seor_benchmark(reference: Reference | None = None) -> Benchmark:
    return _default_benchmark() if reference is None else _benchmark_of(reference)


@functools.cache
def _default_benchmark() -> Benchmark:
    return _benchmark_of(default_reference())


def _benchmark_of(reference: Reference) -> Benchmark:
    row = reference.parameters.loc[reference.parameters["key"] == "seor_benchmark"].iloc[0]
    return Benchmark(
        value=reference.seor_benchmark,
        n_cases=int(reference.parameter("seor_n_businesscases")),
        n_mkba=int(reference.parameter("seor_n_mkba")),
        source=str(row["source_title"]),
        publisher=str(row["publisher"]),
        year=str(row["source_year"]),
        url=str(row["url"]),
    )


def illustrative_sector_figures(
    project: Project, reference: Reference | None = None
) -> dict[str, list[str]]:
    """figure -> sectors whose illustrative (unsourced) figure this project's FTE relies on."""
    return illustrative.sector_figures(project, reference or default_reference())


def row_numbers(rows: tuple[int, ...], lang: str = "nl") -> str:
    """Effect rows as the editor numbers them: (0, 1, 2, 5) -> '1–3 en 6'."""
    runs: list[list[int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    return join_list([f"{r[0] + 1}–{r[-1] + 1}" if len(r) > 1 else str(r[0] + 1) for r in runs],
                     lang)


def illustrative_reason(finding: illustrative.Finding, lang: str = "nl",
                        reference: Reference | None = None) -> str:
    """One finding in words, naming the effect rows and fields to replace."""
    rows = row_numbers(finding.rows, lang)
    key = "nav.illustrative.row_one" if len(finding.rows) == 1 else "nav.illustrative.row_many"
    where = t(key, lang, rows=rows, outcome=finding.outcome) if finding.rows else ""
    if finding.kind == "project":
        return t("illustrative_project", lang)
    if finding.kind == "reference":
        fields = join_list([t(f"editing.effects.{f}", lang) for f in finding.fields], lang)
        return t("nav.illustrative.reference", lang, where=where, fields=fields)
    if finding.kind == "proxy":
        return t("nav.illustrative.proxy", lang, where=where)
    names = [mid_sentence(sector_label(s, lang, reference)) for s in finding.sectors]
    return t("nav.illustrative.sector", lang, name=t(f"figure_{finding.figure}", lang),
             sectors=join_list(names, lang), rows=rows)


def illustrative_reasons(
    project: Project, lang: str = "nl", reference: Reference | None = None
) -> list[str]:
    """Why this project's figures must be read as illustrative, each naming the rows and
    fields to replace (empty: nothing known to be; see `impactkaart.core.illustrative`)."""
    reference = reference or default_reference()
    return [illustrative_reason(f, lang, reference)
            for f in illustrative.findings(project, reference)]
