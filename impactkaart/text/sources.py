"""Which figure of a project comes from where, in words: the sources behind one project's result.

The one-pager and the Excel export both list, for every figure the result
rests on, its value and its source (or that it is the project's own assumption,
or an illustrative figure without a source). Nothing is computed here: values
are read from the project and from the sourced reference data in ``impactkaart/data/``.

A figure is looked up exactly as the engine resolves it (`core.sources`): a sector
figure the project defines itself (``sectors``) wins over the reference table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.core.sources import sector_figures_used
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import sector_label

# The Dutch words (text/words/sources.py holds both languages).
PRICE_PREFIX = t("sources.price_prefix")
OWN_ASSUMPTION = t("sources.own_assumption")
FIGURE_NAMES = {name: t(f"sources.figure.{name}") for name in
                ("productive_hours_per_fte", "labour_cost_per_fte", "labour_share")}


@dataclass(frozen=True)
class SourcedFigure:
    """One figure a project's result uses, with where it comes from."""

    what: str  # "Discontovoet", "Prijs per eenheid: minder huisartsbezoek", …
    value: str  # formatted in the language asked for
    source: str  # title of the source; OWN_ASSUMPTION when there is none
    publisher: str = ""
    year: str = ""
    price_year: str = ""
    url: str = ""
    illustratief: bool = False

    @property
    def citation(self) -> str:
        return self.citation_in("nl")

    def citation_in(self, lang: str = "nl") -> str:
        """'Titel, Uitgever (2024), prijspeil 2022': the source in one line."""
        parts = [self.source]
        if self.publisher:
            parts.append(self.publisher)
        text = ", ".join(parts)
        if self.year and self.year != "n.b.":
            text += f" ({self.year})"
        if self.price_year and self.price_year != "n.b.":
            text += t("sources.price_level", lang, year=self.price_year)
        return text


def _from_row(what: str, value: str, row: pd.Series, lang: str = "nl") -> SourcedFigure:
    illustrative = bool(row["illustratief"])
    title = str(row["source_title"]).strip()
    if not title:
        title = t("sources.no_source_illustrative" if illustrative else "sources.own_assumption", lang)
    return SourcedFigure(
        what=what,
        value=value,
        source=title,
        publisher=str(row["publisher"]).strip(),
        year=str(row["source_year"]).strip(),
        price_year=str(row["price_year"]).strip(),
        url=str(row["url"]).strip(),
        illustratief=illustrative,
    )


def _parameter(reference: Reference, key: str) -> pd.Series:
    return reference.parameters.loc[reference.parameters["key"] == key].iloc[0]


def _figure_text(figure: str, value: float, lang: str = "nl") -> str:
    if figure == "labour_share":
        return formats.percent(value, lang)
    if figure == "labour_cost_per_fte":
        return formats.euro(value, lang)
    return t("sources.hours", lang, hours=formats.number(value, lang, decimals=0))


def sourced_figures(project: Project, reference: Reference | None = None,
                    lang: str = "nl") -> list[SourcedFigure]:
    """Every figure the project's result rests on, with its source, in reading order."""
    reference = reference or default_reference()
    own_assumption = t("sources.own_assumption", lang)
    found: list[SourcedFigure] = []
    rate = formats.percent(project.discount_rate, lang, decimals=2)
    if abs(project.discount_rate - reference.discount_rate) < 1e-12:
        found.append(_from_row(t("sources.discount_rate", lang), rate,
                               _parameter(reference, "discount_rate"), lang))
    else:
        found.append(SourcedFigure(t("sources.discount_rate", lang), rate, own_assumption))
    found.append(
        _from_row(
            t("sources.seor_benchmark", lang),
            formats.factor(reference.seor_benchmark, lang),
            _parameter(reference, "seor_benchmark"),
            lang,
        )
    )
    proxies = reference.proxies.set_index("key")
    for effect in project.effects:
        what = t("sources.price_prefix", lang) + effect.outcome
        value = formats.euro(effect.proxy, lang, decimals=2)
        key = effect.proxy_key
        if key and key in proxies.index:
            row = proxies.loc[key]
            figure = _from_row(what, value, row, lang)
            # The project may have changed the library price: then the source is its own.
            if abs(float(row["value"]) - effect.proxy) > 1e-9:
                figure = SourcedFigure(what, value, effect.proxy_source or own_assumption)
            found.append(figure)
        else:
            found.append(SourcedFigure(what, value, effect.proxy_source or own_assumption))
    table = reference.sector_figure_table.set_index(["sector", "figure"])
    for sector, figure, value, own in sector_figures_used(project, reference):
        name = t(f"sources.figure.{figure}", lang)
        what = f"{name[:1].upper()}{name[1:]}: {sector_label(sector, lang, reference)}"
        text = _figure_text(figure, value, lang)
        if own:
            found.append(SourcedFigure(what, text, own_assumption))
        else:
            found.append(_from_row(what, text, table.loc[(sector, figure)], lang))
    return found


def citations(figures: list[SourcedFigure]) -> list[tuple[SourcedFigure, list[SourcedFigure]]]:
    """Group figures by source: (one figure as the citation, every figure it supports).

    Keeps the small print short: one line per source, then what it is used for.
    """
    groups: dict[tuple, list[SourcedFigure]] = {}
    for figure in figures:
        key = (figure.source, figure.publisher, figure.year, figure.price_year, figure.illustratief)
        groups.setdefault(key, []).append(figure)
    return [(members[0], members) for members in groups.values()]
