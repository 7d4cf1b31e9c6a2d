"""The 95 % Wilson interval, checked against values worked out by hand and published ones."""

from __future__ import annotations

import math

import pytest

from impactkaart.monitoring.trends import wilson


def test_12_of_40_by_hand():
    # p = 0,3; z² = 3,8416; z²/n = 0,09604; centre = 0,34802 / 1,09604 = 0,317525;
    # half = 1,96 / 1,09604 × √(0,00525 + 0,00060025) = 1,788256 × 0,0764869 = 0,136778
    low, high = wilson(12, 40)
    assert float(low) == pytest.approx(0.18075, abs=5e-5)
    assert float(high) == pytest.approx(0.45430, abs=5e-5)


def test_0_of_10_stays_at_zero_and_10_of_10_at_one():
    # p = 0: centre = 0,19208 / 1,38416 = 0,138771 = half, so low 0 and high 0,277541
    low, high = wilson(0, 10)
    assert float(low) == pytest.approx(0.0, abs=1e-9)
    assert float(high) == pytest.approx(0.27754, abs=5e-5)
    low, high = wilson(10, 10)
    assert float(low) == pytest.approx(1 - 0.27754, abs=5e-5)
    assert float(high) == pytest.approx(1.0, abs=1e-9)


def test_newcombe_1998_example_81_of_263():
    # Newcombe (1998), Statistics in Medicine 17, method 3: 81/263 -> 0,2553 to 0,3662
    low, high = wilson(81, 263)
    assert float(low) == pytest.approx(0.2553, abs=1e-4)
    assert float(high) == pytest.approx(0.3662, abs=1e-4)


def test_no_denominator_gives_no_interval():
    low, high = wilson([1, 0], [0, 0])
    assert all(math.isnan(x) for x in [*low, *high])


def test_the_interval_narrows_as_the_denominator_grows():
    small = wilson(3, 10)
    large = wilson(300, 1000)
    assert small[1] - small[0] > large[1] - large[0]
