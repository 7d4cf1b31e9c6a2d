"""Golden tests: projects worked out by hand, pinning every formula convention.

The arithmetic is in the comments; the expected values are those hand results,
not the engine's output.
"""

from __future__ import annotations

import pytest

from impactkaart.core.engine import NO_COST_REASON, compute
from impactkaart.core.model import parse_project

# --- Golden project 1 -------------------------------------------------------------
# r = 10 % so that the discount factors are 1, 1/1,1 and 1/1,21.
# Project years: 2. Effect A runs past them (to year 3), effect B starts in year 2.
GOLDEN_1 = {
    "name": "Golden 1",
    "project_type": "gezinswerk",
    "years": 2,
    "discount_rate": 0.10,
    "costs": [
        {"year": 1, "financier": "gemeente", "amount": 10000},
        {"year": 2, "financier": "gemeente", "amount": 10000},
        {"year": 1, "financier": "fonds", "amount": 5000},
    ],
    "effects": [
        # A: 200 × 40 × (1−0,2) × (1−0) × (1−0,25) = 4.800 in year 1,
        #    × 0,9 = 4.320 in year 2, × 0,81 = 3.888 in year 3 (drop-off 10 %).
        #    Net units 200 × 0,8 × 0,75 = 120, 108, 97,2; hours × 0,5 = 60, 54, 48,6;
        #    FTE ÷ 1.500 productive hours = 0,04; 0,036; 0,0324.
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "sector": "zorg",
         "quantity": 200, "proxy": 40, "start_year": 1, "duration": 3, "deadweight": 0.2,
         "displacement": 0.0, "attribution": 0.25, "drop_off": 0.1, "hours_per_unit": 0.5},
        # B: 10 × 4.000 × 0,5 × (1−0,1) × (1−0,2) = 14.400 in years 2 and 3 (no drop-off).
        #    Labour-cost route: 14.400 × 0,6 / 72.000 = 0,12 FTE; × 1.600 h = 192 hours.
        {"outcome": "minder politie-inzet", "stakeholder": "politie_justitie",
         "sector": "politie_justitie", "quantity": 10, "proxy": 4000, "start_year": 2,
         "duration": 2, "deadweight": 0.5, "displacement": 0.1, "attribution": 0.2},
        # C: 2 × 5.000 × 1 × 1 × (1−0,5) = 5.000 in year 1, × (1−0,5) = 2.500 in year 2.
        #    No sector: no labour effect.
        {"outcome": "minder schooluitval", "stakeholder": "gemeente", "sector": None,
         "quantity": 2, "proxy": 5000, "duration": 2, "deadweight": 0.0,
         "attribution": 0.5, "drop_off": 0.5},
    ],
    "sectors": [
        {"sector": "zorg", "productive_hours_per_fte": 1500, "labour_cost_per_fte": 80000,
         "labour_share": 0.7},
        {"sector": "politie_justitie", "productive_hours_per_fte": 1600,
         "labour_cost_per_fte": 72000, "labour_share": 0.6},
    ],
}
# Multiply every amount by 1,21 to clear the discount denominators:
#   benefits × 1,21 = A (4.800×1,21 + 4.320×1,1 + 3.888) + B (14.400×1,1 + 14.400)
#                   + C (5.000×1,21 + 2.500×1,1)
#                   = 5.808 + 4.752 + 3.888 + 15.840 + 14.400 + 6.050 + 2.750 = 53.488
#   costs × 1,21    = 10.000×1,21 + 10.000×1,1 + 5.000×1,21 = 12.100 + 11.000 + 6.050 = 29.150
PV_B1 = 53488 / 1.21
PV_C1 = 29150 / 1.21


@pytest.fixture(scope="module")
def golden1():
    return compute(parse_project(GOLDEN_1))


def test_golden1_headline(golden1):
    assert golden1.pv_benefits == pytest.approx(PV_B1, rel=1e-12)  # 44.204,96
    assert golden1.pv_costs == pytest.approx(PV_C1, rel=1e-12)  # 24.090,91
    assert golden1.npv == pytest.approx((53488 - 29150) / 1.21, rel=1e-12)  # 20.114,05
    assert golden1.rendementsfactor == pytest.approx(53488 / 29150, rel=1e-12)  # 1,835
    assert golden1.discount_rate == 0.10


def test_golden1_per_effect_pins_drop_off_and_late_start(golden1):
    pv = golden1.effects.set_index("effect")["pv_benefits"]
    assert pv[0] == pytest.approx(4800 + 4320 / 1.1 + 3888 / 1.21)  # 11.940,50
    assert pv[1] == pytest.approx(14400 / 1.1 + 14400 / 1.21)  # starts in year 2: 24.991,74
    assert pv[2] == pytest.approx(5000 + 2500 / 1.1)  # 7.272,73


def test_golden1_by_year_runs_past_the_project(golden1):
    rows = golden1.by_year.set_index("year")
    assert list(rows.index) == [1, 2, 3]  # project is 2 years, effects run to year 3
    assert rows.loc[1, "costs"] == pytest.approx(15000)
    assert rows.loc[1, "benefits"] == pytest.approx(4800 + 5000)
    assert rows.loc[2, "costs_pv"] == pytest.approx(10000 / 1.1)
    assert rows.loc[2, "benefits"] == pytest.approx(4320 + 14400 + 2500)
    assert rows.loc[2, "benefits_pv"] == pytest.approx(21220 / 1.1)
    assert rows.loc[3, "costs"] == 0
    assert rows.loc[3, "benefits_pv"] == pytest.approx((3888 + 14400) / 1.21)


def test_golden1_payback(golden1):
    # Cumulative PV: year 1 benefits 9.800 < costs 15.000;
    # year 2 benefits 9.800 + 19.290,91 = 29.090,91 ≥ costs 15.000 + 9.090,91 = 24.090,91.
    assert golden1.payback_year == 2


def test_golden1_per_party(golden1):
    parties = golden1.by_party.set_index("party")
    # gemeente pays 10.000 + 10.000/1,1 = 23.100/1,21 and receives C: 8.800/1,21.
    assert parties.loc["gemeente", "pv_costs"] == pytest.approx(23100 / 1.21)
    assert parties.loc["gemeente", "pv_benefits"] == pytest.approx(8800 / 1.21)
    assert parties.loc["gemeente", "rendement"] == pytest.approx(8800 / 23100)
    # fonds pays 5.000 and receives nothing: rendement 0.
    assert parties.loc["fonds", "pv_costs"] == pytest.approx(5000)
    assert parties.loc["fonds", "rendement"] == 0
    # Stakeholders who paid nothing have no rendement (not infinity).
    assert parties.loc["zorgverzekeraar", "pv_costs"] == 0
    assert parties.loc["zorgverzekeraar", "pv_benefits"] == pytest.approx(11940.4958677686)
    for name in ("zorgverzekeraar", "politie_justitie"):
        assert parties.loc[name, "rendement"] != parties.loc[name, "rendement"]  # NaN
    as_json = {p["party"]: p for p in golden1.to_dict()["by_party"]}
    assert as_json["zorgverzekeraar"]["rendement"] is None


def test_golden1_labour_both_routes(golden1):
    labour = golden1.labour.set_index(["sector", "year"])
    # hours route (zorg): 60, 54, 48,6 hours; ÷ 1.500 = 0,04, 0,036, 0,0324 FTE
    assert labour.loc[("zorg", 1), "hours"] == pytest.approx(60)
    assert labour.loc[("zorg", 2), "hours"] == pytest.approx(54)
    assert labour.loc[("zorg", 3), "fte"] == pytest.approx(0.0324)
    # labour-cost route (politie_justitie): 0,12 FTE and 192 hours in years 2 and 3
    assert labour.loc[("politie_justitie", 2), "fte"] == pytest.approx(0.12)
    assert labour.loc[("politie_justitie", 3), "hours"] == pytest.approx(192)
    assert ("politie_justitie", 1) not in labour.index
    # FTE are not discounted: total = 0,04 + 0,036 + 0,0324 + 0,12 + 0,12
    assert golden1.fte_total == pytest.approx(0.3484)


# --- Golden project 2: the docs/method.md example (§ 3) at the sourced 2,25 % ----------
GOLDEN_2 = {
    "name": "Golden 2",
    "project_type": "eenzaamheid",
    "years": 3,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 10000}],
    "effects": [
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "sector": None,
         "quantity": 200, "proxy": 40, "duration": 3, "deadweight": 0.2, "attribution": 0.25,
         "drop_off": 0.1},
    ],
}


def test_golden2_default_discount_rate_and_pv():
    result = compute(parse_project(GOLDEN_2))
    # discount_rate left out: the sourced default, 2,25 % (Werkgroep discontovoet 2020)
    assert result.discount_rate == 0.0225
    # 4.800 + 4.320 / 1,0225 + 3.888 / 1,0225² = 4.800 + 4.224,9389 + 3.718,7726 = 12.743,7115
    assert result.pv_benefits == pytest.approx(12743.7115, abs=1e-4)
    assert result.rendementsfactor == pytest.approx(1.27437115, abs=1e-8)
    assert result.payback_year == 3  # 9.024,94 < 10.000 after year 2; 12.743,71 after year 3


def test_attribution_is_the_share_caused_by_others():
    # attribution 1: everything is caused by others, nothing is the project's.
    data = {**GOLDEN_2, "effects": [{**GOLDEN_2["effects"][0], "attribution": 1.0}]}
    assert compute(parse_project(data)).pv_benefits == 0


def test_full_drop_off_leaves_only_the_first_year():
    data = {**GOLDEN_2, "effects": [{**GOLDEN_2["effects"][0], "drop_off": 1.0}]}
    assert compute(parse_project(data)).pv_benefits == pytest.approx(4800)


def test_zero_cost_gives_no_factor_and_a_reason():
    result = compute(parse_project({**GOLDEN_2, "costs": []}))
    assert result.rendementsfactor is None
    assert result.rendementsfactor_reason == NO_COST_REASON
    assert result.payback_year is None
    assert result.to_dict()["rendementsfactor"] is None


def test_measured_quantities_replace_expected_ones():
    effect = {**GOLDEN_2["effects"][0], "quantity_ex_post": 100}
    project = parse_project({**GOLDEN_2, "effects": [effect]})
    # half the expected quantity, so half the value: 12.743,7115 / 2
    assert compute(project, measured=True).pv_benefits == pytest.approx(6371.8557, abs=1e-4)
    unmeasured = parse_project(GOLDEN_2)
    assert compute(unmeasured, measured=True).pv_benefits == 0
