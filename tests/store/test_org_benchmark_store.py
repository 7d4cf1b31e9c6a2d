"""The benchmark across organisations from the store (impactkaart.accounts.benchmark and
its SQL in benchmark_store), on DuckDB and PostgreSQL: the >= 5 rule at 4 and 5
organisations, the percentiles against values worked out by hand, an organisation that did
not opt in is not counted, and nothing returned names or shows one organisation."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from impactkaart.accounts import benchmark, members
from impactkaart.accounts.scope import Scope
from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.monitoring.library import library
from impactkaart.monitoring.measurements import read_measurements
from impactkaart.monitoring.store import import_measurements
from impactkaart.scenarios.copies import ScenarioChanges, save_scenario
from impactkaart.store.projects import Store

HAND = [1.4, 2.0, 3.0, 4.0, 4.6]  # p10 … p90 of 1, 2, 3, 4, 5 (tests/accounts/test_org_benchmark.py)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "orgs.duckdb") as store:
        yield store


def base_project():
    project = next(p for p in demo_projects() if p.project_type == "jongerenwerk")
    return replace(project, in_kind=())


def scaled(project, k: float, name: str):
    """The project with every cost divided by k: its rendementsfactor times k."""
    return replace(project, name=name, costs=tuple(
        replace(c, amount=c.amount / k,
                amount_ex_post=None if c.amount_ex_post is None else c.amount_ex_post / k)
        for c in project.costs))


def organisations(store, n: int, opted_in=True, first: int = 0) -> list[int]:
    ids = []
    for i in range(first, first + n):
        org = members.create_organisation(store, f"Organisatie {i}")
        members.add_member(store, org, f"beheer@org{i}.nl", "beheerder", by="test")
        if opted_in:
            members.set_benchmark_opt_in(store, org, True, by="test")
        ids.append(org)
    return ids


def as_org(store, org: int) -> Store:
    return store.scoped(Scope(org, f"beheer@org{org}.nl", "beheerder"))


def test_factor_benchmark_four_organisations_nothing_five_a_distribution(store):
    project = base_project()
    factor = compute(project, store.reference).rendementsfactor
    orgs = organisations(store, 4)
    for k, org in enumerate(orgs, start=1):
        as_org(store, org).save_project(scaled(project, k, f"Project {k}"))
    found = benchmark.factor_benchmark(store, orgs[0])
    assert found.distribution.empty
    assert found.missing == ("jongerenwerk",)

    fifth = organisations(store, 1, first=4)[0]
    as_org(store, fifth).save_project(scaled(project, 5, "Project 5"))
    found = benchmark.factor_benchmark(as_org(store, orgs[1]), orgs[1])
    assert len(found.distribution) == 1
    row = found.distribution.iloc[0]
    assert row["project_type"] == "jongerenwerk" and row["organisations"] == 5
    # factors F, 2F, … 5F: the percentiles are those of 1 … 5 times F.
    shown = [row[c] for c in ("p10", "p25", "p50", "p75", "p90")]
    assert shown == pytest.approx([h * factor for h in HAND], rel=1e-9)
    assert row["own"] == pytest.approx(2 * factor) and row["place"] == "middle"
    assert found.opted_in and found.missing == ()


def test_an_organisation_that_did_not_opt_in_is_not_counted(store):
    project = base_project()
    factor = compute(project, store.reference).rendementsfactor
    orgs = organisations(store, 4)
    outsider = organisations(store, 1, opted_in=False, first=4)[0]
    for k, org in enumerate([*orgs, outsider], start=1):
        as_org(store, org).save_project(scaled(project, k, f"Project {k}"))
    # Four that opted in: nothing, even though five organisations have projects.
    assert benchmark.factor_benchmark(store, outsider).distribution.empty
    # The outsider opts in: now five.
    members.set_benchmark_opt_in(store, outsider, True, by="test")
    assert benchmark.factor_benchmark(store, outsider).distribution.iloc[0]["organisations"] == 5
    # And out again; a sixth joins: five counted, the outsider sees its own figure only.
    members.set_benchmark_opt_in(store, outsider, False, by="test")
    sixth = organisations(store, 1, first=5)[0]
    as_org(store, sixth).save_project(scaled(project, 6, "Project 6"))
    found = benchmark.factor_benchmark(store, outsider)
    row = found.distribution.iloc[0]
    assert not found.opted_in
    assert row["organisations"] == 5
    # Counted: 1, 2, 3, 4 and 6 times F (the outsider's 5F is not among them).
    counted = np.array([1, 2, 3, 4, 6]) * factor
    assert [row["p10"], row["p50"], row["p90"]] == pytest.approx(
        list(np.percentile(counted, [10, 50, 90])), rel=1e-9)
    assert row["own"] == pytest.approx(5 * factor)
    # The same from the opted-in projects computed once (as the portfolio caches them).
    counted = benchmark.factor_projects(store, None)
    assert set(counted["organisation_id"]) == {*orgs, sixth}
    for org in (outsider, orgs[0]):
        cached = benchmark.factor_benchmark(store, org, counted)
        pd.testing.assert_frame_equal(cached.distribution,
                                      benchmark.factor_benchmark(store, org).distribution)
    assert benchmark.factor_benchmark(store, outsider, counted).distribution.iloc[0]["own"] == \
        pytest.approx(5 * factor)


def test_one_figure_per_organisation_and_no_scenarios_or_laptop_projects(store):
    project = base_project()
    factor = compute(project, store.reference).rendementsfactor
    orgs = organisations(store, 5)
    ids = [as_org(store, org).save_project(scaled(project, k, f"Project {k}"))
           for k, org in enumerate(orgs, start=1)]
    # A scenario copy (fifty times the reach) is a what-if, not a project: not counted.
    save_scenario(as_org(store, orgs[1]), ids[1], ScenarioChanges("vijftig keer", reach=50))
    # Organisation 1 adds two projects (factors 1F, 7F, 9F: its median 7F) …
    as_org(store, orgs[0]).save_project(scaled(project, 7, "Extra a"))
    as_org(store, orgs[0]).save_project(scaled(project, 9, "Extra b"))
    # … and a project without an organisation (the laptop's) counts for nobody.
    store.save_project(scaled(project, 100, "Zonder organisatie"))
    row = benchmark.factor_benchmark(store, orgs[0]).distribution.iloc[0]
    assert row["organisations"] == 5
    figures = np.array([7, 2, 3, 4, 5]) * factor
    assert [row["p25"], row["p50"], row["p75"]] == pytest.approx(
        list(np.percentile(figures, [25, 50, 75])), rel=1e-9)
    assert row["own"] == pytest.approx(7 * factor)


def test_nothing_returned_names_or_shows_one_organisation(store):
    project = base_project()
    orgs = organisations(store, 6)
    for k, org in enumerate(orgs, start=1):
        as_org(store, org).save_project(scaled(project, k * 1.5, f"Project {k}"))
    found = benchmark.factor_benchmark(as_org(store, orgs[2]), orgs[2])
    table = found.distribution
    assert list(table.columns) == ["project_type", *benchmark.RESULT_COLUMNS]
    figures = [compute(p, store.reference).rendementsfactor
               for _, p in store.scoped(None).load_all()]
    shown = table.loc[0, ["p10", "p25", "p50", "p75", "p90"]].to_numpy(dtype=float)
    assert min(figures) < shown.min() and shown.max() < max(figures)
    text = benchmark.factor_table(table, "en").to_string()
    for i in range(6):
        assert f"Organisatie {i}" not in text and f"org{i}" not in text


def measurements_file(kpi: str, values: list[tuple[str, int, int]]) -> bytes:
    lines = ["kpi;periode;teller;noemer"] + [f"{kpi};{p};{n};{d}" for p, n, d in values]
    return "\n".join(lines).encode()


def test_kpi_measurements_import_on_both_engines(store):
    """The KPI import's bulk insert (`dialect.insert_rows`) on PostgreSQL as on DuckDB."""
    kpis = library()
    share = next(k for k in kpis.values() if k.kind == "share")
    result = read_measurements(measurements_file(share.key, [("2025-Q1", 3, 10), ("2025-Q2", 4, 10)]),
                               "metingen.csv", kpis)
    _, added, _ = import_measurements(store, "Programma", share.werksoorten[0], result.rows, "test")
    assert added == 2
    assert store.frame("SELECT count(*) AS n FROM kpi_measurements")["n"][0] == 2


def test_kpi_benchmark_four_and_five_organisations(store):
    kpis = library()
    share = next(k for k in kpis.values() if k.kind == "share")
    orgs = organisations(store, 4)
    # Organisation k measures k/10 in 2025-Q1 (one programme each) …
    for k, org in enumerate(orgs, start=1):
        scoped = as_org(store, org)
        result = read_measurements(measurements_file(share.key, [("2025-Q1", k * 10, 100)]),
                                   "metingen.csv", kpis)
        assert not result.problems, result.problems
        import_measurements(scoped, f"Programma {k}", share.werksoorten[0], result.rows, "test")
    assert benchmark.kpi_benchmark(store, orgs[0], kpis, [share.key]).empty
    fifth = organisations(store, 1, first=4)[0]
    result = read_measurements(measurements_file(share.key, [("2025-Q1", 50, 100)]),
                               "metingen.csv", kpis)
    import_measurements(as_org(store, fifth), "Programma 5", share.werksoorten[0], result.rows, "test")
    table = benchmark.kpi_benchmark(store, orgs[0], kpis, [share.key])
    assert len(table) == 1
    row = table.iloc[0]
    assert row["organisations"] == 5 and row["period"] == "2025-Q1"
    assert [row[c] for c in ("p10", "p25", "p50", "p75", "p90")] == pytest.approx(
        [h / 10 for h in HAND])
    assert row["own"] == pytest.approx(0.1) and row["place"] == "below"
    # A sixth organisation that did not opt in, with the highest value, changes nothing.
    outsider = organisations(store, 1, opted_in=False, first=5)[0]
    result = read_measurements(measurements_file(share.key, [("2025-Q1", 90, 100)]),
                               "metingen.csv", kpis)
    import_measurements(as_org(store, outsider), "Programma 6", share.werksoorten[0], result.rows,
                        "test")
    again = benchmark.kpi_benchmark(store, outsider, kpis, [share.key]).iloc[0]
    assert again["organisations"] == 5 and again["p90"] == pytest.approx(0.46)
    assert again["own"] == pytest.approx(0.9) and again["place"] == "above"
