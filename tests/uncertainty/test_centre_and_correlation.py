"""Issue 15, item 7: default ranges keep the point value at the centre; correlated draws.

Hand-worked where the arithmetic allows it (comments); the demos and generated
projects by a seeded run against the engine's point value.
"""

from __future__ import annotations

import glob
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from impactkaart.core.engine import compute
from impactkaart.core.model import Range, parse_project
from impactkaart.uncertainty.correlation import normal_cdf
from impactkaart.uncertainty.montecarlo import DEFAULT_SEED, monte_carlo
from impactkaart.uncertainty.ranges import default_range, held_fixed, with_default_ranges
from impactkaart.uncertainty.sensitivity import tornado
from tests.strategies import projects

DEMOS = sorted(glob.glob("impactkaart/data/demo/*.json"))


def test_default_ranges_are_symmetric_and_shrink_at_an_edge():
    assert default_range("quantity", 40) == Range(30, 50, default=True)  # 40 ± 10
    assert default_range("deadweight", 0.3) == Range(0.2, 0.4, default=True)  # ± 0,1
    assert default_range("deadweight", 0.05) == Range(0.0, 0.1, default=True)  # ± 0,05: room to 0
    # 0,9: a quarter of the kept 0,1 is 0,025, so (1 − dw) moves ± 25 %, like a quantity.
    assert default_range("deadweight", 0.9) == Range(0.875, 0.925, default=True)
    assert default_range("deadweight", 1.0) == Range(1, 1, "fixed", default=True)
    assert default_range("duration", 3) == Range(2, 4, default=True)
    assert default_range("duration", 50) == Range(50, 50, "fixed", default=True)
    assert default_range("discount_rate", 0.0225) == Range(0.015, 0.03, default=True)
    assert default_range("discount_rate", 0.005) == Range(0.0, 0.01, default=True)
    for name, base in (("quantity", 40), ("deadweight", 0.05), ("duration", 3),
                       ("discount_rate", 0.0225)):
        r = default_range(name, base)
        assert r.high - base == pytest.approx(base - r.low, abs=1e-9)  # the point is the middle


@pytest.mark.parametrize("path", DEMOS)
def test_the_monte_carlo_median_of_each_demo_lies_within_3_percent_of_its_point(path):
    with open(path, encoding="utf-8") as f:
        project = with_default_ranges(parse_project(json.load(f)))
    stats = monte_carlo(project, seed=DEFAULT_SEED).factor_summary()
    assert stats["point"] == compute(project).rendementsfactor
    # Before: gezinswerk −4,8 %, jongerenwerk −2,8 %, thuisadministratie −6,9 % (one-sided
    # ranges on shares at 0 and on the discount rate).
    assert stats["median"] == pytest.approx(stats["point"], rel=0.03)


@settings(max_examples=30, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(projects())
def test_the_monte_carlo_median_of_generated_projects_stays_near_the_point(data):
    # Symmetric inputs do not make a symmetric output: a product of k independent factors
    # each ± 25 % has its median about k × 0,5 % below the product (E[ln(1 + e)] ≈ −σ²/2,
    # σ² = 0,25²/6), and a duration ± 1 year under steep drop-off gains less than it
    # loses (1 → 3 years at drop-off 0,75: 1 / 1,25 / 1,31). Generated projects go to
    # such corners (the shrunk example: quantity 1, proxy 1, 2 years, drop-off 0,75 gives
    # −3,7 %), so 3 % holds for the demos, not for every generated project: here 5 %.
    project = with_default_ranges(parse_project(data))
    point = compute(project).rendementsfactor
    if point is None or point <= 0:
        return  # no factor, or one whose relative deviation means nothing
    stats = monte_carlo(project, draws=4000, seed=DEFAULT_SEED).factor_summary()
    assert stats["median"] == pytest.approx(point, rel=0.05)


def test_a_fully_non_additional_project_keeps_its_point_value():
    # Deadweight 1: the effect would have happened anyway, factor 0. Before, the default
    # range 0,9–1 could only go down and made the median positive.
    data = {"name": "n", "project_type": "gezinswerk", "years": 1,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
            "effects": [{"outcome": "o", "stakeholder": "gemeente", "quantity": 100, "proxy": 60,
                         "duration": 1, "deadweight": 1.0, "attribution": 0.0}]}
    project = with_default_ranges(parse_project(data))
    stats = monte_carlo(project, draws=2000, seed=1).factor_summary()
    assert stats["point"] == stats["median"] == stats["p95"] == 0.0
    assert ("deadweight", 1.0, 1) in held_fixed(project)


# --- correlation --------------------------------------------------------------------------
# Two effects, each quantity uniform(50, 150) around 100, proxy 60, deadweight 0,2,
# attribution 0,5: value 100 × 60 × 0,8 × 0,5 = 2.400 each; costs 2.000, r = 0.
# The factor is 24 (q₁ + q₂) / 2.000 = 0,012 (q₁ + q₂); point 2,4.


def two(grouping: str, rho: float, dw_range: dict | None = None):
    effect = {"outcome": "a", "stakeholder": "gemeente", "quantity": 100, "proxy": 60,
              "duration": 1, "deadweight": 0.2, "attribution": 0.5,
              "ranges": {"quantity": {"low": 50, "high": 150, "distribution": "uniform"}}}
    other = dict(effect, outcome="b")
    if dw_range is not None:  # b's quantity fixed, its deadweight uncertain instead
        other["ranges"] = {"deadweight": dw_range}
    data = {"name": "twee", "project_type": "gezinswerk", "years": 1, "discount_rate": 0.0,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 2000}],
            "effects": [effect, other]}
    return monte_carlo(parse_project(data), draws=20_000, seed=11, grouping=grouping, rho=rho)


def test_independent_and_fully_correlated_quantities_by_hand():
    # Independent: q₁ + q₂ = 100 + 100 (U₁ + U₂); U₁ + U₂ has F(s) = s²/2 below 1, so its
    # 5th percentile is √0,1 = 0,3162 and its 95th 2 − 0,3162 = 1,6838:
    #   factor 0,012 × 131,62 = 1,579 … 0,012 × 268,38 = 3,221.
    # Per kind with ρ = 1 the two quantities move together: q₁ + q₂ = 100 + 200 U:
    #   5th percentile 110 → 1,32; 95th 290 → 3,48. The interval widens by 0,51.
    # Sampling error of a 5th percentile with 20.000 draws: about 0,01 here; allow 0,02.
    alone = two("none", 0.0).factor_summary()
    together = two("kind", 1.0).factor_summary()
    assert (alone["p05"], alone["p95"]) == pytest.approx((0.012 * (100 + 100 * 0.1 ** 0.5),
                                                          0.012 * (300 - 100 * 0.1 ** 0.5)),
                                                         abs=0.02)
    assert (together["p05"], together["p95"]) == pytest.approx((1.32, 3.48), abs=0.02)
    # ρ = 0,5 lies in between; the median stays at the point value 2,4 throughout.
    half = two("kind", 0.5).factor_summary()
    assert together["p05"] < half["p05"] < alone["p05"] < alone["p95"] < half["p95"] < together["p95"]
    for stats in (alone, half, together):
        assert stats["median"] == pytest.approx(2.4, abs=0.02)


def test_all_together_turns_each_assumption_the_way_that_raises_the_factor():
    # a: quantity uniform(50, 150); b: quantity 100 fixed, deadweight uniform(0,1; 0,3).
    # value a = 24 q, value b = 100 × 60 × 0,5 × (1 − dw) = 3.000 (1 − dw). With one factor
    # for all and ρ = 1 the draw at u = 0,05 is q = 55 and dw = 0,29 (a high deadweight
    # lowers the factor, so it is turned): (1.320 + 2.130) / 2.000 = 1,725; at u = 0,95:
    # q = 145, dw = 0,11: (3.480 + 2.670) / 2.000 = 3,075.
    stats = two("all", 1.0, {"low": 0.1, "high": 0.3, "distribution": "uniform"}).factor_summary()
    assert (stats["p05"], stats["p95"]) == pytest.approx((1.725, 3.075), abs=0.01)


def test_correlation_keeps_each_assumption_own_distribution():
    # The copula only couples the draws: quantity a is still uniform(50, 150) (mean 100,
    # 5th percentile 55), whatever ρ.
    data = two("kind", 0.7)
    assert data.factor.mean() == pytest.approx(2.4, abs=0.01)
    assert normal_cdf(np.array([0.0]))[0] == pytest.approx(0.5, abs=1e-9)
    assert normal_cdf(np.array([1.6448536]))[0] == pytest.approx(0.95, abs=2e-7)


def test_bad_correlation_options_are_refused():
    project = parse_project({"name": "n", "project_type": "gezinswerk", "years": 1,
                             "effects": [], "costs": []})
    with pytest.raises(ValueError):
        monte_carlo(project, draws=10, grouping="sometimes")
    with pytest.raises(ValueError):
        monte_carlo(project, draws=10, rho=1.5)


# --- tornado: quantity × proxy is one lever ---------------------------------------------------


def test_quantity_and_proxy_are_one_lever_in_the_tornado():
    # Effect value 100 × 60 × 0,8 × 0,5 = 2.400, costs 1.000 → 2,4. Default ranges ± 25 % on
    # both: both low 75 × 45 = 3.375 (× 0,4 = 1.350 → 1,35); both high 125 × 75 = 9.375
    # (→ 3,75). One row, named after the effect and the assumption.
    data = {"name": "n", "project_type": "gezinswerk", "years": 1, "discount_rate": 0.0,
            "costs": [{"year": 1, "financier": "gemeente", "amount": 1000}],
            "effects": [{"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar",
                         "quantity": 100, "proxy": 60, "duration": 1, "deadweight": 0.2,
                         "attribution": 0.5}]}
    frame = tornado(with_default_ranges(parse_project(data))).set_index("assumption")
    assert "quantity" not in frame.index and "proxy" not in frame.index
    row = frame.loc["size"]
    assert (row["base"], row["low"], row["high"]) == (6000, 3375, 9375)
    assert (row["factor_low"], row["factor_high"]) == pytest.approx((1.35, 3.75), rel=1e-12)
    assert row["label"] == "minder huisartsbezoek · omvang (aantal × waarde per eenheid)"
