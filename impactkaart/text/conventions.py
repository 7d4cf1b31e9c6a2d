"""The discounting convention and the rate sensitivity in words (issue 15 item 13): one line
for every result and export, so pages, the one-pager, the Excel and the CLI say the same.
The conventions are core/conventions.py; docs/method.md § 3 documents them."""

from __future__ import annotations

from impactkaart.core import conventions
from impactkaart.core.engine import SENSITIVITY_RATES, rate_sensitivity
from impactkaart.core.model import Project
from impactkaart.core.reference import Reference, default_reference
from impactkaart.text import formats
from impactkaart.text.catalogue import t


def _rate(rate: float, lang: str) -> str:
    return formats.percent(rate, lang, decimals=2)


def convention_name(key: str, lang: str = "nl") -> str:
    return t(f"conventions.name.{key}", lang)


def options(lang: str = "nl") -> list[tuple[str, str]]:
    """(key, name) of every convention, the default first."""
    return [(key, convention_name(key, lang)) for key in conventions.CONVENTIONS]


def default_rate(key: str, reference: Reference | None = None) -> float:
    """The sourced rate a project gets with this convention (parameters.csv)."""
    return (reference or default_reference()).parameter(conventions.RATE_PARAMETER[key])


def convention_line(project: Project, lang: str = "nl", reference: Reference | None = None) -> str:
    """'Disconteringsconventie: …' with the project's rate, and a note when the rate is not
    the convention's own."""
    key = project.discount_convention
    line = t(f"conventions.line.{key}", lang, rate=_rate(project.discount_rate, lang))
    default = default_rate(key, reference)
    if abs(project.discount_rate - default) > 1e-12:
        line += " " + t("conventions.own_rate", lang, rate=_rate(project.discount_rate, lang),
                        default=_rate(default, lang))
    return line


def is_sourced(project: Project) -> bool:
    return conventions.SOURCED[project.discount_convention]


def sensitivity(project: Project, reference: Reference | None = None
                ) -> list[tuple[float, float | None]]:
    """(rate, factor) at the sensitivity rates and at the project's own, in one engine call."""
    return rate_sensitivity(project, (*SENSITIVITY_RATES, project.discount_rate), reference)


def sensitivity_line(project: Project, lang: str = "nl", reference: Reference | None = None,
                     figures: list[tuple[float, float | None]] | None = None) -> str:
    """'Gevoeligheid voor de discontovoet: bij 0,00 % 1,21×, bij 4,00 % 0,98× (nu 2,25 %: 1,07×).'"""
    figures = figures if figures is not None else sensitivity(project, reference)
    *others, (rate, factor) = figures

    def shown(value: float | None) -> str:
        return t("conventions.no_factor", lang) if value is None else formats.factor(value, lang,
                                                                                      decimals=2)

    items = [t("conventions.sensitivity_item", lang, rate=_rate(r, lang), factor=shown(f))
             for r, f in others]
    return t("conventions.sensitivity", lang, items=", ".join(items), rate=_rate(rate, lang),
             factor=shown(factor))
