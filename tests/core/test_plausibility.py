"""Plausibility warnings: each threshold fires on a hand-built project just past it, and
stays quiet just inside it. The expected numbers are worked out in the comments."""

from __future__ import annotations

import pytest

from impactkaart.core.engine import compute
from impactkaart.core.model import parse_project
from impactkaart.core.plausibility import THRESHOLDS, check, effect_name, open_warnings
from impactkaart.text.plausibility import describe


def effect(outcome, quantity, proxy, deadweight=0.0, attribution=0.0, **extra):
    return {"outcome": outcome, "stakeholder": "gemeente", "sector": None,
            "quantity": quantity, "proxy": proxy, "duration": 1,
            "deadweight": deadweight, "attribution": attribution, **extra}


def project(effects, cost=10_000.0):
    return parse_project({"name": "P", "project_type": "gezinswerk", "years": 1,
                          "discount_rate": 0.0225,
                          "costs": [{"year": 1, "financier": "gemeente", "amount": cost}],
                          "effects": effects})


def codes(p, participants=None):
    return {(f.code, f.outcome) for f in check(p, compute(p), participants)}


def test_a_factor_above_ten_is_flagged_and_ten_is_not():
    # One effect, year 1 undiscounted: 100 × € 1.010 = € 101.000 over € 10.000 = 10,1×.
    assert ("factor_high", None) in codes(project([effect("A", 100, 1010)]))
    # 100 × € 1.000 = € 100.000 over € 10.000 = exactly 10×: not above the limit.
    assert ("factor_high", None) not in codes(project([effect("A", 100, 1000)]))


def test_cost_per_participant_outside_50_and_50000_a_year():
    # € 45 (the Dutch "45.000" read as 45) for 10 participants: € 4,50 each.
    low = project([effect("A", 1, 10)], cost=45)
    assert ("cost_per_participant_low", None) in codes(low, participants=10)
    # € 10.000 for 200 participants is € 50 each: on the limit, not below it.
    assert not {c for c, _ in codes(project([effect("A", 1, 10)]), 200)} & {
        "cost_per_participant_low", "cost_per_participant_high"}
    # € 10.000 for one participant is fine; € 60.000 is above € 50.000.
    high = project([effect("A", 1, 10)], cost=60_000)
    assert ("cost_per_participant_high", None) in codes(high, participants=1)
    # Without a reach there is nothing to divide by: no warning either way.
    assert not {c for c, _ in codes(low)} & {"cost_per_participant_low"}


def test_one_effect_over_80_percent_counts_its_cohorts_together():
    # Cohorts of "minder schooluitval": 2 × 4.000 (years 1 and 2 cohorts, each 1 year in
    # year 1 here), the other effect 1.000: 8.000 / 9.000 = 88,9 % > 80 %.
    p = project([effect("minder schooluitval (deelnemers van jaar 1)", 1, 4000),
                 effect("minder schooluitval (deelnemers van jaar 2)", 1, 4000),
                 effect("minder politie", 1, 1000)])
    found = [f for f in check(p, compute(p)) if f.code == "effect_dominant"]
    assert [f.outcome for f in found] == ["minder schooluitval"]
    assert found[0].values["share"] == pytest.approx(8000 / 9000)
    # 8.000 against 2.000 is exactly 80 %: not more than the limit.
    even = project([effect("A", 1, 8000), effect("B", 1, 2000)])
    assert not any(f.code == "effect_dominant" for f in check(even, compute(even)))


def test_shares_that_leave_almost_nothing():
    # (1 − 0,9) × (1 − 0) × (1 − 0,5) = 0,05 < 0,1.
    p = project([effect("A", 10, 100, deadweight=0.9, attribution=0.5),
                 effect("B", 10, 100, deadweight=0.5, attribution=0.5)])  # 0,25: fine
    found = [f for f in check(p, compute(p)) if f.code == "net_share_low"]
    assert [(f.outcome, round(f.values["net"], 4)) for f in found] == [("A", 0.05)]


def test_a_unit_value_far_from_the_library_value():
    # The library's GP consultation is € 30,87 (proxies.csv, huisartsconsult); € 300 is
    # 9,7 times that, € 60 only 1,9 times.
    p = project([effect("A", 1, 300, proxy_key="huisartsconsult"),
                 effect("B", 1, 60, proxy_key="huisartsconsult")])
    found = [f for f in check(p, compute(p)) if f.code == "proxy_far"]
    assert [f.outcome for f in found] == ["A"]
    assert found[0].values["ratio"] == pytest.approx(300 / 30.87)


def test_acknowledged_warnings_are_kept_out_and_keys_are_stable():
    p = project([effect("A", 10, 100, deadweight=0.95), effect("B", 1, 1)])
    warnings = check(p, compute(p))
    assert "net_share_low:A" in {w.key for w in warnings}
    left = open_warnings(warnings, ["net_share_low:A"])
    assert "net_share_low:A" not in {w.key for w in left}
    assert len(left) == len(warnings) - 1


def test_every_warning_is_worded_in_both_languages_with_its_numbers():
    p = project([effect("A", 100, 1010, deadweight=0.0), effect("B", 1, 300,
                 deadweight=0.95, proxy_key="huisartsconsult")], cost=45)
    warnings = check(p, compute(p), participants_per_year=10)
    assert {w.code for w in warnings} == {"factor_high", "cost_per_participant_low",
                                          "effect_dominant", "net_share_low", "proxy_far"}
    nl = {w.code: describe(w, "nl") for w in warnings}
    en = {w.code: describe(w, "en") for w in warnings}
    # € 45 / 10 = € 4,50 (cents kept below € 100); the limit € 50 in whole euros.
    assert "€\xa04,50 per jaar" in nl["cost_per_participant_low"]
    assert "€\xa050 is" in nl["cost_per_participant_low"]
    assert "€4.50 a year" in en["cost_per_participant_low"].replace("\xa0", "")
    # (1 − 0,95) = 5 %; 1.000 of 101.000 + ... : A carries nearly everything.
    assert "5%" in nl["net_share_low"]
    assert "9,7" in nl["proxy_far"] and "9.7" in en["proxy_far"]
    assert all("{" not in text for text in [*nl.values(), *en.values()])


def test_cohort_marks_are_stripped_in_both_languages():
    assert effect_name("minder eenzaamheid (deelnemers van jaar 3)") == "minder eenzaamheid"
    assert effect_name("less loneliness (participants of year 2)") == "less loneliness"
    assert effect_name("minder eenzaamheid") == "minder eenzaamheid"


def test_thresholds_are_the_documented_ones():
    # docs/method.md states these; a change of a threshold is a change of the method.
    assert (THRESHOLDS.max_factor, THRESHOLDS.min_cost_per_participant,
            THRESHOLDS.max_cost_per_participant, THRESHOLDS.max_effect_share,
            THRESHOLDS.min_net_share, THRESHOLDS.proxy_ratio) == (10, 50, 50_000, 0.8, 0.1, 3)
