"""The benchmark across organisations at scale (issue 21 item 5, issue 17 item 6).

N organisations (four in five opted in), each with P projects (the three demo projects,
their costs scaled so every project has its own factor) and K programmes measuring the 20
first KPIs of the library over T periods. On DuckDB and, when PostgreSQL is installed
(tests/pg_support.py), on a throwaway PostgreSQL cluster, it times:

- kpi: `benchmark.kpi_benchmark` for every KPI and period (the SQL: per organisation,
  KPI and period the median over its programmes; then the distributions, >= 5 rule);
  baseline: a plain pandas groupby over the same measurement rows held in memory (the
  value, the median per organisation, the count and quantiles per KPI and period);
- kpi_one: the same for one KPI (what the monitor asks per KPI it draws);
- factor: `benchmark.factor_benchmark` (load the counted projects, ONE engine call,
  the median per organisation and type, the distributions); baseline: what a portfolio
  of the same projects pays anyway (`store.load_projects` and one `compute_portfolio`);
  its distribution step against a pandas groupby over the per-project factors;
- factor, cached: the same from the opted-in projects' factors computed once (the
  portfolio keeps them per `projects_signature`), for an organisation that opted in and
  for one that did not (its own projects loaded and computed on top);
- signature: `benchmark_store.projects_signature` (what the portfolio pays per run to
  know whether the cached projects still hold).

Every figure is the best of ``--repeat`` runs; ratios are to the baseline measured in the
same run.

    .venv/bin/python bench/multi_org.py [--organisations 30 --projects 8 --programmes 2
                                         --periods 24 --repeat 3 --no-pg]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from impactkaart.accounts import benchmark, members  # noqa: E402
from impactkaart.accounts.benchmark_store import benchmark_projects, projects_signature  # noqa: E402
from impactkaart.accounts.scope import Scope  # noqa: E402
from impactkaart.authoring.demo import demo_projects  # noqa: E402
from impactkaart.core.engine import compute_portfolio  # noqa: E402
from impactkaart.monitoring.library import library  # noqa: E402
from impactkaart.monitoring.store import Measurement, import_measurements  # noqa: E402
from impactkaart.store.projects import Store  # noqa: E402

KPIS = library()
CHOSEN = list(KPIS.values())[:20]
QUANTILES = [p / 100 for p in benchmark.PERCENTILES]


def periods(n: int) -> list[str]:
    return [f"{2022 + m // 12}-{m % 12 + 1:02d}" for m in range(n)]


def fill(store: Store, args, rng) -> pd.DataFrame:
    """The organisations, projects and measurements; the measurement rows as a frame
    (the baseline's input)."""
    bases = [replace(p, in_kind=()) for p in demo_projects()]
    rows = []
    for o in range(args.organisations):
        org = members.create_organisation(store, f"Organisatie {o:03d}")
        members.add_member(store, org, f"beheer@org{o}.nl", "beheerder", by="bench")
        opted = o % 5 != 4
        if opted:
            members.set_benchmark_opt_in(store, org, True, by="bench")
        scoped = store.scoped(Scope(org, f"beheer@org{o}.nl", "beheerder"))
        for p in range(args.projects):
            base = bases[p % len(bases)]
            k = float(rng.uniform(0.5, 3.0))
            scoped.save_project(replace(base, name=f"{base.name} {o}-{p}", costs=tuple(
                replace(c, amount=c.amount / k, amount_ex_post=None) for c in base.costs)))
        for g in range(args.programmes):
            measured = []
            for kpi in CHOSEN:
                for period in periods(args.periods):
                    if kpi.is_share:
                        d = int(rng.integers(20, 400))
                        n = int(rng.integers(0, d + 1))
                        measured.append(Measurement(kpi.key, period, n, d, None))
                        value = n / d
                    else:
                        value = float(rng.integers(0, 500))
                        measured.append(Measurement(kpi.key, period, None, None, value))
                    rows.append((kpi.key, period, org, opted, value))
            import_measurements(scoped, f"Programma {g}", "overig", measured, "bench")
    return pd.DataFrame(rows, columns=["kpi", "period", "organisation_id", "opted_in", "value"])


def best(work, repeat: int):
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = work()
        times.append(time.perf_counter() - start)
    return min(times), value


def pandas_kpi(frame: pd.DataFrame, own: int) -> pd.DataFrame:
    per_org = frame.groupby(["kpi", "period", "organisation_id"], as_index=False).agg(
        opted_in=("opted_in", "max"), figure=("value", "median"))
    counted = per_org.loc[per_org["opted_in"]]
    grouped = counted.groupby(["kpi", "period"])["figure"]
    sizes = grouped.size()
    quantiles = grouped.quantile(QUANTILES).unstack()
    return quantiles.loc[sizes[sizes >= 5].index]


def pandas_factor(factors: pd.DataFrame) -> pd.DataFrame:
    per_org = factors.groupby(["project_type", "organisation_id"], as_index=False).agg(
        opted_in=("opted_in", "max"), figure=("rendementsfactor", "median"))
    grouped = per_org.loc[per_org["opted_in"]].groupby("project_type")["figure"]
    sizes = grouped.size()
    return grouped.quantile(QUANTILES).unstack().loc[sizes[sizes >= 5].index]


def run(store: Store, engine: str, args) -> list[tuple[str, float, str, float]]:
    rng = np.random.default_rng(11)
    start = time.perf_counter()
    frame = fill(store, args, rng)
    filled = time.perf_counter() - start
    own = int(frame["organisation_id"].min())
    kpis = {k.key: k for k in CHOSEN}
    n_projects = args.organisations * args.projects
    print(f"\n{engine}: {args.organisations} organisations × {args.projects} projects "
          f"({n_projects}) and × {args.programmes} programmes × {len(CHOSEN)} KPIs × "
          f"{args.periods} periods ({len(frame)} measurements); filled in {filled:.1f} s")

    t_kpi, ours = best(lambda: benchmark.kpi_benchmark(store, own, kpis), args.repeat)
    b_kpi, base = best(lambda: pandas_kpi(frame, own), args.repeat)
    assert len(ours) == len(base) == len(CHOSEN) * args.periods, (len(ours), len(base))
    np.testing.assert_allclose(ours[[f"p{p}" for p in benchmark.PERCENTILES]].to_numpy(),
                               base.to_numpy(), rtol=1e-9)
    one = CHOSEN[0].key
    t_one, _ = best(lambda: benchmark.kpi_benchmark(store, own, kpis, [one]), args.repeat)
    b_one, _ = best(lambda: pandas_kpi(frame.loc[frame["kpi"] == one], own), args.repeat)

    t_factor, found = best(lambda: benchmark.factor_benchmark(store, own), args.repeat)
    t_load, rows = best(lambda: benchmark_projects(store, own), args.repeat)
    projects = [r[3] for r in rows]
    ids = [r[2] for r in rows]
    b_engine, result = best(lambda: compute_portfolio(projects, store.reference), args.repeat)
    # What a portfolio of the same projects pays anyway: load them, one engine call.
    b_portfolio, _ = best(lambda: compute_portfolio(
        [p for _, p in store.load_projects(ids)], store.reference), args.repeat)
    counted = benchmark.factor_projects(store, None)
    t_cached, _ = best(lambda: benchmark.factor_benchmark(store, own, counted), args.repeat)
    outsider = int(frame.loc[~frame["opted_in"], "organisation_id"].min())
    t_outsider, _ = best(lambda: benchmark.factor_benchmark(store, outsider, counted), args.repeat)
    factors = pd.DataFrame({"organisation_id": [r[0] for r in rows],
                            "opted_in": [r[1] for r in rows],
                            "project_type": [p.project_type for p in projects],
                            "rendementsfactor": result.summary["rendementsfactor"].to_numpy()})
    t_dist, _ = best(lambda: benchmark.factor_distributions(factors, own), args.repeat)
    b_dist, base_factor = best(lambda: pandas_factor(factors), args.repeat)
    np.testing.assert_allclose(
        found.distribution[[f"p{p}" for p in benchmark.PERCENTILES]].to_numpy(),
        base_factor.to_numpy(), rtol=1e-9)
    t_sig, _ = best(lambda: projects_signature(store, own), args.repeat)
    print(f"  counted projects: {len(rows)}; distributions: {len(ours)} KPI periods, "
          f"{len(found.distribution)} project types")
    return [
        ("kpi (all KPIs, periods)", t_kpi, "pandas groupby", b_kpi),
        ("kpi_one (one KPI)", t_one, "pandas groupby", b_one),
        ("factor (whole)", t_factor, "load + engine", b_portfolio),
        ("  of which: load", t_load, "load + engine", b_portfolio),
        ("  of which: engine", b_engine, "load + engine", b_portfolio),
        ("  of which: distribution", t_dist, "pandas groupby", b_dist),
        ("factor, cached, opted in", t_cached, "pandas groupby", b_dist),
        ("factor, cached, outsider", t_outsider, "pandas groupby", b_dist),
        ("signature (cache check)", t_sig, "pandas groupby", b_dist),
    ]


def show(rows) -> None:
    for name, ours, base_name, base in rows:
        print(f"  {name:26s} {ours:8.3f} s   {base_name:15s} {base:8.3f} s   ratio {ours / base:7.1f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=30)
    parser.add_argument("--projects", type=int, default=8)
    parser.add_argument("--programmes", type=int, default=2)
    parser.add_argument("--periods", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pg", action="store_true", help="DuckDB only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        show(run(store, "DuckDB", args))
    from tests import pg_support

    if args.no_pg or not pg_support.available():
        print("\nPostgreSQL: not measured" + ("" if args.no_pg else " (not installed)"))
        return
    cluster = pg_support.Cluster()
    try:
        with Store(cluster.fresh_schema()) as store:
            show(run(store, "PostgreSQL", args))
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
