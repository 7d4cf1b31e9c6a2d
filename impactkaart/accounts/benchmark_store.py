"""The SQL of the benchmark across organisations (`impactkaart.accounts.benchmark`):
portable, bound values only, on DuckDB and PostgreSQL.

These are the only queries of the app that read across organisations, on purpose: they
return per-organisation figures to `impactkaart.accounts.benchmark`, which keeps only
distributions over at least five organisations (and the asking organisation's own
figure). They read the projects and KPI measurements of the organisations that opted in
(``organisations.benchmark_opt_in``) and of the asking organisation, whatever the scope of
the store they are given; nothing here is shown as it is.

What counts: an organisation's real projects (no scenario copies, no workshop designs,
as in the portfolio) and its programmes' measurements of KPIs of the shared library (an
organisation's own KPI has its own definition and is compared with nothing).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from impactkaart.core.model import Project
from impactkaart.store.dialect import in_list
from impactkaart.store.projects import Store


def benchmark_projects(store: Store, organisation_id: int | None,
                       opted_in: bool = True) -> list[tuple[int, bool, int, Project]]:
    """(organisation_id, opted_in, project id, project) of every real project of an
    organisation that opted in (``opted_in`` False: none of them), and of
    ``organisation_id``'s own."""
    cur = store.cursor()
    try:
        rows = cur.execute(  # the real projects, as the portfolio counts them
            "SELECT p.organisation_id, o.benchmark_opt_in, p.id, p.project_type "
            "FROM projects p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE ((o.benchmark_opt_in AND ?) OR p.organisation_id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM scenarios s WHERE s.project_id = p.id) "
            "AND NOT EXISTS (SELECT 1 FROM workspaces w WHERE w.project_id = p.id) "
            "ORDER BY p.id",
            [bool(opted_in), organisation_id]).fetchall()
    finally:
        cur.close()
    if not rows:
        return []
    loaded = dict(store.scoped(None).load_projects([int(r[2]) for r in rows]))
    return [(int(r[0]), bool(r[1]), int(r[2]), loaded[int(r[2])]) for r in rows
            if int(r[2]) in loaded]


def projects_signature(store: Store, organisation_id: int | None) -> tuple:
    """Changes whenever a counted project is saved, added or deleted or an organisation
    opts in or out: the key of a cached benchmark."""
    cur = store.cursor()
    try:
        opted = cur.execute("SELECT id FROM organisations WHERE benchmark_opt_in ORDER BY id").fetchall()
        row = cur.execute(
            "SELECT count(*), max(p.updated_at), count(DISTINCT p.organisation_id), "
            "sum(p.organisation_id) FROM projects p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE o.benchmark_opt_in OR p.organisation_id = ?",
            [organisation_id]).fetchone()
    finally:
        cur.close()
    return (tuple(int(r[0]) for r in opted), *(None if v is None else str(v) for v in row))


def kpi_figures(store: Store, kpis: Sequence[str], shares: Sequence[str],
                organisation_id: int | None) -> pd.DataFrame:
    """kpi, period, organisation_id, opted_in, figure: per organisation, KPI (of ``kpis``)
    and period the median over its programmes of the measured value (for a share in
    ``shares`` with a denominator: numerator / denominator), for the organisations that
    opted in and ``organisation_id``."""
    columns = ["kpi", "period", "organisation_id", "opted_in", "figure"]
    if not kpis:
        return pd.DataFrame(columns=columns)
    n_shares, n_kpis = len(shares), len(kpis)  # placeholders only: the keys are bound
    frame = store.frame(
        "SELECT m.kpi, m.period, g.organisation_id, o.benchmark_opt_in AS opted_in, "
        "percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN "
        f"{in_list('m.kpi', n_shares)} AND m.denominator > 0 "
        "THEN m.numerator / m.denominator ELSE m.value END) AS figure "
        "FROM kpi_measurements m JOIN kpi_programmes g ON g.id = m.programme_id "
        "JOIN organisations o ON o.id = g.organisation_id "
        f"WHERE (o.benchmark_opt_in OR g.organisation_id = ?) AND {in_list('m.kpi', n_kpis)} "
        "GROUP BY m.kpi, m.period, g.organisation_id, o.benchmark_opt_in "
        "ORDER BY m.kpi, m.period, g.organisation_id",
        [*shares, organisation_id, *kpis])
    frame.columns = columns
    frame["organisation_id"] = frame["organisation_id"].astype(int)
    frame["opted_in"] = frame["opted_in"].astype(bool)
    frame["figure"] = pd.to_numeric(frame["figure"], errors="coerce").astype(float)
    return frame

