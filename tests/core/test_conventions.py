"""Golden tests for the conventions of issue 15 (transfers, payback, price level, FTE per
year, discounting conventions): projects worked out by hand, the arithmetic in comments."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import ProjectError, parse_project

# --- transfers (item 2) -----------------------------------------------------------------
# r = 0 so that every PV is its nominal sum. One year.
TRANSFER = {
    "name": "Overdracht", "project_type": "participatie", "years": 1, "discount_rate": 0.0,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 10000}],
    "effects": [
        # a real saving: 10 × 500 × (1 − 0,2) = 4.000 for the zorgverzekeraar
        {"outcome": "minder zorg", "stakeholder": "zorgverzekeraar", "quantity": 10, "proxy": 500,
         "duration": 1, "deadweight": 0.2, "attribution": 0.0},
        # bijstand saved: 2 × 15.000 × (1 − 0,5) = 15.000, a transfer from the participant
        {"outcome": "uit de bijstand", "stakeholder": "gemeente", "quantity": 2, "proxy": 15000,
         "duration": 1, "deadweight": 0.5, "attribution": 0.0, "transfer": True},
        # a transfer with its own losing party: 1 × 3.000 = 3.000 from UWV to the Rijk
        {"outcome": "minder WW", "stakeholder": "rijk", "quantity": 1, "proxy": 3000,
         "duration": 1, "deadweight": 0.0, "attribution": 0.0, "transfer": True,
         "transfer_from": "uwv"},
    ],
}


def test_transfers_are_out_of_society_totals():
    result = compute(parse_project(TRANSFER))
    assert result.pv_benefits == pytest.approx(4000)  # only the real saving
    assert result.pv_transfers == pytest.approx(18000)  # 15.000 + 3.000
    assert result.npv == pytest.approx(4000 - 10000)
    assert result.rendementsfactor == pytest.approx(0.4)  # 4.000 / 10.000, not 2,2
    assert result.payback_year is None  # −6.000 at the end: never paid back
    assert result.to_dict()["pv_transfers"] == pytest.approx(18000)


def test_transfers_are_in_the_party_table_both_ways():
    parties = compute(parse_project(TRANSFER)).by_party.set_index("party")
    assert parties.loc["gemeente", "pv_benefits"] == pytest.approx(15000)
    assert parties.loc["deelnemer", "pv_benefits"] == pytest.approx(-15000)
    assert parties.loc["rijk", "pv_benefits"] == pytest.approx(3000)
    assert parties.loc["uwv", "pv_benefits"] == pytest.approx(-3000)
    assert parties.loc["zorgverzekeraar", "pv_benefits"] == pytest.approx(4000)
    # the parties together gain what society gains: the transfers cancel out
    assert parties["pv_benefits"].sum() == pytest.approx(4000)
    # the gemeente's own return counts what it no longer pays: 15.000 / 10.000
    assert parties.loc["gemeente", "rendement"] == pytest.approx(1.5)


def test_a_transfer_is_marked_per_effect_and_year():
    result = compute(parse_project(TRANSFER))
    assert list(result.effects["transfer"]) == [False, True, True]
    year = result.by_year.set_index("year").loc[1]
    assert year["benefits"] == pytest.approx(4000) and year["transfers"] == pytest.approx(18000)


@pytest.mark.parametrize("field, value, code", [
    ("transfer", "ja", "not_bool"),
    ("transfer", 1, "not_bool"),
    ("transfer_from", "deelnemr", "transfer_unknown_party_hint"),
    ("transfer_from", "marsmannetjes", "transfer_unknown_party"),
    ("transfer_from", "gemeente", "transfer_same_party"),  # the stakeholder itself
])
def test_bad_transfer_fields_name_the_field(field, value, code):
    effect = {**TRANSFER["effects"][1], field: value}
    with pytest.raises(ProjectError) as caught:
        parse_project({**TRANSFER, "effects": [effect]})
    [error] = caught.value.errors
    assert (error.path, error.code) == (f"effects[0].{field}", code)


def test_a_party_the_project_names_may_lose_a_transfer():
    effect = {**TRANSFER["effects"][1], "transfer_from": "eigen_fonds"}
    cost = {"year": 1, "financier": "eigen_fonds", "amount": 1}
    project = parse_project({**TRANSFER, "effects": [effect], "costs": [cost]})
    assert project.effects[0].transfer_from == "eigen_fonds"


# --- payback (item 6) -------------------------------------------------------------------
def payback_project(costs: list[tuple[int, float]], benefits: list[float], rate: float = 0.0):
    return {
        "name": "Terugverdienen", "project_type": "gezinswerk", "years": len(benefits),
        "discount_rate": rate,
        "costs": [{"year": y, "financier": "gemeente", "amount": a} for y, a in costs],
        "effects": [{"outcome": f"baat jaar {y}", "stakeholder": "gemeente", "quantity": 1,
                     "proxy": b, "start_year": y, "duration": 1, "deadweight": 0.0,
                     "attribution": 0.0} for y, b in enumerate(benefits, start=1) if b],
    }


def test_costs_that_rise_late_move_the_payback_year():
    # r = 0. Benefits 1.000 a year for 5 years; costs 1.000 in year 1 and 3.500 in year 4.
    # cumulative net: y1 1.000 − 1.000 = 0 (≥ 0), y2 +1.000, y3 +2.000,
    #                 y4 4.000 − 4.500 = −500 (below zero again), y5 5.000 − 4.500 = +500.
    # The old rule said year 1; the balance stays ≥ 0 only from year 5.
    result = compute(parse_project(payback_project([(1, 1000), (4, 3500)], [1000] * 5)))
    assert result.payback_year == 5


def test_late_costs_with_discounting():
    # r = 10 %: discount factors 1, 1/1,1, 1/1,21. Benefits 1.100 in years 1–3, costs 1.000 in
    # year 1 and 1.452 in year 3. Cumulative net × 1,21:
    #   y1: (1.100 − 1.000) × 1,21 = 121            (≥ 0)
    #   y2: 121 + 1.100 × 1,1 = 1.331               (≥ 0)
    #   y3: 1.331 + 1.100 − 1.452 = 979             (≥ 0): paid back from year 1.
    # With year 3's cost 2.500 instead: 1.331 + 1.100 − 2.500 = −69 < 0: never.
    data = payback_project([(1, 1000), (3, 1452)], [1100] * 3, rate=0.10)
    assert compute(parse_project(data)).payback_year == 1
    data = payback_project([(1, 1000), (3, 2500)], [1100] * 3, rate=0.10)
    assert compute(parse_project(data)).payback_year is None


def test_a_factor_below_one_is_never_paid_back():
    # The case: a 0,65× project whose first year's benefits exceed its first year's
    # costs used to print "Terugverdiend in projectjaar: 1". r = 0; costs 100.000 a year for
    # 3 years, benefits 150.000, 20.000, 25.000: factor 195.000 / 300.000 = 0,65,
    # NPV −105.000, cumulative net +50.000, −30.000, −105.000: never paid back.
    data = payback_project([(1, 100000), (2, 100000), (3, 100000)], [150000, 20000, 25000])
    result = compute(parse_project(data))
    assert result.rendementsfactor == pytest.approx(0.65)
    assert result.npv == pytest.approx(-105000)
    assert result.payback_year is None
    assert result.to_dict()["payback_year"] is None


def test_payback_waits_until_something_is_paid():
    # r = 0. Benefits 500 in year 1, costs 400 only in year 2: the balance is ≥ 0 throughout,
    # but nothing has been paid back before anything was paid: year 2.
    result = compute(parse_project(payback_project([(2, 400)], [500, 0])))
    assert result.payback_year == 2


# --- one price level (item 4) -----------------------------------------------------------
# cpi.csv gives per year the factor to 2024 (CBS CPI via tatooheene df_cpi_combined):
# 2014 → 1,311; 2019 → 1,227; 2022 → 1,073; 2024 → 1. So CPI[2022]/CPI[2014] = 1,311/1,073.
def priced(effect: dict, **project) -> dict:
    return {"name": "Prijspeil", "project_type": "gezinswerk", "years": 1, "discount_rate": 0.0,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
            "effects": [{"outcome": "x", "stakeholder": "gemeente", "quantity": 10,
                         "duration": 1, "deadweight": 0.0, "attribution": 0.0, **effect}],
            **project}


def test_a_library_proxy_is_indexed_to_the_latest_cpi_year():
    # huisartsconsult: € 30,87 at price year 2022 (proxies.csv); default price year 2024:
    # 10 × 30,87 × 1,073 = 331,2351
    data = priced({"proxy": 30.87, "proxy_key": "huisartsconsult"})
    project = parse_project(data)
    assert project.price_year == 2024
    assert project.effects[0].proxy_price_year == 2022  # filled from the library row
    result = compute(project)
    assert result.pv_benefits == pytest.approx(331.2351)
    assert result.effects.loc[0, "price_index"] == pytest.approx(1.073)
    assert result.to_dict()["price_year"] == 2024 and result.warnings == []


def test_an_older_proxy_to_an_earlier_price_year():
    # an own value at price year 2014, project in prices of 2022: 10 × 100 × 1,311/1,073
    data = priced({"proxy": 100, "proxy_price_year": 2014}, price_year=2022)
    assert compute(parse_project(data)).pv_benefits == pytest.approx(1000 * 1.311 / 1.073)


def test_an_own_value_is_in_the_projects_price_level():
    data = priced({"proxy": 100}, price_year=2019)
    result = compute(parse_project(data))
    assert result.pv_benefits == pytest.approx(1000)  # not indexed: factor 1, no warning
    assert result.warnings == []


def test_a_library_proxy_without_price_year_is_flagged_not_silently_current():
    # politie_opsporing_delict has price year 'n.b.' in proxies.csv
    data = priced({"proxy": 4000, "proxy_key": "politie_opsporing_delict"})
    project = parse_project(data)
    assert project.effects[0].proxy_price_year is None
    result = compute(project)
    assert result.pv_benefits == pytest.approx(40000)  # factor 1 …
    assert result.warnings == [{"code": "unknown_price_year", "effect": 0}]  # … and flagged


def test_sector_labour_costs_are_indexed_but_a_projects_own_are_not():
    # labour-cost route: FTE = value × labour share / labour cost. Own value 10 × 1.000 = 10.000
    # at the project's price level 2024. The reference zorg figures: share 0,65, labour cost
    # € 60.200 at price year 2019, so 60.200 × 1,227 = 73.865,40 in 2024 euros:
    # FTE = 10.000 × 0,65 / 73.865,4 = 0,0879977
    data = priced({"proxy": 1000, "sector": "zorg"})
    assert compute(parse_project(data)).fte_total == pytest.approx(10000 * 0.65 / (60200 * 1.227))
    # the project's own sector figures are in its price level: 10.000 × 0,5 / 50.000 = 0,1
    own = {"sector": "zorg", "productive_hours_per_fte": 1500, "labour_cost_per_fte": 50000,
           "labour_share": 0.5}
    data = priced({"proxy": 1000, "sector": "zorg"}, sectors=[own])
    assert compute(parse_project(data)).fte_total == pytest.approx(0.1)


@pytest.mark.parametrize("where, value", [("price_year", 2030), ("price_year", 1990),
                                          ("proxy_price_year", 2005)])
def test_a_price_year_outside_the_cpi_series_names_the_field(where, value):
    if where == "price_year":
        data = priced({"proxy": 1}, price_year=value)
        path = "price_year"
    else:
        data = priced({"proxy": 1, "proxy_price_year": value})
        path = "effects[0].proxy_price_year"
    with pytest.raises(ProjectError) as caught:
        parse_project(data)
    [error] = caught.value.errors
    assert (error.path, error.code) == (path, "price_year_outside_cpi")


# --- FTE per year (item 9) --------------------------------------------------------------
def test_fte_per_year_is_the_average_over_the_years_with_effect():
    # hours route, zorg: 1.720 productive hours per FTE (sector_figures.csv), so 1.720 hours
    # saved = 1 FTE. A: 1.720 h in years 1 and 2; B: 3.440 h in year 2; C: 1.720 h in year 4.
    # Per year 1, 3, –, 1 FTE: average over the 3 years with effect 5/3 = 1,667 (not 5/4);
    # peak 3 in year 2; together 5 FTE-years.
    def effect(start: int, duration: int, quantity: float) -> dict:
        return {"outcome": f"uren {start}", "stakeholder": "zorgverzekeraar", "sector": "zorg",
                "quantity": quantity, "proxy": 0, "start_year": start, "duration": duration,
                "deadweight": 0.0, "attribution": 0.0, "hours_per_unit": 1.0}
    data = {"name": "Fte", "project_type": "gezinswerk", "years": 4,
            "effects": [effect(1, 2, 1720), effect(2, 1, 3440), effect(4, 1, 1720)]}
    result = compute(parse_project(data))
    assert result.fte_years == pytest.approx(5)
    assert result.fte_per_year == pytest.approx(5 / 3)
    assert (result.fte_peak_year, result.fte_peak) == (2, pytest.approx(3))
    out = result.to_dict()
    assert out["fte_per_year"] == pytest.approx(5 / 3) and out["fte_peak_year"] == 2
    assert out["fte_total"] == pytest.approx(5)  # kept: the sum, in FTE-years


def test_no_labour_effect_has_no_peak():
    result = compute(parse_project(payback_project([(1, 10)], [100])))
    assert (result.fte_per_year, result.fte_peak_year, result.fte_peak) == (0.0, None, 0.0)


# --- rate sensitivity (item 13, part) ------------------------------------------------------
def test_rate_sensitivity_gives_the_factor_at_each_rate():
    from impactkaart.core.engine import rate_sensitivity

    # Benefits 1.100 in years 1–3, cost 1.000 in year 1 (payback_project above).
    # At 0 %: 3.300 / 1.000 = 3,3. At 10 %: (1.100 + 1.000 + 909,09…) / 1.000 = 3,00909…
    project = parse_project(payback_project([(1, 1000)], [1100] * 3, rate=0.0225))
    line = rate_sensitivity(project, rates=(0.0, 0.10))
    assert [rate for rate, _ in line] == [0.0, 0.10]
    assert line[0][1] == pytest.approx(3.3)
    assert line[1][1] == pytest.approx((1100 + 1000 + 1100 / 1.21) / 1000)
    nothing_paid = parse_project(payback_project([], [1100]))
    assert rate_sensitivity(nothing_paid) == [(0.0, None), (0.04, None)]
