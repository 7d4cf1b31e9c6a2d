"""Cohorts (issue 16 item 4): one effect with several intakes computes exactly as the same
intakes written as separate effects did; the oracle expands them on its own."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impactkaart.core.engine import compute
from impactkaart.core.model import Cohort, ProjectError, parse_project
from impactkaart.core.reference import default_reference
from impactkaart.store.projects import Store
from impactkaart.uncertainty.montecarlo import engine_draws, twin
from impactkaart.uncertainty.ranges import assumptions, checked, with_default_ranges
from impactkaart.uncertainty.sensitivity import tornado
from tests.core.test_engine_oracle import check_against_oracle
from tests.strategies import projects

REF = default_reference()
CENT = 0.005


def gp_project(effect_extra: dict) -> dict:
    """The worked example of the engine's docstring (200 GP visits at € 40 …)."""
    return {
        "name": "cohorten", "project_type": "gezinswerk", "years": 2, "discount_rate": 0.0225,
        "price_year": 2024,
        "costs": [{"year": 1, "financier": "gemeente", "amount": 10000}],
        "effects": [{"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar",
                     "sector": None, "proxy": 40, "proxy_price_year": 2024, "duration": 3,
                     "deadweight": 0.2, "attribution": 0.25, "drop_off": 0.1, **effect_extra}],
    }


def test_two_cohorts_by_hand():
    # cohort 1: 200 from year 1; cohort 2: 100 from year 2. Net first-year value 4.800 and
    # 2.400 (200 × 40 × 0,8 × 0,75), fading by 0,9 a year, discounted at 2,25 %.
    data = gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                   {"start_year": 2, "quantity": 100}]})
    d = 1 / 1.0225
    first = 4800 + 4320 * d + 3888 * d**2  # 12.743,71 (the docstring's worked example)
    second = 2400 * d + 2160 * d**2 + 1944 * d**3  # 6.231,65
    result = compute(parse_project(data))
    assert result.pv_benefits == pytest.approx(first + second, abs=CENT)
    assert round(first + second, 2) == 18975.36
    # one line per effect: the cohorts summed
    assert list(result.effects["effect"]) == [0]
    assert result.effects["pv_benefits"].iloc[0] == pytest.approx(first + second, abs=CENT)
    years = result.effect_years.set_index("year")["benefits"]
    assert list(years.index) == [1, 2, 3, 4]
    assert years.loc[2] == pytest.approx(4320 + 2400)


def test_the_effect_reads_its_total_and_first_start_from_its_cohorts():
    effect = parse_project(gp_project({"cohorts": [{"start_year": 2, "quantity": 100},
                                                   {"start_year": 1, "quantity": 200}]})).effects[0]
    assert effect.quantity == 300 and effect.start_year == 1
    assert effect.cohorts == (Cohort(2, 100.0), Cohort(1, 200.0))


@pytest.mark.parametrize("extra, path, code", [
    ({"quantity": 250}, "effects[0].quantity", "cohorts.sum"),
    ({"start_year": 2}, "effects[0].start_year", "cohorts.start"),
    ({"cohorts_bad": True}, "effects[0].cohorts[0].quantity", "negative"),
])
def test_a_total_or_start_that_disagrees_with_the_cohorts_is_named(extra, path, code):
    cohorts = [{"start_year": 1, "quantity": 200}, {"start_year": 2, "quantity": 100}]
    if extra.pop("cohorts_bad", False):
        cohorts[0]["quantity"] = -1
    with pytest.raises(ProjectError) as caught:
        parse_project(gp_project({"cohorts": cohorts, **extra}))
    assert (path, code) in [(e.path, e.code) for e in caught.value.errors]


def test_cohort_errors_are_worded_in_both_languages():
    from impactkaart.text.errors import describe
    with pytest.raises(ProjectError) as caught:
        parse_project(gp_project({"quantity": 250, "cohorts": [{"start_year": 1, "quantity": 200}]}))
    error = caught.value.errors[0]
    assert describe(error, "nl") == "effects[0].quantity: moet de som van de cohorten zijn (200), " \
                                    "of weggelaten worden"
    assert "sum of the cohorts (200)" in describe(error, "en")


@st.composite
def cohort_projects(draw):
    """(a project with cohorts, the same project with each cohort a separate effect)."""
    data = draw(projects(max_effects=4))
    rows, grouped = [], []
    for effect in data["effects"]:
        n = draw(st.integers(1, 4))
        cohorts = [{"start_year": draw(st.integers(1, data["years"])),
                    "quantity": draw(st.floats(0, 1e4, allow_nan=False))} for _ in range(n)]
        plain = {k: v for k, v in effect.items() if k not in ("quantity", "start_year")}
        grouped.append({**plain, "cohorts": cohorts})
        rows += [{**plain, **c} for c in cohorts]
    return {**data, "effects": grouped}, {**data, "effects": rows}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohort_projects())
def test_cohorts_equal_the_same_project_as_separate_rows(pair):
    with_cohorts, as_rows = pair
    a, b = compute(parse_project(with_cohorts)), compute(parse_project(as_rows))
    check_against_oracle(with_cohorts, a)  # the oracle expands the cohorts itself
    check_against_oracle(as_rows, b)
    for name in ("pv_benefits", "pv_costs", "npv", "pv_transfers", "fte_total"):
        assert getattr(a, name) == pytest.approx(getattr(b, name), abs=CENT), name
    assert a.payback_year == b.payback_year
    for column in ("benefits", "benefits_pv", "transfers_pv", "costs_pv"):
        assert a.by_year[column].to_numpy() == pytest.approx(b.by_year[column].to_numpy(), abs=CENT)
    # one line per effect, each the sum of its cohorts' rows
    assert len(a.effects) == len(with_cohorts["effects"])
    sizes = [len(e["cohorts"]) for e in with_cohorts["effects"]]
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    row_pv = b.effects["pv_benefits"].to_numpy()
    for i, (s, n) in enumerate(zip(starts, sizes)):
        assert a.effects["pv_benefits"].iloc[i] == pytest.approx(row_pv[s:s + n].sum(), abs=CENT)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohort_projects(), st.floats(0, 3))
def test_a_changed_total_is_split_as_the_cohorts_are(pair, scale):
    # A slider or a draw changes the effect's quantity: every cohort moves in proportion.
    with_cohorts, _ = pair
    project = parse_project(with_cohorts)
    if not project.effects:
        return
    effect = project.effects[0]
    changed = replace(project, effects=(replace(effect, quantity=effect.quantity * scale),
                                        *project.effects[1:]))
    expected = dict(with_cohorts)
    first = dict(expected["effects"][0])
    planned = sum(c["quantity"] for c in first["cohorts"])
    n = len(first["cohorts"])
    first["cohorts"] = [{**c, "quantity": (c["quantity"] * scale if planned > 0
                                           else effect.quantity * scale / n)}
                        for c in first["cohorts"]]
    expected["effects"] = [first, *expected["effects"][1:]]
    check_against_oracle(expected, compute(changed))


def test_a_measured_total_is_split_as_the_cohorts_are():
    data = gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                   {"start_year": 2, "quantity": 100}],
                       "quantity_ex_post": 150})
    measured = compute(parse_project(data), measured=True)
    # half of the planned 300: each cohort at half (100 and 50), so half of 18.975,36
    assert measured.pv_benefits == pytest.approx(18975.355 / 2, abs=0.01)


def test_uncertainty_treats_one_effect_as_one_item():
    data = gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                   {"start_year": 2, "quantity": 100}]})
    data["effects"].append({**data["effects"][0], "outcome": "ander effect", "cohorts": [
        {"start_year": 1, "quantity": 30}, {"start_year": 2, "quantity": 40}]})
    project = checked(with_default_ranges(parse_project(data)), REF)
    found = assumptions(project)
    assert {a.effect for a in found if a.effect is not None} == {0, 1}
    assert len([a for a in found if a.name == "quantity"]) == 2  # not one per cohort
    import numpy as np

    from impactkaart.core.engine import flatten
    from impactkaart.uncertainty.montecarlo import draw_samples
    fp = flatten([project], REF)
    assert list(fp.e_effect) == [0, 0, 1, 1]
    samples = draw_samples(found, 200, np.random.default_rng(7))
    a, b = twin(fp, found, samples), engine_draws(fp, found, samples)
    assert a.factor == pytest.approx(b.factor, rel=1e-9)
    # a drawn quantity of effect 0 splits 2 : 1 over its cohorts, as the point value does
    q = [j for j, x in enumerate(found) if x.name == "quantity" and x.effect == 0][0]
    one = samples[:1].copy()
    for j, x in enumerate(found):
        one[0, j] = x.base
    one[0, q] = 600  # twice the planned 300
    doubled = replace(project, effects=(replace(project.effects[0], quantity=600),
                                        project.effects[1]))
    assert twin(fp, found, one).pv_benefits[0] == pytest.approx(compute(doubled).pv_benefits)
    # the tornado has one lever per effect and assumption, never one per cohort
    rows = tornado(project, REF)
    assert set(rows["effect"].dropna()) == {0, 1}
    assert not rows.duplicated(["effect", "assumption"]).any()
    size = rows.loc[(rows["effect"] == 0) & (rows["assumption"] == "size")].iloc[0]
    low = size["low"] / size["base"]  # both cohorts scaled by the same share of the size
    scaled = replace(project, effects=(replace(project.effects[0],
                                               quantity=project.effects[0].quantity * low),
                                       project.effects[1]))
    assert size["factor_low"] == pytest.approx(compute(scaled).rendementsfactor)


def test_a_project_with_cohorts_is_stored_and_read_back(tmp_path):
    project = parse_project(gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                                    {"start_year": 2, "quantity": 100}]}))
    with Store(tmp_path / "cohorts.duckdb") as store:
        pid = store.save_project(project)
        again = store.load_project(pid)
    assert again == project and again.effects[0].cohorts == project.effects[0].cohorts
    text = json.dumps(project.to_dict())
    assert parse_project(json.loads(text)) == project
    assert json.loads(text)["effects"][0]["cohorts"] == [
        {"start_year": 1, "quantity": 200.0}, {"start_year": 2, "quantity": 100.0}]
    # an effect without cohorts writes no cohorts key: old files stay as they were
    plain = parse_project(gp_project({"quantity": 200}))
    assert "cohorts" not in plain.to_dict()["effects"][0]
    assert math.isclose(compute(plain).pv_benefits, 12743.71, abs_tol=CENT)


def test_a_total_changed_with_replace_splits_the_cohorts_and_reads_back():
    # a scenario's reach or a slider replaces the quantity: saved, the file still agrees
    project = parse_project(gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                                    {"start_year": 2, "quantity": 100}]}))
    effect = replace(project.effects[0], quantity=600)
    assert [(c.start_year, c.quantity) for c in effect.cohorts] == [(1, 400), (2, 200)]
    changed = replace(project, effects=(effect,))
    assert parse_project(json.loads(json.dumps(changed.to_dict()))) == changed


def test_the_one_pager_words_name_the_cohorts():
    from impactkaart.text.briefing import plain_assumptions
    project = parse_project(gp_project({"cohorts": [{"start_year": 1, "quantity": 200},
                                                    {"start_year": 2, "quantity": 100}]}))
    [line] = plain_assumptions(project, compute(project), "nl")
    assert "verdeeld over 2 cohorten (200 vanaf jaar 1, 100 vanaf jaar 2), elk 3 jaar" in line
    [line] = plain_assumptions(project, compute(project), "en")
    assert "spread over 2 cohorts (200 from year 1, 100 from year 2), each 3 years" in line
