"""Tornado, break-even and Monte Carlo, against values worked out by hand.

The one-effect project below is small enough to do on paper; the arithmetic is
in the comments. Monte Carlo statistics are seeded, so they are exact repeats;
their tolerances are stated in standard errors.
"""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from impactkaart.core.engine import compute
from impactkaart.core.model import Range, parse_project
from impactkaart.io.project_file import parse_project_json, project_json
from impactkaart.uncertainty.montecarlo import CHUNK, MonteCarloCancelled, monte_carlo
from impactkaart.uncertainty.ranges import (
    held_fixed,
    with_default_ranges,
    without_default_ranges,
)
from impactkaart.uncertainty.sensitivity import break_even, sentence, tornado
from tests.strategies import projects

# --- the hand project -------------------------------------------------------------------
# r = 0, so nothing is discounted at base. Costs: 500 in year 1 + 500 in year 2 = 1.000.
# One effect in year 1 only: 100 × 60 × (1 − 0,2) × (1 − 0,5) = 2.400.  Factor 2,4.
ONE = {
    "name": "Eén effect",
    "project_type": "gezinswerk",
    "years": 2,
    "discount_rate": 0.0,
    "costs": [{"year": 1, "financier": "gemeente", "amount": 500},
              {"year": 2, "financier": "gemeente", "amount": 500}],
    "effects": [
        {"outcome": "minder huisartsbezoek", "stakeholder": "zorgverzekeraar", "sector": None,
         "quantity": 100, "proxy": 60, "duration": 1, "deadweight": 0.2, "attribution": 0.5,
         "ranges": {
             "quantity": {"low": 80, "high": 150},
             "proxy": {"distribution": "fixed"},  # certain: in neither tornado nor Monte Carlo
             "duration": {"low": 1, "high": 3},
             "deadweight": {"low": 0.1, "high": 0.5},
             "attribution": {"low": 0.4, "high": 0.6, "distribution": "uniform"},
             "drop_off": {"low": 0.0, "high": 0.2},
         }},
    ],
    "discount_rate_range": {"low": 0.0, "high": 0.25},
}


def one(**changes) -> dict:
    data = copy.deepcopy(ONE)
    data["effects"][0].update(changes)
    return data


def test_tornado_by_hand():
    frame = tornado(parse_project(ONE)).set_index("assumption")
    # Sorted by swing:
    #   duration 1 → 3 years (r = 0, no drop-off): 2.400 × 3 = 7.200 → 2,4 … 7,2        swing 4,8
    #   quantity 80 → 150: 80 × 60 × 0,4 = 1.920 → 1,92; 150 × 24 = 3.600 → 3,6       swing 1,68
    #   deadweight 0,1 → 0,5: 6.000 × 0,9 × 0,5 = 2.700 → 2,7; 6.000 × 0,5 × 0,5 = 1.500 → 1,5
    #   attribution 0,4 → 0,6: 6.000 × 0,8 × 0,6 = 2.880 → 2,88; × 0,4 = 1.920 → 1,92  swing 0,96
    #   discount rate 0 → 25 %: costs 500 + 500/1,25 = 900 → 2.400/900 = 2,667        swing 0,267
    #   drop-off 0 → 0,2: the effect lasts one year, so no fade at all                 swing 0
    assert list(frame.index) == [
        "duration", "quantity", "deadweight", "attribution", "discount_rate", "drop_off"]
    expected = {
        "duration": (2.4, 7.2),
        "quantity": (1.92, 3.6),
        "deadweight": (2.7, 1.5),
        "attribution": (2.88, 1.92),
        "discount_rate": (2.4, 2400 / 900),
        "drop_off": (2.4, 2.4),
    }
    for name, (at_low, at_high) in expected.items():
        assert frame.loc[name, "factor_low"] == pytest.approx(at_low, rel=1e-12), name
        assert frame.loc[name, "factor_high"] == pytest.approx(at_high, rel=1e-12), name
        assert frame.loc[name, "swing"] == pytest.approx(abs(at_high - at_low), abs=1e-12), name
    assert np.allclose(frame["factor_base"], 2.4, rtol=1e-12)
    assert "proxy" not in frame.index  # fixed
    assert frame.loc["quantity", "label"] == "minder huisartsbezoek · aantal"
    assert frame.loc["discount_rate", "label"] == "discontovoet"


def test_tornado_is_empty_without_ranges():
    data = {k: v for k, v in one(ranges={}).items() if k != "discount_rate_range"}
    assert tornado(parse_project(data)).empty


def test_break_even_by_hand_above_one():
    project = parse_project(ONE)
    # Only the threshold 1: the SEOR average is context, not a pass mark (issue 15, item 8).
    (to_one,) = break_even(project)
    # B = 2.400, C = 1.000, the effect is all of B.
    # To 1:   x* = (2.400 − 1 × 1.000) / 2.400 = 0,58333…
    assert to_one.fall == pytest.approx(1400 / 2400, rel=1e-12)
    assert to_one.quantity_at == pytest.approx(100 * 1000 / 2400, rel=1e-12)  # 41,67
    assert to_one.proxy_at == pytest.approx(60 * 1000 / 2400, rel=1e-12)  # 25
    assert sentence(to_one) == (
        "Zelfs als het effect ‘minder huisartsbezoek’ 58% kleiner is, blijft elke euro meer dan "
        "een euro opleveren (omslagpunt: 58,3% kleiner).")
    # The engine agrees: at those quantities the factor is exactly 1.
    for point, target in ((to_one, 1.0),):
        at = parse_project(one(quantity=point.quantity_at, ranges={}))
        assert compute(at).rendementsfactor == pytest.approx(target, rel=1e-12)
        at = parse_project(one(proxy=point.proxy_at, ranges={}))
        assert compute(at).rendementsfactor == pytest.approx(target, rel=1e-12)


def test_break_even_from_a_result_the_caller_has_equals_computing_it_anew():
    # The page computes the project once and hands the result to break_even.
    data = one()
    data["effects"].append(
        {"outcome": "klein effect", "stakeholder": "gemeente", "quantity": 1, "proxy": 100,
         "duration": 1, "deadweight": 0, "attribution": 0})
    project = parse_project(data)
    given = break_even(project, result=compute(project))
    assert given == break_even(project)
    # B = 2.400 + 100 = 2.500, C = 1.000: to 1 the big effect may fall 1.500 / 2.400
    assert given[0].fall == pytest.approx(1500 / 2400, rel=1e-12)


def test_break_even_below_one_says_how_much_larger():
    data = one()
    data["costs"] = [{"year": 1, "financier": "gemeente", "amount": 5000}]
    to_one = break_even(parse_project(data))[0]
    # factor 2.400 / 5.000 = 0,48; x* = (2.400 − 5.000) / 2.400 = −1,0833: 108,33 % larger needed
    assert to_one.fall == pytest.approx(-2600 / 2400, rel=1e-12)
    assert sentence(to_one) == (
        "De rendementsfactor ligt onder 1: het effect ‘minder huisartsbezoek’ zou 109% groter "
        "moeten zijn om elke euro terug te verdienen.")
    data["effects"][0].update(quantity=100 * (1 - to_one.fall), ranges={})
    grown = parse_project(data)
    assert compute(grown).rendementsfactor == pytest.approx(1.0, rel=1e-12)


def test_break_even_when_an_effect_does_not_matter_or_costs_harm():
    data = one()
    data["effects"].append(
        {"outcome": "extra reiskosten", "stakeholder": "deelnemer", "quantity": 10, "proxy": -10,
         "duration": 1, "deadweight": 0, "attribution": 0})
    data["effects"].append(
        {"outcome": "klein effect", "stakeholder": "gemeente", "quantity": 1, "proxy": 100,
         "duration": 1, "deadweight": 0, "attribution": 0})
    rows = {(b.outcome, b.threshold): b for b in break_even(parse_project(data))}
    negative = rows[("extra reiskosten", 1.0)]
    assert negative.fall is None
    assert sentence(negative).startswith("Het effect ‘extra reiskosten’ heeft geen positieve waarde")
    # B = 2.400 − 100 + 100 = 2.400; without the small effect: 2.300 / 1.000 = 2,3 ≥ 1
    small = rows[("klein effect", 1.0)]
    assert small.fall == pytest.approx(1400 / 100)
    assert sentence(small) == (
        "Ook zonder het effect ‘klein effect’ blijft elke euro meer dan een euro opleveren.")


# --- default ranges ---------------------------------------------------------------------


def test_default_ranges_fill_only_what_is_missing_and_can_be_switched_off():
    data = one(ranges={"deadweight": {"low": 0.15, "high": 0.25}})
    del data["discount_rate_range"]
    plain = parse_project(data)
    filled = with_default_ranges(plain)
    ranges = filled.effects[0].ranges
    # Every default keeps the point value as its median and mode (issue 15, item 7): a range
    # that can go only one way would move the Monte Carlo median off the result. Where one
    # side is impossible the assumption is held fixed (flagged default), not given a
    # one-sided range. The multiplying ones are symmetric in the logarithm (method § 8).
    assert ranges["deadweight"] == Range(0.15, 0.25)  # the user's own range stays
    log = "log_triangular"
    assert ranges["quantity"] == Range(80, 125, log, default=True)  # 100 ×/÷ 1,25
    assert ranges["proxy"] == Range(48, 75, log, default=True)  # 60 ×/÷ 1,25
    # 0,5: kept 0,5 ×/÷ (1 + 0,1/0,5) = 1,2: kept 0,41667 … 0,6, share 0,4 … 0,58333
    assert ranges["attribution"] == Range(0.4, 0.5833333333, log, default=True)
    assert ranges["displacement"] == Range(0, 0, "fixed", default=True)  # 0: only up
    assert ranges["drop_off"] == Range(0, 0, "fixed", default=True)
    assert ranges["duration"] == Range(1, 1, "fixed", default=True)  # 1 year: only up
    assert filled.discount_rate_range == Range(0, 0, "fixed", default=True)  # r = 0: only up
    assert held_fixed(filled) == [("duration", 1, 1), ("displacement", 0, 1),
                                  ("drop_off", 0, 1), ("discount_rate", 0, 1)]
    assert parse_project_json(project_json(filled)) == filled  # a valid project file
    assert without_default_ranges(filled) == plain


# --- Monte Carlo ------------------------------------------------------------------------


def test_only_fixed_assumptions_give_a_zero_width_distribution_at_the_deterministic_result():
    data = one(ranges={"quantity": {"distribution": "fixed"}})
    del data["discount_rate_range"]
    project = parse_project(data)
    result = monte_carlo(project, draws=1000, seed=1)
    assert result.assumptions == []
    assert np.all(result.factor == result.factor[0])  # every draw alike
    stats = result.factor_summary()
    assert stats["p05"] == stats["median"] == stats["p95"] == pytest.approx(2.4, rel=1e-12)
    assert stats["p05"] == pytest.approx(compute(project).rendementsfactor, rel=1e-12)
    # Nothing varies: the point value, and no probability (a "100 %" would only repeat it).
    assert stats["point"] == 2.4 and stats["p_above_1"] is None
    hist = result.histogram()
    assert len(hist) == 1 and hist["count"].iloc[0] == 1000


def test_mean_of_a_linear_case_converges_to_its_expectation():
    # Only the quantity is uncertain: triangular(60, 100, 200). The factor is
    # quantity × 60 × 0,4 / 1.000 = 0,024 × quantity, so
    #   E[factor] = 0,024 × (60 + 100 + 200) / 3 = 0,024 × 120 = 2,88
    #   sd        = 0,024 × √((60² + 100² + 200² − 60·100 − 60·200 − 100·200) / 18)
    #             = 0,024 × √(15.600 / 18) = 0,024 × 29,44 = 0,7066
    # With 20.000 draws the standard error of the mean is 0,7066 / √20.000 = 0,0050;
    # we allow 4 standard errors (0,020).
    # Median of the triangle (mode left of the middle): 200 − √(140 × 100 / 2) = 116,33
    # → factor 2,792; its standard error is about 0,006, we allow 0,025.
    data = one(ranges={"quantity": {"low": 60, "high": 200}})
    del data["discount_rate_range"]
    result = monte_carlo(parse_project(data), draws=20_000, seed=7)
    stats = result.factor_summary()
    assert stats["mean"] == pytest.approx(2.88, abs=0.020)
    assert stats["median"] == pytest.approx(0.024 * (200 - math.sqrt(7000)), abs=0.025)
    assert result.factor.std() == pytest.approx(0.024 * math.sqrt(15600 / 18), rel=0.03)
    # P(factor > 1,5) = P(quantity > 62,5) = 1 − (62,5 − 60)² / ((200 − 60)(100 − 60))
    # = 1 − 6,25 / 5.600 = 0,99888; P(factor > 1) = P(quantity > 41,7) = 1 (below the low).
    assert stats["p_above_1"] == 1.0
    assert float((result.factor > 1.5).mean()) == pytest.approx(1 - 6.25 / 5600, abs=0.001)


def test_uniform_share_mean_is_the_midpoint():
    # deadweight uniform(0,1; 0,3): E[1 − deadweight] = 0,8, factor = 6.000 × 0,5 × (1 − dw) / 1.000
    # → E = 2,4; sd = 3 × 0,2 / √12 = 0,1732; se (10.000 draws) = 0,0017; allow 0,007.
    data = one(ranges={"deadweight": {"low": 0.1, "high": 0.3, "distribution": "uniform"}})
    del data["discount_rate_range"]
    stats = monte_carlo(parse_project(data), draws=10_000, seed=3).factor_summary()
    assert stats["mean"] == pytest.approx(2.4, abs=0.007)
    # 90 % interval of a uniform: 5th and 95th percentile of dw → 0,11 and 0,29
    assert stats["p05"] == pytest.approx(3000 * 0.71 / 1000, abs=0.01)
    assert stats["p95"] == pytest.approx(3000 * 0.89 / 1000, abs=0.01)


def test_the_same_seed_gives_the_same_numbers_and_chunks_do_not_matter():
    project = parse_project(ONE)
    a = monte_carlo(project, draws=CHUNK + 700, seed=11)
    b = monte_carlo(project, draws=CHUNK + 700, seed=11)
    c = monte_carlo(project, draws=CHUNK + 700, seed=12)
    assert np.array_equal(a.factor, b.factor)
    assert a.to_dict() == b.to_dict()
    assert not np.array_equal(a.factor, c.factor)
    first = monte_carlo(project, draws=CHUNK, seed=11)
    assert np.array_equal(first.factor, a.factor[:CHUNK])


def test_drawn_durations_are_whole_years_within_the_range():
    result = monte_carlo(parse_project(ONE), draws=3000, seed=5, keep_samples=True)
    column = [a["assumption"] for a in result.assumptions].index("duration")
    durations = result.samples[:, column]
    assert set(np.unique(durations)) == {1.0, 2.0, 3.0}
    # triangular over 0,5 … 3,5 with mode 1: P(duration = 1) = P(x < 1,5)
    #   = 1 − (3,5 − 1,5)² / ((3,5 − 0,5)(3,5 − 1)) = 1 − 4 / 7,5 = 0,4667
    assert (durations == 1).mean() == pytest.approx(1 - 4 / 7.5, abs=0.03)


def test_progress_is_reported_per_chunk_and_false_cancels():
    project = parse_project(ONE)
    seen = []
    monte_carlo(project, draws=2 * CHUNK + 10, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(CHUNK, 2 * CHUNK + 10), (2 * CHUNK, 2 * CHUNK + 10),
                    (2 * CHUNK + 10, 2 * CHUNK + 10)]
    with pytest.raises(MonteCarloCancelled) as stopped:
        monte_carlo(project, draws=3 * CHUNK, progress=lambda done, total: False)
    assert (stopped.value.done, stopped.value.total) == (CHUNK, 3 * CHUNK)


def test_per_party_and_fte_intervals_of_a_fixed_project_equal_the_engine():
    data = one(sector="zorg", hours_per_unit=0.5, ranges={})
    del data["discount_rate_range"]
    project = parse_project(data)
    result = monte_carlo(project, draws=50, seed=2)
    base = compute(project)
    parties = result.by_party().set_index("party")
    engine_parties = base.by_party.set_index("party")
    for party in ("gemeente", "zorgverzekeraar"):
        assert parties.loc[party, "benefits_median"] == pytest.approx(
            engine_parties.loc[party, "pv_benefits"], rel=1e-12)
    assert parties.loc["gemeente", "rendement_p05"] == pytest.approx(0.0)  # pays, receives nothing
    assert math.isnan(parties.loc["zorgverzekeraar", "rendement_median"])  # pays nothing
    # net units 100 × 0,8 × 0,5 = 40, × 0,5 hours = 20 hours; the engine's FTE
    assert result.fte().set_index("sector").loc["zorg", "p95"] == pytest.approx(base.fte_total)


# --- the twin equals the engine on the same draws ------------------------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_effects=5))
def test_twin_equals_the_engine_on_the_same_draws(data):
    project = with_default_ranges(parse_project(data))
    twin = monte_carlo(project, draws=60, seed=9, method="twin")
    engine = monte_carlo(project, draws=60, seed=9, method="engine")
    for name in ("factor", "pv_benefits", "pv_costs", "party_benefits", "party_costs",
                 "fte_by_sector"):
        a, b = getattr(twin, name), getattr(engine, name)
        finite = np.abs(b[np.isfinite(b)])
        scale = max(1.0, float(finite.max())) if finite.size else 1.0
        np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-9 * scale, equal_nan=True, err_msg=name)


def test_triangular_draws_with_the_mode_at_an_end_follow_their_cdf():
    # triangular(0; 0; 1): F(x) = 1 − (1 − x)², mean 1/3; triangular(0; 1; 1): F(x) = x², mean 2/3.
    # 40.000 draws: se of a proportion ≤ 0,0025, of the mean ≤ 0,0012; we allow 4 se.
    from impactkaart.uncertainty.montecarlo import draw_samples
    from impactkaart.uncertainty.ranges import Assumption

    found = [Assumption(0, "deadweight", 0.0, Range(0.0, 1.0)),
             Assumption(0, "attribution", 1.0, Range(0.0, 1.0))]
    x = draw_samples(found, 40_000, np.random.default_rng(0))
    assert x[:, 0].mean() == pytest.approx(1 / 3, abs=0.005)
    assert (x[:, 0] < 0.5).mean() == pytest.approx(0.75, abs=0.01)
    assert x[:, 1].mean() == pytest.approx(2 / 3, abs=0.005)
    assert (x[:, 1] < 0.5).mean() == pytest.approx(0.25, abs=0.01)
    assert x.min() >= 0 and x.max() <= 1


def test_summary_sentences_put_the_thinnest_margin_first_and_group_the_rest():
    from impactkaart.uncertainty.sensitivity import summary_sentences

    data = one(ranges={})
    data["effects"] += [
        {"outcome": "klein", "stakeholder": "gemeente", "quantity": 1, "proxy": 100,
         "duration": 1, "deadweight": 0, "attribution": 0},
        {"outcome": "ook klein", "stakeholder": "gemeente", "quantity": 1, "proxy": 200,
         "duration": 1, "deadweight": 0, "attribution": 0},
    ]
    # B = 2.400 + 100 + 200 = 2.700, C = 1.000. To 1: margin 1.700, so the big effect may
    # fall 1.700 / 2.400 = 70,83 %; the small ones can each vanish (1.700 > 100 and > 200).
    rows = break_even(parse_project(data))
    assert {b.threshold for b in rows} == {1.0}  # never the SEOR average
    assert summary_sentences(rows) == [
        "Zelfs als het effect ‘minder huisartsbezoek’ 70% kleiner is, blijft elke euro meer dan "
        "een euro opleveren (omslagpunt: 70,8% kleiner).",
        "Ook zonder één van de effecten ‘klein’ of ‘ook klein’ blijft elke euro meer dan een "
        "euro opleveren.",
    ]


def test_a_what_if_value_outside_its_range_widens_the_range_and_says_so():
    from dataclasses import replace

    from impactkaart.uncertainty.ranges import fit_ranges

    project = parse_project(ONE)
    what_if = replace(project, effects=(replace(project.effects[0], deadweight=0.0),),
                      discount_rate=0.3)
    with pytest.raises(Exception, match="basiswaarde 0 moet tussen low"):
        tornado(what_if)  # the analysis refuses a base outside its range …
    fitted, widened = fit_ranges(what_if)  # … unless the range is widened to hold it
    assert widened == ["minder huisartsbezoek · deadweight", "discontovoet"]
    assert fitted.effects[0].ranges["deadweight"] == Range(0.0, 0.5)
    assert fitted.discount_rate_range == Range(0.0, 0.3)
    assert fit_ranges(project) == (project, [])
