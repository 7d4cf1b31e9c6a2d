"""Hand-worked golden tests of issue 15's method rules (arithmetic in the comments):
transfers, price indexing, payback. The conventions: tests/core/test_conventions.py;
the composite warning: tests/core/test_composites.py."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project


def project(**changes):
    base = {"name": "golden", "project_type": "jongerenwerk", "years": 1, "discount_rate": 0.0,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}], "effects": []}
    base.update(changes)
    return parse_project(base)


def effect(quantity, proxy, duration=1, **more):
    return {"outcome": f"e{quantity}x{proxy}", "stakeholder": "gemeente", "sector": None,
            "quantity": quantity, "proxy": proxy, "duration": duration, "deadweight": 0.0,
            "attribution": 0.0, **more}


def test_a_transfer_is_out_of_society_and_on_both_sides_of_the_party_table():
    # real saving 10 × 100 = 1.000; transfer 5 × 200 = 1.000 from the participant.
    # society: benefits 1.000 / costs 1.000 = 1,00×; transfers 1.000;
    # gemeente receives 1.000 + 1.000 = 2.000, the deelnemer loses 1.000.
    result = compute(project(effects=[effect(10, 100), effect(5, 200, transfer=True)]))
    assert result.pv_benefits == pytest.approx(1000)
    assert result.rendementsfactor == pytest.approx(1.0)
    assert result.pv_transfers == pytest.approx(1000)
    party = result.by_party.set_index("party")["pv_benefits"]
    assert party["gemeente"] == pytest.approx(2000) and party["deelnemer"] == pytest.approx(-1000)


def test_a_library_proxy_is_indexed_from_its_price_year_to_the_project_s():
    # huisartsconsult: € 30,87 at price level 2022 (proxies.csv); CPI 2022 → 2024 = 1,073
    # (cpi.csv). 100 × 30,87 × 1,073 = 3.312,351 at 2024; at 2022: 100 × 30,87 = 3.087.
    gp = effect(100, 30.87, proxy_key="huisartsconsult")
    assert compute(project(effects=[gp])).pv_benefits == pytest.approx(3312.351)
    assert compute(project(effects=[gp], price_year=2022)).pv_benefits == pytest.approx(3087)
    # an own value (no proxy_key) is in the project's price level: factor 1
    assert compute(project(effects=[effect(100, 30.87)])).pv_benefits == pytest.approx(3087)


def test_payback_with_costs_that_rise_late():
    # r = 0; costs 100 in year 1 and 1.700 in year 4; benefits 400 a year, years 1–5
    # (the effect runs a year past the 4-year project). Cumulative net:
    # y1 400 − 100 = 300; y2 700; y3 1.100; y4 1.600 − 1.800 = −200; y5 2.000 − 1.800 = 200.
    # It dips below 0 in year 4, so payback is year 5, not year 1.
    result = compute(project(years=4, costs=[{"year": 1, "financier": "gemeente", "amount": 100},
                                             {"year": 4, "financier": "gemeente", "amount": 1700}],
                             effects=[effect(4, 100, duration=5)]))
    assert list(result.by_year["benefits"].cumsum() - result.by_year["costs"].cumsum()) == \
        pytest.approx([300, 700, 1100, -200, 200])
    assert result.payback_year == 5


def test_a_factor_below_one_is_never_paid_back():
    # costs 1.000, benefits 650: 0,65×, NPV −350, cumulative net never ≥ 0 → None
    result = compute(project(effects=[effect(1, 650)]))
    assert result.rendementsfactor == pytest.approx(0.65) and result.npv == pytest.approx(-350)
    assert result.payback_year is None
