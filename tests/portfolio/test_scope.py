"""The portfolio counts real projects: scenarios and workshop designs only on request."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from impactkaart.authoring.demo import ensure_demo
from impactkaart.core.engine import compute
from impactkaart.portfolio.view import portfolio_scope, portfolio_view, scope_text
from impactkaart.scenarios.copies import ScenarioChanges, save_scenario
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.workshop.rooms import create_workshop, join_workshop
from tests.app_support import ROOT

DAY = dt.date(2025, 6, 12)
DURING = dt.datetime(2025, 6, 12, 10, 0)


def seed(store: Store) -> list[int]:
    """The three demo projects, two scenarios of the first and two workshop attendees."""
    ensure_demo(store)
    real = [int(i) for i in store.list_projects()["id"]]
    save_scenario(store, real[0], ScenarioChanges(label="meer bereik", reach=1.5))
    save_scenario(store, real[0], ScenarioChanges(label="derde werker", extra_cost_per_year=20000))
    made = create_workshop(store, "Werksessie", DAY, now=DURING)
    for name in ("Anna", "Bram"):
        join_workshop(store, made.workshop.join_code, name, now=DURING)
    return real


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "portfolio.duckdb") as store:
        yield store


def test_only_real_projects_count_unless_asked(store):
    real = seed(store)
    ids = [int(i) for i in store.list_projects()["id"]]
    assert len(ids) == 7
    scope = portfolio_scope(store, ids)
    assert scope.ids == tuple(real)
    assert (scope.real, scope.scenarios, scope.workshop) == (3, 2, 2)
    assert scope_text(scope) == "3 projecten; 2 scenario's en 2 werksessie-ontwerpen niet meegeteld"
    assert scope_text(scope, "en") == "3 projects; 2 scenarios and 2 workshop designs not counted"

    with_scenarios = portfolio_scope(store, ids, with_scenarios=True)
    assert len(with_scenarios.ids) == 5
    assert scope_text(with_scenarios) == ("3 projecten en 2 scenario's; 2 werksessie-ontwerpen "
                                          "niet meegeteld")
    everything = portfolio_scope(store, ids, with_scenarios=True, with_workshop=True)
    assert everything.ids == tuple(ids)
    assert scope_text(everything) == "3 projecten, 2 scenario's en 2 werksessie-ontwerpen"


def test_the_counted_portfolio_is_the_sum_of_the_real_projects(store):
    real = seed(store)
    scope = portfolio_scope(store, [int(i) for i in store.list_projects()["id"]])
    view = portfolio_view(store.load_projects(list(scope.ids)))
    # Independently: each real project through the engine on its own, summed.
    results = [compute(store.load_project(i)) for i in real]
    costs = sum(r.pv_costs for r in results)
    benefits = sum(r.pv_benefits for r in results)
    assert len(view.projects) == 3
    assert view.rendementsfactor == pytest.approx(benefits / costs)
    assert view.fte_total == pytest.approx(sum(r.fte_total for r in results))


def test_a_deleted_base_leaves_its_scenarios_as_real_projects(store):
    real = seed(store)
    store.delete_project(real[0])
    scope = portfolio_scope(store, [int(i) for i in store.list_projects()["id"]])
    assert (scope.real, scope.scenarios, scope.workshop) == (4, 0, 2)


def test_the_page_says_what_it_counts_and_lets_the_user_add_the_rest(app_db):
    with Store(app_db) as store:
        real = seed(store)
        results = [compute(store.load_project(i)) for i in real]
    factor = sum(r.pv_benefits for r in results) / sum(r.pv_costs for r in results)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("views/show/portfolio.py").run()
    assert not at.exception, at.exception
    text = " ".join(m.value for m in at.markdown)
    assert f"3 projecten samen: rendementsfactor {formats.factor(factor, decimals=2)}" in text
    assert "€" not in text.split("rendementsfactor")[1][:12]  # a factor, never as euros
    captions = " ".join(c.value for c in at.caption)
    assert "Meegeteld: 3 projecten; 2 scenario's en 2 werksessie-ontwerpen niet meegeteld." in captions
    assert len(at.dataframe[0].value) == 3

    at.toggle(key="portfolio_met_scenarios_schakelaar").set_value(True).run()
    assert "5 projecten samen" in " ".join(m.value for m in at.markdown)
    assert len(at.dataframe[0].value) == 5
    at.switch_page("views/show/presentatie.py").run()  # the choice stays with the session
    assert at.session_state["portfolio_met_scenarios"] is True
