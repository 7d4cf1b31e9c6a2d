"""The benchmark across organisations of a shared deployment (issue 21 item 5, issue 17
item 6): per project type the distribution of rendementsfactors, and per KPI and period
the distribution of KPI values, over the organisations that opted in.

Pure functions over a frame of per-organisation figures (the SQL that makes it is in
`impactkaart.accounts.benchmark_store`). Each organisation counts once: its figure is the
median over its projects of a type (each factor computed by the one engine) or over its
programmes measuring a KPI in a period. A distribution is returned only when at least
five organisations contribute, the one rule of `impactkaart.monitoring.benchmark.enough`,
and holds only the count and the 10th, 25th, 50th, 75th and 90th percentile (linear
interpolation, as the imported benchmark): no minimum or maximum, no organisation's id or
name, so nothing returned can be traced to one organisation. Swapping which organisation
has which figure gives the same answer.

The viewer's own organisation may see its own figure beside the distribution and where it
lies (`place`); it is its own figure, never another's. An organisation that did not opt in
sees the distribution of the others but is not counted in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from impactkaart.accounts.benchmark_store import benchmark_projects, kpi_figures
from impactkaart.accounts.members import benchmark_opt_in
from impactkaart.core.engine import compute_portfolio
from impactkaart.monitoring.benchmark import MIN_ORGANISATIONS, enough, place
from impactkaart.monitoring.view import shown
from impactkaart.text import formats
from impactkaart.text.catalogue import t
from impactkaart.text.names import project_type_label

PERCENTILES = (10, 25, 50, 75, 90)
QUANTILE_COLUMNS = [f"p{p}" for p in PERCENTILES]
# What a distribution row holds besides its keys: never an organisation's id or name.
RESULT_COLUMNS = ["organisations", *QUANTILE_COLUMNS, "own", "place"]
FIGURE_COLUMNS = ["organisation_id", "opted_in", "figure"]

__all__ = ["MIN_ORGANISATIONS", "PERCENTILES", "distributions", "organisation_factors",
           "own_figures", "factor_distributions", "kpi_distributions", "factor_projects",
           "factor_benchmark", "kpi_benchmark", "FactorBenchmark"]


def organisation_factors(projects: pd.DataFrame) -> pd.DataFrame:
    """One figure per organisation and project type: the median rendementsfactor of its
    projects of that type (a project without costs has no factor and does not count).

    ``projects``: organisation_id, opted_in, project_type, rendementsfactor (one row per
    project, the factor from the engine). Returns project_type, organisation_id,
    opted_in, figure."""
    known = projects.loc[projects["rendementsfactor"].notna()]
    if known.empty:
        return pd.DataFrame(columns=["project_type", *FIGURE_COLUMNS])
    grouped = known.groupby(["project_type", "organisation_id"], as_index=False, sort=True).agg(
        opted_in=("opted_in", "max"), figure=("rendementsfactor", "median"))
    return grouped[["project_type", *FIGURE_COLUMNS]]


def _one_per_organisation(figures: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """A figure per (keys, organisation): the median if the frame had several."""
    known = figures.loc[figures["figure"].notna()]
    return known.groupby([*keys, "organisation_id"], as_index=False, sort=True).agg(
        opted_in=("opted_in", "max"), figure=("figure", "median"))


def own_figures(figures: pd.DataFrame, keys: Sequence[str],
                organisation_id: int | None) -> pd.DataFrame:
    """The own organisation's figure per group (keys, figure), opted in or not."""
    keys = list(keys)
    if organisation_id is None or figures.empty:
        return pd.DataFrame(columns=[*keys, "figure"])
    own = _one_per_organisation(figures, keys)
    own = own.loc[own["organisation_id"] == organisation_id]
    return own[[*keys, "figure"]].reset_index(drop=True)


def distributions(figures: pd.DataFrame, keys: Sequence[str],
                  own_organisation: int | None = None) -> pd.DataFrame:
    """Per group of ``keys`` with at least five opted-in organisations: keys, organisations
    (the count), p10, p25, p50, p75, p90, and for the viewer ``own`` (its organisation's
    figure, NaN without one) and ``place`` (below / middle / above, `benchmark.place`).

    ``figures``: *keys, organisation_id, opted_in, figure. Groups with fewer contributors
    are left out whole; so are organisations that did not opt in (the viewer's own
    included: it sees its own figure, it is not counted)."""
    keys = list(keys)
    if figures.empty:
        return pd.DataFrame(columns=[*keys, *RESULT_COLUMNS])
    per_org = _one_per_organisation(figures, keys)
    counted = per_org.loc[per_org["opted_in"].astype(bool)]
    sizes = counted.groupby(keys, sort=True).size()
    shown = sizes[enough(sizes)]
    if shown.empty:
        return pd.DataFrame(columns=[*keys, *RESULT_COLUMNS])
    counted = counted.merge(shown.rename("n").reset_index()[keys], on=keys)  # enough only
    quantiles = counted.groupby(keys, sort=True)["figure"].quantile(
        [p / 100 for p in PERCENTILES]).unstack()
    quantiles.columns = QUANTILE_COLUMNS
    result = quantiles.assign(organisations=shown.astype(int)).reset_index()
    own = per_org.loc[per_org["organisation_id"] == own_organisation, [*keys, "figure"]]
    own = own.rename(columns={"figure": "own"})  # the viewer's own, from the same figures
    result = result.merge(own, on=keys, how="left") if len(own) else result.assign(own=np.nan)
    result["own"] = result["own"].astype(float)
    result["place"] = [place(o, lo, hi) for o, lo, hi in
                       zip(result["own"], result["p25"], result["p75"])]
    return result[[*keys, *RESULT_COLUMNS]].reset_index(drop=True)


def factor_distributions(projects: pd.DataFrame, own_organisation: int | None = None) -> pd.DataFrame:
    """Per project type the distribution of the organisations' median rendementsfactors
    (``projects`` as `organisation_factors` takes it)."""
    return distributions(organisation_factors(projects), ["project_type"], own_organisation)


def kpi_distributions(figures: pd.DataFrame, own_organisation: int | None = None) -> pd.DataFrame:
    """Per KPI and period the distribution of the organisations' values (``figures``: kpi,
    period, organisation_id, opted_in, figure; one row per organisation, KPI and period)."""
    return distributions(figures, ["kpi", "period"], own_organisation)


# --- from the store ---------------------------------------------------------------------

def factor_projects(store, organisation_id: int | None, reference=None,
                    opted_in: bool = True) -> pd.DataFrame:
    """organisation_id, opted_in, project_type, rendementsfactor: every counted project
    (`benchmark_store.benchmark_projects`: of the organisations that opted in, unless
    ``opted_in`` is False, and of ``organisation_id``), all computed in ONE engine call."""
    rows = benchmark_projects(store, organisation_id, opted_in)
    if not rows:
        return pd.DataFrame(columns=["organisation_id", "opted_in", "project_type",
                                     "rendementsfactor"])
    result = compute_portfolio([r[3] for r in rows], reference or store.reference)
    return pd.DataFrame({
        "organisation_id": [r[0] for r in rows], "opted_in": [r[1] for r in rows],
        "project_type": [r[3].project_type for r in rows],
        "rendementsfactor": result.summary["rendementsfactor"].to_numpy(dtype=float)})


@dataclass(frozen=True)
class FactorBenchmark:
    distribution: pd.DataFrame  # `distributions` per project_type
    missing: tuple[str, ...]  # the own project types without one (too few organisations)
    opted_in: bool  # whether the own organisation is counted


def factor_benchmark(store, organisation_id: int | None,
                     counted: pd.DataFrame | None = None) -> FactorBenchmark:
    """Per project type (enough organisations only) the distribution of the organisations'
    median rendementsfactors, with ``organisation_id``'s own median and place.

    ``counted``: `factor_projects(store, None)` (the projects of every organisation that
    opted in), when the caller keeps it (it is the same for every organisation); an
    organisation that did not opt in adds its own projects to it for its position."""
    opted = organisation_id is not None and benchmark_opt_in(store, organisation_id)
    if counted is None:
        projects = factor_projects(store, organisation_id)
    elif organisation_id is None or opted:
        projects = counted
    else:
        own = factor_projects(store, organisation_id, opted_in=False)
        projects = pd.concat([counted, own], ignore_index=True) if len(own) else counted
    distribution = factor_distributions(projects, organisation_id)
    return FactorBenchmark(distribution, tuple(missing_types(projects, distribution, organisation_id)),
                           opted)


def kpi_benchmark(store, organisation_id: int | None, kpis: dict,
                  keys: Sequence[str] | None = None) -> pd.DataFrame:
    """Per KPI of the shared library (``keys``, default all of ``kpis`` that are not an
    organisation's own) and period the distribution of the organisations' values."""
    wanted = [k for k in (keys if keys is not None else kpis) if k in kpis and not kpis[k].own]
    shares = [k for k in wanted if kpis[k].kind == "share"]
    return kpi_distributions(kpi_figures(store, wanted, shares, organisation_id), organisation_id)


# --- in words -----------------------------------------------------------------------------

def place_text(where: str | None, lang: str = "nl") -> str:
    return t(f"org_benchmark.place.{where or 'none'}", lang)


def factor_table(distribution: pd.DataFrame, lang: str = "nl") -> pd.DataFrame:
    """The factor benchmark as text for a table: type, count, p10…p90, own, place."""
    def factor(value) -> str:
        return formats.factor(None if pd.isna(value) else float(value), lang, decimals=2)

    def column(key: str) -> str:
        return t(f"org_benchmark.col.{key}", lang)

    table = pd.DataFrame({column("type"): [project_type_label(p, lang)
                                           for p in distribution["project_type"]],
                          column("organisations"): [formats.number(float(n), lang, decimals=0)
                                                    for n in distribution["organisations"]]})
    for key in (*QUANTILE_COLUMNS, "own"):
        table[column(key)] = [factor(v) for v in distribution[key]]
    table[column("place")] = [place_text(p, lang) for p in distribution["place"]]
    return table


def missing_types(projects: pd.DataFrame, distribution: pd.DataFrame,
                  organisation_id: int | None) -> list[str]:
    """The own organisation's project types that have no benchmark (too few organisations)."""
    own = projects.loc[projects["organisation_id"] == organisation_id, "project_type"]
    return sorted(set(own) - set(distribution["project_type"]))


def kpi_text(row: dict | pd.Series | None, kpi, period: str, lang: str = "nl") -> str:
    """One line for the monitor: the distribution of ``kpi`` in ``period`` (``row`` of
    `kpi_distributions`, None when too few organisations) and the own position."""
    if row is None:
        return t("org_benchmark.kpi_too_few", lang, period=period, n=MIN_ORGANISATIONS)
    text = t("org_benchmark.kpi_line", lang, n=int(row["organisations"]), period=period,
             **{c: shown(kpi, float(row[c]), lang) for c in QUANTILE_COLUMNS})
    if row["place"]:
        text += " " + t("org_benchmark.kpi_own", lang, own=shown(kpi, float(row["own"]), lang),
                        place=place_text(row["place"], lang))
    return text
