"""Portfolio view, scenarios and presentation texts: against each project computed on its own.

The portfolio goes through one `compute_portfolio` call; its totals must equal
the sums of `compute` on each project separately (an independent path through
the engine's single-project entry point), and the hand-worked golden project
pins a scenario's change.
"""

from __future__ import annotations

import pytest

from impactkaart.authoring.demo import demo_projects
from impactkaart.core.engine import compute
from impactkaart.core.model import ProjectError, parse_project
from impactkaart.portfolio.view import portfolio_view
from impactkaart.scenarios.copies import (
    ScenarioChanges,
    base_of,
    compare,
    difference,
    make_scenario,
    save_scenario,
    scenarios_of,
)
from impactkaart.store.projects import Store
from impactkaart.text import formats
from impactkaart.text.briefing import briefing
from impactkaart.text.presentation import KEYS, fte_title, portfolio_slides, project_slides
from tests.core.test_golden import GOLDEN_1, PV_B1, PV_C1


@pytest.fixture(scope="module")
def demos():
    return list(enumerate(demo_projects(), start=1))


def test_portfolio_totals_are_the_sums_of_each_project_computed_alone(demos):
    view = portfolio_view(demos)
    alone = [compute(p) for _, p in demos]
    assert view.pv_costs == pytest.approx(sum(r.pv_costs for r in alone), rel=1e-12)
    assert view.pv_benefits == pytest.approx(sum(r.pv_benefits for r in alone), rel=1e-12)
    assert view.rendementsfactor == pytest.approx(
        sum(r.pv_benefits for r in alone) / sum(r.pv_costs for r in alone), rel=1e-12)
    assert view.fte_total == pytest.approx(sum(r.fte_total for r in alone), rel=1e-12)
    for row, result in zip(view.table.itertuples(), alone):
        assert row.rendementsfactor == pytest.approx(result.rendementsfactor, rel=1e-12)
        assert row.above_benchmark == (result.rendementsfactor >= 1.6)
    assert view.n_above_benchmark == sum(r.rendementsfactor >= 1.6 for r in alone)


def test_portfolio_fte_per_sector_and_party_sums_add_up(demos):
    view = portfolio_view(demos)
    expected: dict[str, float] = {}
    paid: dict[str, float] = {}
    for _, project in demos:
        result = compute(project)
        for row in result.fte_by_sector().itertuples():
            expected[row.sector] = expected.get(row.sector, 0.0) + row.fte
        for row in result.by_party.itertuples():
            paid[row.party] = paid.get(row.party, 0.0) + row.pv_costs
    per_sector = view.fte_by_sector().set_index("sector")["fte"]
    assert set(per_sector.index) == set(expected)
    for sector, fte in expected.items():
        assert per_sector[sector] == pytest.approx(fte, rel=1e-12)
    by_party = view.by_party().set_index("party")["pv_costs"]
    for party, amount in paid.items():
        assert by_party[party] == pytest.approx(amount, rel=1e-12, abs=1e-9)
    assert list(view.fte_by_sector()["fte"]) == sorted(per_sector, reverse=True)


def test_a_project_without_costs_has_no_factor_in_the_portfolio():
    free = parse_project({**GOLDEN_1, "name": "Zonder kosten", "costs": []})
    view = portfolio_view([(1, free)])
    assert view.rendementsfactor is None
    assert not view.table["above_benchmark"].iloc[0]


# --- scenarios ----------------------------------------------------------------------------


def test_scenario_doubles_reach_and_adds_a_yearly_cost():
    base = parse_project(GOLDEN_1)
    changes = ScenarioChanges("derde gezinswerker", reach=2.0, extra_cost_per_year=1000,
                              extra_cost_financier="gemeente")
    scenario = make_scenario(base, changes)
    assert scenario.name == "Golden 1 – derde gezinswerker"
    assert [e.quantity for e in scenario.effects] == [400, 20, 4]
    # Benefits are linear in quantity: twice the hand-worked PV. Extra costs 1.000 in years
    # 1 and 2 at r = 10 %: 1.000 + 1.000 / 1,1.
    result = compute(scenario)
    assert result.pv_benefits == pytest.approx(2 * PV_B1, rel=1e-12)
    assert result.pv_costs == pytest.approx(PV_C1 + 1000 + 1000 / 1.1, rel=1e-12)
    assert base.effects[0].quantity == 200  # the base is not changed


def test_difference_gives_the_return_of_the_extra_euro():
    base = parse_project(GOLDEN_1)
    scenario = make_scenario(base, ScenarioChanges("meer", reach=1.5, extra_cost_per_year=5000))
    comparison = compare([("basis", base), ("meer", scenario)])
    diff = difference(comparison, "basis", "meer")
    extra_costs = 5000 + 5000 / 1.1
    assert diff["pv_costs"] == pytest.approx(extra_costs, rel=1e-12)
    assert diff["pv_benefits"] == pytest.approx(0.5 * PV_B1, rel=1e-12)
    assert diff["extra_costs_paid_back"] == pytest.approx(0.5 * PV_B1 / extra_costs, rel=1e-12)
    parties = comparison.parties.set_index(["label", "party"])
    assert parties.loc[("meer", "gemeente"), "pv_costs"] == pytest.approx(
        10000 + 10000 / 1.1 + extra_costs, rel=1e-12)  # golden gemeente costs + extra
    fte = comparison.fte.set_index(["label", "sector"])["fte"]
    assert fte[("meer", "zorg")] == pytest.approx(1.5 * fte[("basis", "zorg")], rel=1e-12)


def test_scenario_with_another_discount_rate_drops_a_range_that_no_longer_fits():
    base = parse_project({**GOLDEN_1, "discount_rate_range": {"low": 0.05, "high": 0.15}})
    scenario = make_scenario(base, ScenarioChanges("laag", discount_rate=0.02))
    assert scenario.discount_rate == 0.02 and scenario.discount_rate_range is None


def test_bad_scenario_changes_get_dutch_messages():
    base = parse_project(GOLDEN_1)
    with pytest.raises(ProjectError) as caught:
        make_scenario(base, ScenarioChanges("  ", reach=-1, extra_cost_per_year=-5))
    messages = {e.path: e.message for e in caught.value.errors}
    assert messages["label"] == "geef het scenario een naam"
    assert "bereik" in messages["reach"]
    assert messages["extra_cost_per_year"] == "extra kosten mogen niet negatief zijn"


def test_saved_scenario_is_linked_to_its_base_and_survives_a_reopen(tmp_path):
    path = tmp_path / "scenarios.duckdb"
    with Store(path) as store:
        base_id = store.save_project(parse_project(GOLDEN_1))
        new_id = save_scenario(store, base_id, ScenarioChanges("dubbel", reach=2.0))
    with Store(path) as store:
        assert base_of(store, new_id) == base_id
        assert base_of(store, base_id) is None
        listed = scenarios_of(store, base_id)
        assert list(listed["id"]) == [new_id] and list(listed["label"]) == ["dubbel"]
        assert store.load_project(new_id).effects[0].quantity == 400
        store.delete_project(base_id)
        assert base_of(store, new_id) is None  # a scenario of a deleted project stands alone


def test_a_scenario_whose_link_cannot_be_saved_leaves_no_copy_behind(tmp_path):
    with Store(tmp_path / "scenarios.duckdb") as store:
        base_id = store.save_project(parse_project(GOLDEN_1))
        cur = store.cursor()
        try:  # a stale link row on the id the copy will get: the link's insert must fail
            upcoming = cur.execute("SELECT nextval('project_id_seq')").fetchone()[0] + 1
            cur.execute("INSERT INTO scenarios (project_id, scenario_of, label) VALUES (?, ?, ?)",
                        [upcoming, base_id, "oud"])
        finally:
            cur.close()
        before = list(store.list_projects()["id"])
        with pytest.raises(Exception, match="(?i)constraint|duplicate"):
            save_scenario(store, base_id, ScenarioChanges("dubbel", reach=2.0))
        assert list(store.list_projects()["id"]) == before  # the copy went with its link


# --- presentation --------------------------------------------------------------------------


def test_project_slides_tell_the_engines_figures(demos):
    project = demos[0][1]
    result = compute(project)
    slides = project_slides(briefing(project, result), result)
    assert [s.key for s in slides] == list(KEYS)
    euro = formats.euro(result.rendementsfactor, decimals=2)
    assert slides[0].title == f"Elke geïnvesteerde euro levert {euro} op"
    assert [b.text for b in slides[0].bars] == [formats.factor(result.rendementsfactor, decimals=2),
                                                "1,6×"]
    assert slides[2].title.startswith(f"{formats.number(result.fte_total, decimals=1)} fte bespaard bij")
    assert all(f"“{q.outcome}”" in " ".join(slides[3].items) for q in project.qualitative[:4])


def test_portfolio_slides_use_the_portfolio_totals(demos):
    view = portfolio_view(demos)
    slides = portfolio_slides(view)
    euro = formats.euro(view.rendementsfactor, decimals=2)
    assert slides[0].title == f"Elke geïnvesteerde euro in deze 3 projecten levert {euro} op"
    # SEOR's 1,6 as context, no "x van de 3 boven" verdict (issue 15 item 8)
    assert slides[0].subtitle == "Ter vergelijking, geen norm: gemiddelde van 14 MKBA's van sociaal werk 1,6×"
    assert not any("boven" in item or "SEOR-gemiddelde" in item for item in slides[4].items)


def test_fte_title_names_three_sectors_and_counts_the_rest():
    assert fte_title(12.34, ["politie_justitie", "zorg", "schuldhulpverlening"]) == (
        "12,3 fte bespaard bij politie en justitie, zorg en schuldhulpverlening")
    assert fte_title(1.0, ["zorg", "gemeente", "onderwijs", "jeugdzorg", "wonen"]).endswith(
        "en 2 andere sectoren")
    assert fte_title(0.0, []) == "Geen berekende arbeidsbesparing"


def test_slides_in_english_tell_the_same_figures(demos):
    project = demos[0][1]
    result = compute(project)
    slides = project_slides(briefing(project, result, "en"), result, "en")
    euro = formats.euro(result.rendementsfactor, "en", decimals=2)
    assert slides[0].title == f"Every euro invested returns {euro}"
    assert [b.label for b in slides[0].bars] == ["This project", "Average social work (SEOR)"]
    assert [b.text for b in slides[0].bars][1] == "1.6×"
    assert slides[1].title == "Who invests, who benefits"
    assert slides[2].title.startswith(f"{formats.number(result.fte_total, 'en', decimals=1)} FTE "
                                      "saved in")
    assert slides[4].items[0].startswith("Discount rate 2.25%")
    view = portfolio_view(demos)
    slides = portfolio_slides(view, "en")
    euro = formats.euro(view.rendementsfactor, "en", decimals=2)
    assert slides[0].title == f"Every euro invested in these 3 projects returns {euro}"
    assert slides[0].subtitle == "For comparison, not a norm: average of 14 social-work SCBAs 1.6×"
    assert slides[4].items[0] == "3 projects, each computed at once with the same rules"


def test_fte_title_in_english():
    assert fte_title(12.34, ["politie_justitie", "zorg", "schuldhulpverlening"], "en") == (
        "12.3 FTE saved in police and justice, health care and debt counselling")
    assert fte_title(1.0, ["zorg", "gemeente", "onderwijs", "jeugdzorg"], "en").endswith(
        "and 1 other sector")
    assert fte_title(0.0, [], "en") == "No computed staff savings"
