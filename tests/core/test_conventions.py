"""Discounting conventions (issue 15 item 13), hand-worked: the same project under each one.

Project: costs € 1.000 in years 1 and 2 (gemeente); one effect of 10 × € 100 = € 1.000 a year,
years 1–3, no shares. Rates chosen by the conventions' sources (parameters.csv):

mkba, r = 2,25 %, year 1 undiscounted, factor 1/1,0225^(y−1):
    PV costs    = 1.000 + 977,9951 (1.000/1,0225)            = 1.977,9951
    PV benefits = 1.977,9951 + 956,4744 (1.000/1,0225²)      = 2.934,4695
zorginstituut_2024, r = 3 % for every euro, year 1 undiscounted:
    PV costs    = 1.000 + 1.000/1,03                         = 1.970,8738
    PV benefits = 1.970,8738 + 942,5959 (1.000/1,03²)        = 2.913,4697
sroi_value_map, r = 3,5 %, end of year, factor 1/1,035^y:
    PV costs    = 966,1836 + 933,5107 (1.000/1,035, /1,035²) = 1.899,6943
    PV benefits = 1.899,6943 + 901,9427 (1.000/1,035³)       = 2.801,6370
    factor      = 2.801,6370 / 1.899,6943                    = 1,474783…
                (= the start-of-year factor at 3,5 %: every amount × 1/1,035)
"""

from __future__ import annotations

import json

import pytest

from impactkaart.cli.main import main
from impactkaart.core.engine import compute, rate_sensitivity
from impactkaart.core.model import ProjectError, parse_project
from impactkaart.text.conventions import convention_line, sensitivity_line
from impactkaart.text.errors import describe
from tests.oracle import oracle

BASE = {
    "name": "Conventies",
    "project_type": "jongerenwerk",
    "years": 3,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 1000},
              {"year": 2, "financier": "gemeente", "amount": 1000}],
    "effects": [{"outcome": "x", "stakeholder": "gemeente", "sector": None, "quantity": 10,
                 "proxy": 100, "duration": 3, "deadweight": 0.0, "attribution": 0.0}],
}

CASES = {
    "mkba": (0.0225, 1977.9951, 2934.4695),
    "zorginstituut_2024": (0.03, 1970.8738, 2913.4697),
    "sroi_value_map": (0.035, 1899.6943, 2801.6370),
}


@pytest.mark.parametrize("convention", CASES)
def test_each_convention_by_hand(convention):
    rate, pv_costs, pv_benefits = CASES[convention]
    data = dict(BASE, discount_convention=convention)
    result = compute(parse_project(data))
    assert result.discount_rate == pytest.approx(rate)
    assert result.pv_costs == pytest.approx(pv_costs, abs=1e-3)
    assert result.pv_benefits == pytest.approx(pv_benefits, abs=1e-3)
    assert result.payback_year == 1  # year 1: 1.000 benefits against 1.000 costs
    out = result.to_dict()
    assert out["discount_convention_key"] == convention
    assert ("1/(1+r)^y" in out["discount_convention"]) == (convention == "sroi_value_map")
    # the slow oracle (tests/oracle.py) writes the conventions out on its own
    expected = oracle(data, {}, 0.0225)
    assert result.pv_costs == pytest.approx(expected["pv_costs"])
    assert result.pv_benefits == pytest.approx(expected["pv_benefits"])


def test_end_of_year_changes_present_values_not_the_factor():
    end = compute(parse_project(dict(BASE, discount_convention="sroi_value_map")))
    start = compute(parse_project(dict(BASE, discount_rate=0.035)))
    assert end.rendementsfactor == pytest.approx(1.474783, abs=1e-6)
    assert end.rendementsfactor == pytest.approx(start.rendementsfactor)
    assert end.npv == pytest.approx(start.npv / 1.035)


def test_an_own_rate_is_kept_and_said():
    project = parse_project(dict(BASE, discount_convention="sroi_value_map", discount_rate=0.05))
    assert project.discount_rate == 0.05
    assert "3,50" in convention_line(project, "nl") and "5,00" in convention_line(project, "nl")
    assert "not confirmed" in convention_line(project, "en")


def test_the_file_keeps_the_convention_and_the_default_is_left_out():
    project = parse_project(dict(BASE, discount_convention="zorginstituut_2024"))
    assert project.to_dict()["discount_convention"] == "zorginstituut_2024"
    assert "discount_convention" not in parse_project(BASE).to_dict()


def test_an_unknown_convention_is_named():
    with pytest.raises(ProjectError) as caught:
        parse_project(dict(BASE, discount_convention="green_book"))
    (error,) = caught.value.errors
    assert error.path == "discount_convention"
    assert "mkba" in describe(error, "en") and "sroi_value_map" in describe(error, "nl")


def test_rate_sensitivity_by_hand_and_in_words():
    # r = 0: costs 2.000, benefits 3.000 → 1,5×; r = 4 %: (1 + 1/1,04 + 1/1,04²) / (1 + 1/1,04)
    # = (1 + 0,961538 + 0,924556) / 1,961538 = 2,886095 / 1,961538 = 1,471342
    project = parse_project(BASE)
    (r0, f0), (r4, f4) = rate_sensitivity(project)
    assert (r0, r4) == (0.0, 0.04)
    assert f0 == pytest.approx(1.5) and f4 == pytest.approx(1.471342, abs=1e-6)
    line = sensitivity_line(project, "nl")
    assert "bij 0,00% 1,50×" in line and "bij 4,00% 1,47×" in line and "nu 2,25%: 1,48×" in line


def test_cli_json_and_bad_convention_exit_2(tmp_path, capsys):
    path = tmp_path / "p.json"
    path.write_text(json.dumps(dict(BASE, discount_convention="sroi_value_map")), encoding="utf-8")
    assert main(["compute", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["discount_convention_key"] == "sroi_value_map" and out["discount_rate"] == 0.035
    path.write_text(json.dumps(dict(BASE, discount_convention=3)), encoding="utf-8")
    assert main(["compute", str(path)]) == 2
    assert "discount_convention" in capsys.readouterr().err
