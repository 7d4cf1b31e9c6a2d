"""The basis of each assumption of an effect in words (issue 15 item 12): what the
method panel, the Excel and the one-pager's appendix show.

`basis_lines(effect, lang)` gives, per assumption of `BASIS_FIELDS`, its name, its value
as shown and the user's basis text, or "geen onderbouwing opgegeven" when there is none
(never silently nothing). `basis_text(effect, lang)` is the same as one plain paragraph,
for a PDF appendix cell (the one-pager can call it per effect). The basis texts are the
user's own words: callers showing them as Markdown pass them through `text.safe.md`.
"""

from __future__ import annotations

from dataclasses import dataclass

from impactkaart.core.model import BASIS_FIELDS, Effect
from impactkaart.text import formats
from impactkaart.text.catalogue import t


@dataclass(frozen=True)
class BasisLine:
    assumption: str  # the field: deadweight, attribution, displacement, drop_off, duration
    name: str  # in words, the term in brackets
    value: str  # as shown: '30 %', '3 jaar'
    basis: str  # the user's text, or the words for "none given"
    given: bool


def value_text(effect: Effect, assumption: str, lang: str = "nl") -> str:
    if assumption == "duration":
        return t("inputs.basis_years", lang, years=effect.duration)
    return formats.percent(getattr(effect, assumption), lang)


def basis_lines(effect: Effect, lang: str = "nl") -> list[BasisLine]:
    lines = []
    for name in BASIS_FIELDS:
        text = effect.basis.get(name, "")
        lines.append(BasisLine(name, t(f"inputs.basis_{name}", lang), value_text(effect, name, lang),
                               text or t("inputs.basis_none", lang), bool(text)))
    return lines


def basis_text(effect: Effect, lang: str = "nl") -> str:
    """'Toch al gebeurd (deadweight) 30 %: <basis>. Aandeel van anderen … ' in one paragraph;
    '' when the effect has no basis at all (the caller then says nothing or 'none given')."""
    if not effect.basis:
        return ""
    parts = [f"{line.name} {line.value}: {line.basis}" for line in basis_lines(effect, lang)
             if line.given]
    return " · ".join(parts)


def has_basis(effect: Effect) -> bool:
    return bool(effect.basis)


def constructed_basis(lang: str = "nl") -> dict[str, str]:
    """The basis of a reference project's values (reference_effects.csv, marked
    illustratief): constructed, so it says so, for every assumption the wizard copies."""
    text = t("inputs.basis_constructed_reference", lang)
    return {name: text for name in BASIS_FIELDS}
