"""Inputs that are not money (issue 15 item 10): in-kind lines, counted in society's
costs apart from the euro budget, switchable off; hand-worked values in the comments."""

from __future__ import annotations

import copy
import json

import pytest

from impactkaart.cli.main import main
from impactkaart.core.engine import compute
from impactkaart.core.model import ProjectError, parse_project
from impactkaart.core.reference import default_reference
from impactkaart.text.errors import describe

# r = 25 %, so the discount factors are exact: year 1 → 1, year 2 → 0,8, year 3 → 0,64.
PROJECT = {
    "name": "Vrijwilligers tellen mee",
    "project_type": "thuisadministratie",
    "years": 3,
    "discount_rate": 0.25,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 10000},
              {"year": 2, "financier": "gemeente", "amount": 10000}],
    "effects": [{"outcome": "x", "stakeholder": "gemeente", "sector": None, "quantity": 100,
                 "proxy": 300, "duration": 1, "deadweight": 0.0, "attribution": 0.0}],
    "in_kind": [
        # no value per hour: the sourced default (parameters.csv, in_kind_hour_value = 18,8)
        {"label": "vrijwilligers", "provider": "vrijwilligers", "hours": 100},
        {"label": "ruimte van de bibliotheek", "provider": "aanbieder", "amount": 500,
         "years": [1]},
    ],
}
# Budget PV   = 10.000 + 10.000 × 0,8                   = 18.000
# Time        = 100 h × € 18,80 (price level 2022) × CPI 2022→2024 1,073 (cpi.csv; the project
#               is at the CPI's last year, 2024) = 100 × 20,1724 = 2.017,24 a year,
#               years 1–3: 2.017,24 × (1 + 0,8 + 0,64)   = 4.922,0656
# Goods       = 500 in year 1 (goods are in the project's euros: not indexed) = 500
# In kind PV  = 4.922,0656 + 500                         =  5.422,0656
# Benefits    = 100 × 300 (year 1)                       = 30.000
BUDGET, TIME, GOODS = 18000.0, 4922.0656, 500.0


def test_counted_in_kind_is_part_of_society_costs_and_reported_apart():
    result = compute(parse_project(PROJECT))
    assert default_reference().parameter("in_kind_hour_value") == 18.8
    assert result.pv_in_kind == pytest.approx(TIME + GOODS)
    assert result.pv_costs == pytest.approx(BUDGET + TIME + GOODS)  # 23.422,0656
    assert result.pv_budget == pytest.approx(BUDGET)
    assert result.rendementsfactor == pytest.approx(30000 / 23422.0656)  # 1,2808…
    party = result.by_party.set_index("party")["pv_costs"]
    assert party["vrijwilligers"] == pytest.approx(TIME)  # the volunteers invest their time
    assert party["aanbieder"] == pytest.approx(GOODS)
    assert party["gemeente"] == pytest.approx(BUDGET)
    costs = result.by_year.set_index("year")["costs"]  # nominal: 10.000 + 2.017,24 + 500 …
    assert list(costs) == pytest.approx([12517.24, 12017.24, 2017.24])
    out = result.to_dict()
    assert out["pv_in_kind"] == pytest.approx(TIME + GOODS)
    assert out["pv_in_kind_not_counted"] == pytest.approx(0)


def test_switched_off_in_kind_leaves_the_costs_and_is_still_reported():
    data = dict(PROJECT, count_in_kind=False)
    result = compute(parse_project(data))
    assert result.pv_costs == pytest.approx(BUDGET)
    assert result.rendementsfactor == pytest.approx(30000 / 18000)
    assert result.pv_in_kind == 0
    assert result.to_dict()["pv_in_kind_not_counted"] == pytest.approx(TIME + GOODS)
    assert "vrijwilligers" not in set(result.by_party["party"])


def test_the_library_hour_value_is_indexed_to_the_price_level_an_own_value_is_not():
    # At price level 2022 (the hour value's own) the factor is 1: 1.880 × 2,44 = 4.587,20.
    at_2022 = compute(parse_project(dict(PROJECT, price_year=2022)))
    assert at_2022.pv_in_kind == pytest.approx(4587.2 + GOODS)
    # An hour value of the project's own (€ 25) is in its price level: 2.500 × 2,44 = 6.100.
    own = copy.deepcopy(PROJECT)
    own["in_kind"][0]["value_per_hour"] = 25
    assert compute(parse_project(own)).pv_in_kind == pytest.approx(6100 + GOODS)
    # A saved file carries the filled-in library value (18,8): still that figure, indexed.
    saved = parse_project(parse_project(PROJECT).to_dict())
    assert compute(saved).pv_in_kind == pytest.approx(TIME + GOODS)


def test_a_project_without_in_kind_is_unchanged_and_its_file_too():
    plain = {k: v for k, v in PROJECT.items() if k != "in_kind"}
    project = parse_project(plain)
    assert project.to_dict() == parse_project(project.to_dict()).to_dict()
    assert "in_kind" not in project.to_dict() and "count_in_kind" not in project.to_dict()
    assert compute(project).pv_costs == pytest.approx(BUDGET)
    # with lines, the file keeps them (the default value per hour written out)
    lines = parse_project(PROJECT).to_dict()["in_kind"]
    assert lines[0] == {"label": "vrijwilligers", "provider": "vrijwilligers", "hours": 100.0,
                        "value_per_hour": 18.8, "years": [1, 2, 3]}
    assert lines[1]["years"] == [1] and "hours" not in lines[1]


def errors(data) -> list[str]:
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    return [describe(e, "nl") for e in caught.value.errors]


BAD = {
    "negative hours": ({"hours": -3}, "in_kind[0].hours: mag niet negatief zijn"),
    "both": ({"hours": 3, "amount": 5}, "in_kind[0]: geef óf uren (tijd) óf een bedrag"),
    "neither": ({"hours": None}, "in_kind[0]: mist uren (tijd) of een bedrag"),
    "late year": ({"years": [2, 4]}, "in_kind[0].years: valt buiten de looptijd (1 tot en met 3)"),
    "years not a list": ({"years": 2}, "in_kind[0].years: moet een lijst van projectjaren zijn"),
    "label not text": ({"label": 7}, "in_kind[0].label: moet tekst zijn"),
    "switch not a boolean": (None, "count_in_kind: moet true of false zijn"),
}


@pytest.mark.parametrize("case", list(BAD), ids=list(BAD))
def test_bad_in_kind_names_the_field(case, tmp_path, capsys):
    change, message = BAD[case]
    data = copy.deepcopy(PROJECT)
    if change is None:
        data["count_in_kind"] = "ja"
    else:
        data["in_kind"][0].update(change)
    found = errors(data)
    assert any(text.startswith(message) for text in found), found
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_errors_read_in_english_too():
    data = copy.deepcopy(PROJECT)
    data["in_kind"][0]["amount"] = 5
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    assert describe(caught.value.errors[0], "en") == (
        "in_kind[0]: give either hours (time) or an amount (goods), not both")


def test_the_oracle_agrees_with_in_kind_on_and_off():
    from tests.core.test_engine_oracle import check_against_oracle

    for data in (PROJECT, dict(PROJECT, count_in_kind=False)):
        check_against_oracle(data, compute(parse_project(data)))
