"""Which of a project's figures are illustrative, row by row, so a user can replace them.

A project reads as illustrative for named reasons, each a `Finding` with the effect rows
(0-based, in project order) and fields it concerns:

- ``project``: the project's name or own description calls it illustrative (a demo);
- ``reference``: an effect still carries the shares of the wizard's reference project
  (deadweight, attribution, … of ``reference_effects.csv``, a constructed example):
  each field equal to the reference row of that project type and proxy is named; once
  the user has entered their own value, the field is no longer named;
- ``proxy``: the value per unit comes from an illustrative library row;
- ``sector_figure``: the FTE rely on an illustrative figure of ``sector_figures.csv``.

The wizard writes its own description (it explains the reference); that text is not a
reason by itself: the ``reference`` findings name what is still the example's.
Core returns codes and values; `impactkaart.text.summary` words them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from impactkaart.core.model import Project
from impactkaart.core.reference import Reference

ILLUSTRATIVE_WORDS = ("illustratief", "illustratieve", "illustrative")
# The wizard's description starts so (text/words/authoring.py, authoring.description):
# its word "Illustratief" is about the reference figures, named one by one instead.
WIZARD_DESCRIPTIONS = ("Ex-ante raming uit de Impactkaart-wizard",
                       "Ex-ante estimate from the Impactkaart wizard")
REFERENCE_FIELDS = ("deadweight", "displacement", "attribution", "drop_off", "duration",
                    "hours_per_unit")


@dataclass(frozen=True)
class Finding:
    kind: str  # project, reference, proxy, sector_figure
    rows: tuple[int, ...] = ()  # effect rows, 0-based
    fields: tuple[str, ...] = ()  # the effect fields to replace
    outcome: str = ""  # the first row's outcome, to name it
    figure: str = ""  # sector_figure: which figure
    sectors: tuple[str, ...] = ()  # sector_figure: whose


def _same(value: object, reference: object) -> bool:
    try:
        a, b = float(value), float(reference)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return not (math.isnan(a) or math.isnan(b)) and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _reference_findings(project: Project, reference: Reference) -> list[Finding]:
    table = reference.reference_effects
    rows = table.loc[(table["project_type"] == project.project_type) & table["illustratief"]]
    grouped: dict[tuple[int, tuple[str, ...]], list[int]] = {}
    for i, effect in enumerate(project.effects):
        for j, ref in rows.iterrows():
            if ref["proxy_key"] != effect.proxy_key or not (
                    effect.outcome.startswith(str(ref["outcome"]))
                    or effect.outcome.startswith(str(ref["outcome_en"]))):
                continue
            fields = tuple(f for f in REFERENCE_FIELDS
                           if _same(getattr(effect, f), ref[f] if ref[f] != "" else None))
            if fields:
                grouped.setdefault((int(j), fields), []).append(i)
            break
    return [Finding("reference", rows=tuple(found), fields=fields,
                    outcome=project.effects[found[0]].outcome)
            for (_, fields), found in grouped.items()]


def _sector_figures_used(project: Project) -> set[tuple[str, str]]:
    """(sector, figure) pairs from data/ that this project's FTE routes rely on."""
    own = {s.sector for s in project.sectors}
    used = set()
    for effect in project.effects:
        if effect.sector is None or effect.sector in own:
            continue
        if effect.hours_per_unit is None:
            used |= {(effect.sector, "labour_share"), (effect.sector, "labour_cost_per_fte")}
        used.add((effect.sector, "productive_hours_per_fte"))
    return used


def sector_figures(project: Project, reference: Reference) -> dict[str, list[str]]:
    """figure -> sectors whose illustrative (unsourced) figure this project's FTE relies on."""
    table = reference.sector_figure_table
    used = _sector_figures_used(project)
    found: dict[str, list[str]] = {}
    for row in table.loc[table["illustratief"]].itertuples():
        if (row.sector, row.figure) in used:
            found.setdefault(str(row.figure), []).append(str(row.sector))
    return found


def findings(project: Project, reference: Reference) -> list[Finding]:
    """Every reason this project's figures read as illustrative (empty: none known)."""
    out = []
    description = "" if project.description.startswith(WIZARD_DESCRIPTIONS) else project.description
    if any(word in f"{project.name} {description}".lower() for word in ILLUSTRATIVE_WORDS):
        out.append(Finding("project"))
    out += _reference_findings(project, reference)
    proxies = reference.proxies.set_index("key")
    for i, effect in enumerate(project.effects):
        key = effect.proxy_key
        if key and key in proxies.index and bool(proxies.loc[key, "illustratief"]):
            out.append(Finding("proxy", rows=(i,), fields=("proxy",), outcome=effect.outcome))
    for figure, sectors in sector_figures(project, reference).items():
        rows = tuple(i for i, e in enumerate(project.effects) if e.sector in sectors)
        out.append(Finding("sector_figure", rows=rows, figure=figure, sectors=tuple(sectors)))
    return out
